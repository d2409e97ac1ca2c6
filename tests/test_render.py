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
from annotator.report.markdown import render_markdown
from annotator.report.terminal import VOICE_STYLES, highlighted, render_rich
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
    """Drop box-drawing borders and collapse whitespace, so wrapped lines compare as one."""
    return " ".join(re.sub("[\u2500-\u257f]", " ", text).split())


def _export(report: Report, **console_kw: object) -> str:
    console = Console(record=True, width=100, **console_kw)  # type: ignore[arg-type]
    render_rich(report, console)
    return console.export_text()


# --------------------------------------------------------------------------------------------
# rich


def test_outlet_panel_shows_profile_with_citations() -> None:
    out = _export(matched_report())
    flat = _flat(out)  # rich wraps lines inside the panel; compare on collapsed whitespace
    assert out.index("Example TV") < out.index("Article")  # outlet panel first
    assert "قناة المثال" in out
    assert "exact domain, mirror domain" in flat
    # The source's date and the curator's review date, both, never one for the other.
    assert f"{CITE_OWNER} (documented 2024-03-01; reviewed 2026-11-29)" in flat
    assert "Example Media Group" in flat
    # the unverified mark sits on the citation of the unchecked claim, not elsewhere
    assert flat.count("unverified") == 1
    assert f"[! unverified citation] source: {CITE_UNCHECKED} (documented 2023-07-09)" in flat
    assert '"Propaganda" (scope: site) [! imputed rating' in flat
    assert f"{CITE_RATING} (documented 2025-01-15)" in flat
    assert "Seizure warrant 21-mj-1" in flat and f"document: {SEIZURE_DOC}" in flat
    assert "State affiliation - none recorded" in flat
    assert "stale profile" in flat
    assert "Original address: https://example-tv.net/a" in flat


def test_not_in_registry_and_no_url() -> None:
    flat = _flat(_export(unknown_report()))
    assert "unknown-news.example: not in the registry - this is not a verdict of neutrality" in flat
    no_url = _report(OutletMatch(domain=None, host=None, status="no_url"), flags=[])
    assert "no URL was given" in _flat(_export(no_url))


def test_flags_grouped_outlet_quoted_paraphrase() -> None:
    out = _export(matched_report())
    flat = _flat(out)
    i_outlet = out.index("Outlet voice - the outlet's own words (3)")
    i_quoted = out.index("Quoted - inside quotation marks")
    i_para = out.index("Paraphrase - reported speech")
    assert i_outlet < i_quoted < i_para
    assert "Flags: 5 (outlet 3, quoted 1, paraphrase 1)" in flat
    assert "Ali Hassan" in out[i_quoted:i_para]
    assert "Officials" in out[i_para:]
    # table cells wrap at 100 columns, so check the labels in the outlet table's rows
    outlet_part = _flat(out[i_outlet:i_quoted])
    assert "other side's term:" in outlet_part and "defence" in outlet_part
    assert "neutral: Israeli" in outlet_part
    assert "neutral: defence" not in outlet_part  # the other side's term is never "neutral"


def test_metadata_and_warnings() -> None:
    out = _export(matched_report())
    flat = _flat(out)
    assert "og:title: Martyr honoured" in flat
    assert "Redirects: 301 https://example-tv.net/a -> 200 https://example-tv.net/a/" in flat
    assert "abababababababab..." in flat
    assert out.rindex("paywall: only the first paragraphs") > out.index("[3] Officials said")


def test_highlights_at_exact_flag_offsets() -> None:
    report = matched_report()
    for field in ("headline", "body"):
        text = highlighted(report, field)
        expected = {(f.start, f.end, VOICE_STYLES[f.voice]) for f in report.flags
                    if f.field == field}
        assert {(s.start, s.end, str(s.style)) for s in text.spans} == expected
        for span in text.spans:  # the span covers exactly the flagged words
            assert text.plain[span.start:span.end] in {f.text for f in report.flags}


def test_highlights_reach_the_terminal_output() -> None:
    console = Console(record=True, width=100, force_terminal=True, color_system="truecolor")
    render_rich(matched_report(), console)
    html = console.export_html(inline_styles=True)
    # the quoted word is rendered in its own styled span
    assert ">terrorists</span>" in html


def test_bad_offsets_are_reported_not_highlighted() -> None:
    bad = _flag("terrorists", "body", "quoted", speaker="Ali Hassan", paragraph=1)
    bad = bad.model_copy(update={"start": bad.start + 1, "end": bad.end + 1})
    report = _report(matched_report().outlet, flags=[bad])
    assert highlighted(report, "body").spans == []
    assert "not highlighted" in _flat(_export(report))


@pytest.mark.parametrize("width", [40, 80])
def test_no_colour_and_narrow(width: int) -> None:
    for report in (matched_report(), unknown_report()):
        buf = io.StringIO()
        render_rich(report, Console(file=buf, width=width, no_color=True))
        text = buf.getvalue()
        assert "\x1b[" not in text  # a non-terminal file gets no escape codes
        assert max(len(line) for line in text.splitlines()) <= width


def test_markup_in_page_text_is_not_interpreted() -> None:
    report = matched_report()
    outlet = report.outlet.outlet
    assert outlet is not None
    report = report.model_copy(update={
        "article": report.article.model_copy(update={"bylines": ["[bold]Staff[/bold]"]}),
        "outlet": report.outlet.model_copy(
            update={"outlet": outlet.model_copy(update={"name": "[red]TV[/red]"})}),
    })
    out = _export(report)
    assert "[bold]Staff[/bold]" in out
    assert "Outlet: [red]TV[/red]" in out  # the panel title too


# --------------------------------------------------------------------------------------------
# markdown


def test_markdown_outlet_links_and_marks() -> None:
    md = render_markdown(matched_report())
    assert md.index("## Outlet: Example TV") < md.index("## Article")
    assert f"[{CITE_OWNER}](<{CITE_OWNER}>)" in md.replace("\\", "")
    assert "documented 2024-03-01; reviewed 2026-11-29" in md
    assert "**unverified citation**" in md
    assert md.count("unverified") == 1
    assert '"Propaganda" (scope: site) **! imputed rating' in md
    assert f"(<{SEIZURE_DOC}>)" in md
    assert "- State affiliation: none recorded" in md


def test_markdown_flag_tables_escape_pipes_and_order() -> None:
    md = render_markdown(matched_report())
    i_outlet, i_quoted, i_para = (md.index(f"### {v}") for v in
                                  ("Outlet voice", "Quoted", "Paraphrase"))
    assert i_outlet < i_quoted < i_para
    table_rows = [line for line in md[i_para:].splitlines() if line.startswith("| regime")]
    assert len(table_rows) == 1
    assert "civilians \\| witnesses" in table_rows[0]
    # the escaped pipe does not add a column: same cell count as the header
    header = next(line for line in md[i_para:].splitlines() if line.startswith("| term"))
    unescaped = [line.replace("\\|", "") for line in (header, table_rows[0])]
    assert unescaped[0].count("|") == unescaped[1].count("|")
    assert "| Ali Hassan |" in md[i_quoted:i_para]


def test_markdown_body_marks_spans_by_offset() -> None:
    md = render_markdown(matched_report())
    assert "#### **Martyr**^(outlet) honoured as **occupation forces**^(outlet) retreat" in md
    assert '"These **terrorists**^(quoted) will pay,"' in md
    assert "**regime had slaughtered civilians \\| witnesses**^(paraphrase)" in md
    assert "^(outlet) = the outlet's own words" in md  # one-line legend


def test_markdown_not_in_registry() -> None:
    md = render_markdown(unknown_report())
    assert "unknown-news.example: not in the registry - this is not a verdict of neutrality" in md
    assert "- paywall: only the first paragraphs were readable" in md


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
             why="w", voice="outlet", paragraph=0),
    ]
    report = matched_report().model_copy(update={"article": article, "flags": flags})
    md = render_markdown(report)
    assert "\\[link\\](http://x) \\<script>x\\</script>" in md
    assert "#### A \\*starred\\* headline" in md
    # one mark for the overlapping spans, voices in outlet -> quoted -> paraphrase order
    assert "the **brutal regime**^(outlet+paraphrase)\\\n\\# not a heading" in md


@pytest.mark.parametrize("renderer", ["rich", "markdown"])
def test_matched_without_profile_does_not_crash(renderer: str) -> None:
    report = _report(OutletMatch(domain="x.example", host="x.example", status="matched"))
    out = render_markdown(report) if renderer == "markdown" else _flat(_export(report))
    assert "x.example: not in the registry" in out
    assert "supplied no profile" in out


def test_no_colour_terminal_keeps_voices_apart() -> None:
    buf = io.StringIO()
    render_rich(matched_report(), Console(file=buf, width=100, force_terminal=True,
                                          no_color=True))
    out = buf.getvalue()
    codes = {int(c) for seq in re.findall(r"\x1b\[([0-9;]*)m", out) for c in seq.split(";") if c}
    assert not codes & set(range(30, 50)), "no foreground/background colour codes"
    # bold / italic / underline still tell outlet, quoted and paraphrase apart
    assert "\x1b[1mheroic resistance\x1b[0m" in out
    assert "\x1b[3mterrorists\x1b[0m" in out
    assert "\x1b[4mregime had slaughtered civilians | witnesses\x1b[0m" in out


def test_unknown_domain_shows_platform_and_open_data_ratings_with_layers() -> None:
    rating = Rating(rater="Open Rater", label="generally unreliable", source=HttpUrl(
        "https://ratings.example.org/list"), as_of=dt.date(2021, 3, 17), imputed=True,
        layer="imported-ratings.tsv")
    match = OutletMatch(domain="someone.blogspot.com", host="someone.blogspot.com",
                        status="not_in_registry", platform="Blogger",
                        how="self-published on Blogger (blogspot.com); the platform's profile "
                        "does not apply", domain_ratings=[rating])
    text = _flat(_export(_report(match, flags=[])))
    assert "self-published on Blogger" in text and "Open Rater" in text
    assert "imputed" in text and "https://ratings.example.org/list" in text
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
    text = _flat(_export(_report(match, flags=[])))
    assert "Desk policy" in text and "[layer: newsroom.yaml]" in text
    assert "(layer: newsroom.yaml)" in render_markdown(_report(match, flags=[]))


def test_claim_dates_never_pass_a_review_date_off_as_the_sources() -> None:
    from annotator.report.terminal import claim_dates
    from annotator.sources.schema import Note

    def note(**kw: object) -> Note:
        return Note(text="x", source=URL("https://example.org/a"), **kw)  # type: ignore[arg-type]

    assert claim_dates(note(as_of=dt.date(2012, 1, 20))) == "documented 2012-01-20"
    read = note(as_of=dt.date(2026, 11, 29), reviewed=dt.date(2026, 11, 29), as_of_approximate=True)
    assert claim_dates(read) == "source undated, read 2026-11-29; reviewed 2026-11-29"
    month = note(as_of=dt.date(2023, 8, 1), reviewed=dt.date(2026, 11, 29), as_of_approximate=True)
    assert claim_dates(month) == "documented about 2023-08; reviewed 2026-11-29"
