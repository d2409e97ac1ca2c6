"""Archive, cache and AMP-viewer addresses unwrap to the original article."""

from __future__ import annotations

import base64

import pytest

from annotator import annotate
from annotator.sources.wrappers import fetchable, unwrap


@pytest.mark.parametrize(
    ("url", "original", "via"),
    [
        (
            "https://web.archive.org/web/20200721123456/https://english.almanar.com.lb/1",
            "https://english.almanar.com.lb/1",
            "wayback",
        ),
        (
            "https://web.archive.org/web/20200721123456id_/http://presstv.ir/Detail/1",
            "http://presstv.ir/Detail/1",
            "wayback",
        ),
        (
            "https://web.archive.org/web/2020*/presstv.ir/Detail/1",
            "http://presstv.ir/Detail/1",
            "wayback",
        ),
        (
            "http://web.archive.org/web/20200721/https:/www.rt.com/news/1/?a=1",
            "https://www.rt.com/news/1/?a=1",
            "wayback",
        ),
        (
            "https://web.archive.org/web/https://www.rt.com/news/2/",
            "https://www.rt.com/news/2/",
            "wayback",
        ),
        (
            "https://archive.ph/2020.07.21-123456/https://www.presstv.ir/Detail/1",
            "https://www.presstv.ir/Detail/1",
            "archive.today",
        ),
        (
            "https://archive.today/newest/https://www.rt.com/x",
            "https://www.rt.com/x",
            "archive.today",
        ),
        (
            "https://archive.is/o/AbCd1/https://www.rt.com/x",
            "https://www.rt.com/x",
            "archive.today",
        ),
        (
            "https://www-rt-com.cdn.ampproject.org/c/s/www.rt.com/news/1/amp/",
            "https://www.rt.com/news/1/amp/",
            "amp-cache",
        ),
        (
            "https://www-bbc-co-uk.cdn.ampproject.org/v/s/www.bbc.co.uk/news/amp/x?amp_js_v=0.1",
            "https://www.bbc.co.uk/news/amp/x?amp_js_v=0.1",
            "amp-cache",
        ),
        (
            "https://www.google.com/amp/s/www.presstv.ir/Detail/1/amp",
            "https://www.presstv.ir/Detail/1/amp",
            "amp-viewer",
        ),
        (
            "https://www.google.co.uk/amp/www.presstv.ir/Detail/1",
            "http://www.presstv.ir/Detail/1",
            "amp-viewer",
        ),
    ],
)
def test_unwraps(url: str, original: str, via: str) -> None:
    got = unwrap(url)
    assert got is not None and (got.original, got.via) == (original, via)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.rt.com/news/1/",
        "https://archive.ph/AbCd1",  # a short id holds no original address
        "https://web.archive.org/",
        "https://www.google.com/search?q=amp",
        "https://archive.org/details/some-book",
    ],
)
def test_other_urls_are_left_alone(url: str) -> None:
    assert unwrap(url) is None


def test_wayback_snapshot_is_fetched_raw() -> None:
    assert fetchable("https://web.archive.org/web/20200721123456/https://x.test/a") == (
        "https://web.archive.org/web/20200721123456id_/https://x.test/a"
    )
    assert fetchable("https://web.archive.org/web/20200721123456id_/https://x.test/a") == (
        "https://web.archive.org/web/20200721123456id_/https://x.test/a"
    )
    assert fetchable("https://x.test/a") == "https://x.test/a"


@pytest.mark.parametrize(
    "url",
    [
        "https://google.attacker.example/amp/s/www.rt.com/news/1",  # not Google's own domain
        "https://www.google.evil.example/amp/s/www.bbc.com/news/x",
    ],
)
def test_lookalike_amp_viewers_are_not_trusted(url: str) -> None:
    assert unwrap(url) is None


def test_wayback_calendar_and_malformed_urls() -> None:
    got = unwrap("https://web.archive.org/web/20200101000000*/rt.com")
    assert got is not None and got.original == "http://rt.com"
    assert fetchable("http://[::1") == "http://[::1"  # left for the fetch to refuse properly


def _gnews_id(url: str) -> str:
    """A news.google.com article id of the older kind: base64 of a record holding the URL."""
    record = b"\x08\x13\x22" + bytes([len(url)]) + url.encode() + b"\xd2\x01\x00"
    return base64.urlsafe_b64encode(record).decode().rstrip("=")


@pytest.mark.parametrize(
    ("url", "original", "via"),
    [
        (
            "https://www-rt-com.translate.goog/news/1/?_x_tr_sl=en&_x_tr_tl=fr&_x_tr_hl=fr&p=2",
            "https://www.rt.com/news/1/?p=2",
            "translate-proxy",
        ),
        (
            "https://al--akhbar-com.translate.goog/Politics/1?_x_tr_sl=ar",
            "https://al-akhbar.com/Politics/1",
            "translate-proxy",
        ),
        (
            "https://webcache.googleusercontent.com/search?q=cache:AbCdEf12345:https://www.rt.com/news/1/+&cd=1",
            "https://www.rt.com/news/1/",
            "google-cache",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.presstv.ir%2FDetail%2F1&h=AT0x",
            "https://www.presstv.ir/Detail/1",
            "facebook-shim",
        ),
        (
            f"https://news.google.com/rss/articles/{_gnews_id('https://www.reuters.com/world/x-2020/')}?oc=5",
            "https://www.reuters.com/world/x-2020/",
            "google-news",
        ),
        (
            "https://archive.org/wait/https://www.rt.com/news/3/",
            "https://www.rt.com/news/3/",
            "wayback",
        ),
        (
            "https://archive.ph/20200721123456/https://www.presstv.ir/Detail/2",
            "https://www.presstv.ir/Detail/2",
            "archive.today",
        ),
        (
            "https://www.google.com/url?sa=t&q=https://english.almanar.com.lb/1&ved=x",
            "https://english.almanar.com.lb/1",
            "redirector",
        ),
        (
            "https://out.reddit.com/t3_x?url=https%3A%2F%2Fwww.tasnimnews.com%2Fen%2Fnews%2F1",
            "https://www.tasnimnews.com/en/news/1",
            "redirector",
        ),
        (  # a wrapper inside a wrapper: unwrapped to the end, named by the outer one
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fweb.archive.org%2Fweb%2F2020%2Fhttps%3A%2F%2Fwww.rt.com%2Fz",
            "https://www.rt.com/z",
            "facebook-shim",
        ),
    ],
)
def test_unwraps_proxies_shims_and_redirectors(url: str, original: str, via: str) -> None:
    got = unwrap(url)
    assert got is not None and (got.original, got.via) == (original, via)


@pytest.mark.parametrize(
    "url",
    [
        # A newer Google News id holds only a token: not recoverable offline.
        f"https://news.google.com/articles/{base64.urlsafe_b64encode(b'AU_yqLtoken' * 4).decode()}",
        "https://www.rt.com/news/1/?ref=https%3A%2F%2Ft.co",  # not a target parameter
        "https://redirect.example/go?url=https://redirect.example/self",  # same host
        "https://l.facebook.com/l.php?u=javascript:alert(1)",
        "https://a.b.translate.goog/x",  # a dotted label is no proxied host name
    ],
)
def test_unrecoverable_or_harmless_addresses_are_left_alone(url: str) -> None:
    assert unwrap(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://web.archive.org/web/2020/http://[bad",
        "https://l.facebook.com/l.php?u=http%3A%2F%2F%5Bbad",
        "https://www.google.com/url?q=http://[::1/x&sa=D",
    ],
)
def test_a_wrapper_around_an_address_that_does_not_parse_is_no_wrapper(url: str) -> None:
    """What a wrapper holds may be anything; an unparsable original once became the article's
    address and stopped the pipeline with a ValueError traceback."""
    assert unwrap(url) is None


def test_a_page_whose_own_address_wraps_garbage_is_still_annotated() -> None:
    html = (
        b'<html><head><meta property="og:url" '
        b'content="https://web.archive.org/web/2020/http://[bad"></head><body><article>'
        b"<h1>Council votes on the budget</h1><p>The council voted on Tuesday to approve the "
        b"budget after a long debate about roads and schools.</p></article></body></html>"
    )
    report = annotate(html=html)
    assert report.article.headline == "Council votes on the budget"
    assert report.source.original_url is None
