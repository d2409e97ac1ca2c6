"""A small on-disk cache for compiled data files (registry, lexicon).

Parsing and validating the YAML costs most of a CLI run's start-up; the compiled objects are
pickled under the user's cache directory, keyed by the SHA-256 of every input file and of the
package's code, so any edit to a data file (or an upgrade) rebuilds them. Set
ANNOTATOR_NO_CACHE=1 to bypass it. Failing to read or write the cache is never an error (a
read-only or missing home directory just means no cache). Each read touches its file; after a
write, entries of the same kind that no run has read for ``STALE_DAYS`` are deleted, and at
most ``KEEP_PER_KIND`` are kept, so upgrades and edited data files do not pile up.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

from . import __version__

T = TypeVar("T")
STALE_DAYS = 30
KEEP_PER_KIND = 8  # registry and lexicon with and without overlays, a few versions of each


def cache_dir() -> Path:
    base = os.environ.get("ANNOTATOR_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "annotator" if base else Path.home() / ".cache" / "annotator"


@functools.cache
def _code_fingerprint() -> bytes:
    """The package's own code is part of every key: a pickle of an older class layout is
    useless. Hashed once per process, however many caches are read."""
    h = hashlib.sha256(__version__.encode())
    sources = []
    for folder, _, names in os.walk(Path(__file__).parent):  # a third of rglob's cost
        sources += [os.path.join(folder, n) for n in names if n.endswith(".py")]
    for name in sorted(sources):
        with open(name, "rb") as fh:
            h.update(fh.read())
    return h.digest()


def _key(kind: str, paths: list[Path]) -> str:
    h = hashlib.sha256(f"{kind}\0".encode() + _code_fingerprint())
    for p in paths:
        h.update(str(p.resolve()).encode() + b"\0")
        try:
            h.update(hashlib.sha256(p.read_bytes()).digest())
        except OSError:
            h.update(b"missing")
    return h.hexdigest()[:32]


def cached(kind: str, paths: list[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when the inputs are unchanged."""
    if os.environ.get("ANNOTATOR_NO_CACHE"):
        return build()
    try:
        target = cache_dir() / f"{kind}-{_key(kind, paths)}.pickle"
    except (OSError, RuntimeError):  # no home directory to find a cache in
        return build()
    try:
        with target.open("rb") as fh:
            value: T = pickle.load(fh)
        with contextlib.suppress(OSError):
            os.utime(target)  # recently used: not pruned
        return value
    except Exception:
        pass
    value = build()
    store(target, kind, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def store(target: Path, kind: str, dump: Callable[[IO[bytes]], None]) -> None:
    """Write `target` (named `<kind>-<key><suffix>`) whole or not at all, through a temporary
    file, then prune this kind's other entries; any failure leaves no cache, nothing else."""
    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as fh:
            tmp = fh.name
            dump(fh)
        os.replace(tmp, target)
        tmp = None
        _prune(target, kind)
    except Exception:  # read-only home, full disk, an object that does not pickle
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(keep: Path, kind: str) -> None:
    """Delete this kind's entries unread for STALE_DAYS, and all but the newest KEEP_PER_KIND."""
    entries = []
    for p in keep.parent.glob(f"{kind}-*{keep.suffix}"):
        with contextlib.suppress(OSError):
            entries.append((p.stat().st_mtime, p))
    entries.sort(reverse=True)
    cutoff = time.time() - STALE_DAYS * 86400
    for rank, (mtime, p) in enumerate(entries):
        if p != keep and (mtime < cutoff or rank >= KEEP_PER_KIND):
            with contextlib.suppress(OSError):
                p.unlink()
