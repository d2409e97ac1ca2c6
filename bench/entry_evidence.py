"""Calibrate each lexicon entry's default visibility on the evidence we have (issue 9).

Per entry: how the editors judged its flags on the readings' pages (right, wrong voice, trivial,
wrong sense), next to its precision on ptc-tune (share of each hit's characters inside a gold
span, any technique) and on BABE dev (share of hits on a word the annotators marked biased).

The evidence rule, applied alike to every entry: an entry is lowered one step of severity
(high -> medium, medium -> low) when

1. at least 2 of its flags on the readings' pages were judged,
2. none of them was judged right or wrong voice (a wrong voice means the word was worth a flag),
3. and its precision on ptc-tune and BABE dev, hits pooled, is below the lexicon's median
   (over entries with hits there), or it has no hits there.

The pages are flagged again with today's code and each flag is matched to the judgement of the
same word on the same page (by entry, else by the word alone: entries have been renamed), so a
judgement counts only while the code still makes that flag; a judgement counts once however
often its word recurs on the page. An entry already at low cannot be lowered (the script says
so). `--apply` lowers the entries the rule selects and records the evidence in each one's
`calibration`; an entry that already has one is left as it is. The readings and data are read
for measuring only: nothing from them is written to the lexicon but counts.

`--views` instead tries rules for the default view against the judgements: per reading, the
judged flags each rule would show and the share right (issue 9: are medium-severity words in
quotation marks mostly trivial?).

Usage (from the project root):
    python bench/entry_evidence.py --readings READING... --data ../shared/data [--apply]
    python bench/entry_evidence.py --readings READING... --views

Each READING is a folder as bench/reading_sample.py writes it (the pages' *.txt) holding the
editor's judgements*.tsv (file, flag_text, entry, class), as docs/editor-reading.md describes,
or an older judge*/ folder with the pages in pages/, or a folder of such readings. Never pass a
held-out reading (PolNeAR dev): its judgements must not calibrate anything.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast, get_args

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.eval.flags import (  # noqa: E402
    _WORD,
    RawText,
    _overlap,
    _read_gold,
    babe_marked_words,
    merge,
)
from annotator.framing import default_lexicon, flag, public_affairs  # noqa: E402
from annotator.framing.lexicon import Lexicon  # noqa: E402
from annotator.models import Article, Flag, Genre  # noqa: E402

LEXICON = ROOT / "annotator" / "data" / "lexicon" / "en.yaml"
CLASSES = ("right", "wrong_voice", "trivial", "wrong_sense")
LOWER = {"high": "medium", "medium": "low"}
MIN_JUDGED = 2


@dataclass
class Evidence:
    judged: Counter[str] = field(default_factory=Counter)
    ptc_n: int = 0
    ptc_in: float = 0.0  # summed share of each hit inside gold
    babe_n: int = 0
    babe_in: int = 0  # hits on a word the annotators marked

    @property
    def gold_precision(self) -> float | None:
        n = self.ptc_n + self.babe_n
        return (self.ptc_in + self.babe_in) / n if n else None


def _page(path: Path) -> tuple[Article, Genre]:
    """The headline and body an editor read, and the genre the page was read as, as
    bench/reading_sample.py wrote them."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    head = next((ln[10:] for ln in lines if ln.startswith("HEADLINE: ")), "")
    said = next((ln.split()[1] for ln in lines if ln.startswith("genre: ")), "unknown")
    genre = cast(Genre, said if said in get_args(Genre) else "unknown")
    _, _, body = text.partition("\nBODY:\n")
    return Article(headline=head, body=body), genre


@dataclass(frozen=True)
class Judged:
    reading: str
    page: str
    flag: Flag  # as today's code makes it, with its default-view `shown`
    verdict: str | None  # the editor's class, None where the flag was not judged


def _reading_folders(readings: list[Path]) -> list[Path]:
    """Each path is a reading (its judgements*.tsv beside its pages, as bench/reading_sample.py
    writes them, or in a judge*/ folder with pages/) or a folder of readings."""

    def is_reading(p: Path) -> bool:
        return p.is_dir() and any(p.glob("judgements*.tsv"))

    found = [r for r in readings if is_reading(r)]
    for parent in (r for r in readings if r.is_dir() and not is_reading(r)):
        found += [p for p in parent.iterdir() if is_reading(p)]
    return sorted(found, key=lambda p: (_reading_number(p.name), p.name))


def _reading_number(name: str) -> int:
    """"judge" -> 1 (the first reading's folder has no number), "judge10" -> 10, "read48" -> 48."""
    digits = re.sub(r"\D", "", name)
    return int(digits) if digits else 1


def reading_flags(readings: list[Path], lex: Lexicon) -> Iterator[Judged]:
    """Today's flags on each reading's pages, each with the editor's judgement of the same word
    on the same page (by entry, else by the word alone). A word judged once counts once."""
    affairs = lex.word_classes.get("public_affairs", frozenset())
    for folder in _reading_folders(readings):
        verdicts: dict[tuple[str, str, str], str] = {}
        for tsv in sorted(folder.glob("judgements*.tsv")):
            with tsv.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    name, word = row["file"].removesuffix(".txt"), row["flag_text"].lower()
                    verdicts.setdefault((name, word, row["entry"]), row["class"])
                    verdicts.setdefault((name, word, "*"), row["class"])
        if not verdicts:
            continue
        pages = folder / "pages" if (folder / "pages").is_dir() else folder
        for page in sorted(pages.glob("*.txt")):
            if page.stem.startswith("dev"):  # a held-out PolNeAR dev reading: never calibrates
                continue
            article, genre = _page(page)
            topic = public_affairs(f"{article.headline}\n{article.body}", affairs).topic
            seen = set()
            for f in flag(article, lex, genre=genre, topic=topic):
                word = f.text.lower()
                key = (page.stem, word, f.entry_id)
                verdict = verdicts.get(key) or verdicts.get((page.stem, word, "*"))
                if verdict in CLASSES and key in seen:
                    continue
                seen.add(key)
                yield Judged(folder.name, page.stem, f, verdict if verdict in CLASSES else None)


def judged(readings: list[Path], lex: Lexicon, ev: dict[str, Evidence]) -> list[str]:
    """Count each reading's judgements against the entries today's code flags them with."""
    names = []
    for j in reading_flags(readings, lex):
        if j.reading not in names:
            names.append(j.reading)
        if j.verdict:
            ev[j.flag.entry_id].judged[j.verdict] += 1
    return names


# Rules for the default view tried against the editors' judgements (`--views`): what each would
# show of the flags the default view shows today. Adopted only if it raises the right share in
# every reading without hiding many right flags (issue 9: quoted words).
VIEWS: dict[str, Callable[[Flag], bool]] = {
    "today": lambda f: True,
    "quoted: high or name calling": lambda f: not (
        f.voice == "quoted" and f.severity != "high" and f.category != "name_calling"
    ),
    "quoted: high only": lambda f: not (f.voice == "quoted" and f.severity != "high"),
    "quoted or paraphrase: high or name calling": lambda f: not (
        f.voice != "outlet" and f.severity != "high" and f.category != "name_calling"
    ),
}


def views(readings: list[Path], lex: Lexicon) -> None:
    """Per reading and rule: shown judged flags, and the share right (wrong voice apart)."""
    flags = list(reading_flags(readings, lex))
    names = sorted({j.reading for j in flags}, key=_reading_number)
    print("rule\treading\tshown_judged\tright\twrong_voice\ttrivial\twrong_sense\tright_share")
    for rule, keep in VIEWS.items():
        for name in [*names, "all"]:
            c = Counter(
                j.verdict
                for j in flags
                if j.verdict and j.flag.shown and keep(j.flag) and name in ("all", j.reading)
            )
            n = sum(c.values())
            share = f"{c['right'] / n:.3f}" if n else "-"
            label = name if name == "all" else _numbers([name])
            print(rule, label, n, *(c[k] for k in CLASSES), share, sep="\t")


def gold(data: Path, lex: Lexicon, ev: dict[str, Evidence]) -> None:
    """Each entry's hits on ptc-tune and BABE dev, and how many fall on what experts marked."""
    folder = data / "framing" / "ptc-tune"
    spans, _ = _read_gold(folder)
    for path in sorted((folder / "articles").glob("article*.txt")):
        raw = RawText.parse(path.read_text(encoding="utf-8"))
        if not raw.starts:
            continue
        marked = merge((s, e) for _, s, e in spans.get(path.stem.removeprefix("article"), []))
        for f in flag(raw.article, lex):
            s, e = raw.raw_span(f)
            ev[f.entry_id].ptc_n += 1
            ev[f.entry_id].ptc_in += _overlap((s, e), marked) / (e - s)
    babe = data / "framing" / "babe-dev" / "babe_sg2_dev.csv"
    with babe.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            if row.get("label_bias") not in ("Biased", "Non-biased"):
                continue
            words = babe_marked_words(row)
            for f in flag(Article(headline="", body=row["text"]), lex):
                ev[f.entry_id].babe_n += 1
                ev[f.entry_id].babe_in += any(w.lower() in words for w in _WORD.findall(f.text))


def verdict(e: Evidence, median: float) -> bool:
    """The evidence rule (module docstring): enough judged flags, none right, weak on gold."""
    n = sum(e.judged.values())
    good = e.judged["right"] + e.judged["wrong_voice"]
    p = e.gold_precision
    return n >= MIN_JUDGED and good == 0 and (p is None or p < median)


def _numbers(readings: list[str]) -> str:
    """"judge", "judge2" ... "judge10" -> "1-10"; read34 ... read46, read48 -> "34-46, 48"."""
    runs: list[list[int]] = []
    for n in sorted(_reading_number(r) for r in readings):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _note(e: Evidence, was: str, median: float, readings: list[str]) -> str:
    j = e.judged
    p = e.gold_precision
    hits = e.ptc_n + e.babe_n
    on_gold = (
        f"ptc-tune + BABE dev precision {p:.2f} on {hits} hit{'s' * (hits != 1)}"
        if p is not None
        else "no hits on ptc-tune or BABE dev"
    )
    return (
        f"Lowered from {was} by bench/entry_evidence.py: the editors judged {sum(j.values())} of "
        f"its flags in readings {_numbers(readings)}, none right ({j['trivial']} trivial, "
        f"{j['wrong_sense']} wrong sense); {on_gold} (lexicon median {median:.2f})."
    )


def apply(selected: dict[str, str]) -> None:
    """Lower the selected entries and record why, editing only their lines: a dump of the
    parsed YAML would drop the comments curators keep inside the file."""
    lines = LEXICON.read_text(encoding="utf-8").splitlines(True)
    current = None
    for i, line in enumerate(lines):
        if line.startswith("- id: "):
            current = line.removeprefix("- id: ").strip()
        elif current in selected and line.startswith("  severity: "):
            severity = line.removeprefix("  severity: ").strip()
            why = yaml.safe_dump({"calibration": selected[current]}, width=116, allow_unicode=True)
            lines[i] = f"  severity: {LOWER[severity]}\n"
            # the calibration goes at the entry's end, where the earlier ones are
            end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("- ")), None)
            end = len(lines) if end is None else end
            while end > i + 1 and not lines[end - 1].strip():
                end -= 1
            lines[end:end] = ["  " + ln for ln in why.splitlines(True)]
            current = None
    LEXICON.write_text("".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--readings", type=Path, nargs="+", required=True,
        help="judged readings, or folders of them (never a held-out reading)",
    )
    ap.add_argument("--data", type=Path, help="the shared data folder (not for --views)")
    ap.add_argument("--apply", action="store_true", help="lower the selected entries")
    ap.add_argument("--all", action="store_true", help="list every judged entry, not only those")
    ap.add_argument("--views", action="store_true", help="try the default-view rules instead")
    args = ap.parse_args()

    lex = default_lexicon()
    if args.views:
        views(args.readings, lex)
        return
    if args.data is None:
        ap.error("--data is needed to read ptc-tune and BABE dev")
    ev: dict[str, Evidence] = defaultdict(Evidence)
    readings = judged(args.readings, lex, ev)
    if not readings:
        ap.error("no reading with judgements*.tsv among --readings")
    gold(args.data, lex, ev)
    precisions = [p for e in ev.values() if (p := e.gold_precision) is not None]
    median = statistics.median(precisions)
    entries = {e.id: e for e in lex.entries}
    print(f"# readings {_numbers(readings)}; median gold precision {median:.3f} "
          f"over {len(precisions)} entries with hits")
    print("entry\tseverity\tcategory\tjudged\t" + "\t".join(CLASSES)
          + "\tptc_n\tptc_P\tbabe_n\tbabe_P\tgold_P\trule")
    selected: dict[str, str] = {}
    for eid, e in sorted(ev.items(), key=lambda kv: -sum(kv[1].judged.values())):
        n = sum(e.judged.values())
        if not n or eid not in entries:
            continue
        entry = entries[eid]
        lower = verdict(e, median)
        if lower and entry.calibration:
            rule = "lowered before"
        elif lower and entry.severity not in LOWER:
            rule = "lower: already low"
        elif lower:
            rule = f"lower to {LOWER[entry.severity]}"
            selected[eid] = _note(e, entry.severity, median, readings)
        else:
            rule = ""
        if not (lower or args.all):
            continue
        p = e.gold_precision
        print(
            eid, entry.severity, entry.category, n, *(e.judged[c] for c in CLASSES),
            e.ptc_n, f"{e.ptc_in / e.ptc_n:.2f}" if e.ptc_n else "-",
            e.babe_n, f"{e.babe_in / e.babe_n:.2f}" if e.babe_n else "-",
            f"{p:.2f}" if p is not None else "-", rule, sep="\t",
        )
    if args.apply and selected:
        apply(selected)
        print(f"# lowered {len(selected)} entries in {LEXICON.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
