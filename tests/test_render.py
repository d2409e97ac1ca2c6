"""Renderer tests on hand-built reports (no fetching, no registry files)."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Literal

import pytest
from pydantic import HttpUrl
from rich.console import Console

from annotator.models import (
    Article,
    FetchInfo,
    Flag,
    OutletMatch,
    Redirect,
    Report,
    SourceInfo,
    Voice,
    VoiceCounts,
)
from annotator.report import html as html_renderer
from annotator.report import markdown as markdown_renderer
from annotator.report import terminal as terminal_renderer
from annotator.report.html import render_html
from annotator.report.markdown import render_markdown
from annotator.report.sections import SECTION_TYPES, ArticleText, build
from annotator.report.terminal import VOICE_STYLES, block_text, render_rich
from annotator.sources.schema import (
    Affiliation,
    Domain,
    Funding,
    LegalAction,
    Note,
    Outlet,
    OwnershipLink,
    Rating,
)

HEADLINE = "Martyr honoured as occupation forces retreat"
BODY = (
    "The heroic resistance struck again on Monday.\n\n"
    '"These terrorists will pay," said Ali Hassan, a local commander.\n\n'
    "Officials said the regime had slaughtered civilians | witnesses disagreed."
)
SEIZURE_DOC = "https://www.justice.gov/opa/pr/seizure-example"
CITE_OWNER = "https://example.org/owner-report"
CITE_RATING = "https://ratings.example.net/outlet"
CITE_UNCHECKED = "https://example.org/affiliation-claim"
URL = HttpUrl  # the registry models take parsed URLs


def _flag(text: str, field: Literal["headline", "body"], voice: Voice, *,
          speaker: str | None = None, paragraph: int | None = None, **kw: object) -> Flag:
    """A flag whose offsets are computed from the fixture text, so they are always right."""
    source = HEADLINE if field == "headline" else BODY
    start = source.index(text)
    defaults: dict[str, object] = {
        "entry_id": text.lower().replace(" ", "-"), "category": "loaded",
        "technique": "Loaded_Language", "severity": "medium", "why": f"{text} is loaded",
    }
    defaults.update(kw)
    return Flag(text=text, field=field, start=start, end=start + len(text), voice=voice,
                speaker=speaker, paragraph=paragraph, **defaults)  # type: ignore[arg-type]


def _outlet() -> Outlet:
    return Outlet(
        id="example-tv", name="Example TV", names={"ar": "قناة المثال"}, country="LB",
        languages=["ar", "en"], kind="broadcaster",
        domains=[Domain(domain="example-tv.com"), Domain(domain="example-tv.net", role="mirror")],
        ownership=[OwnershipLink(role="owner", entity="Example Media Group", source=URL(CITE_OWNER),
                                 as_of=dt.date(2024, 3, 1), reviewed=dt.date(2026, 11, 29))],
        funding=[Funding(model="party", detail="party budget", source=URL(CITE_OWNER),
                         as_of=dt.date(2024, 3, 1))],
        affiliations=[Affiliation(entity="Example Movement", kind="militant", basis="aligned",
                                  source=URL(CITE_UNCHECKED), as_of=dt.date(2023, 7, 9),
                                  checked=False)],
        legal=[LegalAction(type="domain_seizure", authority="US Department of Justice",
                           instrument="Seizure warrant 21-mj-1", date=dt.date(2021, 6, 22),
                           domains=["example-tv.com"], document=URL(SEIZURE_DOC),
                           source=URL(SEIZURE_DOC), as_of=dt.date(2021, 6, 22))],
        ratings=[Rating(rater="RaterOne", label="Propaganda", source=URL(CITE_RATING),
                        as_of=dt.date(2025, 1, 15), imputed=True)],
        last_reviewed=dt.date(2025, 2, 1),
    )


def _flags() -> list[Flag]:
    return [
        _flag("Martyr", "headline", "outlet", category="glorifying", severity="high"),
        _flag("occupation forces", "headline", "outlet", category="contested_name",
              neutral=["Israeli forces"], other_side=["defence forces"]),
        _flag("heroic resistance", "body", "outlet", paragraph=0, neutral=["armed group"]),
        _flag("terrorists", "body", "quoted", speaker="Ali Hassan", paragraph=1,
              category="name_calling", neutral=["fighters"]),
        _flag("regime had slaughtered civilians | witnesses", "body", "paraphrase",
              speaker="Officials", paragraph=2, neutral=["killed"]),
    ]


def _report(match: OutletMatch, flags: list[Flag] | None = None) -> Report:
    flags = _flags() if flags is None else flags
    counts = VoiceCounts(**{v: sum(f.voice == v for f in flags)
                            for v in ("outlet", "quoted", "paraphrase")})
    return Report(
        tool="annotator 0.1.0", generated_at=dt.datetime(2026, 11, 29, 1, 0, tzinfo=dt.UTC),
        source=SourceInfo(kind="url", url="https://web.archive.org/web/2024/https://example-tv.net/a",
                          original_url="https://example-tv.net/a", url_from="argument"),
        fetch=FetchInfo(
            requested_url="https://example-tv.net/a", final_url="https://example-tv.net/a/",
            status=200, content_type="text/html", charset="utf-8", charset_source="http",
            redirects=[Redirect(url="https://example-tv.net/a", status=301)],
            fetched_at=dt.datetime(2026, 11, 29, 0, 59, tzinfo=dt.UTC), elapsed_ms=120.0,
            bytes=1234, sha256="ab" * 32),
        article=Article(headline=HEADLINE, og_title="Martyr honoured", bylines=["Staff writer"],
                        published="2026-11-28T10:00:00Z", language="en", body=BODY),
        outlet=match, flags=flags, counts=counts,
        warnings=["paywall: only the first paragraphs were readable"],
    )


def matched_report() -> Report:
    return _report(OutletMatch(domain="example-tv.net", host="example-tv.net", status="matched",
                               how="exact domain", domain_role="mirror", outlet=_outlet(),
                               layer="sources.yaml", stale=True))


def unknown_report() -> Report:
    return _report(OutletMatch(domain="unknown-news.example", host="www.unknown-news.example",
                               status="not_in_registry"), flags=[])


def _flat(text: str) -> str:
    """Collapse whitespace, so wrapped lines compare as one."""
    return " ".join(re.sub("[\u2500-\u257f]", " ", text).split())




def _rich(report: Report, width: int = 100, **options: bool) -> str:
    buf = io.StringIO()
    render_rich(report, Console(file=buf, width=width), **options)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# sections: one build, every renderer


def test_every_renderer_handles_every_section_type() -> None:
    for module in (terminal_renderer, markdown_renderer, html_renderer):
        assert set(module.RENDERERS) == set(SECTION_TYPES), module.__name__
    assert [type(s) for s in build(matched_report()).sections] == list(SECTION_TYPES)


def test_flags_numbered_in_reading_order_and_explained_once() -> None:
    shared = "Certainty markers present a claim as beyond question."
    flags = [
        _flag("struck", "body", "outlet", paragraph=0, entry_id="struck", why=shared),
        _flag("Martyr", "headline", "outlet", why=shared, entry_id="martyr"),
        _flag("terrorists", "body", "quoted", speaker="Ali Hassan", paragraph=1, why=shared,
              entry_id="martyr", neutral=["fighters"]),
    ]
    out = _rich(_report(matched_report().outlet, flags=flags))
    assert _flat(out).count(shared) == 1  # said once, for all three occurrences
    lines = out.splitlines()
    occ = [line.strip() for line in lines if re.match(r"\s*\[\d+\] \"", line)]
    assert occ == [
        "[1] \"Martyr\" · headline · outlet's own words",
        "[2] \"struck\" · para 1 · outlet's own words",
        "[3] \"terrorists\" · para 2 · quoted: Ali Hassan",
    ]
    assert "Martyr[1]" in out and "terrorists[3]" in out  # the text carries the same numbers


def test_summary_leads_and_brief_prints_it_alone() -> None:
    out = _rich(matched_report())
    first = _flat("\n".join(out.splitlines()[:12]))
    assert first.startswith(HEADLINE)
    assert ("Outlet Example TV · broadcaster, LB · controlled by Example Media Group · "
            "no state affiliation recorded · militant: Example Movement (aligned) · in force: "
            "domain seizure (US Department of Justice, 2021) · no rater has rated it "
            "(model estimates only)") in first  # an imputed value is no rater's verdict
    assert "Genre unknown" in first
    assert "Flags 5 - outlet 3, quoted 1, paraphrase 1" in first
    # warnings come with the summary, not after the text
    assert out.index("paywall: only the first") < out.index("Outlet: Example TV")
    assert out.index("stale profile") < out.index("Outlet: Example TV")
    brief = _rich(matched_report(), brief=True)
    assert "Example TV · broadcaster" in brief and "paywall" in brief
    assert "Ownership" not in brief and "heroic" not in brief


def test_raters_side_by_side_in_summary() -> None:
    report = matched_report()
    outlet = report.outlet.outlet
    assert outlet is not None
    second = Rating(rater="RaterTwo, 2024 edition", label="mixed", source=URL(CITE_RATING),
                    as_of=dt.date(2024, 1, 1))
    match = report.outlet.model_copy(update={"outlet": outlet.model_copy(
        update={"ratings": [*outlet.ratings, second]})})
    first = _flat(_rich(_report(match), brief=True))
    assert 'rated by RaterTwo "mixed"' in first and "RaterOne" not in first


def test_one_raters_same_verdict_said_once_and_never_called_a_difference() -> None:
    # Two snapshots of one list, each naming a domain of the outlet, say the same thing.
    report = matched_report()
    outlet = report.outlet.outlet
    assert outlet is not None
    snapshots = [
        Rating(rater=f"ListOne ({year} snapshot)", label="generally reliable",
               source=URL(CITE_RATING), as_of=dt.date(year, 1, 1))
        for year in (2021, 2026)
    ]
    match = report.outlet.model_copy(update={"outlet": outlet.model_copy(
        update={"ratings": snapshots})})
    brief = _flat(_rich(_report(match), brief=True))
    assert 'rated by ListOne "generally reliable"' in brief
    assert "differ" not in brief and brief.count('"generally reliable"') == 1
    other = Rating(rater="ListTwo", label="mixed", source=URL(CITE_RATING),
                   as_of=dt.date(2024, 1, 1))
    match = match.model_copy(update={"outlet": match.outlet.model_copy(  # type: ignore[union-attr]
        update={"ratings": [*snapshots, other]})})
    brief = _flat(_rich(_report(match), brief=True))
    assert 'raters differ: ListOne "generally reliable"; ListTwo "mixed"' in brief


def test_hidden_flags_only_with_all() -> None:
    flags = _flags()
    flags[0] = flags[0].model_copy(update={"shown": False})
    report = _report(matched_report().outlet, flags=flags)
    out = _flat(_rich(report))
    assert "Flags 4 - outlet 2, quoted 1, paraphrase 1 (+1 more out of the default view" in out
    assert '"Martyr"' not in out and "Martyr[" not in out
    everything = _flat(_rich(report, show_all=True))
    assert '"Martyr"' in everything and "Flags 5" in everything
    assert "**Martyr**" not in render_markdown(report)
    assert "**Martyr**" in render_markdown(report, show_all=True)
    assert render_html(report).count("<mark class=\"v-outlet\" id=") == 2
    assert render_html(report, show_all=True).count("<mark class=\"v-outlet\" id=") == 3
    assert all("out of the default view" in r(report) for r in (render_markdown, render_html))


# --------------------------------------------------------------------------------------------
# rich


def test_outlet_profile_with_citations() -> None:
    out = _rich(matched_report())
    flat = _flat(out)
    assert "قناة المثال" in out
    assert "exact domain, mirror domain" in flat
    # on one line, whole; the source's date and the curator's review date, never one for the other
    assert f"source: {CITE_OWNER} (documented 2024-03-01; reviewed 2026-11-29)" in out
    assert "Example Media Group" in flat
    assert flat.count("unverified") == 1
    assert f"[! unverified citation] source: {CITE_UNCHECKED} (documented 2023-07-09)" in out
    assert '"Propaganda" (scope: site) [! imputed rating' in flat
    assert f"{CITE_RATING} (documented 2025-01-15)" in out
    assert "Seizure warrant 21-mj-1" in flat and f"document: {SEIZURE_DOC}" in out
    assert "State affiliation - none recorded" in flat
    assert "Original address: https://example-tv.net/a" in flat


def test_not_in_registry_and_no_url() -> None:
    flat = _flat(_rich(unknown_report()))
    assert "unknown-news.example: not in the registry - this is not a verdict of neutrality" in flat
    no_url = _report(OutletMatch(domain=None, host=None, status="no_url"), flags=[])
    assert "no URL was given" in _flat(_rich(no_url))


def test_other_side_term_never_called_neutral() -> None:
    flat = _flat(_rich(matched_report()))
    assert "other side's term: defence forces" in flat
    assert "neutral: Israeli forces" in flat
    assert "neutral: defence" not in flat


def test_quotation_alternatives_offered_as_paraphrase_in_every_format() -> None:
    # "terrorists" stands only inside a quotation: a reporter cannot reword it, only paraphrase.
    report = matched_report()
    for out in (_flat(_rich(report)), render_markdown(report), render_html(report)):
        assert "if paraphrased: fighters" in out
        assert "neutral: fighters" not in out
        assert "neutral: armed group" in out  # the outlet's own words keep "neutral"


def test_metadata_and_one_time_format() -> None:
    out = _rich(matched_report())
    flat = _flat(out)
    assert "og:title: Martyr honoured" in flat
    assert "Redirects: 301 https://example-tv.net/a -> 200 https://example-tv.net/a/" in flat
    assert "Published: 2026-11-28 10:00 UTC" in flat
    assert "Fetched: 2026-11-29 00:59 UTC" in flat
    assert "generated 2026-11-29 01:00 UTC" in flat
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d", out)  # no other format anywhere


def test_urls_never_split_and_linked_on_terminals() -> None:
    long_url = "https://example-tv.net/" + "a-very-long-path-segment/" * 6
    report = matched_report()
    report = report.model_copy(update={"article": report.article.model_copy(
        update={"canonical_url": long_url})})
    out = _rich(report, width=40)
    for url in (long_url, CITE_OWNER, CITE_UNCHECKED, SEIZURE_DOC):
        assert any(url in line for line in out.splitlines()), url
    buf = io.StringIO()
    render_rich(report, Console(file=buf, width=80, force_terminal=True, color_system="standard"))
    assert "\x1b]8;id=" in buf.getvalue() and f";{long_url}\x1b\\" in buf.getvalue()


def test_legend_only_with_colour() -> None:
    assert "Legend" not in _rich(matched_report())  # a file: no colour
    buf = io.StringIO()
    render_rich(matched_report(), Console(file=buf, width=100, force_terminal=True,
                                          color_system="standard"))
    assert "Legend" in buf.getvalue()


def test_highlights_at_exact_flag_offsets() -> None:
    report = matched_report()
    text = next(s for s in build(report).sections if isinstance(s, ArticleText))
    by_text = {f.text: f for f in report.flags}
    for block in text.blocks:
        rendered = block_text(block)
        for span in rendered.spans:
            if str(span.style) == "dim":
                continue  # the flag numbers
            flag = by_text[rendered.plain[span.start:span.end]]
            assert str(span.style) == VOICE_STYLES[flag.voice]
    assert len([s for b in text.blocks for s in block_text(b).spans if str(s.style) != "dim"]) \
        == len(report.flags)


def test_bad_offsets_are_reported_not_highlighted() -> None:
    bad = _flag("terrorists", "body", "quoted", speaker="Ali Hassan", paragraph=1)
    bad = bad.model_copy(update={"start": bad.start + 1, "end": bad.end + 1})
    report = _report(matched_report().outlet, flags=[bad])
    out = _rich(report)
    assert "not highlighted" in _flat(out)
    assert "terrorists[1]" not in out


@pytest.mark.parametrize("width", [40, 80])
def test_no_colour_and_narrow(width: int) -> None:
    for report in (matched_report(), unknown_report()):
        text = _rich(report, width)
        assert "\x1b[" not in text  # a non-terminal file gets no escape codes
        # only lines holding a URL (printed whole, never split) may pass the width
        assert all(len(line) <= width or "://" in line for line in text.splitlines())


def test_markup_in_page_text_is_not_interpreted() -> None:
    report = matched_report()
    outlet = report.outlet.outlet
    assert outlet is not None
    report = report.model_copy(update={
        "article": report.article.model_copy(update={"bylines": ["[bold]Staff[/bold]"]}),
        "outlet": report.outlet.model_copy(
            update={"outlet": outlet.model_copy(update={"name": "[red]TV[/red]"})}),
    })
    out = _rich(report)
    assert "[bold]Staff[/bold]" in out
    assert "Outlet: [red]TV[/red]" in out


def test_no_colour_terminal_keeps_voices_apart() -> None:
    buf = io.StringIO()
    render_rich(matched_report(), Console(file=buf, width=100, force_terminal=True,
                                          no_color=True))
    out = buf.getvalue()
    codes = {int(c) for seq in re.findall(r"\x1b\[([0-9;]*)m", out) for c in seq.split(";") if c}
    assert not codes & set(range(30, 50)), "no foreground/background colour codes"
    assert "\x1b[1mheroic resistance\x1b[0m" in out
    assert "\x1b[3mterrorists\x1b[0m" in out
    assert "\x1b[4mregime had slaughtered civilians | witnesses\x1b[0m" in out


# --------------------------------------------------------------------------------------------
# markdown


def test_markdown_outlet_links_and_marks() -> None:
    md = render_markdown(matched_report())
    assert md.index("- **Outlet:** Example TV") < md.index("## Outlet: Example TV")
    assert md.index("## Outlet: Example TV") < md.index("## Article")
    assert f"[{CITE_OWNER}](<{CITE_OWNER}>)" in md.replace("\\", "")
    assert "documented 2024-03-01; reviewed 2026-11-29" in md
    assert "**unverified citation**" in md
    assert md.count("unverified") == 1
    assert '"Propaganda" (scope: site) **! imputed rating' in md
    assert f"(<{SEIZURE_DOC}>)" in md
    assert "- State affiliation: none recorded" in md
    assert "- **Warning:** paywall: only the first paragraphs were readable" in md


def test_markdown_flags_one_line_each() -> None:
    md = render_markdown(matched_report())
    assert '- \\[4\\] "terrorists" - para 2 - quoted: Ali Hassan' in md
    assert '- \\[5\\] "regime had slaughtered civilians \\| witnesses" - para 3 - ' \
        "paraphrase: Officials" in md
    assert "(Name Calling, Labeling" not in md and "(Loaded Language, medium)" in md


def test_markdown_body_marks_spans_by_offset() -> None:
    md = render_markdown(matched_report())
    assert "#### **Martyr**^(1 outlet) honoured as **occupation forces**^(2 outlet) retreat" in md
    assert '"These **terrorists**^(4 quoted) will pay,"' in md
    assert "**regime had slaughtered civilians \\| witnesses**^(5 paraphrase)" in md


def test_markdown_not_in_registry_and_brief() -> None:
    md = render_markdown(unknown_report())
    assert "unknown-news.example: not in the registry - this is not a verdict of neutrality" in md
    brief = render_markdown(matched_report(), brief=True)
    assert "Example TV · broadcaster" in brief and "## Outlet" not in brief


def test_markdown_escapes_page_text_and_merges_overlaps() -> None:
    body = "See [link](http://x) <script>x</script> and the brutal regime\n# not a heading"
    article = Article(headline="A *starred* headline", body=body)
    start = body.index("brutal")
    flags = [
        Flag(text="brutal regime", field="body", start=start, end=start + 13, entry_id="a",
             category="loaded", technique="Loaded_Language", severity="low", why="w",
             voice="paraphrase", speaker="X", paragraph=0),
        Flag(text="regime", field="body", start=start + 7, end=start + 13, entry_id="b",
             category="name_calling", technique="Name_Calling,Labeling", severity="high",
             why="v", voice="outlet", paragraph=0),
    ]
    report = matched_report().model_copy(update={"article": article, "flags": flags})
    md = render_markdown(report)
    assert "\\[link\\](http://x) \\<script>x\\</script>" in md
    assert "#### A \\*starred\\* headline" in md
    assert "the **brutal regime**^(1 paraphrase, 2 outlet)\\\n\\# not a heading" in md


@pytest.mark.parametrize("renderer", ["rich", "markdown", "html"])
def test_matched_without_profile_does_not_crash(renderer: str) -> None:
    report = _report(OutletMatch(domain="x.example", host="x.example", status="matched"))
    out = {"markdown": render_markdown, "html": render_html}.get(renderer, _rich)(report)
    assert "x.example: not in the registry" in out
    assert "supplied no profile" in out


def test_unknown_domain_shows_platform_and_open_data_ratings_with_layers() -> None:
    rating = Rating(rater="Open Rater", label="generally unreliable", source=HttpUrl(
        "https://ratings.example.org/list"), as_of=dt.date(2021, 3, 17), imputed=True,
        layer="imported-ratings.tsv")
    match = OutletMatch(domain="someone.blogspot.com", host="someone.blogspot.com",
                        status="not_in_registry", platform="Blogger",
                        how="self-published on Blogger (blogspot.com); the platform's profile "
                        "does not apply", domain_ratings=[rating])
    text = _flat(_rich(_report(match, flags=[])))
    assert "self-published on Blogger" in text and "Open Rater" in text
    assert "no rater has rated it (model estimates only)" in text
    assert "https://ratings.example.org/list" in text
    md = render_markdown(_report(match, flags=[]))
    assert "Open Rater" in md and "self-published on Blogger" in md


def test_overlay_claims_show_their_layer() -> None:
    outlet = _outlet()
    noted = outlet.model_copy(update={"notes": [Note(
        text="Desk policy: attribute every casualty figure.", source=HttpUrl(
            "https://newsroom.example/standards"), as_of=dt.date(2026, 10, 1),
        layer="/srv/newsroom.yaml")]})
    match = OutletMatch(domain="example-tv.net", host="example-tv.net", status="matched",
                        how="exact domain", outlet=noted)
    text = _flat(_rich(_report(match, flags=[])))
    assert "Desk policy" in text and "[layer: newsroom.yaml]" in text
    assert "(layer: newsroom.yaml)" in render_markdown(_report(match, flags=[]))
    assert "[layer: newsroom.yaml]" in render_html(_report(match, flags=[]))


def test_claim_dates_never_pass_a_review_date_off_as_the_sources() -> None:
    from annotator.report.facts import claim_dates
    from annotator.sources.schema import Note

    def note(**kw: object) -> Note:
        return Note(text="x", source=URL("https://example.org/a"), **kw)  # type: ignore[arg-type]

    assert claim_dates(note(as_of=dt.date(2012, 1, 20))) == "documented 2012-01-20"
    read = note(as_of=dt.date(2026, 11, 29), reviewed=dt.date(2026, 11, 29), as_of_approximate=True)
    assert claim_dates(read) == "source undated, read 2026-11-29; reviewed 2026-11-29"
    month = note(as_of=dt.date(2023, 8, 1), reviewed=dt.date(2026, 11, 29), as_of_approximate=True)
    assert claim_dates(month) == "documented about 2023-08; reviewed 2026-11-29"
