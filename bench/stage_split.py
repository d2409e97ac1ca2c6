"""Where `annotate()`'s time goes: each stage's time as a ratio to `trafilatura.extract` on
the same page, measured in the same run (median of the per-page ratios, and their mean).

Usage (from the project root):
    python bench/stage_split.py [--data ../shared/data/extraction/wcxb-dev-articles]
                                [--limit 120] [--repeat 2]

Each page: trafilatura.extract (the settings of bench/bench_extract.py) and annotate() are
each timed best of `--repeat`; the stages are the calls annotate() makes, timed inside the
fastest annotate() run. Rows starting with "  " are parts of the page stage (parse, trafilatura,
htmldate, the visible byline) or of flagging (the article's theme); "rest" is annotate() less
its stages: checks, unwrapping the address and building the report model. The registry
look-ups provenance makes count under provenance.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import htmldate  # noqa: E402
import trafilatura  # noqa: E402

import annotator.page.extract as extract_module  # noqa: E402
import annotator.page.read as read_module  # noqa: E402
import annotator.pipeline as pipeline  # noqa: E402
from annotator.framing.lexicon import Lexicon  # noqa: E402
from annotator.sources import Registry  # noqa: E402
from bench.bench_extract import load_pages, run_trafilatura  # noqa: E402

# The shared data sit beside the checkout (../shared) or beside a worktree's parent.
DEFAULT_DATA = next(
    (d / "shared" / "data" / "extraction" / "wcxb-dev-articles"
     for d in (ROOT.parent, ROOT.parent.parent)
     if (d / "shared" / "data" / "extraction").is_dir()),
    ROOT.parent / "shared" / "data" / "extraction" / "wcxb-dev-articles",
)
# (owner, attribute, row): the pipeline's own calls, then parts of them (indented rows).
STAGES: list[tuple[Any, str, str]] = [
    (pipeline, "read_page", "page stage"),
    (Registry, "lookup", "outlet identification"),  # its look-ups in annotate() itself
    (pipeline, "detect_genre", "genre"),
    (pipeline, "segment", "voice segmentation"),
    (pipeline, "public_affairs", "topic"),
    (pipeline, "flag", "flags"),
    (pipeline, "trace", "provenance"),
    (read_module, "parse_html", "  parse"),
    (trafilatura, "bare_extraction", "  trafilatura.bare_extraction"),
    (htmldate, "find_date", "  htmldate"),
    (extract_module, "visible_byline", "  visible byline"),
    (Lexicon, "theme", "  theme"),
]

spent: dict[str, float] = defaultdict(float)
running: list[str] = []  # the stages under way: a stage's call inside another counts there


def _timed(fn: Callable[..., Any], row: str) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        outermost = row.startswith(" ") or not running  # registry look-ups in provenance
        running.append(row)
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            if outermost:
                spent[row] += time.perf_counter() - start
            running.pop()

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)

    for owner, name, row in STAGES:
        setattr(owner, name, _timed(getattr(owner, name), row))
    pages = load_pages(args.data)[: args.limit]
    if not pages:
        ap.error(f"no pages in {args.data}")
    for _, url, html, _ in pages[:3]:  # warm-up: lazily built data, first imports
        pipeline.annotate(html=html, url=url or None)
        run_trafilatura(html, url)

    ratios: dict[str, list[float]] = defaultdict(list)
    for _, url, html, _ in pages:
        base = min(_time(partial(run_trafilatura, html, url)) for _ in range(args.repeat))
        best: tuple[float, dict[str, float]] | None = None
        for _ in range(args.repeat):
            spent.clear()
            took = _time(partial(pipeline.annotate, html=html, url=url or None))
            if best is None or took < best[0]:
                best = (took, dict(spent))
        assert best is not None
        took, parts = best
        ratios["annotate()"].append(took / base)
        for _, _, row in STAGES:
            ratios[row].append(parts.get(row, 0.0) / base)
        own = sum(v for k, v in parts.items() if not k.startswith(" "))
        ratios["rest"].append((took - own) / base)

    print(f"{len(pages)} pages of {args.data.name}, best of {args.repeat}; "
          "ratios to trafilatura.extract on the same page")
    print(f"{'':32} {'median':>7} {'mean':>7}")
    for row in ["annotate()", *(r for _, _, r in STAGES), "rest"]:
        values = ratios[row]
        print(f"{row:32} {statistics.median(values):7.3f} {statistics.mean(values):7.3f}")
    return 0


def _time(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    with contextlib.suppress(Exception):  # a refused or empty page costs what it cost
        fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    raise SystemExit(main())
