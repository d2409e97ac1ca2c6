"""`annotator batch` and `annotator stats`: many inputs through the same `annotate()`, and
what a run's output says."""

# No `from __future__ import annotations`: typer would evaluate each string (see app.py).

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputFileError
from .app import (
    LexiconOpt,
    SourcesOpt,
    app,
    make_console,
    overlay_paths,
)


@app.command("batch")
def batch_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="URLs, files, WARC files; @LIST for a list file (path<TAB>url lines, or .jsonl)."
        ),
    ],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="JSON Lines output file.")] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(help="Also (or only) write DIR/articles.parquet and DIR/flags.parquet."),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: cores).")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Run on a Dask cluster: scheduler ADDRESS, or 'local' (--jobs workers)."),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Skip inputs the outputs already hold; keep their lines.")
    ] = False,
    sources: SourcesOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Annotate many articles: one JSON report per line, in input order; a failure is recorded.

    Exit code 0 when every input was annotated, 1 when any failed (each failure is a JSON line
    with its error type and message), 2 when there was nothing to annotate.
    """
    from ..batch import Inputs, WorkerConfig, make_runner, run_batch
    from ..batch.outputs import JsonLines, Output, Parquet
    from ..batch.progress import progress_bar

    outputs: list[Output] = [Parquet(parquet)] if parquet else []
    if out or not parquet:
        outputs.insert(0, JsonLines(out))
    config = WorkerConfig(
        sources=tuple(str(p) for p in overlay_paths(sources, "ANNOTATOR_SOURCES")),
        lexicon=tuple(str(p) for p in overlay_paths(lexicon, "ANNOTATOR_LEXICON")),
        rows=parquet is not None,
    )
    config.check()  # a bad overlay stops the run here (exit 4), before any worker starts
    items = Inputs(inputs)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    runner = make_runner(config, jobs or cores or 1, dask)
    console = make_console(stderr=True)
    with progress_bar(items.total(), console) as advance:
        summary = run_batch(items, runner, outputs, resume=resume, advance=advance)
    peak = max(summary.peak_rss.values(), default=0) / 1e6
    note = f", {summary.resumed} already done" if summary.resumed else ""
    if summary.skipped_records:
        note += f", {summary.skipped_records} archive records not HTML"
    sys.stderr.write(
        f"annotator: {summary.done} inputs in {summary.seconds:.1f} s "
        f"({summary.pages_per_second:.1f} pages/s, {len(summary.peak_rss)} workers, "
        f"peak {peak:.0f} MB a worker{note})\n"
    )
    if summary.failed:
        sys.stderr.write(f"annotator: {summary.failed} of {summary.done} inputs failed\n")
        raise typer.Exit(1)


@app.command("stats")
def stats_cmd(
    output: Annotated[
        Path, typer.Argument(help="A batch run's JSON Lines file, or its --parquet folder.")
    ],
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Also write CSV.")] = None,
    png: Annotated[Path | None, typer.Option(help="Also draw a chart (PNG).")] = None,
    top: Annotated[int, typer.Option(min=1, help="Groups shown in the table and chart.")] = 20,
) -> None:
    """Summarise a batch run per outlet and per genre: flags per 1,000 words by voice and
    category, the share of text in each voice, and the outlet's own most-flagged terms."""
    from ..batch.stats import summarise, write_csv

    if not output.exists():
        raise InputFileError(f"{output}: no such file or folder")
    stats = summarise(output)
    from ..batch.view import render_table, write_png

    # Files first: a closed pipe on the table (`| head`) must not lose them.
    if csv_out:
        write_csv(stats, csv_out)
    if png:
        write_png(stats, png, top)
    render_table(stats, make_console(), top)


