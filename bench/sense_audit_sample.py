"""Draw the word-sense audit sample (issue 9, session 17) and dump its flags, one file per text.

The audit judges every SHOWN flag (default view) of N ptc-tune articles outside the editor
readings and the held-out slice, plus N PolNeAR train articles, drawn with a fixed seed, so that
a sense rule is counted on text it was not written from. Usage (from the project root):

    python bench/sense_audit_sample.py --data ../shared/data --seed 1717 --n 40 --out /tmp/audit
    python bench/sense_audit_sample.py --data ../shared/data --seed 2929 --n 20 \
        --skip-seed 1717 --skip-n 40 --out /tmp/check

`--skip-seed/--skip-n` leave out an earlier draw (a second, fresh sample); `--skip-names FILE`
leaves out the articles an earlier audit judged, listed by file name; `--pages` also writes a
reading page per text for readers who judge voices and list misses (session 21's audit:
`--seed 2222 --n 25 --skip-names AUDITS_19_TO_21 --pages`). The ptc-tune articles
the editor readings took (`bench/reading_sample.py --ptc`, one fixed shuffled order) are left out:
the first `--read-ptc` of that order (180: readings 43-55, of which 50, 52, 54 and 55 are held out).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from annotator import annotate

sys.path.insert(1, str(Path(__file__).resolve().parent))
from reading_sample import ptc_articles, ptc_text, render


def pools(data: Path, read_ptc: int) -> tuple[list[Path], list[Path]]:
    excluded = set(ptc_articles(data)[:read_ptc])
    ptc = [
        p for p in sorted((data / "framing/ptc-tune/articles").glob("article*.txt"))
        if p not in excluded
    ]
    pn = sorted((data / "attribution/polnear/train/text").glob("*.txt"))
    return ptc, pn


def draw(ptc: list[Path], pn: list[Path], seed: int, n: int) -> tuple[list[Path], list[Path]]:
    rng = random.Random(seed)
    return rng.sample(ptc, n), rng.sample(pn, n)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--read-ptc", type=int, default=180,
                    help="ptc-tune articles the readings took, in reading_sample's order")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--skip-seed", type=int, action="append", default=[],
                    help="an earlier draw to leave out (repeat for several)")
    ap.add_argument("--skip-n", type=int, default=40)
    ap.add_argument("--skip-names", type=Path, action="append", default=[],
                    help="a file of article file names (one a line) an earlier audit judged")
    ap.add_argument("--pages", action="store_true",
                    help="also write one reading page per text (as bench/reading_sample.py does: "
                    "every flag, shown or not, then the body) for readers who judge voices too")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    ptc, pn = pools(args.data, args.read_ptc)
    for skip in args.skip_seed:  # each earlier draw was made from the pool it left
        sp, sn = draw(ptc, pn, skip, args.skip_n)
        ptc = [p for p in ptc if p not in set(sp)]
        pn = [p for p in pn if p not in set(sn)]
    judged = {line.strip() for f in args.skip_names for line in f.read_text().splitlines()}
    ptc = [p for p in ptc if p.name not in judged]
    pn = [p for p in pn if p.name not in judged]
    ptc_drawn, pn_drawn = draw(ptc, pn, args.seed, args.n)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.pages:
        for kind, paths in (("ptc", ptc_drawn), ("pn", pn_drawn)):
            for i, path in enumerate(paths):
                text = ptc_text(path) if kind == "ptc" else path.read_text()
                page = render(annotate(text=text), path.name)
                (args.out / f"{kind}{i:02d}.txt").write_text(page, encoding="utf-8")
    with (args.out / "flags.tsv").open("w") as out:
        for kind, paths in (("ptc", ptc_drawn), ("pn", pn_drawn)):
            for path in paths:
                text = ptc_text(path) if kind == "ptc" else path.read_text()
                report = annotate(text=text)
                for f in report.flags:
                    if not f.shown:
                        continue
                    field = getattr(report.article, f.field)
                    before = field[max(0, f.start - 110) : f.start]
                    after = field[f.end : f.end + 70]
                    ctx = " ".join(f"{before}[[{f.text}]]{after}".split())
                    out.write(
                        f"{kind}/{path.name}\t{f.text}\t{f.entry_id}\t{f.category}\t"
                        f"{f.severity}\t{f.voice}\t{f.speaker}\t{ctx}\n"
                    )
    print(f"{len(ptc_drawn)} ptc-tune + {len(pn_drawn)} PolNeAR train written to {args.out}")


if __name__ == "__main__":
    main()
