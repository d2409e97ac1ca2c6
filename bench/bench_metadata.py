"""Measure metadata extraction on WCXB (dev split, article pages): headline, author, date.

Usage (from the project root):
    python bench/bench_metadata.py [--data ../shared/data/extraction/wcxb-dev-articles] [--limit N]

For each page our `extract()` is compared with trafilatura's own metadata (`extract_metadata`)
on the same page, against WCXB's ground truth (attribution: "WCXB, Murrough Foley", CC BY 4.0).
WCXB's gold title is the visible headline. One matching rule for both sides: forgiving about
case, spacing and punctuation; a date matches on its first ten characters (YYYY-MM-DD); an
author matches when the gold name equals one of the extracted names (our bylines; trafilatura's
author string split at its own "; " separator). Pages whose gold field is empty are left out of
that field's figure, and the counts are printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from trafilatura.metadata import extract_metadata  # noqa: E402

from annotator.page.extract import extract, parse_html  # noqa: E402
from annotator.page.fetcher import decode_html  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "extraction" / "wcxb-dev-articles"


def norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = sorted((args.data / "ground-truth").glob("*.json"))
    if args.limit:
        files = files[: args.limit]
    hits = {k: {"ours": 0, "trafilatura": 0, "n": 0} for k in ("headline", "author", "date")}
    for gt_file in files:
        gt = json.loads(gt_file.read_text(encoding="utf-8"))
        truth, url = gt["ground_truth"], gt.get("url")
        html_path = args.data / "html" / f"{gt_file.stem}.html.gz"
        if not html_path.is_file():
            continue
        html, _, _ = decode_html(gzip.decompress(html_path.read_bytes()), None)
        tree = parse_html(html)
        ours = extract(tree, url)
        theirs = extract_metadata(trafilatura.load_html(html), default_url=url)
        gold = {
            "headline": norm(truth.get("title")),
            "author": norm(truth.get("author")),
            "date": (truth.get("publish_date") or "")[:10],
        }
        got = {
            "headline": (norm(ours.headline), norm(theirs.title if theirs else None)),
            "author": (
                [norm(b) for b in ours.bylines],
                [norm(a) for a in ((theirs.author if theirs else None) or "").split(";")],
            ),
            "date": ((ours.published or "")[:10], ((theirs.date if theirs else None) or "")[:10]),
        }
        for field, want in gold.items():
            if not want:
                continue
            hits[field]["n"] += 1
            mine, other = got[field]
            if field == "author":  # the same rule for both: one of the names
                hits[field]["ours"] += want in mine
                hits[field]["trafilatura"] += want in other
            else:
                hits[field]["ours"] += mine == want
                hits[field]["trafilatura"] += other == want
    print(f"WCXB pages: {len(files)}")
    print(f"{'field':<10}{'pages':>7}{'ours':>9}{'trafilatura':>13}")
    for field, h in hits.items():
        n = max(1, h["n"])
        print(f"{field:<10}{h['n']:>7}{h['ours'] / n:>9.3f}{h['trafilatura'] / n:>13.3f}")


if __name__ == "__main__":
    main()
