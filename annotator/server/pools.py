"""Bounded worker pools for blocking work: one for fetches, one for annotation.

Fetches mostly wait on upstream servers, annotation mostly burns CPU; sharing one pool let 45
slow fetches starve an unrelated posted-HTML annotate. Each pool has its own threads
(``workers``) and a bounded wait list (``queue``); beyond that, and beyond ``per_client``
admitted requests from one address, a request is refused at once with 503 + Retry-After
rather than queued without bound.

Every job runs inside a ``Budget`` (the request's deadline) whose cancel switch is thrown when
the client disconnects or the request is cancelled (server shutdown), so abandoned work stops
at its next check instead of running on.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request

from ..budget import Budget

T = TypeVar("T")
RETRY_AFTER = 2  # seconds; short: a slot frees as soon as one job ends


class Saturated(StarletteHTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(503, detail, headers={"Retry-After": str(RETRY_AFTER)})


class Pool:
    """Runs blocking jobs on at most ``workers`` threads, admitting ``workers + queue`` jobs."""

    def __init__(self, name: str, workers: int, queue: int, per_client: int | None = None) -> None:
        self.name = name
        self.limiter = anyio.CapacityLimiter(workers)
        self.capacity = workers + queue
        self.per_client = per_client
        self.admitted = 0
        self.by_client: Counter[str] = Counter()
        self.refused = 0  # for tests and logs

    def _admit(self, client: str) -> None:
        # Runs on the event loop only, so the counters need no lock.
        if self.admitted >= self.capacity:
            self.refused += 1
            raise Saturated(f"the server is busy ({self.name}: {self.admitted} requests "
                            f"running or waiting); retry in {RETRY_AFTER}s")
        if self.per_client is not None and self.by_client[client] >= self.per_client:
            self.refused += 1
            raise Saturated(f"too many {self.name} requests from this client at once "
                            f"(limit {self.per_client}); retry in {RETRY_AFTER}s")
        self.admitted += 1
        self.by_client[client] += 1

    def _release(self, client: str) -> None:
        self.admitted -= 1
        self.by_client[client] -= 1
        if self.by_client[client] <= 0:
            del self.by_client[client]

    async def run(
        self, request: Request, seconds: float | None, fn: Callable[[], T]
    ) -> T:
        """``fn()`` on a pool thread inside a budget of ``seconds``, stopped when the client
        disconnects; 503 at once when the pool is full."""
        client = request.client.host if request.client else "unknown"
        self._admit(client)
        cancel = threading.Event()

        def job() -> T:
            with Budget(seconds, cancel):
                return fn()

        outcome: list[T] = []
        error: list[BaseException] = []
        try:
            async with anyio.create_task_group() as tg:

                async def watch_disconnect() -> None:
                    # The body has been read, so the next message is the disconnect.
                    while (await request.receive())["type"] != "http.disconnect":
                        pass
                    cancel.set()

                tg.start_soon(watch_disconnect)
                try:
                    outcome.append(await anyio.to_thread.run_sync(job, limiter=self.limiter))
                except Exception as exc:  # raised below, outside the group (no ExceptionGroup)
                    error.append(exc)
                finally:
                    tg.cancel_scope.cancel()
        finally:
            cancel.set()  # cancelled (shutdown) or done: the thread stops at its next check
            self._release(client)
        if error:
            raise error[0]
        return outcome[0]


class Pools:
    def __init__(
        self, fetch_workers: int, fetch_per_client: int, cpu_workers: int, queue: int
    ) -> None:
        self.fetch = Pool("fetch", fetch_workers, queue, per_client=fetch_per_client)
        self.cpu = Pool("annotate", cpu_workers, queue)
