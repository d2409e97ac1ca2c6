"""Cited sources: every outbound link in the article body, and every outlet the text names as
its source ("according to Tasnim news agency", "told Press TV", "IRNA reported", "به گزارش
تسنیم"), identified against the registry by address or by name in any language.

A link counts as in the body when its paragraph is one of the extracted body's paragraphs
(navigation, footers and share buttons are not). A name counts as a cited source only with an
attribution cue beside it, so "Fars province" or "an RT crew was attacked" is not a citation.
"""

from __future__ import annotations

import re

import ahocorasick
import lxml.html
from lxml import etree

from ..models import Article, CitedSource, OutletRef
from ..page.addresses import joined
from ..sources.names import NameIndex
from ..sources.registry import Registry, host_of, registrable_domain
from ..sources.social import account, hosted_platform
from ..sources.wrappers import may_wrap, unwrap
from .refs import by_url, profile_line

MAX_LINKS = 60
# Most common first: libxml2 stops at the first test that holds, and most links stand in a
# paragraph or a list item, or in a menu, a header or a footer (~15% faster than A to Z).
_BLOCKS = ("p", "li", "td", "blockquote", "h2", "h3", "h4", "dd")
_OUTSIDE = ("nav", "header", "footer", "aside", "form", "figcaption", "button")


def _either(axis: str, tags: tuple[str, ...]) -> str:
    return " or ".join(f"{axis}::{t}" for t in tags)


# The links in a block (the nearest block ancestor is the link's paragraph) and under none of
# the elements outside the article's text.
_IN_BLOCKS = etree.XPath(
    f"//a[@href][not({_either('ancestor', _OUTSIDE)})][{_either('ancestor', _BLOCKS)}]"
)
_NEAREST_BLOCK = etree.XPath(f"ancestor::*[{_either('self', _BLOCKS)}][1]")
_WS = re.compile(r"\s+")

# Words before a name: "according to (Iran's semi-official) Tasnim", "told Press TV",
# "به گزارش تسنیم" (as reported by), "نقلا عن" (quoting), "بحسب" (according to).
_BEFORE = re.compile(
    r"(?:according to|told|cited by|quoted by|citing|quoting|reported by|speaking to|speaking "
    r"with|interview with|in remarks to|published by|broadcast by|aired by|carried by|a report "
    r"by|report from|in a statement to|wrote in|writing in|said in|said on|via|"
    r"به گزارش|به نقل از|نقلا عن|نقلاً عن|وفقا ل|وفقاً ل|بحسب|حسب|ذكرت|أفادت|قالت)"
    r"\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}(?:(?:the|a|an)\s+)?$",
    re.I,
)
# Words after a name: "IRNA reported", "Tasnim news agency said", "Al-Manar, the Hezbollah-run
# channel, said", "the BBC's report".
_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:\([^)]{1,24}\)\s*)?(?:,\s*[^,.;]{1,60},\s*)?"
    r"(?:(?:news agency|agency|channel|tv|television|newspaper|daily|website|network)\s+)?"
    r"(?:reported|reports|said|says|quoted|quotes|cited|published|broadcast|aired|wrote|announced"
    r"|claimed|carried|ran|posted|tweeted|showed)\b"
    r"|^(?:'s|’s)\s+(?:report|reporting|website|correspondent|interview|broadcast|footage)",
    re.I,
)


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _automaton(index: NameIndex) -> ahocorasick.Automaton:
    cached = index.__dict__.get("_automaton")
    if cached is None:
        cached = ahocorasick.Automaton()
        for form, oid in index.surface.items():
            cached.add_word(form.lower(), (form, oid))
        cached.make_automaton()
        index.__dict__["_automaton"] = cached
    return cached


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or before in "-_" or after == "-")


def named(article: Article, index: NameIndex, skip: str | None) -> list[CitedSource]:
    """Outlets the body names as a source, first mention of each; `skip`: the page's outlet."""
    if not index.surface:
        return []
    auto = _automaton(index)
    out: list[CitedSource] = []
    seen = {skip} if skip else set()
    for pi, para in enumerate(article.paragraphs):
        low = para.lower()
        if len(low) != len(para):  # case-folding changed offsets (rare letters): exact case
            low = para
        hits: dict[int, tuple[int, str, str]] = {}
        for end, (form, oid) in auto.iter(low):
            start = end - len(form) + 1
            if len(form) <= 4 and para[start : end + 1] != form:
                continue  # short forms (AP, RT, IRNA, dpa) only as written
            if form[0].isupper() and not para[start].isupper():
                continue  # a name, not the word: "an independent study", "the UTF-8 standard"
            if not _bounded(para, start, end + 1):
                continue
            if start not in hits or hits[start][0] < end:
                hits[start] = (end, form, oid)
        last_end = -1
        for start in sorted(hits):
            end, form, oid = hits[start]
            if start <= last_end:
                continue  # inside a longer name already taken
            last_end = end
            if oid in seen:
                continue
            before, after = para[max(0, start - 60) : start], para[end + 1 : end + 90]
            if not (_BEFORE.search(before) or _AFTER.match(after)):
                continue
            seen.add(oid)
            outlet = index.outlets[oid]
            phrase = _clean(para[max(0, start - 40) : min(len(para), end + 40)])
            ref = OutletRef(name=outlet.name, outlet_id=oid, how=f"name {form!r}",
                            profile=profile_line(outlet))
            out.append(CitedSource(source=ref, kind="named", text=phrase, paragraph=pi))
    return out


def linked(
    article: Article,
    tree: lxml.html.HtmlElement | None,
    registry: Registry,
    *,
    url: str | None,
    skip: str | None,
) -> list[CitedSource]:
    """Outbound links inside the body's paragraphs, each identified by its address."""
    if tree is None or not article.body:
        return []
    paragraphs = article.paragraphs
    out: list[CitedSource] = []
    seen: set[str] = set()
    blocks: dict[lxml.html.HtmlElement, int | None] = {}  # a block's paragraph, this page only
    # The page's own site, found once: a page has hundreds of links, most of them its own.
    own = host_of(url) if url else None
    own_site = registrable_domain(own) if own else None
    # Own-site links are told from the href alone where that is certain (`_own_link`).
    quick = bool(own_site) and url is not None and url.startswith(("http://", "https://")) and (
        not may_wrap(url)
    )
    # Only links inside a block and outside menus, footers and the like (most of a page's
    # links are not): libxml2 finds them without a Python call per link or per ancestor.
    for a in _IN_BLOCKS(tree):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        if quick and _own_link(href, own_site):
            continue  # what the resolved address below would show, without resolving it
        target = href if not url or _as_written(href) else joined(url, href)
        if not target or not target.startswith(("http://", "https://")) or target in seen:
            continue
        host = host_of(target) or ""
        if own_site and host and registrable_domain(host) == own_site and not unwrap(target):
            continue  # the site's own pages (refs.same_site, the page's side computed once)
        block = _NEAREST_BLOCK(a)[0]  # only now: most links are the site's own, skipped above
        if block not in blocks:  # a list or a paragraph of links: its text is read once
            blocks[block] = _paragraph_of(_clean(block.text_content()), paragraphs)
        para = blocks[block]
        if para is None:
            continue
        if hosted_platform(host) and not account(target) and not unwrap(target):
            continue  # share buttons and platform pages, not a source
        seen.add(target)
        ref = by_url(target, registry, _clean(a.text_content()) or None)
        if skip and ref.outlet_id == skip:
            continue
        out.append(CitedSource(source=ref, kind="link", text=_clean(a.text_content())[:120] or
                               target, paragraph=para))
        if len(out) >= MAX_LINKS:
            break
    return out


def _own_link(href: str, own_site: str | None) -> bool:
    """Whether a link (stripped, read on a page at an http(s) address of site `own_site` that
    holds no wrapper's marker) surely resolves to a page of that site that is no wrapper
    address: the test the loop in `linked` makes on the resolved address, decided without
    `urljoin` and `urlsplit` where the href settles it. False when unsure (the slow path then
    decides). Sure means: no tab or line break (urlsplit drops them: "/", a tab and "/"
    would become "//"), no wrapper's marker in the href (the resolved address holds only the
    page's scheme and host and the href's characters, joined at "/", "?" or "#", which no
    marker holds), and either a path from the root ("/a", the page's own host) or an http(s)
    address whose host is plain ASCII with no user, bracket or zone, the host urlsplit reads."""
    if "\t" in href or "\r" in href or "\n" in href or may_wrap(href):
        return False
    if href.startswith("/"):
        return not href.startswith("//")
    if href.startswith("https://"):
        rest = href[8:]
    elif href.startswith("http://"):
        rest = href[7:]
    else:
        return False
    netloc = _NETLOC_END.split(rest, maxsplit=1)[0]  # as urlsplit ends it
    if not netloc.isascii() or "@" in netloc or "[" in netloc or "]" in netloc or (
        "%" in netloc
    ):
        return False
    host = netloc.partition(":")[0].lower().rstrip(".")
    return bool(host) and registrable_domain(host) == own_site


_NETLOC_END = re.compile(r"[/?#]")


def _as_written(href: str) -> bool:
    """Whether `urljoin(page, href)` is `href` itself, whatever the page's address: an http(s)
    address urllib splits and joins back unchanged (a third of a page's outbound links went
    through urllib to come back as written). Sure means: no tab or line break (dropped), no
    ";" (path parameters, an empty one dropped), no bracket (an IPv6 host, or an error), a
    plain ASCII host, and no "?" or "#" with nothing after it (dropped)."""
    if not href.startswith(("http://", "https://")) or any(c in href for c in "\t\r\n;[]"):
        return False
    netloc = _NETLOC_END.split(href.partition("//")[2], maxsplit=1)[0]
    if not netloc or not netloc.isascii():
        return False
    before, hashed, fragment = href.partition("#")
    _, asked, query = before.partition("?")
    return not (hashed and not fragment) and not (asked and not query)


def _paragraph_of(text: str, paragraphs: list[str]) -> int | None:
    """Which body paragraph a block's text is (its opening words suffice: the extractor may
    have trimmed or joined text)."""
    probe = text[:80]
    if len(probe) < 20:
        return None
    for i, para in enumerate(paragraphs):
        if probe in para or (len(para) >= 20 and para[:80] in text):
            return i
    return None
