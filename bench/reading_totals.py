"""Totals of judged editor readings, as the issue's reading figures are quoted.

Each reading folder (written by `bench/reading_sample.py`, judged per `docs/editor-reading.md`)
holds `judgements-<SET>.tsv` (one row per flag: file, flag_text, entry, voice, speaker, shown,
class, note) and `missed-<SET>.tsv` (what the editor would flag and the tool did not). Printed
per folder and pooled: shown flags by class, all flags by class, and two found shares: right
flags shown or hidden / (right + missed), as the readings' summaries count it, and right flags
shown by default / (right + missed), what a reporter sees without `--all`.

Usage (from the project root):
    python bench/reading_totals.py READING_DIR [READING_DIR ...]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CLASSES = ("right", "wrong_sense", "trivial", "wrong_voice")


@dataclass
class Totals:
    shown: Counter[str] = field(default_factory=Counter)
    every: Counter[str] = field(default_factory=Counter)
    missed: int = 0

    def add(self, other: Totals) -> None:
        self.shown.update(other.shown)
        self.every.update(other.every)
        self.missed += other.missed

    def line(self, name: str) -> str:
        n = sum(self.shown.values())
        shares = ", ".join(
            f"{c} {self.shown[c]} ({self.shown[c] / max(n, 1):.1%})" for c in CLASSES
        )
        wanted = self.every["right"] + self.missed
        return (
            f"{name}: shown {n}: {shares}; all flags {sum(self.every.values())} "
            f"({', '.join(f'{c} {self.every[c]}' for c in CLASSES)}); missed {self.missed}; "
            f"found {self.every['right'] / max(wanted, 1):.1%} ({self.every['right']}/{wanted}); "
            f"found shown {self.shown['right'] / max(wanted, 1):.1%}"
        )


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def reading(folder: Path) -> Totals:
    totals = Totals()
    for path in sorted(folder.glob("judgements-*.tsv")):
        for row in _rows(path):
            judged = (row.get("class") or "").strip()
            totals.every[judged] += 1
            if (row.get("shown") or "").strip().lower() == "true":
                totals.shown[judged] += 1
    totals.missed = sum(len(_rows(p)) for p in sorted(folder.glob("missed-*.tsv")))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    csv.field_size_limit(sys.maxsize)
    pooled = Totals()
    for folder in args.folders:
        one = reading(folder)
        print(one.line(str(folder)))
        pooled.add(one)
    if len(args.folders) > 1:
        print(pooled.line("pooled"))


if __name__ == "__main__":
    main()
