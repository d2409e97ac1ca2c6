"""The page stage's entry: any input (a URL, a saved page, a text file, standard input, markup or
text given directly) becomes one extracted `Article`, with the fetch record when it was fetched.

    >>> page = read_page(text="A headline\\n\\nThe first paragraph.")
    >>> page.kind, page.article.headline
    ('text', 'A headline')
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import lxml.html

from ..errors import BlockedURLError, EmptyPageError, InputFileError, UsageError
from ..models import Article, Fetched, FetchInfo
from .addresses import looks_like_url, page_url_refusal, url_refusal
from .decode import decode_html
from .extract import Elements, extract, extract_text, jsonld_objects, own_elements, parse_html

if TYPE_CHECKING:
    from .fetcher import FetchPolicy

MAX_INPUT_BYTES = 10_000_000

_HTML_TAG = re.compile(rb"<(?:!doctype html|html|\?xml|head|body|article|main|div|p|h1|section)\b")


@dataclass(frozen=True)
class Page:
    article: Article
    kind: Literal["url", "html", "text"]
    path: str | None = None  # the file read, or "standard input"
    fetch: FetchInfo | None = None
    url: str | None = None  # the address the page was read at, when known
    # The one parsed tree and its JSON-LD, for later stages that read the page's own markup
    # (provenance: links in the body, publisher disclosures, ClaimReview); None for text.
    tree: lxml.html.HtmlElement | None = None
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    elements: Elements | None = None  # the tree's own_elements (meta tags, links...)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name too long for the file system (a 100 KB URL) is no file
        return False


def is_url(source: str) -> bool:
    """An address rather than a path: it names a scheme and no such file exists."""
    return looks_like_url(source) and not _exists(Path(source))


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
        if not _exists(path):
            raise InputFileError(f"{where}: no such file (give a URL starting with http(s)://)")
        if not path.is_file():  # exists, so the name is not too long
            raise InputFileError(f"{where}: not a regular file")
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise InputFileError(f"{where}: cannot read: {exc.strerror}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputFileError(f"{where}: larger than {MAX_INPUT_BYTES // 1_000_000} MB")
    data = _utf8_from_wide(data, where)
    if not data.strip():
        raise EmptyPageError(f"{where}: empty input")
    _check_binary(data, where)
    return data, where


# UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf8_from_wide(data: bytes, where: str) -> bytes:
    """A UTF-16/32 file with a byte-order mark holds NUL bytes but is text (Windows Notepad
    saves "Unicode" so): re-encode it as UTF-8 so the sniffing and decoding that follow see
    the same bytes as for any other file."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeDecodeError:
                raise InputFileError(f"{where}: not valid {codec.upper()} text") from None
    return data


def read_page(
    source: str | None = None,
    *,
    html: str | bytes | None = None,
    text: str | None = None,
    url: str | None = None,
    policy: FetchPolicy | None = None,
    fetched: Fetched | None = None,
) -> Page:
    """Read exactly one of `source` (a URL to fetch, a file path, or '-'), `html`, `text` or
    `fetched` (a page fetched elsewhere, with its fetch record: a web archive's response record).

    `url` is where the page came from when the caller knows better than the input itself (a
    saved page's address; a fetched page defaults to its final URL).
    """
    if sum(x is not None for x in (source, html, text, fetched)) != 1:
        raise UsageError("give exactly one of a source, html or text")
    url = url or None  # an empty address is no address (a data set with no URL for a page)
    if url is not None:
        why = page_url_refusal(url)
        if why:
            raise BlockedURLError(f"refused page address {url}: {why}")
    fetch_info: FetchInfo | None = None
    path: str | None = None
    if fetched is not None:
        fetch_info, html = fetched.info, fetched.html
        url = url or fetch_info.final_url
    elif source is not None and is_url(source):
        # Refused up front (scheme, credentials, port), before DNS or the HTTP client import.
        why = url_refusal(source, policy.allowed_ports if policy else None)
        if why:
            raise BlockedURLError(f"refused {source}: {why}")
        from .fetcher import fetch  # the HTTP client is imported only when something is fetched

        fetched = fetch(source, policy)
        fetch_info, html = fetched.info, fetched.html
        url = url or fetch_info.final_url
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
        elements = own_elements(tree)
        ld = jsonld_objects(tree, elements["script"])
        article = extract(tree, url, ld, elements)
        kind: Literal["url", "html", "text"] = "url" if fetch_info else "html"
    else:
        assert text is not None
        tree, ld, elements = None, [], None
        article = extract_text(text)
        kind = "text"
    return Page(
        article=article, kind=kind, path=path, fetch=fetch_info, url=url, tree=tree, jsonld=ld,
        elements=elements,
    )
