"""The page stage: fetch a URL safely, or read a saved page or text, and extract the article.

    >>> from annotator.page import read_page
    >>> read_page(html="<html><body><h1>Title</h1><p>Body text.</p></body></html>").kind
    'html'

Modules: `read` (the entry: any input to an `Article`), `fetch` (httpx, hand-followed
redirects), `addresses` (which hosts may be fetched), `transport` (connections pinned to the
checked address), `decode` (bounded content decoding and charsets), `extract` (trafilatura plus
our XPath readers on one lxml tree).
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = ["FetchPolicy", "Page", "Resolver", "decode_html", "fetch", "is_url", "read_page"]
# fetch (httpx) is imported only when a URL is fetched; a saved page never pays for it.
__getattr__ = lazy_exports(
    __name__,
    {
        "FetchPolicy": ".fetcher",
        "Resolver": ".addresses",
        "fetch": ".fetcher",
        "decode_html": ".decode",
        "Page": ".read",
        "is_url": ".read",
        "read_page": ".read",
    },
)

if TYPE_CHECKING:
    from .addresses import Resolver
    from .decode import decode_html
    from .fetcher import FetchPolicy, fetch
    from .read import Page, is_url, read_page
