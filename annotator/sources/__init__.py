"""The sources stage: which outlet published a page, from the curated registry.

    >>> from annotator.sources import default_registry
    >>> default_registry().lookup("https://www.presstv.ir/Detail/1").outlet.name
    'Press TV'

Modules: `registry` (the entry: load, overlay and look up), `schema` (the YAML's shape),
`wrappers` (archive, proxy, cache and redirector addresses back to the original), `social`
(platform accounts and whose ratings apply), `names` (outlets by name and alias), `importers`
and `ratings` (open rating data, written and read back), `stats` (coverage figures).
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = [
    "Registry",
    "bundled_ratings_path",
    "bundled_sources_path",
    "default_registry",
    "fetchable",
    "registrable_domain",
    "registry_with_overlays",
    "unwrap",
]
# Lazy: the report model imports `sources.schema`, and the registry imports the report model.
__getattr__ = lazy_exports(
    __name__,
    {name: ".wrappers" if name in ("fetchable", "unwrap") else ".registry" for name in __all__},
)

if TYPE_CHECKING:
    from .registry import (
        Registry,
        bundled_ratings_path,
        bundled_sources_path,
        default_registry,
        registrable_domain,
        registry_with_overlays,
    )
    from .wrappers import fetchable, unwrap
