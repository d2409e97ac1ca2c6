"""Batch throughput: pages per second for 1 job, 2 jobs and a two-worker local Dask cluster on
the same saved pages, side by side, plus CPU per page, peak memory per worker and the time
`annotator stats` takes to summarise the output of 10,000 pages.

    python bench/bench_batch.py --data ../shared/data/extraction --pages 500 --repeat 3

Pages: all ScrapingHub pages, then WCXB dev pages up to --pages, decompressed into a temporary
folder (deleted afterwards; never copied into the project), listed as `path<TAB>url` with each
page's address from the ground truth. Every run is a fresh Python process doing what `annotator
batch --jobs N -o FILE.jsonl @LIST` does, so every configuration starts cold, as the user's would.
Rounds run the configurations one after another (in reverse order every other round), so each
round's ratios compare runs made under nearly the same machine load; every round is printed and
the table gives medians. Pages per second count the work only: start-up (spawning workers,
loading the registry and lexicon) is timed apart. CPU per page is given three ways: the CPU the
workers spent inside pages (the work itself), the coordinating process's, and that of every
process of the run from start to end (start-up and IPC included; from wait4), which the machine's
load changes far less than the wall clock; and that last figure again without start-up and
shut-down, as measured by a run of each configuration on the first --short pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.batch import Inputs, Processes, Runner, WorkerConfig, make_runner, run_batch
from annotator.batch.outputs import JsonLines, Parquet

# name -> (jobs, how): "cli" is what `--jobs N` runs (1: this process), "processes" forces worker
# processes (1 worker process: the 1-job run with the same IPC as 2 jobs), "dask" is `--dask local`.
CONFIGS = {
    "1 job": (1, "cli"),
    "2 jobs": (2, "cli"),
    "dask local 2 workers": (2, "dask"),
    "1 worker process": (1, "processes"),
}
DEFAULT = ["1 job", "2 jobs", "dask local 2 workers"]


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


def child(jobs: int, how: str, listing: Path, out: Path) -> None:
    """One run, as `annotator batch` does it; its summary as JSON on stdout."""
    config = WorkerConfig()
    config.check()  # as the CLI does: the data is loaded here before any worker starts
    runner: Runner
    if how == "processes":
        runner = Processes(config, jobs)
    else:
        runner = make_runner(config, jobs, "local" if how == "dask" else None)
    summary = run_batch(Inputs([f"@{listing}"]), runner, [JsonLines(out)])
    fields = ("done", "failed", "seconds", "startup", "cpu_work", "cpu_here", "peak_rss")
    print(json.dumps({name: getattr(summary, name) for name in fields}))


def measure(name: str, listing: Path, out: Path) -> dict[str, float]:
    """Run one configuration in a fresh process; its figures, CPU of all its processes included."""
    jobs, how = CONFIGS[name]
    load = os.getloadavg()[0]
    command = [sys.executable, __file__, "--child", str(jobs), how, str(listing), str(out)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    text = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)  # the child and every worker process it reaped
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{name}: exit {proc.returncode}")
    got = json.loads(text.splitlines()[-1])
    done = got["done"]
    return {
        "pages/s": done / got["seconds"],
        "seconds": got["seconds"],
        "startup": got["startup"],
        "failed": got["failed"],
        "work ms": 1000 * (got["cpu_work"] if how != "cli" or jobs > 1 else got["cpu_here"]) / done,
        "here ms": 1000 * got["cpu_here"] / done,
        "all ms": 1000 * (usage.ru_utime + usage.ru_stime) / done,
        "all s": usage.ru_utime + usage.ru_stime,
        "done": done,
        "peak MB": max(got["peak_rss"].values()) / 1e6,
        "load": (load + os.getloadavg()[0]) / 2,
    }


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(int(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/extraction"))
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--skip-stats", action="store_true")
    parser.add_argument("--short", type=int, default=10, help="pages of the start-up runs")
    parser.add_argument(
        "--configs",
        default=",".join(DEFAULT),
        help=f"comma-separated, the first is the reference; of: {', '.join(CONFIGS)}",
    )
    args = parser.parse_args()
    names = [n.strip() for n in args.configs.split(",")]
    if unknown := [n for n in names if n not in CONFIGS]:
        parser.error(f"unknown configuration(s): {unknown}")
    reference = names[0]
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        listing = prepare(args.data, args.pages, folder)
        n = len(listing.read_text().splitlines())
        print(f"{n} pages; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
        # Each configuration once on the first few pages: what start-up and shut-down cost all its
        # processes, to take off the full runs' CPU (what is left is the cost a page adds).
        short = folder / "short.lst"
        short.write_text("".join(listing.read_text().splitlines(keepends=True)[: args.short]))
        base = {name: measure(name, short, folder / "short.jsonl") for name in names}
        for name, got in base.items():
            print(
                f"{name} on {got['done']:.0f} pages: {got['all s']:.2f} CPU s in all processes "
                f"({got['startup']:.1f} s start-up; load {got['load']:.2f})"
            )
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
        ratios: dict[str, list[float]] = {name: [] for name in names}
        for round_ in range(args.repeat):
            order = names if round_ % 2 == 0 else names[::-1]
            for name in order:
                out = folder / f"{name.replace(' ', '_').replace(',', '')}.jsonl"
                got = measure(name, listing, out)
                got["page ms"] = (
                    1000 * (got["all s"] - base[name]["all s"]) / (got["done"] - base[name]["done"])
                )
                runs[name].append(got)
                print(
                    f"round {round_ + 1} {name}: {got['pages/s']:.2f} pages/s "
                    f"({got['seconds']:.1f} s work, {got['startup']:.1f} s start-up, "
                    f"{got['failed']:.0f} failed; CPU ms a page: {got['work ms']:.0f} in pages, "
                    f"{got['here ms']:.1f} coordinator, {got['all ms']:.0f} all processes "
                    f"({got['page ms']:.0f} without start-up); "
                    f"load {got['load']:.2f})",
                    flush=True,
                )
            for name in names:
                ratios[name].append(runs[name][-1]["pages/s"] / runs[reference][-1]["pages/s"])
            print(
                f"round {round_ + 1} x {reference}: "
                + ", ".join(f"{name} {ratios[name][-1]:.2f}" for name in names[1:]),
                flush=True,
            )
        outputs = {name: _lines(folder, name) for name in names}
        same = all(outputs[name] == outputs[reference] for name in names)
        print(f"\noutputs identical across configurations (generated_at aside): {same}")

        def med(name: str, key: str) -> float:
            return statistics.median(run[key] for run in runs[name])

        print(
            f"\n{'configuration':<22} {'pages/s':>7} {'x ref':>6} {'start s':>7} {'peak MB':>7} "
            f"{'CPU ms/page: pages':>18} {'coord.':>6} {'all':>5} {'no start':>8} {'x ref':>5}"
        )
        for name in names:
            print(
                f"{name:<22} {med(name, 'pages/s'):>7.2f} {statistics.median(ratios[name]):>6.2f} "
                f"{med(name, 'startup'):>7.1f} {med(name, 'peak MB'):>7.0f} "
                f"{med(name, 'work ms'):>18.0f} {med(name, 'here ms'):>6.1f} "
                f"{med(name, 'all ms'):>5.0f} {med(name, 'page ms'):>8.0f} "
                f"{med(name, 'page ms') / med(reference, 'page ms'):>5.2f}"
            )
        cpu1 = med(reference, "work ms")
        print(
            f"\nper-core throughput ({reference}): {med(reference, 'pages/s'):.2f} pages/s wall, "
            f"{cpu1:.0f} CPU ms a page: a million pages is {1e6 * cpu1 / 1000 / 3600:.1f} CPU-hours"
        )
        if not args.skip_stats:
            first = folder / f"{reference.replace(' ', '_').replace(',', '')}.jsonl"
            timings = summarise_10k(first, folder)
            for source, (wall, cpu_s, count) in timings.items():
                print(
                    f"annotator stats on {count} pages' output from {source}: {wall:.2f} s "
                    f"({cpu_s:.2f} CPU s; annotating them took {count * cpu1 / 1000:.0f} CPU s)"
                )
        print(f"load average {os.getloadavg()[0]:.2f} at end", file=sys.stderr)


def _lines(folder: Path, name: str) -> list[dict[str, object]]:
    path = folder / f"{name.replace(' ', '_').replace(',', '')}.jsonl"
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    for line in lines:
        line.pop("generated_at", None)
    return lines


if __name__ == "__main__":
    main()
