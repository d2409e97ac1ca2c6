"""Which lexicon entry, if any, holds each word or phrase given: a curator's check before writing
an entry (forms inflect from lemmas, so "taunts" may already be held by an entry listing
"taunted"). Forms that hold the phrase among their words, or that the phrase holds, are listed
after it ("regime change" -> "regime change war", "change"), since the longer match wins.

Usage (from the project root):
    python bench/lexicon_forms.py bemoaned "seized on" warhawks
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.framing import default_lexicon  # noqa: E402
from annotator.framing.lexicon import expand_forms, normalise  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("words", nargs="+")
    args = ap.parse_args()
    held: dict[str, list[str]] = {}
    for entry in default_lexicon().entries:
        for form in expand_forms(entry):
            held.setdefault(form, []).append(entry.id)
    for word in args.words:
        key = " ".join(normalise(word).split())
        near = sorted(
            f"{form!r} ({', '.join(ids)})"
            for form, ids in held.items()
            if form != key and (f" {key} " in f" {form} " or f" {form} " in f" {key} ")
        )
        line = f"{word}\t{', '.join(held.get(key, [])) or '-'}"
        print(line + (f"\t~ {'; '.join(near)}" if near else ""))


if __name__ == "__main__":
    main()
