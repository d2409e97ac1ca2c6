"""`annotate()`: the one pipeline behind the CLI, the HTTP server and batch runs.

fetch -> extract -> identify outlet -> flag framing -> (provenance lives in the outlet match)
-> a `Report` that every renderer reads.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import re
import sys
from pathlib import Path
from typing import Literal

from . import __version__
from .errors import EmptyPageError, InputFileError, UsageError
from .extract import extract, extract_text, parse_html
from .fetch import FetchPolicy, decode_html, fetch
from .framing import count_voices, flag
from .lexicon import Lexicon, default_lexicon
from .models import FetchInfo, Report, SourceInfo
from .registry import Registry, default_registry
from .unwrap import fetchable, unwrap

MAX_INPUT_BYTES = 10_000_000
SAMPLE_NAME = "almanar-khamenei-kadhimi.html"


def sample_path() -> Path:
    """The bundled sample page (an Al-Manar English article in a CMS template of our own)."""
    return Path(str(importlib.resources.files("annotator") / "data" / "sample" / SAMPLE_NAME))


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


_HTML_TAG = re.compile(rb"<(?:!doctype html|html|\?xml|head|body|article|main|div|p|h1|section)\b")


def _looks_like_html(data: bytes, name: str = "") -> bool:
    """A saved page, or a fragment of one, rather than plain text."""
    if name.lower().endswith((".html", ".htm", ".xhtml", ".shtml")):
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and bool(_HTML_TAG.search(head))


def _check_binary(data: bytes, where: str) -> None:
    if b"\x00" in data[:4096]:
        raise InputFileError(f"{where}: binary file, not an article (HTML or text)")


def read_local(source: str) -> tuple[bytes, str]:
    """Bytes of a local file or of standard input ('-'), capped in size."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        where = "standard input"
    else:
        path = Path(source)
        where = str(path)
        if not path.exists():
            raise InputFileError(f"{where}: no such file (give a URL starting with http(s)://)")
        if not path.is_file():
            raise InputFileError(f"{where}: not a regular file")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise InputFileError(f"{where}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputFileError(f"{where}: larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    if not data.strip():
        raise EmptyPageError(f"{where}: empty input")
    _check_binary(data, where)
    return data, where


def annotate(
    source: str | None = None,
    *,
    html: str | bytes | None = None,
    text: str | None = None,
    url: str | None = None,
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    policy: FetchPolicy | None = None,
) -> Report:
    """Annotate one article.

    Give exactly one of: `source` (a URL to fetch, a path to a saved page or text file, or '-'
    for standard input), `html` (a page's markup) or `text` (first line headline, then body).
    `url` says where a saved page came from; without it a page's canonical URL or og:url is used.
    """
    if sum(x is not None for x in (source, html, text)) != 1:
        raise UsageError("give exactly one of a source, html or text")
    registry = registry or default_registry()
    lexicon = lexicon or default_lexicon()
    fetch_info: FetchInfo | None = None
    path: str | None = None
    warnings: list[str] = []

    if source is not None and is_url(source):
        fetched = fetch(fetchable(source), policy)
        fetch_info, html = fetched.info, fetched.html
        # A Wayback snapshot is fetched raw (id_), but the address the user gave is the one read.
        url = url or (source if unwrap(source) else fetch_info.final_url)
    elif source is not None:
        data, path = read_local(source)
        if _looks_like_html(data, path):
            html, _, _ = decode_html(data, None)
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text, _, _ = decode_html(data, None)

    if html is not None:
        if isinstance(html, bytes):
            _check_binary(html, "html")
            html, _, _ = decode_html(html, None)
        tree = parse_html(html)
        article = extract(tree, url)
        kind: Literal["url", "html", "text"] = "url" if fetch_info else "html"
    else:
        assert text is not None
        article = extract_text(text)
        kind = "text"

    url_from: Literal["argument", "fetch", "canonical", "none"] = "none"
    if url:
        url_from = "fetch" if fetch_info and url == fetch_info.final_url else "argument"
    elif article.canonical_url:
        url, url_from = article.canonical_url, "canonical"
    if not article.body and not article.headline:
        raise EmptyPageError("no article text found")
    if not article.body:
        warnings.append("no article body was found; only the headline was annotated")

    unwrapped = unwrap(url) if url else None
    outlet = registry.lookup(unwrapped.original if unwrapped else url)
    canonical = article.canonical_url
    if outlet.status != "matched" and canonical and canonical != url:
        # Read at an address the registry does not know (a local copy, a republisher): the
        # page's own canonical URL may name its outlet. The report says it is the page's claim.
        claimed = registry.lookup(canonical)
        if claimed.status == "matched":
            outlet = claimed.model_copy(
                update={
                    "basis": "canonical",
                    "how": f"{claimed.how}, named by the page's canonical URL {canonical} "
                    f"(read at {outlet.host or 'an unknown address'})",
                }
            )
    flags = flag(article, lexicon)
    return Report(
        tool=f"annotator {__version__}",
        generated_at=dt.datetime.now(dt.UTC),
        source=SourceInfo(
            kind=kind,
            path=path,
            url=url,
            url_from=url_from,
            original_url=unwrapped.original if unwrapped else None,
            unwrapped_via=unwrapped.via if unwrapped else None,
        ),
        fetch=fetch_info,
        article=article,
        outlet=outlet,
        flags=flags,
        counts=count_voices(flags),
        warnings=warnings,
    )
