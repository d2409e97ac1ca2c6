"""A batch run: inputs -> a runner -> outputs, with resume, progress and a closing summary."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from ..errors import UsageError
from .inputs import Inputs, Item
from .outputs import Output
from .runners import Runner
from .work import Result


@dataclass
class Summary:
    done: int = 0  # inputs annotated or failed in this run
    failed: int = 0
    resumed: int = 0  # inputs skipped because the outputs already held them
    skipped_records: int = 0  # archive records that are not HTML pages
    seconds: float = 0.0  # from the first item sent to the last result written
    startup: float = 0.0  # starting the workers (and loading their data), before that
    peak_rss: dict[str, int] = field(default_factory=dict)  # per worker (host:pid), bytes
    cpu_work: float = 0.0  # CPU seconds the workers spent annotating (summed over results)
    cpu_here: float = 0.0  # CPU seconds of this process while the work ran (all its threads)

    @property
    def pages_per_second(self) -> float:
        return self.done / self.seconds if self.seconds else 0.0


def _unfinished(
    inputs: Inputs, skip: set[str], summary: Summary, advance: Callable[[Result | None], None]
) -> Iterator[Item]:
    for item in inputs:
        if item.key in skip:
            summary.resumed += 1
            advance(None)
        else:
            yield item


def run_batch(
    inputs: Inputs,
    runner: Runner,
    outputs: Sequence[Output],
    *,
    resume: bool = False,
    advance: Callable[[Result | None], None] = lambda result: None,
) -> Summary:
    """Annotate every input not already done; write each result to every output, in order.

    `advance` is called once per input: with its result, or with None when it was skipped.

    Raises UsageError when there was nothing to do at all (no inputs, or empty lists), so an
    empty batch never passes for a successful one.
    """
    inputs.protect(p for out in outputs for p in out.files())
    inputs.check_up_front()
    skip: set[str] = set()
    if resume:
        held = [out.done_keys() for out in outputs]
        skip = set.intersection(*held) if held else set()
    summary = Summary()
    for out in outputs:
        out.open(skip)
    try:
        start = time.perf_counter()
        with runner:
            summary.startup = time.perf_counter() - start
            start, cpu = time.perf_counter(), time.process_time()
            for result in runner.run(_unfinished(inputs, skip, summary, advance)):
                for out in outputs:
                    out.write(result)
                summary.done += 1
                summary.failed += not result.ok
                summary.cpu_work += result.cpu
                worker = result.worker
                summary.peak_rss[worker] = max(result.peak_rss, summary.peak_rss.get(worker, 0))
                advance(result)
        summary.seconds = time.perf_counter() - start
        summary.cpu_here = time.process_time() - cpu
        if summary.done == 0 and summary.resumed == 0:
            raise UsageError(
                "no inputs to annotate (the lists are empty, or the archives hold no HTML pages)"
            )
    except BaseException as exc:
        # A refusal leaves no trace; anything else (Ctrl-C, a crash) keeps what was written so
        # far, for --resume.
        for out in outputs:
            out.abort(interrupted=not isinstance(exc, UsageError))
        raise
    summary.skipped_records = inputs.counts.skipped_records
    for out in outputs:
        out.commit()
    return summary
