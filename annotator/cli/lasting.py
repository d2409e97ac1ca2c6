"""Start-up objects are lasting: the modules, classes and compiled patterns a command imports
and the registry and lexicon it loads live as long as the process, so the cyclic garbage
collector scanning them again at every collection is wasted work (a fifth of the CPU of a
one-article run, `bench/bench_cli.py`). The patterns those imports compile come from the
compiled-pattern cache (`annotator.regexcache`: another fifth).

    with lasting():
        import heavy_module  # no collection runs here, and none will scan its objects again
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from ..regexcache import patterns_from_cache


@contextmanager
def lasting() -> Iterator[None]:
    """Make start-up objects without collecting, then move every object made so far out of
    the collector's reach (`gc.freeze`); collection resumes as before for the work itself, so
    garbage made after start-up is collected as usual (a server's memory stays bounded)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with patterns_from_cache():
            yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
