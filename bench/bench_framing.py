"""Benchmark flagging: one article with the shipped lexicon, and a 10,000-entry lexicon against
a 100-entry one on the same text (target: at most 1.5x).

Usage (from the project root):
    python bench/bench_framing.py [--repeat 20] [--text ../shared/data/framing/ptc-tune/articles]

Both lexicons hold the same 60 real entries plus filler entries (40 or 9,940) whose forms are
word n-grams taken from the article itself, so every filler entry matches real text: the ratio
shows what a large lexicon costs when its entries are found (made-up forms that never match
only measure the automaton, which hid the real cost). The article is about 6,000 words of real
news text: the PTC articles when --text names their folder, else the bundled sample repeated.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
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
from annotator.page.extract import extract, parse_html  # noqa: E402
from annotator.pipeline import sample_path  # noqa: E402


def filler(n: int, text: str, taken: set[str], rng: random.Random) -> list[Entry]:
    """``n`` entries whose forms are distinct 1-3 word n-grams of ``text`` (so each matches)."""
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())
    grams = sorted({" ".join(words[i : i + k]) for k in (1, 2, 3)
                    for i in range(len(words) - k + 1)} - taken)
    rng.shuffle(grams)
    if len(grams) < n:
        raise SystemExit(f"the article has only {len(grams)} distinct n-grams; need {n}")
    return [
        Entry(
            id=f"synthetic-{i}",
            forms=[form],
            inflect="none",
            category="loaded",
            technique="Loaded_Language",
            severity="low",
            why="A synthetic entry for the size benchmark.",
        )
        for i, form in enumerate(grams[:n])
    ]


def long_text(folder: Path | None, sample: Article, words: int = 6000) -> str:
    if folder is not None and folder.is_dir():
        paragraphs: list[str] = []
        count = 0
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    paragraphs.append(line.strip())
                    count += len(line.split())
            if count >= words:
                break
        return "\n\n".join(paragraphs)
    n = len(sample.body.split())
    return "\n\n".join([sample.body] * max(1, words // max(1, n)))


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
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--text", type=Path, default=Path("../shared/data/framing/ptc-tune/articles"),
                    help="folder of .txt articles for the long text (default: PTC, if present)")
    args = ap.parse_args()
    rng = random.Random(7)

    sample = extract(parse_html(sample_path().read_text(encoding="utf-8")))
    shipped = Lexicon.load()
    t, n = timed(sample, shipped, args.repeat)
    words = len(sample.body.split())
    print(f"shipped lexicon: {len(shipped.entries)} entries")
    print(f"sample article ({words} words): {t * 1000:.2f} ms median, {n} flags")

    long_body = long_text(args.text, sample)
    article = Article(headline=sample.headline, body=long_body)
    real = shipped.entries[:60]
    taken = {f.lower() for e in real for f in e.forms}
    fillers = filler(9_940, long_body, taken, rng)
    small = Lexicon(real + fillers[:40])
    large = Lexicon(real + fillers)
    t_small, n_small = timed(article, small, args.repeat)
    t_large, n_large = timed(article, large, args.repeat)
    print(f"long article: {len(long_body.split())} words")
    print(f"100-entry lexicon:    {t_small * 1000:.2f} ms median, {n_small} flags")
    print(f"10,000-entry lexicon: {t_large * 1000:.2f} ms median, {n_large} flags")
    print(f"ratio 10,000 / 100: {t_large / t_small:.2f}x (target <= 1.5x)")
    print(f"per flag: {t_small / max(1, n_small) * 1e6:.1f} us (100) vs "
          f"{t_large / max(1, n_large) * 1e6:.1f} us (10,000)")


if __name__ == "__main__":
    main()
