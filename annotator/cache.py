"""A small on-disk cache for compiled data files (registry, lexicon).

Parsing and validating the YAML costs most of a CLI run's start-up; the compiled objects are
pickled under the user's cache directory, keyed by the SHA-256 of every input file and of the
package's code, so any edit to a data file (or an upgrade) rebuilds them. Set
ANNOTATOR_NO_CACHE=1 to bypass it. Failing to read or write the cache is never an error.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from . import __version__

T = TypeVar("T")


def cache_dir() -> Path:
    base = os.environ.get("ANNOTATOR_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "annotator" if base else Path.home() / ".cache" / "annotator"


@functools.cache
def _code_fingerprint() -> bytes:
    """The package's own code is part of every key: a pickle of an older class layout is
    useless. Hashed once per process, however many caches are read."""
    h = hashlib.sha256(__version__.encode())
    for p in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(p.read_bytes())
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
    target = cache_dir() / f"{kind}-{_key(kind, paths)}.pickle"
    try:
        with target.open("rb") as fh:
            return pickle.load(fh)
    except Exception:
        pass
    value = build()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, target)
    except OSError:
        pass
    return value
