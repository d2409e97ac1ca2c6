"""Hash the JSON reports of saved pages, to show that a speed change leaves every output alone.

Usage (from the project root):
    python bench/report_hashes.py [--data DIR ...] [--limit 40] [--show]

Annotates the first `--limit` pages (sorted by id) of each data directory (default: the
ScrapingHub and WCXB dev sets) with each page's own URL, and prints one SHA-256 over all the
JSON reports (the time of generation left out), then one per data set. Run it before and
after a change: the same digest means the same reports. `--show` prints a digest per page.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_extract import load_pages  # noqa: E402

# The shared data sit beside the checkout (../shared) or beside a worktree's parent.
DATA = next(
    (d / "shared" / "data" / "extraction" for d in (ROOT.parent, ROOT.parent.parent)
     if (d / "shared" / "data" / "extraction").is_dir()),
    ROOT.parent / "shared" / "data" / "extraction",
)
DEFAULT_SETS = [DATA / "scrapinghub", DATA / "wcxb-dev-articles"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, action="append")
    ap.add_argument("--limit", type=int, default=40, help="pages per data set")
    ap.add_argument("--show", action="store_true", help="print a digest per page")
    args = ap.parse_args(argv)

    from annotator.errors import AnnotatorError
    from annotator.pipeline import annotate

    total = hashlib.sha256()
    for data in args.data or DEFAULT_SETS:
        digest = hashlib.sha256()
        pages = load_pages(data)[: args.limit]
        for key, url, html, _ in pages:
            try:
                report = annotate(html=html, url=url or None)
                out = report.model_dump_json(exclude={"generated_at"})
            except AnnotatorError as exc:  # the refusal is an output too
                out = f"{type(exc).__name__}: {exc}"
            page = hashlib.sha256(out.encode()).hexdigest()
            if args.show:
                print(f"{data.name}/{key} {page[:16]}")
            digest.update(page.encode())
            total.update(page.encode())
        print(f"{data.name}: {len(pages)} pages {digest.hexdigest()[:16]}")
    print(f"all: {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
