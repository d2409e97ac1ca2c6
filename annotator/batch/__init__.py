"""Batch runs: many inputs through the same `annotate()`, on every core or on a Dask cluster.

    >>> from annotator.batch import Inputs
    >>> [item.key for item in Inputs(["https://example.org/a", "saved.html"])]
    ['https://example.org/a', 'saved.html']
    >>> from annotator.batch import WorkerConfig, make_runner
    >>> make_runner(WorkerConfig(), jobs=1).name, make_runner(WorkerConfig(), jobs=2).name
    ('in-process', 'processes')

`run_batch(Inputs(args), runner, outputs)` annotates each input (`inputs`: URLs, files, list
files with `path<TAB>url` lines or JSON Lines, WARC files) with a runner (`runners`: in this
process, worker processes; `cluster`: Dask), and writes each result, in input order, to every
output (`outputs`: JSON Lines, Parquet). `stats` summarises an output per outlet and genre.
"""

from __future__ import annotations

from ..errors import UsageError
from .inputs import Inputs, Item
from .run import Summary, run_batch
from .runners import InProcess, Processes, Runner
from .work import Result, WorkerConfig

__all__ = [
    "InProcess",
    "Inputs",
    "Item",
    "Processes",
    "Result",
    "Runner",
    "Summary",
    "WorkerConfig",
    "make_runner",
    "run_batch",
]


def make_runner(config: WorkerConfig, jobs: int, dask: str | None = None) -> Runner:
    """The runner for `--jobs N` (1: this process) or `--dask ADDRESS|local`."""
    if dask:
        try:
            from .cluster import Dask  # dask is imported only here
        except ImportError:
            raise UsageError("--dask needs: pip install 'annotator[corpus]'") from None

        return Dask(dask, config, jobs)
    return InProcess(config) if jobs <= 1 else Processes(config, jobs)
