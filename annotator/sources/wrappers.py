"""Unwrap archive, cache, proxy and redirector addresses to the original article URL, offline.

A page read at web.archive.org, an AMP cache, a Google Translate proxy or through a Facebook
link shim was published by the original site; the outlet is identified from the original, and
the report shows both addresses. Every rule reads the original out of the address itself, so
nothing is fetched. Link shorteners need no rule here: the fetch follows their redirects and the
final URL is the original.

    >>> unwrap("https://www-rt-com.translate.goog/news/1/?_x_tr_sl=en&_x_tr_tl=fr").original
    'https://www.rt.com/news/1/'
    >>> unwrap("https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.presstv.ir%2FDetail%2F1").via
    'facebook-shim'
    >>> unwrap("https://www.presstv.ir/Detail/1") is None
    True
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from ..models import UnwrapVia as Via
from ..page.addresses import page_url_refusal

WAYBACK_HOSTS = {"web.archive.org", "wayback.archive.org", "web-beta.archive.org", "archive.org"}
ARCHIVE_TODAY_HOSTS = {
    "archive.today",
    "archive.ph",
    "archive.is",
    "archive.li",
    "archive.vn",
    "archive.fo",
    "archive.md",
}
AMP_VIEWER_HOSTS = {"google.com", "bing.com"}  # google.com/amp/s/..., bing.com/amp/s/...

# /web/20200721123456/..., /web/20200721123456id_/..., /web/2020*/..., /web/*/..., /wait/...
_WAYBACK_PATH = re.compile(r"^/(?:web|save|wait)/(?:[0-9]{0,14}\*?[a-z_]{0,4}/)?(?P<url>.+)$")
_WAYBACK_TS = re.compile(r"^/web/(?P<ts>[0-9]{8,14})(?:[a-z]{2}_)?/")
# /2020.07.21-123456/URL, /20200721123456/URL, /newest/URL, /oldest/URL, /o/ID/URL, /URL
_ARCHIVE_TODAY_PATH = re.compile(
    r"^/(?:(?:[0-9]{4}\.[0-9]{2}\.[0-9]{2}-[0-9]{6}|[0-9]{4,14}\*?|newest|oldest|timegate"
    r"|o/[A-Za-z0-9]+)/)?"
    r"(?P<url>(?:https?:/+|www\.)[^ ]+|[a-z0-9.-]+\.[a-z]{2,}/.*)$"
)
# AMP cache: /c/s/host/path (s = https), /v/s/..., /i/s/..., /wp/s/..., /c/host/path (http)
_AMP_CACHE_PATH = re.compile(r"^/(?:c|v|i|wp|r|a)/(?P<s>s/)?(?P<rest>.+)$")
_AMP_VIEWER_PATH = re.compile(r"^/amp/(?P<s>s/)?(?P<rest>.+)$")


def _is_google(host: str) -> bool:
    """google.com, google.co.uk, ...: Google's own registrable domain, not google.evil.example."""
    from .registry import registrable_domain  # the registry never imports this module back

    return host.startswith("google.") and registrable_domain(host) == host


@dataclass(frozen=True)
class Unwrapped:
    original: str  # the original article's URL
    via: Via


# Query parameters a redirector names its target with (google.com/url?q=, l.php?u=, ...).
_TARGET_PARAMS = (
    "url", "u", "q", "target", "dest", "destination", "redirect", "redirect_url", "to", "link",
    "goto", "out", "href", "r",
)
_FACEBOOK_SHIMS = {"l.facebook.com", "lm.facebook.com", "l.messenger.com", "l.instagram.com"}
_GOOGLE_CACHE = {"webcache.googleusercontent.com"}
_TRANSLATE_SUFFIX = ".translate.goog"
# Cheap tests that let the common case skip parsing: any wrapper's address contains one.
_MARKERS = ("archive.", "amp", "translate.goog", "googleusercontent", "facebook.com",
            "messenger.com", "instagram.com", "news.google", "=http", "%3a%2f%2f")


def _with_scheme(url: str, https: bool = True) -> str:
    url = re.sub(r"^(https?):/+", r"\1://", url)  # archives collapse "//" to "/"
    if not re.match(r"^https?://", url):
        url = ("https://" if https else "http://") + url.lstrip("/")
    return url


def _rest_with_query(parts: object, rest: str) -> str:
    query = getattr(parts, "query", "")
    return rest + ("?" + query if query else "")


def unwrap(url: str) -> Unwrapped | None:
    """The original URL behind a wrapper address, or None for any other URL. A wrapper inside
    a wrapper (a Facebook shim to an archive snapshot) is unwrapped to the end; `via` names the
    outer one, the address the reader was given."""
    # what a wrapper holds may be anything ("web.archive.org/web/2020/http://[bad"), and the
    # article's address must parse: the page's own rule for an address
    found = _unwrap_once(url)
    if found is None or page_url_refusal(found.original) is not None:
        return None
    for _ in range(3):
        inner = _unwrap_once(found.original)
        if inner is None or page_url_refusal(inner.original) is not None:
            break
        found = Unwrapped(inner.original, found.via)
    return found


def may_wrap(text: str) -> bool:
    """Whether `text` holds a wrapper's marker; an address without one is no wrapper's
    (`unwrap` returns None for it, without parsing it)."""
    low = text.lower()
    return any(m in low for m in _MARKERS)


def _unwrap_once(url: str) -> Unwrapped | None:
    if not may_wrap(url):
        return None  # the common case, decided without parsing
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    bare = host.removeprefix("www.")
    path = parts.path

    if host in WAYBACK_HOSTS:
        m = _WAYBACK_PATH.match(path)
        if m:
            return Unwrapped(
                _with_scheme(_rest_with_query(parts, m.group("url")), False), "wayback"
            )
    if bare in ARCHIVE_TODAY_HOSTS:
        m = _ARCHIVE_TODAY_PATH.match(unquote(path))
        if m:
            return Unwrapped(_with_scheme(_rest_with_query(parts, m.group("url"))), "archive.today")
    if host.endswith(".cdn.ampproject.org") or host.endswith(".amp.cloudflare.com"):
        m = _AMP_CACHE_PATH.match(path)
        if m:
            rest = _rest_with_query(parts, m.group("rest"))
            return Unwrapped(_with_scheme(rest, https=bool(m.group("s"))), "amp-cache")
    if bare in AMP_VIEWER_HOSTS or _is_google(bare):
        m = _AMP_VIEWER_PATH.match(path)
        if m:
            rest = _rest_with_query(parts, m.group("rest"))
            return Unwrapped(_with_scheme(rest, https=bool(m.group("s"))), "amp-viewer")
    if host.endswith(_TRANSLATE_SUFFIX):
        return _translate_proxy(host, parts.path, parts.query)
    if host in _GOOGLE_CACHE:
        q = dict(parse_qsl(parts.query)).get("q", "").strip()
        m = re.match(r"^cache:(?:[A-Za-z0-9_-]{6,16}:)?(?P<url>\S+)", q)
        if m:
            return Unwrapped(_with_scheme(m.group("url")), "google-cache")
    if host == "news.google.com":
        original = _google_news(path)
        return Unwrapped(original, "google-news") if original else None
    target = _query_target(parts.query, host)
    if target:
        return Unwrapped(target, "facebook-shim" if host in _FACEBOOK_SHIMS else "redirector")
    return None


def _translate_proxy(host: str, path: str, query: str) -> Unwrapped | None:
    """www-rt-com.translate.goog -> www.rt.com: Google writes "." as "-" and "-" as "--"."""
    label = host[: -len(_TRANSLATE_SUFFIX)]
    if not label or "." in label:
        return None
    original_host = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    params = parse_qsl(query, keep_blank_values=True)
    kept = [(k, v) for k, v in params if not k.startswith("_x_tr_")]  # the proxy's own
    rebuilt = f"https://{original_host}{path or '/'}"
    return Unwrapped(rebuilt + (f"?{urlencode(kept)}" if kept else ""), "translate-proxy")


_GNEWS_ID = re.compile(r"^/(?:rss/)?(?:articles|read)/(?P<id>[A-Za-z0-9_-]{20,})")
_EMBEDDED_URL = re.compile(rb"https?://[\x21-\x7e]+")


def _google_news(path: str) -> str | None:
    """An older news.google.com article id is base64 of a record holding the original URL;
    newer ids (decoding to "AU_yqL...") hold only a token and need Google's server: None."""
    m = _GNEWS_ID.match(path)
    if not m:
        return None
    ident = m.group("id")
    try:
        raw = base64.urlsafe_b64decode(ident + "=" * (-len(ident) % 4))
    except (binascii.Error, ValueError):
        return None
    found = _EMBEDDED_URL.search(raw)
    return found.group(0).decode("ascii") if found else None


def _query_target(query: str, host: str) -> str | None:
    """A redirector's target: a query parameter holding an absolute URL on another host."""
    if not query:
        return None
    params = dict(parse_qsl(query))
    for name in _TARGET_PARAMS:
        value = params.get(name, "").strip()
        if not re.match(r"^https?://", value, re.I):
            continue
        try:
            target_host = (urlsplit(value).hostname or "").lower()
        except ValueError:
            continue
        if target_host and target_host != host:
            return value
    return None


def fetchable(url: str) -> str:
    """The address to fetch for a URL: a Wayback snapshot is read raw (`id_`), without the
    archive's toolbar markup, so the extractor sees the page as it was published."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return url  # malformed: the fetch refuses it with a proper error
    if host in WAYBACK_HOSTS:
        m = _WAYBACK_TS.match(parts.path)
        if m:
            new_path = f"/web/{m.group('ts')}id_/" + parts.path[m.end() :]
            return parts._replace(path=new_path).geturl()
    return url
