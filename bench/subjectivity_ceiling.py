"""Would a general-purpose sentiment/subjectivity lexicon from PyPI, used as a candidate generator
for loaded words, add recall at acceptable precision? (Issue 9, a measuring experiment.)

For each generator and threshold, over the word occurrences it picks that no current flag
touches: (a) how many Loaded Language / Name Calling gold spans of ptc-tune that no current flag
touches would gain a hit (a picked word at least half inside the span), and in how many articles;
(b) the share of the picked occurrences at least half inside ANY gold span (as in
bench/lexicon_gates.py); (c) on BABE dev, the share of picked words (distinct per sentence, as
`annotator eval babe` counts flags) that the annotators marked. The current lexicon's own figures
on the same texts, counted the same way, are printed first. "outlet" columns leave out words in
direct quotes. `--sample N` prints N random picked occurrences of `--show` in context.

The generators are not dependencies of the project; install them into a venv to measure:
    pip install vaderSentiment textblob   # both MIT; the lexicons ship inside the wheels

Usage (from the project root):
    python bench/subjectivity_ceiling.py --data ../shared/data --sample 40 --show vader>=3.0

The ptc-tune articles the editor readings took are left out: the first `--read-ptc` (180:
readings 43-55, of which 50, 52, 54 and 55 are held out) of bench/reading_sample.py's fixed order.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.eval.flags import (  # noqa: E402
    _WORD,
    LL_NC,
    RawText,
    _overlap,
    _read_gold,
    babe_marked_words,
    merge,
)
from annotator.framing import default_lexicon, flag  # noqa: E402
from annotator.framing.voices import segment_body, voice_at  # noqa: E402
from annotator.models import Article  # noqa: E402

sys.path.insert(1, str(Path(__file__).resolve().parent))
from reading_sample import ptc_articles  # noqa: E402

Pick = Callable[[str], bool]


def generators() -> dict[str, Pick]:
    try:
        from textblob.en import sentiment as pattern
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        sys.exit("needs: pip install vaderSentiment textblob")
    vader = SentimentIntensityAnalyzer().lexicon

    def tb(w: str, subj: float, pol: float) -> bool:
        # None: pattern's average over the word's senses (what TextBlob scores with).
        v = pattern.get(w, {}).get(None)
        return v is not None and v[1] >= subj and abs(v[0]) >= pol

    gens: dict[str, Pick] = {
        f"vader>={t}": (lambda w, t=t: abs(vader.get(w, 0.0)) >= t) for t in (2.0, 2.5, 3.0)
    }
    # VADER's strong words that pattern also lists as adjectives: leaves out event nouns and
    # verbs (dead, murder, kill, crisis) that carry valence but are the standard wording.
    gens["vader>=2.0 & pattern adj"] = lambda w: abs(vader.get(w, 0.0)) >= 2.0 and w in pattern
    gens["textblob s>=0.8 |p|>=0.5"] = lambda w: tb(w, 0.8, 0.5)
    gens["textblob s>=1.0 |p|>=0.7"] = lambda w: tb(w, 1.0, 0.7)
    return gens


def _context(text: str, s: int, e: int) -> str:
    return " ".join(f"{text[max(0, s - 90) : s]}[[{text[s:e]}]]{text[e : e + 60]}".split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--read-ptc", type=int, default=180,
                    help="ptc-tune articles the readings took, in reading_sample's order")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--show", default="vader>=3.0")
    ap.add_argument("--seed", type=int, default=1717)
    args = ap.parse_args()

    gens = generators()
    lex = default_lexicon()
    skip = {p.name for p in ptc_articles(args.data)[: args.read_ptc]}
    names = ["lexicon", *gens]
    # per name and scope: picked, in gold; LL+NC spans gained, their articles; babe n, marked
    ptc_n: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    gained: dict[str, set[tuple[str, int]]] = defaultdict(set)
    shown: list[str] = []
    words: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    missed_total, missed_arts = 0, 0
    folder = args.data / "framing" / "ptc-tune"
    gold, _ = _read_gold(folder)
    articles = 0
    for path in sorted((folder / "articles").glob("article*.txt")):
        if path.name in skip:
            continue
        aid = path.stem.removeprefix("article")
        raw = RawText.parse(path.read_text(encoding="utf-8"))
        if not raw.starts:
            continue
        articles += 1
        voices = segment_body(raw.article.paragraphs)
        g_all = merge((s, e) for _, s, e in gold.get(aid, []))
        flags = flag(raw.article, lex)
        fspans = [(raw.raw_span(f), f.voice) for f in flags]
        fmerged = merge(s for s, _ in fspans)
        missed = [
            (s, e) for t, s, e in gold.get(aid, []) if t in LL_NC and not _overlap((s, e), fmerged)
        ]
        missed_total += len(missed)
        missed_arts += bool(missed)
        for (s, e), v in fspans:
            inside = _overlap((s, e), g_all) * 2 >= e - s
            for scope in ("all", "outlet") if v != "quoted" else ("all",):
                c = ptc_n["lexicon", scope]
                c[0] += 1
                c[1] += inside
        for m in _WORD.finditer(raw.text):
            s, e = m.span()
            if _overlap((s, e), fmerged):
                continue
            w = m.group().lower()
            hits = [n for n, pick in gens.items() if pick(w)]
            if not hits:
                continue
            inside = _overlap((s, e), g_all) * 2 >= e - s
            voice = raw.voice_of(s, voices)
            for n in hits:
                for scope in ("all", "outlet") if voice != "quoted" else ("all",):
                    c = ptc_n[n, scope]
                    c[0] += 1
                    c[1] += inside
                for i, g in enumerate(missed):
                    if _overlap((s, e), [g]) * 2 >= e - s:
                        gained[n].add((aid, i))
                        words[n][w].add(aid)
                if n == args.show and voice != "quoted":
                    shown.append(f"{'gold' if inside else 'out '} {_context(raw.text, s, e)}")

    babe_n: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    babe = args.data / "framing" / "babe-dev" / "babe_sg2_dev.csv"
    for row in csv.DictReader(babe.open(encoding="utf-8"), delimiter=";"):
        if row.get("label_bias") not in ("Biased", "Non-biased"):
            continue
        marked = babe_marked_words(row)
        text = row["text"]
        art = Article(headline="", body=text)
        flags = flag(art, lex)
        spans = segment_body(art.paragraphs)[0] if art.paragraphs else []
        seen: dict[tuple[str, str], str] = {}
        for f in flags:
            for w in _WORD.findall(f.text):
                seen.setdefault(("lexicon", w.lower()), f.voice)
        fm = merge((f.start, f.end) for f in flags)
        for m in _WORD.finditer(text):
            if _overlap(m.span(), fm):
                continue
            w = m.group().lower()
            for n, pick in gens.items():
                if pick(w):
                    seen.setdefault((n, w), voice_at(spans, m.start())[0] if spans else "outlet")
        for (n, w), voice in seen.items():
            for scope in ("all", "outlet") if voice != "quoted" else ("all",):
                c = babe_n[n, scope]
                c[0] += 1
                c[1] += w in marked

    def share(c: list[int]) -> str:
        return f"{c[1] / c[0]:.3f} ({c[0]})" if c[0] else "-"

    print(f"ptc-tune articles: {articles}; LL+NC gold spans no flag touches: {missed_total}"
          f" in {missed_arts} articles")
    print("generator\tLL+NC gained (articles)\tptc P all (n)\tptc P outlet (n)"
          "\tbabe P all (n)\tbabe P outlet (n)")
    for n in names:
        g = gained.get(n, set())
        arts = len({a for a, _ in g})
        row = [n, f"{len(g)} ({arts})" if n != "lexicon" else "-"]
        row += [share(ptc_n[n, sc]) for sc in ("all", "outlet")]
        row += [share(babe_n[n, sc]) for sc in ("all", "outlet")]
        print(*row, sep="\t")
    print("\nwords that gain missed LL+NC spans, by articles:")
    for n in gens:
        top = sorted(words[n].items(), key=lambda kv: -len(kv[1]))[:8]
        print(f"  {n}: " + ", ".join(f"{w} {len(a)}" for w, a in top))
    if args.sample and shown:
        random.seed(args.seed)
        print(f"\n{args.sample} random outlet-voice picks of {args.show}:")
        for i, line in enumerate(random.sample(shown, min(args.sample, len(shown))), 1):
            print(f"{i:2d} {line}")


if __name__ == "__main__":
    main()
