"""Batch throughput: pages per second for 1 job, 2 jobs and a two-worker local Dask cluster on
the same saved pages, side by side, plus peak memory per worker and the time `annotator stats`
takes to summarise the output of 10,000 pages.

    python bench/bench_batch.py --data ../shared/data/extraction --pages 500 --repeat 2

Pages: all ScrapingHub pages, then WCXB dev pages up to --pages, decompressed into a temporary
folder (deleted afterwards; never copied into the project), listed as `path<TAB>url` with each
page's address from the ground truth. Every configuration writes JSON Lines, as the CLI does.
Rounds run the configurations one after another, so each round's ratios compare runs made under
the same machine load; the figures printed are medians over rounds. Start-up (spawning workers,
loading the registry and lexicon) is timed separately from the work.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from annotator.batch import Inputs, WorkerConfig, make_runner, run_batch
from annotator.batch.outputs import JsonLines, Parquet

CONFIGS = {"1 job": (1, None), "2 jobs": (2, None), "dask local, 2 workers": (2, "local")}


def prepare(data: Path, pages: int, folder: Path) -> Path:
    lines = []
    truth = json.loads((data / "scrapinghub" / "ground-truth.json").read_text())
    for f in sorted((data / "scrapinghub" / "html").glob("*.html.gz"))[:pages]:
        page_id = f.name.removesuffix(".html.gz")
        out = folder / f"sh-{page_id}.html"
        out.write_bytes(gzip.decompress(f.read_bytes()))
        lines.append(f"{out}\t{truth[page_id]['url']}")
    wcxb = data / "wcxb-dev-articles"
    for f in sorted((wcxb / "html").glob("*.html.gz"))[: max(0, pages - len(lines))]:
        page_id = f.name.removesuffix(".html.gz")
        out = folder / f"wcxb-{page_id}.html"
        out.write_bytes(gzip.decompress(f.read_bytes()))
        url = json.loads((wcxb / "ground-truth" / f"{page_id}.json").read_text())["url"]
        lines.append(f"{out}\t{url}")
    listing = folder / "pages.lst"
    listing.write_text("\n".join(lines) + "\n")
    return listing


def _timed(path: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds to summarise `path`, and how many inputs it held."""
    from annotator.batch.stats import summarise

    wall, cpu = time.perf_counter(), time.process_time()
    stats = summarise(path)
    return time.perf_counter() - wall, time.process_time() - cpu, stats.articles + stats.failed


def summarise_10k(one_job_output: Path, folder: Path) -> dict[str, tuple[float, float, int]]:
    """Wall and CPU seconds to summarise 10,000 pages' output from JSON Lines and Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    lines = one_job_output.read_text().splitlines()
    copies = -(-10_000 // len(lines))
    big = folder / "10k.jsonl"
    big.write_text("\n".join((lines * copies)[:10_000]) + "\n")
    from_jsonl = _timed(big)
    # The same rows as Parquet (what `--parquet` writes), repeated the same way.
    pq_small = folder / "pq-small"
    run_batch(
        Inputs([f"@{folder / 'pages.lst'}"]),
        make_runner(WorkerConfig(rows=True), 1),
        [JsonLines(folder / "small.jsonl"), Parquet(pq_small)],
    )
    pq_big = folder / "pq-10k"
    pq_big.mkdir()
    for name in ("articles", "flags"):
        table = pq.read_table(pq_small / f"{name}.parquet")
        pq.write_table(pa.concat_tables([table] * copies), pq_big / f"{name}.parquet")
    return {"JSON Lines": from_jsonl, "Parquet": _timed(pq_big)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--skip-stats", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        listing = prepare(args.data, args.pages, folder)
        n = len(listing.read_text().splitlines())
        print(f"{n} pages; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
        rates: dict[str, list[float]] = {name: [] for name in CONFIGS}
        ratios: dict[str, list[float]] = {name: [] for name in CONFIGS}
        startup: dict[str, list[float]] = {name: [] for name in CONFIGS}
        cpu: dict[str, list[float]] = {name: [] for name in CONFIGS}  # ms a page, all processes
        cpu_here: dict[str, list[float]] = {name: [] for name in CONFIGS}  # ms a page, this one
        peaks: dict[str, int] = {}
        for round_ in range(args.repeat):
            for name, (jobs, dask) in CONFIGS.items():
                out = folder / f"{name.replace(' ', '_')}.jsonl"
                runner = make_runner(WorkerConfig(), jobs, dask)
                summary = run_batch(Inputs([f"@{listing}"]), runner, [JsonLines(out)])
                rates[name].append(summary.pages_per_second)
                startup[name].append(summary.startup)
                peaks[name] = max(peaks.get(name, 0), *summary.peak_rss.values())
                ratios[name].append(summary.pages_per_second / rates["1 job"][-1])
                # In this process, the work is this process's CPU; else the workers' plus ours.
                total = summary.cpu_here + (summary.cpu_work if jobs > 1 or dask else 0.0)
                cpu[name].append(1000 * total / summary.done)
                cpu_here[name].append(1000 * summary.cpu_here / summary.done)
                print(
                    f"round {round_ + 1} {name}: {summary.pages_per_second:.2f} pages/s "
                    f"({summary.seconds:.1f} s work, {summary.startup:.1f} s start-up, "
                    f"{summary.failed} failed, {cpu[name][-1]:.0f} CPU ms a page, "
                    f"{cpu_here[name][-1]:.1f} of them in this process; "
                    f"load {os.getloadavg()[0]:.2f})",
                    flush=True,
                )
        print()
        print(
            f"{'configuration':<22} {'pages/s':>7} {'x 1 job':>7} {'start s':>7} {'peak MB':>7} "
            f"{'CPU ms/page':>11} {'here':>5} {'CPU x 1 job':>11}"
        )
        cpu1 = statistics.median(cpu["1 job"])
        for name in CONFIGS:
            print(
                f"{name:<22} {statistics.median(rates[name]):>7.2f} "
                f"{statistics.median(ratios[name]):>7.2f} "
                f"{statistics.median(startup[name]):>7.1f} {peaks[name] / 1e6:>7.0f} "
                f"{statistics.median(cpu[name]):>11.0f} {statistics.median(cpu_here[name]):>5.1f} "
                f"{statistics.median(cpu[name]) / cpu1:>11.2f}"
            )
        per_core = statistics.median(rates["1 job"])
        print(
            f"\nper-core throughput (1 job): {per_core:.2f} pages/s wall, {cpu1:.0f} CPU ms a "
            f"page: a million pages is {1e6 * cpu1 / 1000 / 3600:.1f} CPU-hours"
        )
        if not args.skip_stats:
            timings = summarise_10k(folder / "1_job.jsonl", folder)
            for source, (wall, cpu_s, count) in timings.items():
                print(
                    f"annotator stats on {count} pages' output from {source}: {wall:.2f} s "
                    f"({cpu_s:.2f} CPU s; annotating them took {count * cpu1 / 1000:.0f} CPU s)"
                )
        print(f"load average {os.getloadavg()[0]:.2f} at end", file=sys.stderr)


if __name__ == "__main__":
    main()
