"""The HTML report: self-contained, escaped, one highlight per flag (checked with lxml; the
browser tests in tests/browser open it in Chromium too)."""

from __future__ import annotations

import re

import lxml.html
from test_render import _flag, matched_report, unknown_report

from annotator.models import Article, Flag, Report, SourceInfo
from annotator.report.html import render_html

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&amp;'


def _hostile_report() -> Report:
    """Markup and script in the headline, bylines, a quote, a flag and the URLs."""
    headline = f"Headline {HOSTILE}"
    body = f'He said "{HOSTILE} terrorists" and left.\n\nSecond <b>paragraph</b>.'
    start = body.index("terrorists")
    flag = Flag(text="terrorists", field="body", start=start, end=start + 10, entry_id="t",
                category="name_calling", technique="Name_Calling,Labeling", severity="high",
                why=f"Why {HOSTILE}", neutral=[f"fighters {HOSTILE}"], voice="quoted",
                speaker=f"Speaker {HOSTILE}", paragraph=0)
    hstart = headline.index("<script>")
    hflag = Flag(text="<script>", field="headline", start=hstart, end=hstart + 8,
                 entry_id="s", category="loaded", technique="Loaded_Language", severity="low",
                 why="w", voice="outlet")
    report = matched_report()
    article = Article(headline=headline, bylines=[f"By {HOSTILE}"], body=body,
                      canonical_url="javascript:alert(3)", publisher=HOSTILE)
    source = SourceInfo(kind="url", url='https://evil.example/"><script>alert(4)</script>',
                        url_from="argument")
    return report.model_copy(update={"article": article, "flags": [hflag, flag],
                                     "source": source})


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_everything_from_the_page_is_escaped() -> None:
    html = render_html(_hostile_report())
    doc = _doc(html)
    assert not doc.xpath("//script | //img | //iframe | //object | //embed")
    assert not [a for el in doc.iter() if isinstance(el.tag, str)
                for a in el.attrib if a.lower().startswith("on")]
    hrefs = doc.xpath("//a/@href")
    assert all(h.startswith(("http://", "https://", "#")) for h in hrefs), hrefs
    assert "javascript:" not in " ".join(hrefs)
    text = doc.text_content()
    assert "Headline <script>alert(1)</script>" in text  # shown as typed
    assert f"By {HOSTILE}" in text and "javascript:alert(3)" in text
    tips = doc.xpath("//mark[@data-flag='2']/@data-tip")
    assert tips and f"Why {HOSTILE}" in tips[0] and f"quoted: Speaker {HOSTILE}" in tips[0]


def test_self_contained_no_requests() -> None:
    html = render_html(matched_report())
    doc = _doc(html)
    assert not doc.xpath("//*[@src] | //link | //script | //base")
    style = " ".join(doc.xpath("//style/text()"))
    assert "url(" not in style and "@import" not in style
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp
    assert doc.xpath("//meta[@name='viewport']")  # phone width
    assert "@media print" in style and "@media (max-width" in style


def test_one_highlight_per_flag_at_its_text() -> None:
    report = matched_report()
    doc = _doc(render_html(report))
    firsts = doc.xpath("//section[@id='text']//mark[starts-with(@id, 'flag-')]")
    assert len(firsts) == len(report.flags)
    texts = {f.text for f in report.flags}
    for mark in firsts:
        number = mark.get("data-flag")
        pieces = doc.xpath(f"//section[@id='text']//mark[@data-flag='{number}']")
        assert "".join(p.text_content() for p in pieces if p.getparent().get("data-flag")
                       != number) in texts
    # each flag's note in the flags section links back to its highlight
    notes = doc.xpath("//li[starts-with(@id, 'fn-')]/a/@href")
    assert sorted(notes) == sorted(f"#{m.get('id')}" for m in firsts)


def test_overlapping_flags_nest_and_each_counts_once() -> None:
    body = "the brutal regime fell"
    s = body.index("brutal")
    flags = [
        Flag(text="brutal regime", field="body", start=s, end=s + 13, entry_id="a",
             category="loaded", technique="Loaded_Language", severity="low", why="a",
             voice="paraphrase", speaker="X", paragraph=0),
        Flag(text="regime fell", field="body", start=s + 7, end=s + 18, entry_id="b",
             category="loaded", technique="Loaded_Language", severity="low", why="b",
             voice="outlet", paragraph=0),
    ]
    report = matched_report().model_copy(update={
        "article": Article(headline="H", body=body), "flags": flags})
    doc = _doc(render_html(report))
    firsts = doc.xpath("//section[@id='text']//mark[starts-with(@id, 'flag-')]")
    assert [m.get("id") for m in firsts] == ["flag-1", "flag-2"]
    para = doc.xpath("//section[@id='text']//p[span[@class='para']]")[0].text_content()
    assert re.sub(r"\d", "", para.replace("¶", "")) == body  # the text itself is unchanged


def test_unknown_outlet_and_brief() -> None:
    html = render_html(unknown_report())
    assert "not in the registry - this is not a verdict of neutrality" in html
    brief = render_html(matched_report(), brief=True)
    assert "Example TV · broadcaster" in brief and 'id="text"' not in brief
    assert _flag("Martyr", "headline", "outlet").text in brief  # the headline leads


def test_provenance_findings_in_every_format() -> None:
    from test_render import _rich

    from annotator.models import OutletRef, Provenance, Syndication
    from annotator.report.markdown import render_markdown

    wire = OutletRef(name="Reuters <wire>", outlet_id="reuters")
    prov = Provenance(syndication=Syndication(host=OutletRef(name="yahoo.com"), original=wire,
                                              evidence=["dateline (Reuters)"]))
    report = matched_report().model_copy(update={"provenance": prov})
    line = "This copy: yahoo.com; original: Reuters <wire> [registry: reuters]"
    assert line in _doc(render_html(report)).xpath("string(//section[@id='provenance'])")
    assert "original: Reuters \\<wire> \\[registry: reuters\\]" in render_markdown(report)
    assert line in " ".join(_rich(report).split())
    assert 'id="provenance"' not in render_html(matched_report())  # nothing found: no section
