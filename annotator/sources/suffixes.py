"""The Public Suffix List extractor, loaded ready-made from the compiled-data cache.

tldextract builds two tries of the bundled list (about 10,000 suffixes) on its first lookup:
about a tenth of a one-article CLI run's CPU. The built extractor is cached like the registry
(`cache.cached`: keyed on tldextract's code and its bundled list, so an upgrade rebuilds it)
with each trie's top level sharded, so that a loaded copy unpickles only the top-level domains a
run looks up. Lookups remain tldextract's own code; without a cache (a read-only home,
ANNOTATOR_NO_CACHE) tldextract builds its tries itself, as before.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import tldextract
import tldextract.tldextract as tldextract_code

from ..cache import cached
from .store import Sharded

# Names of tldextract internals read below; a release without them is simply not cached.
_TRIES = ("tlds_incl_private_trie", "tlds_excl_private_trie")


@functools.cache
def extractor() -> tldextract.TLDExtract:
    """One extractor per process: the bundled snapshot only, never the network
    (suffix_list_urls=() and cache_dir=None), private suffixes included (blogspot.com)."""
    extract = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )
    if getattr(extract, "_extractor", False) is None:  # tldextract memoises it here
        code = Path(tldextract_code.__file__).parent
        inputs = [code / n for n in ("_version.py", "tldextract.py", "suffix_list.py")]
        inputs.append(code / ".tld_set_snapshot")
        extract._extractor = cached("suffixes", inputs, lambda: _sharded(extract))
    return extract


def _sharded(extract: tldextract.TLDExtract) -> Any:
    built = extract._get_tld_extractor()
    for name in _TRIES:
        root = getattr(built, name, None)
        if root is not None and isinstance(getattr(root, "matches", None), dict):
            # Read only by `in` and `[]` in tldextract's lookup: a Sharded mapping serves both.
            root.matches = Sharded(root.matches)
    return built
