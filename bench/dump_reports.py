"""Write every extraction page's JSON report to a folder, one file a page, so that a speed change
can be shown to leave each output alone (`diff -r before/ after/`).

Usage (from the project root):
    python bench/dump_reports.py OUT [--data DIR ...]

Default data: every page of the ScrapingHub and WCXB dev sets, each read with its own URL.
The time of generation is left out; a refused page writes its refusal instead.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_extract import load_pages  # noqa: E402
from bench.report_hashes import DEFAULT_SETS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, action="append")
    args = ap.parse_args(argv)

    from annotator.errors import AnnotatorError
    from annotator.pipeline import annotate

    for data in args.data or DEFAULT_SETS:
        folder = args.out / data.name
        folder.mkdir(parents=True, exist_ok=True)
        pages = load_pages(data)
        for key, url, html, _ in pages:
            try:
                report = annotate(html=html, url=url or None)
                out = report.model_dump_json(exclude={"generated_at"}, indent=1)
            except AnnotatorError as exc:  # the refusal is an output too
                out = f"{type(exc).__name__}: {exc}"
            (folder / f"{key}.json").write_text(out + "\n", encoding="utf-8")
        print(f"{data.name}: {len(pages)} pages written to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
