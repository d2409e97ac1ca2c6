"""The work one input costs, the same in every runner: `annotate_item(item) -> Result`.

Each worker (this process, a worker process, a Dask worker) calls `load_state(config)` once,
which loads the registry and lexicon; every item after that reuses them. A failure is a
result like any other (an error line), so one bad input never stops the batch.
"""

from __future__ import annotations

import json
import os
import resource
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AnnotatorError, InputFileError
from ..framing import Lexicon
from ..models import InputRef
from ..pipeline import annotate
from ..sources import Registry
from .inputs import Item
from .rows import article_row, failure_row, flag_rows


@dataclass(frozen=True)
class WorkerConfig:
    """What every worker needs to know; small and picklable (sent to each worker once)."""

    sources: tuple[str, ...] = ()  # registry overlay files (readable by every worker)
    lexicon: tuple[str, ...] = ()  # lexicon overlay files
    rows: bool = False  # also build the Parquet rows

    def check(self) -> None:
        """Load the data in this process: a bad overlay fails here, before workers start (and
        a run in this process then reuses what was loaded)."""
        load_state(self)


@dataclass
class Result:
    index: int
    key: str
    ok: bool
    line: str  # the JSON line: a report, or an error record
    articles: list[dict[str, Any]] = field(default_factory=list)  # with config.rows only
    flags: list[dict[str, Any]] = field(default_factory=list)
    worker: str = ""  # host:pid of the process that did the work
    peak_rss: int = 0  # that process's peak resident memory so far, bytes
    loads: int = 0  # how many times that process loaded the registry and lexicon (once!)
    cpu: float = 0.0  # CPU seconds the worker spent on this item


@dataclass
class _State:
    config: WorkerConfig
    registry: Registry
    lexicon: Lexicon
    loads: int = 1  # how many times this process loaded the data (tests check it stays 1)


_state: _State | None = None


def load_state(config: WorkerConfig) -> None:
    """Load the registry and lexicon for this process, unless loaded already for `config`."""
    global _state
    if _state is not None and _state.config == config:
        return
    from ..framing.lexicon import lexicon_with_overlays
    from ..sources.registry import registry_with_overlays

    loads = _state.loads + 1 if _state else 1
    _state = _State(
        config,
        registry_with_overlays([Path(p) for p in config.sources]),
        lexicon_with_overlays([Path(p) for p in config.lexicon]),
        loads,
    )


def loads() -> int:
    """How many times this process has loaded the registry and lexicon."""
    return _state.loads if _state else 0


def error_record(item: Item, exc: Exception) -> dict[str, Any]:
    if isinstance(exc, AnnotatorError):
        error = {"type": exc.slug, "exit_code": exc.exit_code, "message": exc.message}
    else:
        error = {
            "type": "internal-error",
            "exit_code": 70,
            "message": f"{type(exc).__name__}: {exc}",
        }
    source = item.source or item.key
    return {"input": {"index": item.index, "key": item.key}, "source": source, "error": error}


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


def annotate_item(item: Item) -> Result:
    if _state is None:
        raise RuntimeError("load_state() was not called in this worker")
    state = _state
    cpu = time.process_time()
    result = Result(item.index, item.key, True, "", worker=f"{socket.gethostname()}:{os.getpid()}")
    try:
        if item.error:
            raise InputFileError(item.error)
        ref = {"input": InputRef(index=item.index, key=item.key)}
        if item.record is not None:
            fetched = item.record.fetched()
            report = annotate(
                fetched=fetched, url=item.url, registry=state.registry, lexicon=state.lexicon
            )
        else:
            report = annotate(
                item.source, url=item.url, registry=state.registry, lexicon=state.lexicon
            )
        report = report.model_copy(update=ref)
        result.line = report.model_dump_json()
        if state.config.rows:
            result.articles, result.flags = [article_row(report)], flag_rows(report)
    except Exception as exc:  # one bad input must not stop the batch
        record = error_record(item, exc)
        result.ok = False
        result.line = json.dumps(record, ensure_ascii=False)
        if state.config.rows:
            result.articles = [failure_row(item.index, item.key, record["error"])]
    result.peak_rss, result.loads = _peak_rss(), state.loads
    result.cpu = time.process_time() - cpu
    return result


def annotate_items(items: list[Item]) -> list[Result]:
    """Several items as one task: where each task costs the coordinator milliseconds (Dask)."""
    return [annotate_item(item) for item in items]
