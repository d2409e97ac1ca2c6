"""Regular expressions compiled at import, served from an on-disk cache.

The pipeline's modules (and the libraries they import) compile about 450 patterns when they
are imported; Python's `re` parses each one in pure Python, which costs about a fifth of a
one-article CLI run's CPU (the speaker patterns alone about 40 ms). While a
`patterns_from_cache()` block is open (the command line's start-up imports, `cli.lasting`),
`re.compile` looks each pattern up in a cache of the code `re` itself compiled for it on an
earlier run and builds the pattern object from that code (`_sre.compile`, the last step of
`re.compile`), skipping the parse. The object is the one `re.compile` would return: same code,
flags and groups, so every match is the same.

The cache is one file per Python build (its version and `_sre.MAGIC` name the file: `re`'s
compiled code is private to a build). It holds the patterns runs have compiled, each keyed by
its exact text and flags, so an edited pattern is simply another entry; past MAX_PATTERNS
entries only the last run's are kept, and other builds' files are pruned like the other
caches' entries (`cache.store`), so upgrades do not pile up. Any failure (no home
directory, a read-only one, a damaged file, an interpreter whose `re` internals differ) means
patterns are compiled as usual. ANNOTATOR_NO_CACHE=1 turns it off, as for the other caches.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .cache import cache_dir, store

# The parts of `re` that compile: private, so every use is guarded and falls back to re.compile.
try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _BUILD = f"{sys.version}\0{sys.implementation.cache_tag}\0{_sre.MAGIC}"
    # The code is stored as the machine words it is made of: marshal reads bytes at memory
    # speed, where a list of a hundred thousand ints costs 50 ms to rebuild.
    _WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # another interpreter: no cache
    _BUILD = ""

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[Any, int]
# Flags whose compile does more than produce code (re.TEMPLATE is gone from Python 3.13).
_NOT_CACHED = int(re.DEBUG) | int(getattr(re, "TEMPLATE", 0))
MAX_PATTERNS = 3000  # the file keeps every command's patterns, up to this many
# Compile time a run must have spent on patterns the file lacks before the file is rewritten: a
# few libraries build small patterns from sets, whose order changes with every process's hash
# seed; those are not worth a rewrite of the file at every start.
WRITE_AFTER_S = 0.005
_lock = threading.RLock()


class _Cache:
    """The process's look-ups: the entries read from the file, and those this process used."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.stored = _read(path)
        self.used: dict[_Key, _Entry] = {}
        self.hits = self.misses = 0
        self.depth = 0  # blocks open
        self.unsaved = 0  # patterns compiled here that the file lacks
        self.unsaved_s = 0.0  # and the time their compiling took

    def compile(self, pattern: Any, flags: int) -> re.Pattern[Any]:
        key = (pattern, flags)
        entry = self.stored.get(key) or self.used.get(key)
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except Exception:  # a damaged entry: compile it anew below
                pass
            else:
                self.hits += 1
                self.used[key] = entry
                return compiled
        start = time.perf_counter()
        entry = _code_of(pattern, flags)
        self.unsaved_s += time.perf_counter() - start
        self.misses += 1
        self.unsaved += 1
        self.used[key] = entry
        return _build(pattern, entry)

    def save(self) -> None:
        """Add this process's patterns to the file when it lacked some worth writing (another
        command's stay, up to MAX_PATTERNS; past it, only this process's are kept)."""
        if not self.unsaved or self.unsaved_s < WRITE_AFTER_S:
            return
        merged = {**self.stored, **self.used}
        self.stored = merged if len(merged) <= MAX_PATTERNS else dict(self.used)
        _write(self.path, self.stored)
        self.unsaved, self.unsaved_s = 0, 0.0


def _code_of(pattern: Any, flags: int) -> _Entry:
    """What `re._compiler.compile` hands to `_sre.compile` after the pattern itself, with the
    code as bytes."""
    parsed = _parser.parse(pattern, flags)
    code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: Any, entry: _Entry) -> re.Pattern[Any]:
    flags, code, groups, groupindex, indexgroup = entry
    built: re.Pattern[Any] = _sre.compile(
        pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup
    )
    return built


_original_compile: Callable[..., re.Pattern[Any]] = re.compile
_cache: _Cache | None = None


def _compile(pattern: Any, flags: int | re.RegexFlag = 0) -> re.Pattern[Any]:
    """`re.compile` while a block is open (and the original outside one: a module that kept a
    reference to this function gets the usual compile afterwards)."""
    cache = _cache
    flags = int(flags)
    if (
        cache is None
        or not cache.depth
        or not isinstance(pattern, (str, bytes))
        or flags & _NOT_CACHED
    ):
        return _original_compile(pattern, flags)
    try:
        with _lock:
            return cache.compile(pattern, flags)
    except Exception:  # whatever the cache cannot do, re.compile does (and raises re.error)
        return _original_compile(pattern, flags)


def _path() -> str:
    name = hashlib.sha256(f"{_FORMAT}\0{_BUILD}".encode()).hexdigest()[:16]
    return os.path.join(cache_dir(), f"patterns-{name}.marshal")


_FORMAT = 2  # of the entries; part of the file's name


def _read(path: str) -> dict[_Key, _Entry]:
    try:
        with open(path, "rb") as fh:
            data = marshal.load(fh)
    except Exception:  # missing, unreadable or damaged: compile as usual
        return {}
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: not pruned
    return data if isinstance(data, dict) else {}


def _write(path: str, entries: dict[_Key, _Entry]) -> None:
    # Files of other Python builds (and older formats) are this kind's other entries: pruned
    # once unread for STALE_DAYS, as the other caches are.
    store(Path(path), "patterns", lambda fh: marshal.dump(entries, fh))


@contextlib.contextmanager
def patterns_from_cache() -> Iterator[_Cache | None]:
    """Serve `re.compile` from the cache while the block runs (meant around imports); the
    file is updated when the block closes if it lacked a pattern. Yields the process's cache
    (`hits` and `misses` count its look-ups), or None when it is off."""
    global _cache
    if not _BUILD or os.environ.get("ANNOTATOR_NO_CACHE"):
        yield None
        return
    with _lock:
        if _cache is None:
            with contextlib.suppress(OSError, RuntimeError):  # no home directory: no cache
                _cache = _Cache(_path())
        cache = _cache
        if cache is not None:
            cache.depth += 1
            setattr(re, "compile", _compile)  # noqa: B010 (mypy refuses assigning to a function)
    if cache is None:
        yield None
        return
    try:
        yield cache
    finally:
        with _lock:
            cache.depth -= 1
            if not cache.depth:
                setattr(re, "compile", _original_compile)  # noqa: B010
                cache.save()
