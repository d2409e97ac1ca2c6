"""Unwrap archive, cache and AMP-viewer addresses to the original article URL.

A page read at web.archive.org or an AMP cache was published by the original site; the outlet
is identified from the original, and the report shows both addresses. Link shorteners need no
rule here: the fetch follows their redirects and the final URL is the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote, urlsplit

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

# /web/20200721123456/..., /web/20200721123456id_/..., /web/2020*/..., /web/*/...
_WAYBACK_PATH = re.compile(r"^/(?:web|save)/(?:[0-9]{0,14}\*?[a-z_]{0,4}/)?(?P<url>.+)$")
_WAYBACK_TS = re.compile(r"^/web/(?P<ts>[0-9]{8,14})(?:[a-z]{2}_)?/")
# /2020.07.21-123456/URL, /newest/URL, /oldest/URL, /o/ID/URL, /URL
_ARCHIVE_TODAY_PATH = re.compile(
    r"^/(?:(?:[0-9]{4}\.[0-9]{2}\.[0-9]{2}-[0-9]{6}|newest|oldest|timegate|o/[A-Za-z0-9]+)/)?"
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
    via: Literal["wayback", "archive.today", "amp-cache", "amp-viewer"]


def _with_scheme(url: str, https: bool = True) -> str:
    url = re.sub(r"^(https?):/+", r"\1://", url)  # archives collapse "//" to "/"
    if not re.match(r"^https?://", url):
        url = ("https://" if https else "http://") + url.lstrip("/")
    return url


def _rest_with_query(parts: object, rest: str) -> str:
    query = getattr(parts, "query", "")
    return rest + ("?" + query if query else "")


def unwrap(url: str) -> Unwrapped | None:
    """The original URL behind an archive/cache/AMP-viewer address, or None for any other URL."""
    low = url.lower()
    if "archive." not in low and "amp" not in low:
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
