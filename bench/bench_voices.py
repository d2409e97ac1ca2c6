"""Benchmark the segmentation into voices: the bundled sample, and 100,000 words laid out as
ordinary paragraphs and as one single paragraph (the worst case for per-paragraph work); with
`--pages`, also the text of saved web pages.

Usage (from the project root):
    python bench/bench_voices.py [--repeat 20]
    python bench/bench_voices.py --pages ../shared/data/extraction/wcxb-dev-articles --limit 60

Reference, measured in the same run: the sample's time per word. Each ratio is a text's time
per word over that reference: about 1 means the cost grows linearly with the text's length.
For pages: the total CPU time of segmenting them all (median of the repeats) and the median
of the per-page ratios. The pages are extracted once, before any timing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.framing.voices import segment  # noqa: E402
from annotator.page.extract import extract  # noqa: E402
from annotator.pipeline import sample_path  # noqa: E402


def timed(headline: str, paragraphs: list[str], repeat: int) -> float:
    segment(headline, paragraphs)  # warm-up (compiled patterns, caches)
    times = []
    for _ in range(repeat):
        t = time.process_time()  # CPU time: steadier than the wall clock on a shared machine
        segment(headline, paragraphs)
        times.append(time.process_time() - t)
    return statistics.median(times)


def pages(folder: Path, limit: int, repeat: int, per_word: float) -> None:
    from bench.bench_extract import load_pages

    texts = []
    for _key, _url, html, _ in load_pages(folder)[:limit]:
        art = extract(html)
        texts.append((art.headline, art.paragraphs))
    for headline, paras in texts:
        segment(headline, paras)  # warm-up
    totals, ratios = [], []
    each: list[list[float]] = [[] for _ in texts]
    for _ in range(repeat):
        total = 0.0
        for i, (headline, paras) in enumerate(texts):
            t = time.process_time()
            segment(headline, paras)
            took = time.process_time() - t
            each[i].append(took)
            total += took
        totals.append(total)
    for (headline, paras), took in zip(texts, each, strict=True):
        n = sum(len(p.split()) for p in paras) + len(headline.split())
        if n:
            ratios.append(statistics.median(took) / n / per_word)
    n_paras = sum(len(p) for _, p in texts)
    print(
        f"{len(texts)} pages of {folder.name} ({n_paras} paragraphs): "
        f"{statistics.median(totals) * 1000:.0f} ms CPU median of {repeat}, "
        f"median page ratio per word {statistics.median(ratios):.2f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--pages", type=Path, help="a folder of saved pages (bench_extract layout)")
    ap.add_argument("--limit", type=int, default=60, help="pages to read from --pages")
    args = ap.parse_args()

    sample = extract(sample_path().read_text(encoding="utf-8"))
    paras = sample.paragraphs
    words = sum(len(p.split()) for p in paras) + len(sample.headline.split())
    t_sample = timed(sample.headline, paras, args.repeat * 10)
    per_word = t_sample / words
    print(f"sample ({words} words): {t_sample * 1000:.2f} ms median")
    if args.pages:
        pages(args.pages, args.limit, max(1, args.repeat // 4), per_word)
        return

    reps = 100_000 // words + 1
    many = paras * reps
    n_many = sum(len(p.split()) for p in many)
    t_many = timed(sample.headline, many, max(1, args.repeat // 4))
    print(
        f"{n_many} words in {len(many)} paragraphs: {t_many * 1000:.0f} ms median, "
        f"ratio per word {t_many / n_many / per_word:.2f}x"
    )
    one = [" ".join(many)]
    t_one = timed(sample.headline, one, max(1, args.repeat // 4))
    print(
        f"{n_many} words in one paragraph: {t_one * 1000:.0f} ms median, "
        f"ratio per word {t_one / n_many / per_word:.2f}x"
    )


if __name__ == "__main__":
    main()
