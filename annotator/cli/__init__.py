"""Command line: a thin shell over `annotate()` and the renderers.

`annotator SOURCE` is short for `annotator annotate SOURCE`. Every failure is one line on stderr
and a distinct exit code (see `errors.py` and the README), never a traceback. Commands live by
what they are for: `app` (one article), `corpus` (batch runs and their statistics), `registry`
(`annotator sources ...`) and `evaluation` (`annotator eval ...`).
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

from .lasting import lasting

with lasting():  # the command line's own imports: typer, the report models
    import typer

    from ..errors import AnnotatorError
    from . import corpus, evaluation, registry  # noqa: F401 (importing them registers commands)
    from .app import app

__all__ = ["app", "main", "run"]

# Commands that print to stdout and write no file of their own (the compiled-data cache is
# written atomically before they print): `run` may end their process without teardown.
ONE_SHOT = frozenset({"annotate", "sample", "schema", "version", "source"})


def _subcommands() -> set[str]:
    names = {c.name for c in app.registered_commands if c.name}
    names |= {g.name for g in app.registered_groups if g.name}
    return names | {"--help", "-h"}


def _routed(args: list[str]) -> list[str]:
    return ["annotate", *args] if args and args[0] not in _subcommands() else args


def main(argv: list[str] | None = None) -> None:
    """Route `annotator SOURCE` to `annotate`, and print errors as one line. Ends with
    SystemExit on failure, so a caller in the same process (the tests) reads the exit code."""
    args = _routed(list(sys.argv[1:] if argv is None else argv))
    try:
        code = app(args, prog_name="annotator", standalone_mode=False)
    except AnnotatorError as exc:
        sys.stderr.write(f"annotator: error: {exc.message}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("annotator: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # usage errors (typer's own click) and the unexpected: one line
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            # click's "no arguments: here is the help" error has no message of its own.
            message = exc.format_message() or "give a source or a command (annotator --help)"
            sys.stderr.write(f"annotator: usage error: {message}\n")
            sys.exit(2)
        sys.stderr.write(f"annotator: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(70)
    if isinstance(code, int) and code:
        sys.exit(code)


def run() -> NoReturn:
    """The `annotator` program itself (console script and `python -m annotator.cli`): `main`,
    then a one-shot command's process ends without the interpreter's teardown, which frees
    every start-up object one by one (about 60 ms of a one-article run's CPU; mypy does the
    same). Never used by the server, the batch workers or a program importing annotator."""
    args = sys.argv[1:]
    try:
        main(args)
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    routed = _routed(args)
    if isinstance(code, int) and routed and routed[0] in ONE_SHOT:
        _hard_exit(code)
    sys.exit(code)  # type: ignore[arg-type]  # what SystemExit carried, as before


def _hard_exit(code: int) -> NoReturn:
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # a closed pipe: the usual teardown reports it, as before
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    run()
