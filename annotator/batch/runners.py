"""Runners: one interface, several ways to spend cores on `annotate_item`.

    with runner:                                  # workers start, load the data once
        for result in runner.run(items):          # results in input order
            ...

`InProcess` (one core, no start-up cost), `Processes` (worker processes on this machine) and
`cluster.Dask` (a Dask cluster: `dask.distributed`) all take the same `WorkerConfig`, run the
same `annotate_item`, and give results in input order. Workers take items as they free up,
whatever order they finish in: a slow input holds back output, not the other workers, until
`ahead` results wait behind it. At most `window` items are queued or running and at most
`ahead` results are held, so memory stays bounded however many inputs there are.
"""

from __future__ import annotations

import functools
import multiprocessing
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, Protocol, TypeVar

from .inputs import Item
from .work import Result, WorkerConfig, annotate_item, load_state, loads


class Runner(Protocol):
    """Start workers on enter, stop them on exit; `run` yields one result per item, in order."""

    name: str

    def __enter__(self) -> Runner: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def run(self, items: Iterable[Item]) -> Iterator[Result]: ...


class _Pending(Protocol):
    def result(self) -> Any: ...

    def cancel(self) -> Any: ...

    def add_done_callback(self, fn: Callable[[Any], object]) -> None: ...


T = TypeVar("T")


def _report(finished: queue.SimpleQueue[int], seq: int, future: object) -> None:
    finished.put(seq)


def in_order(
    submit: Callable[[T], _Pending], items: Iterable[T], window: int, ahead: int
) -> Iterator[Any]:
    """Keep up to `window` items submitted and unfinished; yield their results in input order.

    A finished result waits until every earlier one is yielded, and no item is submitted more
    than `ahead` places past the oldest result not yet yielded. With a strict window alone, one
    slow page left the other workers idle as soon as they had finished the window behind it.
    """
    finished: queue.SimpleQueue[int] = queue.SimpleQueue()  # fed by the futures' callbacks
    pending: dict[int, _Pending] = {}  # submitted, not yet yielded
    done: set[int] = set()  # finished, waiting for an earlier one
    submitted = written = 0
    source = iter(items)
    more = True
    try:
        while True:
            while more and submitted - written - len(done) < window and submitted - written < ahead:
                try:
                    item = next(source)
                except StopIteration:
                    more = False
                    break
                future = submit(item)
                future.add_done_callback(functools.partial(_report, finished, submitted))
                pending[submitted] = future
                submitted += 1
            if not pending:
                return
            done.add(finished.get())
            while written in done:
                done.discard(written)
                yield pending.pop(written).result()
                written += 1
    finally:  # stopped early (an error, Ctrl-C): drop the work not started
        for future in pending.values():
            future.cancel()


# Per worker: items queued or running (a few keep it busy while results are written), and
# results held behind a slow one (a page can take 50 times the median; results are ~15 KB).
WINDOW, AHEAD = 4, 64

START_TIMEOUT = 300  # seconds for a worker to start and load the registry and lexicon


def _start_worker(config: WorkerConfig, ready: Any) -> None:
    load_state(config)
    ready.wait(timeout=START_TIMEOUT)


class InProcess:
    """Annotate in this process, one item after another."""

    name = "in-process"

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config

    def __enter__(self) -> InProcess:
        load_state(self.config)
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        for item in items:
            yield annotate_item(item)


class Processes:
    """Worker processes on this machine; each loads the registry and lexicon once at start.

    Workers are spawned (a fresh interpreter), not forked: forking a process that already runs
    threads (the progress bar's) can deadlock, and spawn behaves the same on every platform.
    """

    name = "processes"

    def __init__(self, config: WorkerConfig, jobs: int) -> None:
        self.config, self.jobs = config, jobs
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Processes:
        context = multiprocessing.get_context("spawn")
        ready = context.Barrier(self.jobs + 1)
        self._pool = ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=context,
            initializer=_start_worker,
            initargs=(self.config, ready),
        )
        # The pool starts a process per task submitted while none is idle: start them all now,
        # and wait until each has loaded its data, so start-up is not counted as work.
        for _ in range(self.jobs):
            self._pool.submit(loads)
        try:
            ready.wait(timeout=START_TIMEOUT)
        except threading.BrokenBarrierError:
            self.__exit__()
            raise RuntimeError(f"worker processes did not start within {START_TIMEOUT} s") from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        pool = self._pool
        if pool is None:
            raise RuntimeError("use the runner as a context manager")

        def submit(item: Item) -> Future[Result]:
            return pool.submit(annotate_item, item)

        return in_order(submit, items, window=WINDOW * self.jobs, ahead=AHEAD * self.jobs)
