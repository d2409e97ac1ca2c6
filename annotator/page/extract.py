"""Extract stage: main text (trafilatura) and the page's own metadata (meta tags, JSON-LD, H1).

The page is parsed once with lxml; trafilatura works on a copy of that same tree and our own
metadata readers query it with XPath, so no stage parses the HTML twice.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

import dateutil.parser
import htmldate
import lxml.html
import trafilatura
from lxml import etree

from ..errors import EmptyPageError, InputFileError
from ..models import Article
from .addresses import joined, page_url_refusal
from .byline import visible_byline

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "report",
    "liveblogposting",
    "webpage",
}
_WS = re.compile(r"\s+")
# Site-name suffixes in <title>/og:title: "Headline | Site", "Headline - Site".
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—]{2,60}$")


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    # JSON-LD and meta values often carry escaped entities ("Maria &amp; Katerina").
    text = _WS.sub(" ", html.unescape(text)).strip()
    return text or None


def iso_date(raw: str | None) -> str | None:
    """A page's date as ISO 8601 where it can be read ("Feb 08, 2022" -> "2022-02-08"), else as
    given. Day-first is assumed only where the month-first reading is impossible (13/11/2025)."""
    if not raw:
        return None
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        with warnings.catch_warnings():  # "EST" and other ambiguous zone names: keep it naive
            warnings.simplefilter("ignore")
            parsed = dateutil.parser.parse(raw, default=_NO_DATE)
    except (ValueError, OverflowError):
        return raw
    if parsed.year == _NO_DATE.year:
        return raw  # no year in the text: do not invent one
    has_time = bool(re.search(r"\d:\d", raw))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


_NO_DATE = dt.datetime(0o1, 1, 1)


def parse_html(html: str | bytes) -> lxml.html.HtmlElement:
    """Parse a page once; raise InputFileError/EmptyPageError on pages lxml cannot use."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    # lxml refuses str input carrying an XML encoding declaration; strip it.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    if not html.strip():
        raise EmptyPageError("the page is empty")
    try:
        # No table of the page's id attributes: nothing here or in trafilatura and htmldate
        # looks elements up by XPath's id(), and building it is ~10% of the parse.
        parser = lxml.html.HTMLParser(collect_ids=False)
        tree = lxml.html.document_fromstring(html, parser=parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            # libxml2 stops at 256 levels and silently drops everything deeper; a page nested
            # deeper than that (by accident or to hide its text) is read with the excess
            # levels' tags removed and their text kept.
            tree = lxml.html.document_fromstring(_flatten(html))
    except (etree.ParserError, ValueError) as exc:
        raise InputFileError(f"the page could not be parsed as HTML: {exc}") from None
    return tree


MAX_DEPTH = 200  # element nesting kept; real pages stay far below (libxml2's own cap is 256)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>")
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})


def _flatten(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` without the start and end tags nested deeper than ``limit`` (one linear scan;
    a tag is replaced by a line break so words on either side stay apart)."""
    out: list[str] = []
    depth = last = 0
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID or m.group().endswith("/>"):
            continue
        if closing:
            drop = depth > limit
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > limit
        if drop:
            out.append(html[last : m.start()])
            out.append("\n")
            last = m.end()
    out.append(html[last:])
    return "".join(out)


# The elements our own metadata readers look at (meta tags, the canonical link, <title>, H1s,
# <time>, JSON-LD scripts), gathered in one walk of the page: a walk for each reader cost about
# five times as much (~1.4 ms a WCXB page).
_OWN_TAGS = ("meta", "link", "title", "h1", "time", "script")
Elements = dict[str, list[lxml.html.HtmlElement]]


def own_elements(tree: lxml.html.HtmlElement) -> Elements:
    """The elements of `_OWN_TAGS` below `tree`, by tag, each list in document order. `tree`
    is the page's root (as `parse_html` returns it), so these are the whole document's."""
    found: Elements = {tag: [] for tag in _OWN_TAGS}
    for el in tree.iter(*_OWN_TAGS):
        if el is not tree:  # descendants only, as the readers' ".//" paths
            found[el.tag].append(el)
    return found


def _meta(metas: list[lxml.html.HtmlElement]) -> dict[str, str]:
    """All <meta> name/property/itemprop -> content (first one wins, keys lowercased)."""
    out: dict[str, str] = {}
    for el in metas:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content")
        if key and content and key.lower() not in out:
            out[key.lower()] = content.strip()
    return out


def jsonld_objects(
    tree: lxml.html.HtmlElement, scripts: list[lxml.html.HtmlElement] | None = None
) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (nested lists and @graph flattened), parsed once: the
    extractor and the provenance stage both read this list. `scripts`: the page's <script>
    elements when the caller already has them (`own_elements`)."""
    if scripts is None:
        scripts = own_elements(tree)["script"]
    return list(_jsonld_objects(scripts))


def _jsonld_objects(scripts: list[lxml.html.HtmlElement]) -> Iterator[dict[str, Any]]:
    for script in scripts:
        if script.get("type") != "application/ld+json":
            continue
        raw = script.text or ""
        try:
            data = json.loads(raw)
        except ValueError:
            continue  # broken JSON-LD is common; ignore it rather than fail the page
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    stack.append(item["@graph"])


def types_of(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type", [])
    return {str(x).lower() for x in (t if isinstance(t, list) else [t])}


def _names(value: Any) -> list[str]:
    """Names from a schema.org Person/Organization, a list of them, or a plain string."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if name else []
    if isinstance(value, str):
        name = _clean(value)
        if name and not name.startswith("http"):
            return [name]
    return []


def article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD object describing the article; prefer news types over WebPage."""
    best: dict[str, Any] = {}
    for obj in objects:
        types = types_of(obj)
        if types & (_ARTICLE_TYPES - {"webpage"}):
            return obj
        if "webpage" in types and not best:
            best = obj
    return best


def _ld_publisher(objects: list[dict[str, Any]], ld: dict[str, Any]) -> str | None:
    names = _names(ld.get("publisher"))
    if names:
        return names[0]
    for obj in objects:
        if types_of(obj) & {"newsmediaorganization", "organization"} and obj.get("name"):
            return _clean(str(obj["name"]))
    return None


def _strip_suffix(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    if site and title.endswith(site):
        return _clean(re.sub(r"[\s|\-–—:]+$", "", title[: -len(site)]))
    return title


def _similar(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    return len(wa & wb) / max(1, len(wa | wb))


def _headline(h1s: list[lxml.html.HtmlElement], hints: list[str]) -> str | None:
    """The visible headline: an H1, preferring one inside <article> or resembling the titles."""
    candidates = []
    for h1 in h1s:
        text = _clean(h1.text_content())
        if text and len(text) > 3:
            candidates.append((h1, text))
    if not candidates:
        return None

    def score(item: tuple[Any, str]) -> float:
        el, text = item
        s = max((_similar(text, h) for h in hints if h), default=0.0)
        if _in_article(el) or el.get("itemprop") == "headline":
            s += 0.5
        return s

    return max(candidates, key=score)[1]


def _body_paragraphs(text: str | None) -> str:
    """The extracted lines, each `_clean`ed, the empty ones dropped. Splitting at whitespace
    and joining with one space is `_clean`'s collapse and strip (re's \\s and str.split() are
    the same set of characters), at a third of the cost on a body's many lines."""
    if not text:
        return ""
    paras = (" ".join(html.unescape(p).split()) for p in text.split("\n"))
    return "\n\n".join(p for p in paras if p)


def extract(
    page: str | bytes | lxml.html.HtmlElement,
    url: str | None = None,
    ld_objects: list[dict[str, Any]] | None = None,
    elements: Elements | None = None,
) -> Article:
    """Main text and metadata of an HTML page, as an Article. `ld_objects`: the page's JSON-LD
    when the caller already parsed it (`jsonld_objects`); `elements`: `own_elements(tree)`."""
    tree = page if isinstance(page, lxml.html.HtmlElement) else parse_html(page)
    if elements is None:
        elements = own_elements(tree)
    meta = _meta(elements["meta"])
    if ld_objects is None:
        ld_objects = jsonld_objects(tree, elements["script"])  # parsed once, read twice
    ld = article_object(ld_objects)
    titles = elements["title"]
    title_tag = _clean(titles[0].text) if titles else None
    og_title = _clean(meta.get("og:title") or meta.get("twitter:title"))
    site_name = _clean(meta.get("og:site_name") or meta.get("application-name"))
    ld_headline = _clean(ld.get("headline")) if isinstance(ld.get("headline"), str) else None

    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        favor_precision=False,
    )
    body = _body_paragraphs(getattr(doc, "text", None) if doc is not None else None)

    headline = (
        _headline(elements["h1"], [og_title or "", ld_headline or "", title_tag or ""])
        or ld_headline
        or _strip_suffix(og_title, site_name)
        or _strip_suffix(title_tag, site_name)
    )
    if not headline and not body:
        raise EmptyPageError("the page holds no headline and no article text")
    # trafilatura often keeps the H1 as the first line; the headline is its own field.
    first, _, rest = body.partition("\n\n")
    if headline and first in {headline, og_title, ld_headline, title_tag}:
        body = rest

    canonical = next(
        (link.get("href").strip() for link in elements["link"]
         if link.get("rel") == "canonical" and link.get("href") is not None),
        None,
    )
    main_entity = ld.get("mainEntityOfPage")
    if isinstance(main_entity, dict):
        main_entity = main_entity.get("@id") or main_entity.get("url")
    og_url = _clean(meta.get("og:url"))
    canonical = (
        _absolute(canonical, url or og_url)
        or _absolute(og_url, url)
        or (
            main_entity if isinstance(main_entity, str) and main_entity.startswith("http") else None
        )
    )

    bylines = _names(ld.get("author")) or _names(
        meta.get("author")
        or meta.get("article:author")
        or meta.get("byl")
        or meta.get("sailthru.author")
        or meta.get("parsely-author")
        or meta.get("dc.creator")
    )
    if not bylines:
        # No structured byline: trafilatura's byline heuristics on the visible page.
        bylines = [b.strip() for b in (visible_byline(tree) or "").split(";") if b.strip()]
    bylines = [re.sub(r"^(?i:by)\s+", "", b) for b in dict.fromkeys(bylines)]

    published = _clean(
        _str(ld.get("datePublished"))
        or meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("pubdate")
        or meta.get("publish-date")
        or meta.get("date")
        or meta.get("dc.date")
        or meta.get("dc.date.issued")
        or _time_datetime(elements["time"])
    )
    # htmldate (trafilatura's own date finder: structured fields, the URL, the visible page)
    # asked for the original publication date wins over the first structured field we read:
    # that field is sometimes a related story's <time> or a re-publication date. On WCXB dev
    # this took dates from 0.804 to trafilatura's level; our field keeps its time of day when
    # both agree on the day, and stands in when htmldate finds nothing.
    # The quick search first; the full one (15 ms a page) only when it finds nothing: on WCXB
    # the two score alike at a quarter of the cost.
    found = htmldate.find_date(
        tree, extensive_search=False, original_date=True, url=url, outputformat="%Y-%m-%d"
    ) or htmldate.find_date(
        tree, extensive_search=True, original_date=True, url=url, outputformat="%Y-%m-%d"
    )
    if found and (iso_date(published) or "")[:10] != found:
        published = found
    published = iso_date(published)
    modified = _clean(
        _str(ld.get("dateModified"))
        or meta.get("article:modified_time")
        or meta.get("og:updated_time")
        or meta.get("datemodified")
    )
    modified = iso_date(modified)
    language = _clean(tree.get("lang") or meta.get("content-language") or meta.get("og:locale"))
    if language:
        language = language.replace("_", "-").split("-")[0].lower()

    return Article(
        headline=headline or "",
        title_tag=title_tag if title_tag and title_tag != headline else None,
        og_title=og_title if og_title and og_title != headline else None,
        bylines=bylines,
        published=published,
        modified=modified,
        canonical_url=canonical,
        site_name=site_name,
        publisher=_ld_publisher(ld_objects, ld),
        language=language,
        description=_clean(meta.get("description") or meta.get("og:description")),
        page_types=_page_types(ld_objects, meta),
        section=_clean(_str(ld.get("articleSection")) or meta.get("article:section")),
        body=body,
    )


def _page_types(ld_objects: list[dict[str, Any]], meta: dict[str, str]) -> list[str]:
    """What the page says it is: JSON-LD @type values and og:type, as the page spells them."""
    seen: dict[str, None] = {}
    for obj in ld_objects:
        t = obj.get("@type", [])
        for x in t if isinstance(t, list) else [t]:
            if isinstance(x, str) and x:
                seen[x] = None
    if meta.get("og:type"):
        seen["og:" + meta["og:type"]] = None
    return list(seen)


def _absolute(link: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL for a page's own link, resolved against where it was read;
    a relative link with nothing to resolve it against is no address at all."""
    if not link:
        return None
    resolved = joined(base, link) if base else link
    # the page's own address must be one the rest of the pipeline can parse ("http://[::1")
    return resolved if resolved and page_url_refusal(resolved) is None else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _time_datetime(times: list[lxml.html.HtmlElement]) -> str | None:
    """The first <time datetime> inside an <article> or marked pubdate, in document order."""
    for el in times:
        value = el.get("datetime")
        if value is not None and (el.get("pubdate") is not None or _in_article(el)):
            return value
    return None


def _in_article(el: lxml.html.HtmlElement) -> bool:
    return next(el.iterancestors("article"), None) is not None


# Text copied from a web page often opens with the page's chrome above the headline: a
# breadcrumb or section ("IranMiddle East", "Politics"), a byline. Such a line is short and
# unpunctuated, and the line under it reads as a headline: several times longer, no full stop,
# not an interview's "DB: John, ...".
_LABEL_WORDS = 4
_LABEL_END = re.compile(r"[.!?:;,\"\u201d'\u2019)]$")
_HEADLINE_WORDS = (6, 40)
_TRANSCRIPT_TURN = re.compile(r"^[A-Z]{1,4}:\s")
_BYLINE = re.compile(r"^by\s+(\S.*)$", re.I)


def _is_label_above_headline(first: str, second: str) -> bool:
    n_first, n_second = len(first.split()), len(second.split())
    return (
        n_first <= _LABEL_WORDS
        and not _LABEL_END.search(first)
        and _HEADLINE_WORDS[0] <= n_second <= _HEADLINE_WORDS[1]
        and n_second >= 2 * n_first
        and not second.endswith(".")
        and not _TRANSCRIPT_TURN.match(second)
    )


def headline_line(lines: list[str]) -> tuple[int | None, int | None]:
    """Of a plain text's lines, the index of a label line above the headline (or None) and of
    the headline (None when every line is blank)."""
    filled = (i for i, line in enumerate(lines) if line.strip())
    first, second, third = (next(filled, None) for _ in range(3))
    if first is None:
        return None, None
    if (
        second is not None
        and third is not None
        and _is_label_above_headline(_clean(lines[first]) or "", _clean(lines[second]) or "")
    ):
        return first, second
    return None, first


def extract_text(text: str) -> Article:
    """Plain text: the first non-empty line is the headline, the rest is the body; a short
    label line above a headline-like line (with a body below) is the page's section or byline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    label_at, first = headline_line(lines)
    if first is None:
        raise EmptyPageError("the text is empty")
    label = _clean(lines[label_at]) if label_at is not None else None
    headline = _clean(lines[first]) or ""
    rest = "\n".join(lines[first + 1 :])
    # Blank lines separate paragraphs; text without blank lines has one paragraph a line.
    blocks = re.split(r"\n\s*\n", rest) if re.search(r"\n\s*\n", rest) else rest.split("\n")
    body = "\n\n".join(p for p in (_clean(b) for b in blocks) if p)
    byline = _BYLINE.match(label) if label else None
    return Article(
        headline=headline,
        body=body,
        section=None if byline else label,
        bylines=[byline.group(1)] if byline else [],
    )
