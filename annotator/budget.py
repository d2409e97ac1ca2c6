"""A work budget for one annotation: a deadline and a cancel switch, checked between steps.

Python cannot stop a thread from outside, so long work stops itself: the pipeline calls
``check()`` between stages and once per paragraph, and raises ``WorkLimitError`` when the
deadline has passed or someone cancelled the work (the server does when the client hangs up or
the process is shutting down). Outside a budget ``check()`` costs one context-variable read.

    >>> with Budget(seconds=30):
    ...     check()  # within budget: nothing happens
"""

from __future__ import annotations

import contextvars
import threading
import time
from types import TracebackType

from .errors import WorkLimitError

_current: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "annotator_budget", default=None
)


class Budget:
    def __init__(self, seconds: float | None = None, cancel: threading.Event | None = None) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds if seconds is not None else None
        self.cancel = cancel or threading.Event()
        self.checks = 0  # how often the work looked at its budget (tests count on it)
        self._token: contextvars.Token[Budget | None] | None = None

    def check(self) -> None:
        self.checks += 1
        if self.cancel.is_set():
            raise WorkLimitError("the work was cancelled (the client went away or the server is "
                                 "shutting down)")
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise WorkLimitError(f"the work took longer than its {self.seconds:g}s budget")

    def __enter__(self) -> Budget:
        self._token = _current.set(self)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._token is not None:
            _current.reset(self._token)
            self._token = None


def check() -> None:
    """Raise WorkLimitError if the current budget is spent or cancelled; else nothing."""
    budget = _current.get()
    if budget is not None:
        budget.check()
