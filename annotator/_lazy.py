"""Lazy re-exports for a package's public surface (PEP 562).

A package names what it offers once, in `__init__`, without importing the modules behind those
names until one is used: `annotator sample` on a saved file never pays for the HTTP client.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `names[attr]` (a submodule, relative) on first use."""

    def __getattr__(attr: str) -> Any:
        module = names.get(attr)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {attr!r}")
        return getattr(importlib.import_module(module, package), attr)

    return __getattr__
