"""Flagging cost and linearity: `segment()` + `flag()` on the bundled sample, and on texts of
about 1,000, 10,000 and 100,000 words, reported per 1,000 words so that a cost growing faster
than the text shows as a rising figure.

Usage (from the project root):
    python bench/bench_flagging.py [--data ../shared/data/framing/ptc-tune] [--repeat 5]

Without --data the long texts repeat the sample's paragraphs; with a PTC folder they are built
from its articles (real, varied propaganda text with many matches), read locally.
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

from annotator.framing import default_lexicon, flag, segment  # noqa: E402
from annotator.models import Article  # noqa: E402
from annotator.page import read_page  # noqa: E402
from annotator.pipeline import sample_path  # noqa: E402


def _paragraphs(data: Path | None) -> list[str]:
    if data is None:
        return read_page(str(sample_path())).article.paragraphs
    out: list[str] = []
    for path in sorted((data / "articles").glob("*.txt")):
        out += [p for p in path.read_text(encoding="utf-8").splitlines()[2:] if p.strip()]
    return out


def _text(paragraphs: list[str], words: int) -> str:
    out: list[str] = []
    n = 0
    while n < words:
        for p in paragraphs:
            out.append(p)
            n += len(p.split())
            if n >= words:
                break
    return "\n\n".join(out)


def _time(article: Article, repeat: int) -> float:
    lexicon = default_lexicon()
    best = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        flag(article, lexicon, segment(article.headline, article.paragraphs))
        best.append(time.perf_counter() - t0)
    return min(best)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    default_lexicon()  # load once, outside the timings
    sample = read_page(str(sample_path())).article
    rows = [("sample article", len(sample.body.split()), _time(sample, args.repeat * 4))]
    paragraphs = _paragraphs(args.data)
    for words in (1_000, 10_000, 100_000):
        art = Article(headline="A headline", body=_text(paragraphs, words))
        rows.append((f"{words:,}-word text", len(art.body.split()), _time(art, args.repeat)))
    print(f"{'text':<20} {'words':>8} {'ms':>9} {'ms / 1,000 words':>17}")
    for name, words, secs in rows:
        print(f"{name:<20} {words:>8,} {secs * 1000:>9.1f} {secs * 1e6 / words:>17.2f}")
    per = [secs / words for _, words, secs in rows[1:]]
    print(f"cost per word at 100,000 words / at 1,000 words: {per[-1] / per[0]:.2f}"
          f" (1.00 = linear); median per-word cost {statistics.median(per) * 1e6:.2f} ms/1,000")


if __name__ == "__main__":
    main()
