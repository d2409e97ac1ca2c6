"""The three gates a new lexicon entry passes before it ships (issue 9, recall without a loss of
precision), per entry: its ptc-tune hits and how many fall inside a gold span (at least half of
the hit's characters; any technique, and Loaded Language or Name Calling); its BABE dev hits in
sentences labelled biased and not, and how many are on a word the annotators marked; and its
hits on random extraction pages, each shown in context to be read for wrong senses.

The ptc-tune articles the editor readings took (the first `--read-ptc` of
bench/reading_sample.py's fixed order; 100-180 are held out) are left out, so no hit on a
held-out article is ever shown while an entry is written.

An entry (or a form) is kept when at least half of its ptc-tune hits are in gold, or it has
none there; its BABE hits are in biased sentences; and no page hit is another sense of the word
(sport, science, shopping) or a standard term. The data are read for measuring only.

Usage (from the project root):
    python bench/lexicon_gates.py --data ../shared/data --after marxist-label \
        --pages 300 --seed 909090 --skip-pages READINGS/*/pages/web*.txt

READINGS is where the editor readings were written (see docs/editor-reading.md).
`--after ID` gates every entry that follows ID in the bundled lexicon (the entries added since);
`--ids` names entries instead. `--skip-pages` takes reading files whose first line is
`# <page file name> <url>`, so the pages earlier readings judged are left out.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reading_sample import ptc_articles  # noqa: E402

from annotator import annotate  # noqa: E402
from annotator.eval.flags import (  # noqa: E402
    _WORD,
    LL_NC,
    RawText,
    _overlap,
    _read_gold,
    babe_marked_words,
    merge,
)
from annotator.framing import default_lexicon, flag  # noqa: E402
from annotator.models import Article  # noqa: E402


def _context(text: str, start: int, end: int) -> str:
    return " ".join((text[max(0, start - 80) : start] + "[[" + text[start:end] + "]]").split()) + (
        " " + " ".join(text[end : end + 50].split())
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder")
    ap.add_argument("--after", help="gate the entries that follow this id in the lexicon")
    ap.add_argument("--ids", nargs="*", default=[], help="or gate these entry ids")
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=909090)
    ap.add_argument("--skip-pages", nargs="*", type=Path, default=[])
    ap.add_argument(
        "--read-ptc",
        type=int,
        default=180,
        help="ptc-tune articles the readings took, in reading_sample's order (left out:"
        " 100-180 are held out)",
    )
    args = ap.parse_args()

    lex = default_lexicon()
    names = [e.id for e in lex.entries]
    ids = set(args.ids)
    if args.after:
        ids |= set(names[names.index(args.after) + 1 :])
    if not ids:
        ap.error("name the entries to gate with --after or --ids")

    ptc: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 7)  # see the header printed below
    folder = args.data / "framing" / "ptc-tune"
    gold, _ = _read_gold(folder)
    read = {p.name for p in ptc_articles(args.data)[: args.read_ptc]}
    for path in sorted((folder / "articles").glob("article*.txt")):
        if path.name in read:
            continue
        aid = path.stem.removeprefix("article")
        raw = RawText.parse(path.read_text(encoding="utf-8"))
        if not raw.starts:
            continue
        g_all = merge((s, e) for _, s, e in gold.get(aid, []))
        g_ll = merge((s, e) for t, s, e in gold.get(aid, []) if t in LL_NC)
        for f in flag(raw.article, lex):
            if f.entry_id not in ids:
                continue
            s, e = raw.raw_span(f)
            inside = _overlap((s, e), g_all) * 2 >= e - s
            c = counts[f.entry_id]
            c[0] += 1
            c[1] += inside
            c[2] += _overlap((s, e), g_ll) * 2 >= e - s
            ptc[f.entry_id].append(f"PTC {'gold' if inside else 'out '} {_context(raw.text, s, e)}")

    babe = args.data / "framing" / "babe-dev" / "babe_sg2_dev.csv"
    for row in csv.DictReader(babe.open(encoding="utf-8"), delimiter=";"):
        if row.get("label_bias") not in ("Biased", "Non-biased"):
            continue
        marked = babe_marked_words(row)
        for f in flag(Article(headline="", body=row["text"]), lex):
            if f.entry_id in ids:
                c = counts[f.entry_id]
                c[3] += 1
                c[4] += row["label_bias"] == "Biased"
                c[5] += any(w.lower() in marked for w in _WORD.findall(f.text))

    skip = set()
    for reading in args.skip_pages:
        first = reading.read_text(encoding="utf-8").split("\n", 1)[0].split()
        if len(first) > 1 and first[0] == "#":
            skip.add(first[1])
    pages = sorted(
        p for p in (args.data / "extraction").glob("*/html/*.html.gz") if p.name not in skip
    )
    random.seed(args.seed)
    web: dict[str, list[str]] = defaultdict(list)
    for page in random.sample(pages, min(args.pages, len(pages))):
        report = annotate(html=gzip.decompress(page.read_bytes()))
        for f in report.flags:
            if f.entry_id in ids:
                counts[f.entry_id][6] += 1
                text = getattr(report.article, f.field)
                web[f.entry_id].append(
                    f"WEB {page.name[:12]} {report.genre.topic.topic} shown={f.shown} "
                    + _context(text, f.start, f.end)
                )

    print("entry\tptc\tin_gold\tin_ll_nc\tbabe\tbiased_sentence\tmarked_word\tpages")
    for eid in sorted(ids):
        print(eid, *counts[eid], sep="\t")
        for line in ptc[eid] + web[eid]:
            print("   ", line)


if __name__ == "__main__":
    main()
