"""Speaker errors on one half of PolNeAR train, ranked by class, and the spans a change moves.

Voice and speaker rules are designed on one half of the train split and checked on the other,
so that a rule is kept only when it helps text it was not written from. The halves split the
articles by name (sorted): `design` the first half, `check` the second. Run from the project
root of the code to measure:

    python bench/voice_errors.py --data ../shared/data --half design [--show 10]
    python bench/voice_errors.py --data ../shared/data --spans /tmp/after.json
    python bench/voice_errors.py --diff /tmp/before.json /tmp/after.json

The first prints the half's figures (as `annotator eval attribution` computes them) and the
attributions whose Source names someone but whose speaker is wrong, counted by our voice, by
how the speaker was found (`named`, `pronoun`, `role_noun`, `unknown`) and by whether the
Source stands in the content's paragraph; `--show` prints examples of each class. `--spans`
writes every span with a speaker over the whole train split (segmentation only, seconds), and
`--diff` lists the spans two such files disagree on, marked D or C for the half. The dev split
is held out: this script reads train only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the code measured is the checkout the command runs from
from annotator.eval.attribution import (
    AttributionResult,
    read_ann,
    score_article,
)
from annotator.eval.attribution import _names_match as names_match
from annotator.eval.attribution import _source_names as source_names
from annotator.framing.voices import segment

_WORD_SPLIT = re.compile(r"\w+")


def _texts(data: Path) -> list[Path]:
    return sorted((data / "attribution" / "polnear" / "train" / "text").glob("*.txt"))


def _half(data: Path, which: str) -> list[Path]:
    names = _texts(data)
    mid = len(names) // 2
    return names[:mid] if which == "design" else names[mid:]


def errors(data: Path, which: str, show: int) -> None:
    result = AttributionResult()
    total: Counter[tuple[str, str, str]] = Counter()
    wrong: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = {}
    for path in _half(data, which):
        anns = sorted((path.parent.parent / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        atts = read_ann(anns[0])
        result.articles += 1
        ours = score_article(text, atts, result)  # segments the text once for both
        voice, speaker, how, para = ours.voice, ours.speaker, ours.how, ours.line
        for a in atts:
            names = source_names(a)
            at = [m.start() for s, e in a.content for m in _WORD_SPLIT.finditer(text, s, e)]
            if not names or not at:
                continue
            best = Counter(speaker[i] for i in at).most_common(1)[0][0]
            v = Counter(voice[i] for i in at).most_common(1)[0][0]
            h = Counter(how[i] for i in at if speaker[i] == best).most_common(1)[0][0]
            same = bool(a.source) and para[a.source[0][0]] == para[at[0]]
            key = (v, h if v != "outlet" else "-", "source in paragraph" if same else "elsewhere")
            total[key] += 1
            if not names_match(names, best):
                wrong[key] += 1
                examples.setdefault(key, []).append(
                    f"gold {a.source_text!r} ours {best!r}: {text[at[0] : at[0] + 100]!r}"
                )
    d = result.as_dict()
    print(
        f"{which}: {d['articles']} articles, macro {d['macro_f1']}, paraphrase F1 "
        f"{d['voices']['paraphrase']['f1']}, speaker {d['speaker_accuracy']}, flag voice "
        f"{d['flags']['voice_accuracy']}, flag speaker {d['flags']['speaker_accuracy']}"
    )
    for key in sorted(total, key=lambda k: -wrong[k]):
        print(f"{wrong[key]:6d} wrong of {total[key]:6d}  voice {key[0]}, {key[1]}, {key[2]}")
        for line in examples.get(key, [])[:show]:
            print("        " + line)


def spans(data: Path, out: Path) -> None:
    rows = []
    for path in _texts(data):
        lines = [x for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
        if not lines:
            continue
        seg = segment(lines[0], lines[1:])
        for k, found in enumerate([seg.headline, *seg.body]):
            rows.extend(
                [path.stem, k, lines[k][s.start : s.end], s.voice, s.speaker]
                for s in found
                if s.voice != "outlet" and s.speaker
            )
    out.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} spans with a speaker -> {out}")


def diff(before: Path, after: Path) -> None:
    a = {tuple(r[:3]): tuple(r[3:]) for r in json.loads(before.read_text(encoding="utf-8"))}
    b = {tuple(r[:3]): tuple(r[3:]) for r in json.loads(after.read_text(encoding="utf-8"))}
    names = sorted({k[0] for k in a | b})
    mid = names[len(names) // 2] if names else ""
    changed = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    for k in changed:
        half = "D" if k[0] < mid else "C"
        print(f"{half} {k[0][:45]} {k[1]} {a.get(k)} -> {b.get(k)} | {str(k[2])[:90]}")
    print(f"{len(changed)} spans changed in {len({k[0] for k in changed})} articles")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--half", choices=("design", "check"))
    ap.add_argument("--show", type=int, default=0, help="examples per class")
    ap.add_argument("--spans", type=Path, help="write every span with a speaker here")
    ap.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args(argv)
    if args.diff:
        diff(*args.diff)
    elif args.spans:
        spans(args.data, args.spans)
    elif args.half:
        errors(args.data, args.half, args.show)
    else:
        ap.error("give --half, --spans or --diff")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
