"""Whole-process CPU of one CLI run: `annotator sample --format json` against the `trafilatura`
command line on the same page (target: at most 2x).

Usage (from the project root, in the project's virtual environment):
    python bench/bench_cli.py [--repeat 7] [--page PATH]

Each command runs `--repeat` times, alternating, each in a fresh process; a run's CPU is its
user + system time (getrusage of the finished child), so start-up, imports and the work itself
all count, and other load on the machine does not. Prints the median of each side and the
median of the per-run ratios. Ours reads a warm compiled-data cache of its own (a temporary
ANNOTATOR_CACHE_DIR, one untimed run first), so that other checkouts' runs sharing the home
cache cannot evict its entries between runs. Both sides run from compiled bytecode, as an
installed package does: the untimed first runs write it (PYTHONDONTWRITEBYTECODE is cleared for
the children; an editable install has no bytecode until a run writes it, while pip compiled
trafilatura's at install).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "annotator" / "data" / "sample" / "almanar-khamenei-kadhimi.html"


def cpu_of(cmd: list[str], stdin: Path | None = None) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin or os.devnull, "rb") as fh:
        subprocess.run(cmd, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--page", type=Path, default=SAMPLE)
    args = ap.parse_args()
    bindir = Path(sys.executable).parent
    ours = [str(bindir / "annotator"), str(args.page), "--format", "json"]
    traf = [shutil.which("trafilatura", path=str(bindir)) or "trafilatura", "--json"]
    with tempfile.TemporaryDirectory() as cache:
        os.environ["ANNOTATOR_CACHE_DIR"] = cache
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        cpu_of(ours)  # warm the compiled-data cache and write the bytecode
        cpu_of(traf, stdin=args.page)
        a, t = [], []
        for _ in range(args.repeat):
            a.append(cpu_of(ours))
            t.append(cpu_of(traf, stdin=args.page))
    print(f"page: {args.page.name}   runs: {args.repeat} each, alternating")
    print(f"annotator --format json   median CPU {statistics.median(a) * 1000:.0f} ms")
    print(f"trafilatura --json        median CPU {statistics.median(t) * 1000:.0f} ms")
    ratio = statistics.median(x / y for x, y in zip(a, t, strict=True))
    print(f"median per-run ratio: {ratio:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
