"""Speed work of round 11 that must not change behaviour: the page stage's one walk for its
metadata elements reads what the XPaths it replaced read, the byline search skips an XPath only
where that XPath finds nothing, and the provenance stage's syndication meta tags and provider
blocks are the same with the page stage's elements as without them."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from annotator.page.byline import _BYLINE_XPATHS, _may_find
from annotator.page.extract import (
    _time_datetime,
    extract,
    jsonld_objects,
    own_elements,
    parse_html,
)
from annotator.pipeline import sample_path
from annotator.provenance import syndication

PAGES = Path(__file__).parent / "fixtures" / "pages"

# Near misses for each reader: a second canonical, a canonical with no href, a <time> outside
# any article without pubdate, a pubdate <time> without datetime, a script of another type.
METADATA = """<html lang="en"><head><title>First <b>title</b></title>
<link rel="canonical"><link rel="alternate" href="https://elsewhere.example/a">
<link rel="canonical" href=" https://news.example/a "><link rel="canonical" href="/b">
<meta name="syndication-source" content="https://wire.example/x">
<script type="application/json">{"@type": "NewsArticle"}</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Port strike"}</script>
</head><body><time datetime="2020-01-01">outside</time><time pubdate>no datetime</time>
<article><h1>Port strike</h1><div><time datetime="2021-02-03">inside</time></div></article>
<time pubdate datetime="2022-01-01">later</time><svg><title>icon</title></svg>
<link rel="original-source" href="https://orig.example/y"></body></html>"""


def _trees() -> list[lxml.html.HtmlElement]:
    trees = [parse_html(METADATA), parse_html(sample_path().read_bytes())]
    trees += [parse_html(p.read_bytes()) for p in sorted(PAGES.glob("*.html"))]
    return trees


def test_one_walk_reads_what_the_xpaths_read() -> None:
    for tree in _trees():
        found = own_elements(tree)
        assert found["meta"] == list(tree.iter("meta"))
        assert found["h1"] == list(tree.iter("h1"))
        title = tree.findtext(".//title")
        assert (found["title"][0].text if found["title"] else None) == (title or None)
        assert extract(tree).canonical_url == extract(tree, elements=found).canonical_url
        times = tree.xpath("//article//time[@datetime] | //time[@pubdate][@datetime]")
        assert _time_datetime(found["time"]) == (times[0].get("datetime") if times else None)
        scripts = tree.xpath('//script[@type="application/ld+json"]')
        assert [s for s in found["script"] if s.get("type") == "application/ld+json"] == scripts
    tree = parse_html(METADATA)
    assert _time_datetime(own_elements(tree)["time"]) == "2021-02-03"
    assert [o["headline"] for o in jsonld_objects(tree)] == ["Port strike"]
    article = extract(tree, "https://news.example/a")
    assert article.canonical_url == "https://news.example/a"
    assert article.title_tag == "First <b>title</b>"  # the first <title> (raw text), not the icon's


def _one_branch_pages() -> list[str]:
    """Each branch of the two byline XPaths alone on a page, and near misses."""
    bodies = [
        '<div rel="author">r</div>', '<span id="author">i</span>', '<p class="author">c</p>',
        '<strong class="xx-author-name-yy">c</strong>', '<a class="authorname">c</a>',
        '<div class="AuthorName">c</div>', '<span class="authorName">c</span>',
        '<link itemprop="author name">', '<div data-testid="AuthorCard">t</div>',
        '<div data-testid="AuthorURL">t</div>', "<p><rel>me</rel>child rel</p>",
        "<author>an author element</author>", '<h3 class="byline">b</h3>',
        '<h4 class="username">b</h4>', '<div class="byl">b</div>', '<span class="BBL">b</span>',
        '<div itemprop="creator author">ip</div>', '<p id="the-zuozhe">z</p>',
        '<span id="bianji1">bj</span>', '<a id="xiaobian">x</a>',
        '<div class="channel-name">cn</div>', '<div class="submitted-by">sb</div>',
        '<div class="posted-by">pb</div>', '<div class="journalist-name">jn</div>',
        '<div class="Author">no</div>', '<div data-testid="Author">no</div>',
        '<div class="bylines">no</div>', "<p>no byline at all</p>",
    ]
    return [f"<html><body><p>Text.</p>{b}</body></html>" for b in bodies]


@pytest.mark.parametrize("page", _one_branch_pages())
def test_byline_search_skips_only_xpaths_that_find_nothing(page: str) -> None:
    tree = parse_html(page)
    for xpath, may in zip(_BYLINE_XPATHS, _may_find(tree), strict=True):
        assert may or not xpath(tree)


def test_byline_quick_test_rules_out_pages_without_a_byline_class() -> None:
    tree = parse_html('<html><body><div class="story"><p id="lede">Text.</p></div></body></html>')
    assert _may_find(tree) == [False, False]
    for tree in _trees():
        for xpath, may in zip(_BYLINE_XPATHS, _may_find(tree), strict=True):
            assert may or not xpath(tree)


def test_syndication_tags_and_provider_blocks_with_the_page_stages_elements() -> None:
    for tree in _trees():
        found = own_elements(tree)
        assert syndication.meta_sources(tree, found) == syndication.meta_sources(tree)
    tree = parse_html(METADATA)
    # meta and link tags both hold one: read in document order by the walk
    assert syndication.meta_sources(tree, own_elements(tree)) == [
        "https://wire.example/x", "https://orig.example/y",
    ]
    page = parse_html(
        '<html><body><p class="lede">x</p><span itemprop="provider">Reuters</span></body></html>'
    )
    assert [el.tag for el in syndication.provider_blocks(page)] == ["span"]
