"""The provenance stage: where the article itself came from, beyond the outlet's name.

    >>> from annotator.provenance import trace
    >>> from annotator.page import read_page
    >>> from annotator.sources import default_registry
    >>> page = read_page(html='<html><body><h1>Strike hits port</h1><p>BEIRUT (Reuters) - '
    ...     'A strike hit the port, according to Tasnim news agency, officials said.</p></body>'
    ...     '</html>', url="https://news.example.org/a")
    >>> reg = default_registry()
    >>> p = trace(page.article, reg.lookup(page.url), reg, url=page.url, tree=page.tree,
    ...           jsonld=page.jsonld)
    >>> p.syndication.original.name, [c.source.name for c in p.cited]
    ('Reuters', ['Tasnim News Agency'])

Modules: `build` (the entry, `trace`), `syndication` (host and original), `cited` (links and named
sources), `status` (legal status at publication and today), `markup` (the outlet's own
disclosures and ClaimReview fact-checks), `refs` (identifying an outlet by address or name).
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = ["trace"]
__getattr__ = lazy_exports(__name__, {"trace": ".build"})

if TYPE_CHECKING:
    from .build import trace
