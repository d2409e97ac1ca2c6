"""The Dask runner: the same `annotate_item` on a `dask.distributed` cluster.

`Dask("tcp://scheduler:8786", config)` joins a running cluster; `Dask("local", config, jobs=N)`
starts N single-threaded worker processes on this machine, listening on loopback only. A worker
plugin loads the registry and lexicon once per worker when it joins (late joiners too); items
are sent with their archive payloads, and local paths are read by the workers, so on a real
cluster the input files and overlay files must be at the same paths on every worker (a shared
file system), and every worker needs annotator installed. Results come back in input order
and are written by this process to the run's outputs.

Imported only for `--dask`: nothing else pays for dask.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin

from ..errors import UsageError
from .inputs import Item
from .runners import AHEAD, in_order
from .work import Result, WorkerConfig, annotate_items, load_state, loads


class _LoadOnce(WorkerPlugin):
    """Runs on every worker as it joins: the registry and lexicon, loaded once."""

    name = "annotator-data"

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config

    def setup(self, worker: Any) -> None:
        load_state(self.config)


# Dask's periodic diagnostics cost a worker several percent of a core (the statistical profiler
# walks the running task's stack every 10 ms). Measured idle: coordinator 3.3% -> 1.1% of a core,
# each worker 2.3% -> 0.4%. A remote cluster's workers keep their own settings (see README).
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


# Items per Dask task. Each task costs the scheduler and client in this process several CPU ms
# (measured: about 10 ms a page at one item a task, against ~70 ms to annotate the page), taken
# from the workers on a machine whose cores they fill; a few items a task divide that cost.
CHUNK = 4


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    source = iter(items)
    while chunk := list(itertools.islice(source, size)):
        yield chunk


class Dask:
    name = "dask"

    def __init__(self, address: str, config: WorkerConfig, jobs: int = 2) -> None:
        self.address, self.config, self.jobs = address, config, jobs
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None
        self._config: Any = None

    def __enter__(self) -> Dask:
        # Set for the whole run: the scheduler and client run in this process.
        self._config = dask.config.set(QUIET)
        try:
            if self.address == "local":
                self._cluster = LocalCluster(
                    n_workers=self.jobs,
                    threads_per_worker=1,  # annotate() is CPU-bound Python: one thread a process
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # its HTTP server: loopback, any free port
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.address, timeout=10)
        except OSError as exc:
            self.__exit__()
            raise UsageError(f"--dask {self.address}: cannot reach the scheduler: {exc}") from None
        self._client.register_plugin(_LoadOnce(self.config))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        if self._config is not None:
            self._config.__exit__(None, None, None)
        self._client = self._cluster = self._config = None

    def workers(self) -> int:
        client = self._require()
        return max(1, sum(client.nthreads().values()))

    def loads(self) -> dict[str, int]:
        """Per worker: how many times it loaded the registry and lexicon."""
        return dict(self._require().run(loads))

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        client = self._require()

        def submit(chunk: list[Item]) -> Any:
            return client.submit(annotate_items, chunk, pure=False)

        workers = self.workers()
        # Two tasks a worker: the next is there when one ends (a task is a round trip away).
        window, ahead = 2 * workers, AHEAD * workers // CHUNK
        for results in in_order(submit, _chunks(items, CHUNK), window, ahead):
            yield from results

    def _require(self) -> Client:
        if self._client is None:
            raise RuntimeError("use the runner as a context manager")
        return self._client
