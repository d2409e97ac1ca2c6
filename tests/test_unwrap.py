"""Archive, cache and AMP-viewer addresses unwrap to the original article."""

from __future__ import annotations

import pytest

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
