"""The visible byline, for pages without a structured one: trafilatura's byline search (its
XPaths, in a faster form, and its name clean-up) on our tree."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from trafilatura.metadata import normalize_authors

# trafilatura's AUTHOR_DISCARD_XPATHS as a per-element test, so that only the few byline
# candidates and their ancestors are checked instead of every element of the page.
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(
    r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    r"article-(?:share|support)|print|category|meta-date|meta-reviewer"
)


def _discarded(el: lxml.html.HtmlElement) -> bool:
    tag = el.tag
    if tag in ("time", "figure"):
        return True
    if tag not in ("a", "div", "section", "span"):
        return False
    ident, cls = el.get("id") or "", el.get("class") or ""
    return (
        ident == "comments"
        or cls in ("comments", "title", "date")
        or bool(_DISCARD_ID.search(ident))
        or bool(_DISCARD_CLASS.search(cls))
        or "Figure" in (el.get("data-component") or "")
    )


def _on(tags: str) -> str:
    return "/parent::*[" + " or ".join(f"self::{t}" for t in tags.split()) + "]"


def _any(tests: list[str]) -> str:
    return "[" + " or ".join(tests) + "]"


# trafilatura's first two AUTHOR_XPATHS (tests/test_fast_paths.py checks that they find the
# same elements in the same order), written attribute first: libxml2 then tests only the
# elements that carry each attribute, and its regular-expression tests (a call back into Python
# for every element with a class or an id) become the `contains()` tests they spell out. About
# 2x faster on the ScrapingHub and WCXB pages.
# The third, broadest tier costs ~6 ms a page for 1 point of author accuracy on WCXB
# (0.680 -> 0.691, bench/bench_metadata.py): not worth it on every page.
_T1 = _on("a address div link p span strong")
_T2 = _on("a div h3 h4 p span")
_CLASS1 = ["authorname", "author-name", "AuthorName", "authorName"]
_ID2 = ["author", "zuozhe", "bianji", "xiaobian"]
_CLASS2 = [*_ID2, "channel-name", "submitted-by", "posted-by", "journalist-name"]
_BYLINE_XPATHS = [
    etree.XPath(" | ".join([
        "//@class" + _any([".='author'", *(f"contains(., '{c}')" for c in _CLASS1)]) + _T1,
        "//@rel[.='author']" + _T1,
        "//@id[.='author']" + _T1,
        "//@itemprop[.='author name']" + _T1,
        "//@data-testid[.='AuthorCard' or .='AuthorURL']" + _T1,
        "//rel[.='me']" + _T1,
        "//author",
    ])),
    etree.XPath(" | ".join([
        "//@class" + _any([*(f".='{c}'" for c in ("byline", "username", "byl", "BBL")),
                           *(f"contains(., '{c}')" for c in _CLASS2)]) + _T2,
        "//@itemprop[contains(., 'author')]" + _T2,
        "//@id" + _any([f"contains(., '{c}')" for c in _ID2]) + _T2,
    ])),
]


# What an attribute value must hold or be for each XPath above to find anything (whatever the
# attribute and the element: a looser test than the XPath's). Half the pages are searched and
# most hold no such value: their attribute values, read once as plain strings, spare them the
# XPaths' string tests on every class and id (~4 ms a page; trafilatura's copy and tests cost
# the same whatever the outcome).
_HOLDS = [_CLASS1, _CLASS2]
_IS = [{"author", "author name", "AuthorCard", "AuthorURL"}, {"byline", "username", "byl", "BBL"}]
_ATTR_VALUES = etree.XPath(
    "//@class | //@id | //@itemprop | //@rel | //@data-testid", smart_strings=False
)
# The element tests of the first XPath (`//rel`, `//author`), which no attribute value decides.
_ELEMENT_TESTS = ("rel", "author")


def _may_find(tree: lxml.html.HtmlElement) -> list[bool]:
    """For each of `_BYLINE_XPATHS`, False where it surely finds nothing on this page."""
    values = _ATTR_VALUES(tree)
    joined, present = "\n".join(values), set(values)  # no tested word holds a line break
    may = [bool(_IS[i] & present) or any(w in joined for w in _HOLDS[i]) for i in range(2)]
    may[0] = may[0] or next(tree.iter(*_ELEMENT_TESTS), None) is not None
    return may


def visible_byline(tree: lxml.html.HtmlElement) -> str | None:
    """trafilatura's byline search on our tree without the deep copy its extract_author()
    makes: candidates inside discarded regions (comments, sidebars, quotes, figures) are
    skipped by checking their ancestors."""
    for xpath, may in zip(_BYLINE_XPATHS, _may_find(tree), strict=True):
        if not may:
            continue
        for el in xpath(tree):
            if _discarded(el) or any(_discarded(a) for a in el.iterancestors()):
                continue
            content = " ".join(" ".join(el.itertext()).split())
            if 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None
