"""Run many inputs through `annotate()`; a failure is recorded as a line, never fatal."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from ..errors import AnnotatorError, InputFileError
from ..framing import Lexicon
from ..pipeline import annotate
from ..sources import Registry


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Inputs as given, with each `@FILE` replaced by the lines of that list file."""
    items: list[str] = []
    for item in inputs:
        if item.startswith("@"):
            try:
                lines = Path(item[1:]).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise InputFileError(f"{item[1:]}: cannot read the list of inputs: {exc}") from None
            items += [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
        else:
            items.append(item)
    return items


def error_record(item: str, exc: Exception) -> dict[str, object]:
    if isinstance(exc, AnnotatorError):
        error = {"type": exc.slug, "exit_code": exc.exit_code, "message": exc.message}
    else:
        error = {
            "type": "internal-error",
            "exit_code": 70,
            "message": f"{type(exc).__name__}: {exc}",
        }
    return {"source": item, "error": error}


def run_batch(
    items: list[str],
    sink: IO[str],
    *,
    registry: Registry,
    lexicon: Lexicon,
    advance: Callable[[], None] = lambda: None,
) -> int:
    """Write one JSON line per input to `sink`; return how many inputs failed."""
    failed = 0
    for item in items:
        try:
            line = annotate(item, registry=registry, lexicon=lexicon).model_dump_json()
        except Exception as exc:  # one bad input must not stop the batch
            failed += 1
            line = json.dumps(error_record(item, exc), ensure_ascii=False)
        sink.write(line + "\n")
        advance()
    return failed
