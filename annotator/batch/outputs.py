"""Where results go: JSON Lines, and Parquet (an articles table and a flat flags table).

Every output file is written beside its final name (`NAME.partial`) and renamed over it only
when the run ends, so an existing output is never half-overwritten and no input can be
destroyed by a run that names it as output. Interrupted (Ctrl-C, SIGTERM), a JSON Lines run
keeps its `.partial` file, flushed line by line, and `--resume` continues from it.

Resume: each output says which input keys it already holds; the run skips the keys that every
output holds, copies those lines and rows into the new files, and redoes the rest.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Protocol

from ..errors import InputFileError, UsageError
from .rows import ARTICLE_COLUMNS, FLAG_COLUMNS
from .work import Result


class Output(Protocol):
    def files(self) -> list[Path]: ...  # the files this output may replace (never inputs)

    def done_keys(self) -> set[str]: ...  # input keys already in this output (for --resume)

    def open(self, keep: set[str]) -> None: ...  # start; carry over earlier lines of `keep`

    def write(self, result: Result) -> None: ...

    def commit(self) -> None: ...  # the run ended: the new output replaces the old

    def abort(self, interrupted: bool) -> None: ...


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def replace_atomically(path: Path, data: bytes) -> None:
    """Write `data` beside `path`, then rename it over `path`: never a half-written file."""
    partial = _partial(path)
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise InputFileError(f"{path}: cannot write: {exc.strerror}") from None


def _line_key(line: str) -> str | None:
    try:
        obj = json.loads(line)
    except ValueError:
        return None  # a line cut short by a kill
    ref = obj.get("input") if isinstance(obj, dict) else None
    return ref.get("key") if isinstance(ref, dict) else None


class JsonLines:
    """One JSON line per input; `path=None` writes to standard output (no resume)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def files(self) -> list[Path]:
        return [self.path, _partial(self.path)] if self.path else []

    def _previous(self) -> Path | None:
        if self.path is None:
            return None
        for candidate in (_partial(self.path), self.path):  # an interrupted run is the newest
            if candidate.is_file():
                return candidate
        return None

    def done_keys(self) -> set[str]:
        if self.path is None:
            raise UsageError("--resume needs an output file (-o FILE)")
        previous = self._previous()
        if previous is None:
            return set()
        with previous.open(encoding="utf-8", errors="replace") as fh:
            return {k for line in fh if (k := _line_key(line)) is not None}

    def open(self, keep: set[str]) -> None:
        if self.path is None:
            self._fh = sys.stdout
            return
        partial, previous = _partial(self.path), self._previous()
        fresh = partial.with_name(partial.name + ".new")
        try:
            with fresh.open("w", encoding="utf-8") as out:
                if keep and previous is not None:
                    with previous.open(encoding="utf-8", errors="replace") as fh:
                        out.writelines(line for line in fh if _line_key(line) in keep)
            os.replace(fresh, partial)
            self._fh = partial.open("a", encoding="utf-8")
        except OSError as exc:
            with contextlib.suppress(OSError):
                fresh.unlink()
            raise InputFileError(f"{self.path}: cannot write: {exc.strerror}") from None

    def write(self, result: Result) -> None:
        assert self._fh is not None
        self._fh.write(result.line + "\n")
        if self.path is not None:
            self._fh.flush()  # an interrupted run keeps every line it finished

    def commit(self) -> None:
        if self._fh is None or self.path is None:
            return
        self._fh.close()
        os.replace(_partial(self.path), self.path)
        self._fh = None

    def abort(self, interrupted: bool) -> None:
        if self._fh is None or self.path is None:
            return
        self._fh.close()
        self._fh = None
        if not interrupted:  # a usage error, not a run worth resuming
            with contextlib.suppress(OSError):
                _partial(self.path).unlink()


class Parquet:
    """`DIR/articles.parquet` (one row per input, failures included) and `DIR/flags.parquet`.

    Rows are written in row groups of `group` articles as results arrive. A Parquet file is
    readable only once closed, so an interrupted run leaves no Parquet output; `--resume`
    carries over the rows of the last completed run.
    """

    def __init__(self, folder: Path, group: int = 1000) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise UsageError("--parquet needs pyarrow: pip install 'annotator[corpus]'") from None
        self.pa, self.pq = pa, pq
        self.folder, self.group = folder, group
        self.tables = {"articles": ARTICLE_COLUMNS, "flags": FLAG_COLUMNS}
        self.schemas = {
            name: pa.schema([(col, getattr(pa, typ)()) for col, typ in cols.items()])
            for name, cols in self.tables.items()
        }
        self._writers: dict[str, Any] = {}
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in self.tables}

    def _file(self, name: str) -> Path:
        return self.folder / f"{name}.parquet"

    def files(self) -> list[Path]:
        return [p for name in self.tables for p in (self._file(name), _partial(self._file(name)))]

    def done_keys(self) -> set[str]:
        articles = self._file("articles")
        if not articles.is_file():
            return set()
        keys = self.pq.read_table(articles, columns=["key"]).column("key").to_pylist()
        return {k for k in keys if k is not None}

    def open(self, keep: set[str]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for name, schema in self.schemas.items():
                writer = self.pq.ParquetWriter(_partial(self._file(name)), schema)
                self._writers[name] = writer
                if keep and self._file(name).is_file():
                    self._carry_over(name, writer, keep)
        except OSError as exc:
            self.abort(False)
            raise InputFileError(f"{self.folder}: cannot write: {exc.strerror}") from None

    def _carry_over(self, name: str, writer: Any, keep: set[str]) -> None:
        import pyarrow.compute as pc

        wanted = self.pa.array(sorted(keep), self.pa.string())
        source = self.pq.ParquetFile(self._file(name))
        for batch in source.iter_batches(batch_size=10_000):
            kept = batch.filter(pc.is_in(batch.column("key"), value_set=wanted))
            if kept.num_rows:
                writer.write_batch(kept.cast(self.schemas[name]))

    def write(self, result: Result) -> None:
        self._rows["articles"] += result.articles
        self._rows["flags"] += result.flags
        if len(self._rows["articles"]) >= self.group:
            self._flush()

    def _flush(self) -> None:
        for name, rows in self._rows.items():
            if rows:
                table = self.pa.Table.from_pylist(rows, schema=self.schemas[name])
                self._writers[name].write_table(table)
                rows.clear()

    def commit(self) -> None:
        self._flush()
        for name, writer in self._writers.items():
            writer.close()
            os.replace(_partial(self._file(name)), self._file(name))
        self._writers.clear()

    def abort(self, interrupted: bool) -> None:
        for name, writer in self._writers.items():
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(OSError):
                _partial(self._file(name)).unlink()
        self._writers.clear()
