"""The progress bar of a batch run: pages done, pages per second, failures; terminals only."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .work import Result


class PagesPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        done = task.completed - task.fields.get("resumed", 0)  # skipped inputs cost nothing
        rate = done / task.elapsed if task.elapsed else 0.0
        return Text(f"{rate:.1f} pages/s", style="progress.data.speed")


@contextlib.contextmanager
def progress_bar(total: int | None, console: Console) -> Iterator[Callable[[Result | None], None]]:
    """Yield the callback a run calls per result; draws nothing unless `console` is a terminal."""
    columns = (
        SpinnerColumn(),
        TextColumn("annotating"),
        BarColumn(),
        MofNCompleteColumn(),
        PagesPerSecond(),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    off = not console.is_terminal
    # Two redraws a second, not ten: the bar runs in the process that shares the cores with
    # the workers (ten cost 3% of a core, measured).
    with Progress(
        *columns, console=console, transient=True, disable=off, refresh_per_second=2
    ) as bar:
        task = bar.add_task("annotating", total=total, failed=0, resumed=0)
        failed = resumed = 0

        def advance(result: Result | None) -> None:
            nonlocal failed, resumed
            if result is None:  # already in the outputs (--resume)
                resumed += 1
            else:
                failed += not result.ok
            bar.update(task, advance=1, failed=failed, resumed=resumed)

        yield advance
