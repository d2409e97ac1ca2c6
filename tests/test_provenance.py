"""The provenance stage on small hand-made pages: syndication, cited sources, status at
publication, the outlet's own disclosures, ClaimReview, and canonical warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator import annotate
from annotator.models import Report
from annotator.report.markdown import render_markdown
from annotator.sources.registry import Registry

FIXTURE = Path(__file__).parent / "fixtures" / "sources-provenance.yaml"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.load([FIXTURE], ratings=None, use_cache=False)


def _page(body: str, *, head: str = "", ld: object = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (f"<html><head><title>T</title>{head}{script}</head><body>"
            f"<nav><a href='https://www.reuters.com/'>Reuters home</a></nav>"
            f"<article><h1>Port strike kills two</h1>{body}</article>"
            "<footer><p>Share this story on every platform you use today, please do: "
            "<a href='https://twitter.com/intent/tweet?url=x'>tweet</a></p></footer>"
            "</body></html>")


def _run(reg: Registry, html: str, url: str) -> Report:
    return annotate(html=html, url=url, registry=reg)


WIRE_BODY = (
    "<p>BEIRUT (Reuters) - A strike hit the port of Latakia on Tuesday, killing two workers, "
    "officials said in a statement carried by state media.</p>"
    "<p>The port authority said repairs would take weeks and that shipping was diverted.</p>"
)


def test_a_wire_copy_names_both_host_and_original(reg: Registry) -> None:
    ld = {"@type": "NewsArticle", "headline": "Port strike kills two",
          "provider": {"@type": "Organization", "name": "Reuters"}}
    head = '<link rel="canonical" href="https://www.reuters.com/world/port-strike-2020-07-21/">'
    report = _run(reg, _page(WIRE_BODY, head=head, ld=ld), "https://news.yahoo.test/port-strike")
    prov = report.provenance
    assert prov is not None and prov.syndication is not None
    syn = prov.syndication
    assert syn.host.domain == "yahoo.test" and syn.host.outlet_id is None
    assert syn.original is not None and syn.original.outlet_id == "reuters"
    kinds = " | ".join(syn.evidence)
    assert "JSON-LD provider: Reuters" in kinds and "dateline (Reuters)" in kinds
    assert "canonical URL on another site" in kinds
    # The canonical names the outlet panel's outlet, but the host is kept and warned about.
    assert report.outlet.basis == "canonical"
    assert "read at news.yahoo.test" in (report.outlet.how or "")
    assert prov.canonical_warning and "news.yahoo.test" in prov.canonical_warning
    assert any("canonical URL is on another site" in w for w in report.warnings)
    md = render_markdown(report)
    assert "This copy: news.yahoo.test; original: Reuters \\[registry: reuters\\]" in md


def test_a_wire_story_on_the_wires_own_site_is_not_syndicated(reg: Registry) -> None:
    report = _run(reg, _page(WIRE_BODY), "https://www.reuters.com/world/port-strike/")
    assert report.provenance is not None and report.provenance.syndication is None


def test_wire_byline_and_unknown_dateline_naming_the_host(reg: Registry) -> None:
    html = _page("<p>HONOLULU (HawaiiNewsNow) - Scientists spotted water vapour above the moon "
                 "on Monday, the team said in its paper.</p>",
                 head='<meta name="author" content="By The Associated Press">')
    report = _run(reg, html, "https://www.hawaiinewsnow.test/2019/11/19/water/")
    syn = report.provenance.syndication if report.provenance else None
    assert syn is not None and syn.original is not None and syn.original.outlet_id == "ap"
    assert syn.evidence == ["byline 'The Associated Press'"]  # the host's own dateline is no sign


CITED_BODY = (
    "<p>Two workers died, according to Tasnim news agency, which is close to the IRGC.</p>"
    "<p>IRNA reported that the port would reopen, and a dock worker told Press TV the blast "
    "was loud.</p>"
    "<p>به گزارش خبرگزاری تسنیم، دو کارگر در این حادثه جان باختند و بندر بسته شد.</p>"
    "<p>Protests were held in Fars province on Sunday, witnesses in the city of Shiraz said.</p>"
    "<p>According to one independent reuters study, the port handles a third of the trade, "
    "according to Jane Roe of the Associated Press.</p>"
    "<p>Video published on <a href='https://www.youtube.com/@PressTV/videos'>Press TV's "
    "channel</a> and a <a href='https://www.tasnimnews.com/en/news/2020/07/21/1'>Tasnim "
    "report</a> showed smoke; <a href='/local/more'>more local coverage</a> and an "
    "<a href='https://unknown-blog.test/post'>independent blog</a> followed.</p>"
)


def test_cited_sources_by_name_in_any_language_and_by_link(reg: Registry) -> None:
    report = _run(reg, _page(CITED_BODY), "https://www.example-daily.test/news/port")
    assert report.provenance is not None
    named = [(c.source.outlet_id, c.paragraph) for c in report.provenance.cited
             if c.kind == "named"]
    # Persian Tasnim is seen once; "an independent reuters study" is no citation of Reuters.
    assert named == [("tasnim", 0), ("irna", 1), ("press-tv", 1), ("ap", 4)]
    # "Fars province" has no attribution cue: not a cited source.
    assert "fars-news" not in {c.source.outlet_id for c in report.provenance.cited}
    links = {c.source.url: c.source for c in report.provenance.cited if c.kind == "link"}
    assert set(links) == {
        "https://www.youtube.com/@PressTV/videos",
        "https://www.tasnimnews.com/en/news/2020/07/21/1",
        "https://unknown-blog.test/post",
    }  # not the site's own link, not the nav, not the footer's share button
    assert links["https://www.youtube.com/@PressTV/videos"].outlet_id == "press-tv"
    tasnim = links["https://www.tasnimnews.com/en/news/2020/07/21/1"]
    assert tasnim.outlet_id == "tasnim" and "state-affiliated: IR" in (tasnim.profile or "")
    assert links["https://unknown-blog.test/post"].outlet_id is None


def test_persian_attribution_alone_names_the_source(reg: Registry) -> None:
    body = "<p>به گزارش خبرگزاری تسنیم، دو کارگر در این حادثه جان باختند و بندر بسته شد.</p>"
    report = _run(reg, _page(body), "https://www.example-daily.test/fa/1")
    assert report.provenance is not None
    assert [c.source.outlet_id for c in report.provenance.cited] == ["tasnim"]


def test_an_outlets_own_name_is_not_a_cited_source(reg: Registry) -> None:
    body = "<p>A dock worker told Press TV on Tuesday that the blast shook the whole city.</p>"
    report = _run(reg, _page(body), "https://www.presstv.ir/Detail/2020/07/21/1")
    assert report.provenance is not None and report.provenance.cited == []


def test_status_at_publication_and_today(reg: Registry) -> None:
    head = '<meta property="article:published_time" content="2020-07-21T10:00:00Z">'
    report = _run(reg, _page(WIRE_BODY, head=head), "https://www.presstv.com/Detail/1")
    status = report.provenance.status if report.provenance else None
    assert status is not None and status.published == "2020-07-21"
    by_text = {s.text.split(" by ")[0].split(" (")[0]: s for s in status.lines}
    assert by_text["licence revoked"].at_publication == "already taken (2012-01-20)"
    assert by_text["licence revoked"].today == "taken 2012-01-20, no lifting recorded"
    assert by_text["domain seizure"].at_publication == "not yet: taken 336 days after publication"
    dom = by_text["domain presstv.com"]
    assert dom.at_publication == "the outlet's domain"
    assert dom.today == "no longer the outlet's (seized 2021-06-22)"
    md = render_markdown(report)
    assert "at publication (2020-07-21): already taken (2012-01-20)" in md


def test_outlet_disclosures_and_claimreview(reg: Registry) -> None:
    ld = [
        {"@type": "NewsArticle", "headline": "Port strike kills two",
         "publisher": {"@type": "NewsMediaOrganization", "name": "Example Daily",
                       "ownershipFundingInfo": "https://www.example-daily.test/owners",
                       "correctionsPolicy": {"@type": "CreativeWork",
                                             "url": "https://www.example-daily.test/corrections"},
                       "masthead": "https://www.example-daily.test/staff"}},
        {"@type": "ClaimReview", "claimReviewed": "The port was bombed by drones",
         "url": "https://factcheck.afp.com/port",
         "datePublished": "2020-07-22",
         "author": {"@type": "Organization", "name": "AFP Fact Check",
                    "url": "https://factcheck.afp.com"},
         "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5,
                          "alternateName": "False"},
         "itemReviewed": {"@type": "Claim",
                          "author": {"@type": "Organization", "name": "Fars News Agency"},
                          "appearance": {"@type": "CreativeWork",
                                         "url": "https://www.farsnews.ir/news/1"}}},
    ]
    report = _run(reg, _page(WIRE_BODY, ld=ld), "https://www.example-daily.test/news/port")
    prov = report.provenance
    assert prov is not None
    said = {(d.field, d.value) for d in prov.disclosures}
    assert ("ownershipFundingInfo", "https://www.example-daily.test/owners") in said
    assert ("correctionsPolicy", "https://www.example-daily.test/corrections") in said
    assert ("masthead", "https://www.example-daily.test/staff") in said
    (fc,) = prov.fact_checks
    assert fc.claim == "The port was bombed by drones" and fc.rating == "False"
    assert fc.claimant is not None and fc.claimant.outlet_id == "fars-news"
    assert fc.appearance is not None and fc.appearance.outlet_id == "fars-news"
    assert fc.reviewer is not None and fc.reviewer.outlet_id == "afp-factcheck"
    md = render_markdown(report)
    assert "The outlet says" in md and "Fact-checks on this page" in md


def test_canonical_on_a_staging_host_is_a_warning_not_a_switch(reg: Registry) -> None:
    head = '<link rel="canonical" href="https://staging.cms-vendor.test/story/1">'
    report = _run(reg, _page(WIRE_BODY, head=head), "https://www.presstv.ir/Detail/1")
    assert report.outlet.outlet is not None and report.outlet.outlet.id == "press-tv"
    assert report.outlet.basis == "address"
    assert report.provenance is not None and report.provenance.canonical_warning
    assert "staging.cms-vendor.test" in report.provenance.canonical_warning
    # An unknown host is no original publisher: the Reuters dateline is the only sign.
    syn = report.provenance.syndication
    assert syn is not None and syn.evidence == ["dateline (Reuters)"]


def test_a_dateline_after_a_stray_first_line_is_read(reg: Registry) -> None:
    body = ("<p>https://www.example-daily.test/news/port-strike-tuesday-two-dead</p>"
            "<p>SANTA FE, N.M. (AP) — A cat missing for five years was found in Santa Fe, "
            "the shelter said on Tuesday.</p>")
    report = _run(reg, _page(body), "https://www.example-daily.test/news/cat")
    syn = report.provenance.syndication if report.provenance else None
    assert syn is not None and syn.original is not None and syn.original.outlet_id == "ap"


def test_plain_text_has_named_sources_but_no_markup_findings(reg: Registry) -> None:
    report = annotate(text="Port strike\n\nIRNA reported two deaths at the port on Tuesday.",
                      registry=reg)
    prov = report.provenance
    assert prov is not None and [c.source.outlet_id for c in prov.cited] == ["irna"]
    assert prov.disclosures == [] and prov.fact_checks == [] and prov.syndication is None


def test_syndication_meta_tags_are_read_in_document_order(reg: Registry) -> None:
    head = ('<meta name="description" content="https://www.reuters.com/not-a-sign">'
            '<link rel="syndication-source" href="https://apnews.com/article/port-strike">'
            '<meta name="original-source" content="https://www.reuters.com/world/port">'
            '<meta name="original-source">')
    body = "<p>The port authority said repairs would take weeks and that shipping waited.</p>"
    report = _run(reg, _page(body, head=head), "https://news.example.test/port-strike")
    prov = report.provenance
    assert prov is not None and prov.syndication is not None
    assert prov.syndication.evidence == [
        "syndication meta tag: https://apnews.com/article/port-strike",
        "syndication meta tag: https://www.reuters.com/world/port",
    ]
    assert prov.syndication.original is not None
    assert prov.syndication.original.outlet_id == "ap"


@pytest.mark.parametrize(("href", "sure"), [
    ("https://other.test/a/b?x=1#top", True),
    ("http://other.test:8080/π", True),
    ("https://other.test/a?", False),  # urllib drops the empty query
    ("https://other.test/a#", False),  # and the empty fragment
    ("https://other.test/a;", False),  # and empty path parameters
    ("https://[::1/a", False),  # an error in urllib
    ("https://bücher.test/a", False),
    ("https:///a", False),
    ("/a/b", False),
])
def test_a_link_kept_as_written_is_what_urljoin_gives(href: str, sure: bool) -> None:
    from urllib.parse import urljoin

    from annotator.provenance.cited import _as_written

    assert _as_written(href) is sure
    if sure:
        for page in ("https://site.test/x/y", "http://site.test/"):
            assert urljoin(page, href) == href


def test_malformed_links_and_canonical_are_skipped_not_fatal(reg: Registry) -> None:
    """urljoin raises on an unbalanced IPv6 bracket ("http://[::1/path"): such a link, or such a
    canonical address, once stopped the whole annotation with a traceback."""
    html = b"""<html><head><title>Council votes on the budget</title>
<link rel="canonical" href="http://[::1/story"></head><body><article>
<h1>Council votes on the budget</h1>
<p>The council voted on Tuesday to approve the budget after a long debate about roads.</p>
<p>Details in <a href="http://[::1/path">this report</a>, <a href="/x[">this one</a> and
<a href="https://www.bbc.co.uk/news/a">the BBC</a>, the council said on Tuesday evening.</p>
</article></body></html>"""
    report = annotate(html=html, url="https://example.com/news/budget", registry=reg)
    assert report.article.headline == "Council votes on the budget"
    assert report.article.canonical_url is None
    assert report.provenance is not None
    assert [c.text for c in report.provenance.cited if c.kind == "link"] == ["the BBC"]
    # with no address given, the malformed canonical is no page address either
    alone = annotate(html=html, registry=reg)
    assert alone.article.canonical_url is None
    assert alone.article.headline == "Council votes on the budget"
