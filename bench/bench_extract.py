"""Benchmark body extraction: trafilatura.extract vs. annotator (whole annotate() and the page
stage alone), like for like: trafilatura runs with the extraction settings our page stage
passes it (comments dropped, tables kept, no precision/recall bias), on the same decoded text.

Usage (from the project root):
    python bench/bench_extract.py [--data ../shared/data/extraction/scrapinghub]
                                  [--repeat 3] [--json out.json] [--only-trafilatura]

The data directory holds either the scrapinghub layout (html/<id>.html.gz and
ground-truth.json, id -> {"articleBody": ..., "url": ...}) or the WCXB layout (html/<id>.html.gz
and ground-truth/<id>.json with ground_truth.main_content). Speed is the median of per-page
ratios (each page timed best-of-N on both sides in the same run).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

# Make `bench.metrics` and `annotator` importable when run as a plain script.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from bench.metrics import shingle_f1  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "extraction" / "scrapinghub"
TARGET_RATIO = 1.15


def load_pages(data: Path) -> list[tuple[str, str, str, str]]:
    """Return [(id, url, html, truth)] sorted by id, from either layout."""
    pages = []
    if (data / "ground-truth.json").is_file():
        truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
        items = [(k, truth[k].get("url", ""), truth[k].get("articleBody", "")) for k in truth]
    else:  # WCXB: one JSON per page
        items = []
        for f in (data / "ground-truth").glob("*.json"):
            gt = json.loads(f.read_text(encoding="utf-8"))
            body = gt["ground_truth"].get("main_content") or ""
            items.append((f.stem, gt.get("url") or "", body))
    for key, url, body in sorted(items):
        path = data / "html" / f"{key}.html.gz"
        if not path.is_file():
            continue
        # Decoded once so both extractors receive identical text and decoding is not timed.
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        pages.append((key, url, html, body))
    return pages


def best_time(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """One untimed warm-up call, then the best of `repeat` timed calls."""
    result = fn()
    best = float("inf")
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


# The settings annotator.page.extract passes to trafilatura.bare_extraction.
SAME_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "with_metadata": False,
}


def run_trafilatura(html: str, url: str) -> str | None:
    return trafilatura.extract(html, url=url, **SAME_SETTINGS)


def make_annotate() -> Callable[[str, str], str | None]:
    # Lazy import: the pipeline may not exist yet, and --only-trafilatura must work.
    from annotator.pipeline import annotate

    def run(html: str, url: str) -> str | None:
        report = annotate(html=html, url=url)
        article = getattr(report, "article", None)
        return article.body if article is not None else None

    return run


def make_page_stage() -> Callable[[str, str], str | None]:
    from annotator.page import read_page

    def run(html: str, url: str) -> str | None:
        return read_page(html=html, url=url).article.body

    return run


def progress(items: list[Any], description: str) -> Iterator[Any]:
    try:
        from rich.progress import track
    except ImportError:  # rich is optional for this script
        yield from _plain_progress(items, description)
        return
    yield from track(items, description=description, transient=True)


def _plain_progress(items: Iterable[Any], description: str) -> Iterator[Any]:
    items = list(items)
    for i, item in enumerate(items, 1):
        if i % 20 == 0 or i == len(items):
            print(f"{description} {i}/{len(items)}", file=sys.stderr)
        yield item


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark trafilatura vs. annotator body extraction.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per page (best is kept)")
    ap.add_argument("--json", type=Path, help="write per-page and summary results here")
    ap.add_argument("--only-trafilatura", action="store_true", help="skip annotator.pipeline")
    ap.add_argument("--limit", type=int, help="only the first N pages (for quick checks)")
    args = ap.parse_args(argv)

    pages = load_pages(args.data)
    if args.limit:
        pages = pages[: args.limit]
    annotate = None if args.only_trafilatura else make_annotate()
    page_stage = None if args.only_trafilatura else make_page_stage()

    truths: dict[str, str] = {}
    preds_t: dict[str, str | None] = {}
    preds_a: dict[str, str | None] = {}
    times_t: dict[str, float] = {}
    times_a: dict[str, float] = {}
    times_p: dict[str, float] = {}
    errors: dict[str, str] = {}

    for key, url, html, truth in progress(pages, "extracting"):
        truths[key] = truth
        times_t[key], preds_t[key] = best_time(
            lambda h=html, u=url: run_trafilatura(h, u), args.repeat
        )
        if annotate is not None:
            try:
                times_a[key], preds_a[key] = best_time(
                    lambda h=html, u=url: annotate(h, u), args.repeat
                )
                assert page_stage is not None
                times_p[key], _ = best_time(
                    lambda h=html, u=url: page_stage(h, u), args.repeat
                )
            except Exception as exc:  # keep going: one failing page must not hide the rest
                errors[key] = f"{type(exc).__name__}: {exc}"
                preds_a[key] = None

    summary: dict[str, Any] = {"pages": len(pages), "repeat": args.repeat}
    print(f"pages: {len(pages)}   repeat: best of {args.repeat} after 1 warm-up")
    med_t = statistics.median(times_t.values())
    print(f"trafilatura.extract   median {fmt_ms(med_t)}")
    summary["median_trafilatura_s"] = med_t

    p, r, f1 = shingle_f1(preds_t, truths)
    none_t = sum(not v for v in preds_t.values())  # None or empty string
    summary["trafilatura"] = {"precision": p, "recall": r, "f1": f1, "empty": none_t}

    if annotate is not None and times_a:
        med_a = statistics.median(times_a.values())
        # Compare on the same pages: pages where annotate() raised have no timing.
        med_t_common = statistics.median(times_t[k] for k in times_a)
        ratio = med_a / med_t_common
        per_page = statistics.median(times_a[k] / times_t[k] for k in times_a if times_t[k] > 0)
        verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
        print(f"annotate()            median {fmt_ms(med_a)}  ({len(times_a)} pages timed)")
        print(f"ratio median(b)/median(a): {ratio:.3f}  (target <= {TARGET_RATIO}: {verdict})")
        print(f"median per-page ratio:     {per_page:.3f}  (annotate() / trafilatura.extract)")
        stage = statistics.median(times_p[k] / times_t[k] for k in times_p if times_t[k] > 0)
        print(f"median per-page ratio:     {stage:.3f}  (page stage alone / trafilatura.extract)")
        summary.update(median_annotate_s=med_a, ratio_of_medians=ratio, median_page_ratio=per_page,
                       median_page_stage_ratio=stage)

    print()
    print(f"{'extractor':<14} {'precision':>9} {'recall':>7} {'F1':>7} {'empty':>6}")
    print(f"{'trafilatura':<14} {p:>9.4f} {r:>7.4f} {f1:>7.4f} {none_t:>6}")
    if annotate is not None:
        pa, ra, fa = shingle_f1(preds_a, truths)
        none_a = sum(not v for v in preds_a.values())
        print(f"{'annotator':<14} {pa:>9.4f} {ra:>7.4f} {fa:>7.4f} {none_a:>6}")
        summary["annotator"] = {"precision": pa, "recall": ra, "f1": fa, "empty": none_a}
        if errors:
            first = next(iter(errors.items()))
            print(f"\nannotate() raised on {len(errors)} page(s); first: {first}")
            summary["errors"] = errors

    if args.json:
        summary["per_page"] = {
            k: {"trafilatura_s": times_t[k], "annotate_s": times_a.get(k)} for k in times_t
        }
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
