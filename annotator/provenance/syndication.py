"""Syndication: a wire or partner story republished on another site is shown as both, the host
that published this copy and the original publisher.

Signs read, each recorded as evidence: the article's JSON-LD `provider`, `sourceOrganization`
and `isBasedOn`; a dateline naming a wire ("BEIRUT (Reuters) -", "(AP) —"); a byline that is a
wire or outlet ("Reuters", "By The Associated Press", "AFP staff"); provider blocks and the
syndication meta tags (`syndication-source`, `original-source`); and a canonical URL on another
outlet's site. A sign naming the host itself (a Reuters dateline on reuters.com) is no
syndication.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import lxml.html
from lxml import etree

from ..models import Article, OutletRef, Syndication
from ..page.extract import Elements, article_object
from ..sources.names import NameIndex
from ..sources.registry import Registry
from .refs import by_name, by_url, same_site, valid_host

# "BEIRUT, June 3 (Reuters) -", "(AP) —", "WASHINGTON (AFP) --", "(Xinhua) --"
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.,'’ /-]{0,60}?\s)?\((?P<wire>[A-Z][\w.&'’ -]{0,30}?)\)\s*(?:[-–—]{1,2}|:)\s"
)
_BYLINE_NOISE = re.compile(
    r"^(?:by|from|source|via|reporting by)\s*:?\s+|\s+(?:staff|reporters?|wire|news desk)$", re.I
)
# Provider blocks: a class naming the provider or source, or schema.org's itemprop. Tested on
# the class and itemprop attributes alone (an XPath testing every element took 3-4 ms a page,
# a Python pass over the elements 1-2 ms).
_PROVIDER_BLOCKS = etree.XPath(
    "//@class[" + " or ".join(
        f"contains(., '{c}')" for c in ("provider", "syndicat", "article-source", "source-name")
    ) + "]/parent::* | //@itemprop[.='sourceOrganization' or .='provider']/parent::*"
)
# Most pages have no provider block: their class and itemprop values, read as plain strings,
# are searched for the names first (a third of the XPath's cost), and the XPath runs only where
# one occurs.
_PROVIDER_WORDS = ("provider", "syndicat", "article-source", "source-name", "sourceOrganization")
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_ITEMPROP_VALUES = etree.XPath("//@itemprop", smart_strings=False)
# The syndication meta tags: <meta name=... content> and <link rel=... href>, read in one walk
# of the document (an XPath union of the two walked it twice, a third more time).
_META_NAMES = ("syndication-source", "original-source")
_ITEM_FIELDS = ("provider", "sourceOrganization", "isBasedOn")


def _ld_refs(value: Any, registry: Registry, index: NameIndex) -> list[OutletRef]:
    """Outlets named by a JSON-LD value: a name, a URL, an Organization or a CreativeWork."""
    if isinstance(value, list):
        return [r for v in value for r in _ld_refs(v, registry, index)]
    if isinstance(value, str):
        value = value.strip()
        if value.startswith(("http://", "https://")):
            return [by_url(value, registry)]
        return [by_name(value, index)] if value else []
    if isinstance(value, dict):
        # A CreativeWork the article is based on: its publisher, else its address.
        for key in ("publisher", "sourceOrganization", "provider"):
            if value.get(key):
                return _ld_refs(value[key], registry, index)
        url = value.get("url") or value.get("@id")
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            ref = by_name(name, index)
            if ref.outlet_id or not isinstance(url, str):
                return [ref]
        if isinstance(url, str) and url.startswith("http"):
            return [by_url(url, registry, name if isinstance(name, str) else None)]
    return []


def provider_blocks(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements `_PROVIDER_BLOCKS` finds, in document order."""
    values = "\n".join([*_CLASS_VALUES(tree), *_ITEMPROP_VALUES(tree)])
    if not any(word in values for word in _PROVIDER_WORDS):
        return []
    return _PROVIDER_BLOCKS(tree)


def meta_sources(tree: lxml.html.HtmlElement, elements: Elements | None = None) -> list[str]:
    """The syndication meta tags' addresses, in document order, from the whole document
    (as an absolute XPath would read them, whatever element `tree` is). `elements`: the page
    stage's `own_elements` of the document's root, which spare a walk of the document."""
    if elements is not None:
        metas = _tag_sources(elements["meta"])
        links = _tag_sources(elements["link"])
        if not (metas and links):  # one kind alone is in document order already
            return metas or links
    return _tag_sources(tree.getroottree().getroot().iter("meta", "link"))


def _tag_sources(tags: Iterable[lxml.html.HtmlElement]) -> list[str]:
    out = []
    for el in tags:
        name, attr = (el.get("name"), "content") if el.tag == "meta" else (el.get("rel"), "href")
        value = el.get(attr) if name in _META_NAMES else None
        if value is not None:
            out.append(value)
    return out


def _visible(tree: lxml.html.HtmlElement | None) -> list[str]:
    """Short texts of provider blocks (Yahoo's and MSN's "provider" credits, source labels)."""
    if tree is None:
        return []
    out = []
    for el in provider_blocks(tree)[:20]:
        text = " ".join(el.text_content().split())
        if 1 < len(text) <= 60:
            out.append(text)
        alt = el.xpath(".//img/@alt")
        if alt and 1 < len(alt[0].strip()) <= 60:
            out.append(alt[0].strip())
    return out


def syndication(
    article: Article,
    host: OutletRef,
    registry: Registry,
    index: NameIndex,
    *,
    url: str | None,
    tree: lxml.html.HtmlElement | None,
    jsonld: list[dict[str, Any]],
    elements: Elements | None = None,
) -> Syndication | None:
    """The original publisher of this copy, when any sign names one other than the host."""
    found: list[tuple[OutletRef, str]] = []
    ld = article_object(jsonld)
    for key in _ITEM_FIELDS:
        for ref in _ld_refs(ld.get(key), registry, index):
            found.append((ref, f"JSON-LD {key}: {ref.name}"))
    # The dateline opens the story; extractors sometimes keep a stray line (a URL, a kicker)
    # before it, so the second paragraph is read too.
    for para in article.paragraphs[:2]:
        m = _DATELINE.match(para)
        if m:
            ref = by_name(m.group("wire"), index)
            # Only a name the registry knows: local stations date their own stories too
            # ("NEW YORK (WABC) --" on abc7ny.com).
            if ref.outlet_id:
                found.append((ref, f"dateline ({m.group('wire')})"))
            break
    for byline in article.bylines:
        # "Reuters", "By The Associated Press", "AFP staff", "Jane Doe, Futurism"
        for part in {byline, re.split(r"\s*[,|/]\s*|\s+[-–—]\s+", byline)[-1]}:
            ref = by_name(_BYLINE_NOISE.sub("", _BYLINE_NOISE.sub("", part.strip())), index)
            if ref.outlet_id:  # a person's name is no outlet; only bylines the registry knows
                found.append((ref, f"byline {byline!r}"))
                break
    for text in _visible(tree):
        ref = by_name(text, index)
        if ref.outlet_id:
            found.append((ref, f"provider block {text!r}"))
    if tree is not None:
        for value in meta_sources(tree, elements)[:5]:
            if value.startswith("http"):
                ref = by_url(value, registry)
                found.append((ref, f"syndication meta tag: {value}"))
    canonical = article.canonical_url
    if canonical and url and valid_host(canonical) and not same_site(canonical, url):
        ref = by_url(canonical, registry)
        # Only an outlet the registry knows makes a canonical a sign of syndication; any other
        # host (a regional edition, a staging server) is the canonical warning alone.
        if ref.outlet_id:
            found.append((ref, f"canonical URL on another site: {canonical}"))

    others = [
        (ref, why)
        for ref, why in found
        if not _same_outlet(ref, host) and not _names_host(ref, host, article)
    ]
    if not others:
        return None
    identified = [ref for ref, _ in others if ref.outlet_id]
    original = identified[0] if identified else others[0][0]
    return Syndication(host=host, original=original, evidence=[why for _, why in others])


def _squash(text: str | None) -> str:
    return re.sub(r"\W+", "", (text or "").casefold())


def _names_host(ref: OutletRef, host: OutletRef, article: Article) -> bool:
    """An unidentified name that is the host's own ("(HawaiiNewsNow) -" on hawaiinewsnow.com)."""
    if ref.outlet_id or ref.domain:
        return False
    name = _squash(ref.name)
    return bool(name) and any(
        name in _squash(x) or _squash(x) in name
        for x in (host.domain, article.site_name, article.publisher)
        if x and len(_squash(x)) >= 3
    )


def _same_outlet(a: OutletRef, b: OutletRef) -> bool:
    if a.outlet_id or b.outlet_id:
        return a.outlet_id == b.outlet_id
    return bool(a.domain and a.domain == b.domain) or a.name.casefold() == b.name.casefold()
