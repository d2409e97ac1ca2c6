"""The provenance stage's entry: `trace()` builds the report's provenance section from the
page (its parsed tree and JSON-LD, read once by the page stage) and the registry."""

from __future__ import annotations

import datetime as dt
from typing import Any

import lxml.html

from ..models import Article, OutletMatch, OutletRef, Provenance
from ..page.extract import Elements
from ..sources.names import NameIndex
from ..sources.registry import Registry, host_of
from .cited import linked, named
from .markup import disclosures, fact_checks
from .refs import by_url, from_match, same_site, valid_host
from .status import status
from .syndication import syndication


def trace(
    article: Article,
    outlet: OutletMatch,
    registry: Registry,
    *,
    url: str | None,
    tree: lxml.html.HtmlElement | None = None,
    jsonld: list[dict[str, Any]] | None = None,
    today: dt.date | None = None,
    elements: Elements | None = None,
) -> Provenance:
    """`url`: the address the page was read at (after unwrapping archives and proxies);
    `outlet`: the outlet the report names for the page; `elements`: the page stage's
    `own_elements` of `tree`."""
    jsonld = jsonld or []
    index = NameIndex.of(registry)
    host = _host(article, outlet, registry, url)
    skip = outlet.outlet.id if outlet.outlet else None
    synd = syndication(
        article, host, registry, index, url=url, tree=tree, jsonld=jsonld, elements=elements
    )
    cited = [
        *linked(article, tree, registry, url=url, skip=skip),
        *named(article, index, skip),
    ]
    canonical = article.canonical_url
    warning = None
    if canonical and url and valid_host(canonical) and not same_site(canonical, url):
        warning = (
            f"the page's canonical URL is on another site ({host_of(canonical)}) than the "
            f"address it was read at ({host_of(url)}): a copy, a staging host or a "
            "republication; both are shown, neither silently replaces the other"
        )
    return Provenance(
        syndication=synd,
        cited=cited,
        status=status(outlet, article.published, today or dt.date.today()),
        disclosures=disclosures(jsonld),
        fact_checks=fact_checks(jsonld, registry, index),
        canonical_warning=warning,
    )


def _host(article: Article, outlet: OutletMatch, registry: Registry, url: str | None) -> OutletRef:
    """The site that published this copy: the address read, not a canonical it names."""
    if url:
        return by_url(url, registry)
    if outlet.status == "matched":
        return from_match(outlet.outlet.name if outlet.outlet else "", None, outlet, "address")
    return OutletRef(name=article.site_name or article.publisher or "unknown host")
