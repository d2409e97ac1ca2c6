"""Benchmark flagging: one article with the shipped lexicon, and a synthetic 10,000-entry
lexicon against a 100-entry one on the same text (target: at most 1.5x).

Usage (from the project root):
    python bench/bench_framing.py [--repeat 50]

Both synthetic lexicons hold the same 60 real entries (so they find the same flags) plus
filler entries with made-up multi-word forms (40 or 9,940 of them): the ratio shows what the
lexicon's size alone costs. The article is the bundled sample, body repeated to about 6,000
words so that timer resolution does not dominate.
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.framing.flags import flag  # noqa: E402
from annotator.framing.lexicon import Lexicon  # noqa: E402
from annotator.framing.schema import Entry  # noqa: E402
from annotator.models import Article  # noqa: E402
from annotator.page.extract import extract  # noqa: E402
from annotator.pipeline import sample_path  # noqa: E402


def filler(n: int, rng: random.Random) -> list[Entry]:
    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))

    return [
        Entry(
            id=f"synthetic-{i}",
            forms=[" ".join(word() for _ in range(rng.randint(1, 3)))],
            inflect=rng.choice(["none", "noun", "verb"]),
            category="loaded",
            technique="Loaded_Language",
            severity="low",
            why="A synthetic entry for the size benchmark.",
        )
        for i in range(n)
    ]


def timed(article: Article, lexicon: Lexicon, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    flag(article, lexicon)  # warm-up
    for _ in range(repeat):
        t = time.perf_counter()
        n = len(flag(article, lexicon))
        times.append(time.perf_counter() - t)
    return statistics.median(times), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    rng = random.Random(7)

    sample = extract(sample_path().read_text(encoding="utf-8"))
    shipped = Lexicon.load()
    t, n = timed(sample, shipped, args.repeat)
    words = len(sample.body.split())
    print(f"shipped lexicon: {len(shipped.entries)} entries")
    print(f"sample article ({words} words): {t * 1000:.2f} ms median, {n} flags")

    long_body = "\n\n".join([sample.body] * max(1, 6000 // max(1, words)))
    article = Article(headline=sample.headline, body=long_body)
    real = shipped.entries[:60]
    small = Lexicon(real + filler(40, rng))
    large = Lexicon(real + filler(9_940, rng))
    t_small, n_small = timed(article, small, args.repeat)
    t_large, n_large = timed(article, large, args.repeat)
    print(f"long article: {len(long_body.split())} words")
    print(f"100-entry lexicon:    {t_small * 1000:.2f} ms median, {n_small} flags")
    print(f"10,000-entry lexicon: {t_large * 1000:.2f} ms median, {n_large} flags")
    print(f"ratio 10,000 / 100: {t_large / t_small:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
