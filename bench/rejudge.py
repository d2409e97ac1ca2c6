"""Score the current code's flags on an editor reading that was judged on earlier code.

An editor reading (`bench/reading_sample.py`, brief in docs/editor-reading.md) judges every flag
of 50 pages once. To see what a change does to those pages without a new reading, this script
annotates the same pages again with the code it runs from and matches each new flag to the
editor's judgement of the same word in the same context (the 120 characters before it and 80
after, as the page files show them). A flag whose voice or speaker changed keeps its judgement
only when the judgement did not depend on them (`wrong_sense`, `trivial`); otherwise it is
counted as `changed`, as are flags the editor never saw (`new`). Items of the editor's missed
list that a new flag covers count as found, unverified.

The pages are found from each page file's first line, so no seeds are needed. Run from the
project root of the code to score:

    python bench/rejudge.py --data ../shared/data /tmp/reading12 [/tmp/reading13 ...]

Figures printed: shown flags by class (counts and shares), and found = right flags (shown or
hidden) / (right + missed), as in the readings' summaries. On pages used for tuning these are
tuning figures, not held-out ones.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# The code scored is the project the command runs from (a worktree, say), imported before
# reading_sample, which would otherwise put this file's own checkout first on the path.
sys.path.insert(0, str(Path.cwd()))
from annotator import annotate

sys.path.insert(1, str(Path(__file__).resolve().parent))
from reading_sample import ptc_text, render

# "repeat=True": the forty-sixth and forty-seventh readings' pages were written while repeats of a
# flag were left out of the default view (a rule since reverted); they still parse.
FLAG = re.compile(
    r"^- FLAG (?P<text>'.*'|\".*\") entry=(?P<entry>\S+) cat=\S+ sev=\S+ "
    r"voice=(?P<voice>\S+) speaker=(?P<speaker>.*) shown=(?P<shown>True|False)(?: repeat=True)?$"
)
CLASSES = ("right", "wrong_sense", "trivial", "wrong_voice", "changed", "new")


@dataclass(frozen=True)
class Flag:
    text: str
    entry: str
    voice: str
    speaker: str
    shown: bool
    context: str


def flags_of(page: str) -> list[Flag]:
    """The flags of one page file, in order."""
    out: list[Flag] = []
    lines = page.splitlines()
    for i, line in enumerate(lines):
        m = FLAG.match(line)
        if m is None:
            continue
        context = lines[i + 1].removeprefix("    context: ")
        text = m["text"][1:-1]
        out.append(Flag(text, m["entry"], m["voice"], m["speaker"], m["shown"] == "True", context))
    return out


def source(data: Path, header: str) -> tuple[dict[str, object], str]:
    """annotate() arguments for the page a page file names in its first line."""
    name, _, url = header.removeprefix("# ").partition(" ")
    url = "" if url == "None" else url  # a page without an address is written "None"
    if name.endswith(".html.gz"):
        for folder in ("scrapinghub", "wcxb-dev-articles"):
            path = data / "extraction" / folder / "html" / name
            if path.exists():
                html = gzip.decompress(path.read_bytes())
                return {"html": html, "url": url or None}, header.removeprefix("# ")
        raise SystemExit(f"{name}: not found under {data / 'extraction'}")
    if name.startswith("article"):
        for split in ("ptc-tune", "ptc-dev"):  # a held-out reading names ptc-dev articles
            path = data / "framing" / split / "articles" / name
            if path.exists():
                return {"text": ptc_text(path)}, name
        raise SystemExit(f"{name}: not found under {data / 'framing'}")
    for split in ("train", "dev"):  # a held-out reading names dev articles
        path = data / "attribution/polnear" / split / "text" / name
        if path.exists():
            return {"text": path.read_text()}, name
    raise SystemExit(f"{name}: not found under {data / 'attribution/polnear'}")


def rows(folder: Path, kind: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for path in sorted(folder.glob(f"{kind}-*.tsv")):
        with path.open(newline="", encoding="utf-8") as fh:
            out += list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return out


def judged(folder: Path) -> dict[tuple[str, str, str], tuple[Flag, str, str]]:
    """(file, text, context) -> (flag as judged, class, note): judgements paired with flags in
    order."""
    by_file: dict[str, list[dict[str, str]]] = {}
    for row in rows(folder, "judgements"):
        by_file.setdefault(row["file"].removesuffix(".txt"), []).append(row)
    out: dict[tuple[str, str, str], tuple[Flag, str, str]] = {}
    for page in sorted(folder.glob("*.txt")):
        flags = flags_of(page.read_text())
        judgements = by_file.get(page.stem, [])
        if len(judgements) != len(flags):
            print(f"warning: {page.name}: {len(flags)} flags, {len(judgements)} judgements")
        for flag, row in zip(flags, judgements, strict=False):
            if row["flag_text"].strip("'\"") != flag.text:
                print(f"warning: {page.name}: {row['flag_text']!r} judged for {flag.text!r}")
            judgement = (flag, row["class"].strip(), (row.get("note") or "").strip())
            out[(page.stem, flag.text, flag.context)] = judgement
    return out


def verdict(old: tuple[Flag, str, str] | None, new: Flag) -> str:
    if old is None:
        return "new"
    flag, cls, _ = old
    if cls in ("wrong_sense", "trivial"):
        return cls
    if (flag.voice, flag.speaker) != (new.voice, new.speaker):
        return "changed"
    return cls


def score(
    data: Path,
    folder: Path,
    listing: bool = False,
    wrong: bool = False,
    delta: Path | None = None,
    write_delta: Path | None = None,
) -> dict[str, object]:
    old = judged(folder)
    later = judged(delta) if delta else {}
    old.update(later)
    missed = rows(folder, "missed")
    shown: Counter[str] = Counter()
    every: Counter[str] = Counter()
    found_missed = now_right = 0
    for page in sorted(folder.glob("*.txt")):
        if not page.stem.startswith(("web", "polnear", "ptc", "dev")):
            continue
        kwargs, name = source(data, page.read_text().split("\n", 1)[0])
        rendered = render(annotate(**kwargs), name)  # type: ignore[arg-type]
        new = flags_of(rendered)
        verdicts = []
        for flag in new:
            judgement = old.get((page.stem, flag.text, flag.context))
            cls = verdict(judgement, flag)
            verdicts.append(cls)
            listed: tuple[str, ...] = ("changed", "new") if listing else ()
            listed += ("wrong_sense", "trivial", "wrong_voice") if wrong else ()
            if flag.shown and cls in listed:
                line = f"{cls} {page.stem} {flag.text!r} {flag.voice}/{flag.speaker}"
                line += f" | {flag.context}"
                if judgement is not None:
                    was, judged_as, note = judgement
                    line += f"\n    was {was.voice}/{was.speaker} {judged_as}: {note}"
                print(line)
            every[cls] += 1
            if flag.shown:
                shown[cls] += 1
        if write_delta is not None:
            todo = {i for i, c in enumerate(verdicts) if c in ("new", "changed")}
            if todo:
                write_delta.mkdir(parents=True, exist_ok=True)
                (write_delta / page.name).write_text(_only_flags(rendered, todo))
        for m in missed:
            if m["file"].removesuffix(".txt") != page.stem:
                continue
            want = m["missed_text"].strip("'\"").lower()
            covering = [
                (f, c)
                for f, c in zip(new, verdicts, strict=True)
                if want in f.text.lower() or f.text.lower() in want
            ]
            # An item the editor listed stays missed when the flags on it are ones the editor
            # saw; a later reader's `right` on a new flag finds it (counted once, as that flag);
            # a new flag nobody has judged finds it unverified.
            if any((page.stem, f.text, f.context) in later for f, _ in covering):
                now_right += any(c == "right" for _, c in covering)
            elif any(c == "new" for _, c in covering):
                found_missed += 1
    right = every["right"] + found_missed
    n_missed = len(missed) - found_missed - now_right
    total = sum(shown.values())
    return {
        "folder": str(folder),
        "code": str(Path(sys.modules["annotator"].__file__ or "").parent),
        "shown": total,
        "shown_by_class": {c: shown[c] for c in CLASSES},
        "shown_share": {c: round(shown[c] / total, 3) if total else 0.0 for c in CLASSES},
        "all_by_class": {c: every[c] for c in CLASSES},
        "found": round(right / (right + n_missed), 3) if right + n_missed else 0.0,
        "missed_now_flagged_unjudged": found_missed,
        "missed_now_flagged_right": now_right,
    }


def _only_flags(page: str, keep: set[int]) -> str:
    """A page file listing only the flags numbered in `keep` (each flag is three lines)."""
    out: list[str] = []
    lines = page.splitlines()
    n = -1
    i = 0
    while i < len(lines):
        if FLAG.match(lines[i]):
            n += 1
            if n in keep:
                out += lines[i : i + 3]
            i += 3
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder")
    ap.add_argument("folders", type=Path, nargs="+", help="judged reading folders")
    ap.add_argument(
        "--list", action="store_true", help="print each shown flag that is changed or new"
    )
    ap.add_argument(
        "--wrong",
        action="store_true",
        help="print each shown flag still judged wrong sense, trivial or wrong voice",
    )
    ap.add_argument(
        "--write-delta",
        type=Path,
        metavar="OUT",
        help="write OUT/<page>.txt listing only the flags the editor never judged (new, or whose "
        "voice or speaker changed), for a reader to judge as docs/editor-reading.md says",
    )
    ap.add_argument(
        "--delta",
        type=Path,
        metavar="OUT",
        help="a judged --write-delta folder: its judgements count beside the reading's own",
    )
    args = ap.parse_args()
    if len(args.folders) > 1 and (args.delta or args.write_delta):
        ap.error("--delta and --write-delta take one reading folder")
    for folder in args.folders:
        result = score(args.data, folder, args.list, args.wrong, args.delta, args.write_delta)
        print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
