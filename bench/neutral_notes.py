"""List every editor note that says a flag's neutral alternative misfits, with what the code
suggests now for the same flag (same page, word and context).

Notes are picked as in the issue: a judgement note naming "neutral" and one of "fit", "odd",
"wrong", "not". Run from the project root of the code to check:

    python bench/neutral_notes.py --data ../shared/data READING_DIR...
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from annotator import annotate

sys.path.insert(1, str(Path(__file__).resolve().parent))
from reading_sample import render
from rejudge import FLAG, judged, source

MISFIT = re.compile(r"fit|odd|wrong|not", re.I)


def neutrals_of(page: str) -> dict[tuple[str, str], str]:
    """(text, context) -> the neutral line shown under the flag."""
    out: dict[tuple[str, str], str] = {}
    lines = page.splitlines()
    for i, line in enumerate(lines):
        m = FLAG.match(line)
        if m is not None and i + 2 < len(lines):
            text = m["text"][1:-1]
            context = lines[i + 1].removeprefix("    context: ")
            out[(text, context)] = lines[i + 2].removeprefix("    neutral: ")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("folders", type=Path, nargs="+")
    args = ap.parse_args()
    n = 0
    for folder in args.folders:
        notes = {
            k: v
            for k, v in judged(folder).items()
            if "neutral" in v[2].lower() and MISFIT.search(v[2])
        }
        pages = sorted({k[0] for k in notes})
        for stem in pages:
            if stem.startswith("dev"):  # a held-out PolNeAR dev reading: never a tuning aid
                continue
            page = (folder / f"{stem}.txt").read_text()
            kwargs, name = source(args.data, page.split("\n", 1)[0])
            old = neutrals_of(page)
            new_page = render(annotate(**kwargs), name)  # type: ignore[arg-type]
            new = neutrals_of(new_page)
            for (s, text, context), (_flag, cls, note) in notes.items():
                if s != stem:
                    continue
                n += 1
                now = new.get((text, context), "(no flag now)")
                print(f"{n}. {folder.name}/{stem} {text!r} [{cls}]")
                print(f"    context: {context}")
                print(f"    note: {note}")
                print(f"    was: {old.get((text, context))}")
                print(f"    now: {now}")


if __name__ == "__main__":
    main()
