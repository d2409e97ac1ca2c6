"""Benchmark the segmentation into voices: the bundled sample, and 100,000 words laid out as
ordinary paragraphs and as one single paragraph (the worst case for per-paragraph work).

Usage (from the project root):
    python bench/bench_voices.py [--repeat 20]

Reference, measured in the same run: the sample's time per word. Each ratio is a text's time
per word over that reference: about 1 means the cost grows linearly with the text's length.
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
        t = time.perf_counter()
        segment(headline, paragraphs)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    sample = extract(sample_path().read_text(encoding="utf-8"))
    paras = sample.paragraphs
    words = sum(len(p.split()) for p in paras) + len(sample.headline.split())
    t_sample = timed(sample.headline, paras, args.repeat * 10)
    per_word = t_sample / words
    print(f"sample ({words} words): {t_sample * 1000:.2f} ms median")

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
