"""The whole run: annotate() on the bundled sample and on fixture pages served from 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from annotator.errors import EmptyPageError, InputFileError, UsageError
from annotator.models import Report
from annotator.pipeline import annotate, sample_path

PAGES = Path(__file__).parent / "fixtures" / "pages"
FIXTURES = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))


@pytest.fixture(scope="module")
def sample_report() -> Report:
    return annotate(str(sample_path()))


def _by_text(report: Report) -> dict[str, list[tuple[str, str, str | None]]]:
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    for f in report.flags:
        out.setdefault(f.text, []).append((f.field, f.voice, f.speaker))
    return out


def test_sample_identifies_the_outlet(sample_report: Report) -> None:
    m = sample_report.outlet
    assert m.status == "matched" and m.outlet is not None and m.outlet.id == "al-manar"
    assert m.domain_role == "edition"
    assert any(a.type == "designation" and a.date.year == 2006 for a in m.outlet.legal)
    assert sample_report.source.url_from == "canonical"


def test_sample_keeps_boilerplate_out(sample_report: Report) -> None:
    art = sample_report.article
    assert art.headline.startswith("Iran will Certainly Deal a Blow")
    assert art.body.startswith("Leader of the Islamic Ummah and Oppressed Imam")
    assert art.body.endswith("to hold talks with senior Iranian officials.")
    for junk in ("Back to top", "Related", "Share", "Facebook", "Middle East\n", "Home"):
        assert junk not in art.body
    assert len(art.paragraphs) == 9


def test_sample_flags_in_the_outlet_voice(sample_report: Report) -> None:
    flags = _by_text(sample_report)
    assert ("headline", "outlet", None) in flags["Martyr"]
    assert ("headline", "outlet", None) in flags["Certainly"]
    chain = [t for t in flags if t.startswith("Leader of the Islamic Ummah")]
    assert chain and "Oppressed Imam" in chain[0]  # one flag for the chain of titles
    assert flags[chain[0]] == [("body", "outlet", None)]


def test_sample_flags_quoted_name_calling_with_khamenei_as_speaker(sample_report: Report) -> None:
    enemy = [f for f in sample_report.flags if "enemy" in f.text]
    assert enemy, "the name-calling inside Khamenei's quote must be flagged"
    for f in enemy:
        assert f.voice == "quoted" and f.speaker is not None and "Khamenei" in f.speaker
        assert f.category == "name_calling"
    corruption = [f for f in sample_report.flags if "corruption" in f.text]
    assert corruption and all(
        f.voice == "quoted" and "Khamenei" in (f.speaker or "") for f in corruption
    )


def test_sample_paraphrase_and_no_neutral_names(sample_report: Report) -> None:
    flags = _by_text(sample_report)
    assert flags["martyrdom"][0][1] == "paraphrase"
    texts = " | ".join(f.text for f in sample_report.flags)
    for neutral in ("Islamic Republic", "Iraq", "Prime Minister", "Tehran", "Kadhimi"):
        assert neutral not in texts


def test_offsets_point_at_the_text(sample_report: Report) -> None:
    art = sample_report.article
    for f in sample_report.flags:
        src = art.headline if f.field == "headline" else art.body
        assert src[f.start : f.end] == f.text
    c = sample_report.counts
    assert c.outlet + c.quoted + c.paraphrase == len(sample_report.flags)
    assert c.outlet >= 3 and c.quoted >= 2 and c.paraphrase >= 1


def test_sample_over_http_uses_the_canonical_url(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/story").respond_with_data(
        sample_path().read_bytes(), content_type="text/html; charset=utf-8"
    )
    report = annotate(httpserver.url_for("/story"))
    assert report.fetch is not None and report.fetch.status == 200
    assert report.fetch.final_url == httpserver.url_for("/story")
    assert report.outlet.outlet is not None and report.outlet.outlet.id == "al-manar"
    assert report.outlet.basis == "canonical"
    assert f"read at {httpserver.host}" in (report.outlet.how or "")


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_pages_over_http(httpserver: HTTPServer, name: str) -> None:
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    # Served without a charset in the header: the page's own <meta> must decide.
    httpserver.expect_request(f"/{name}").respond_with_data(
        (PAGES / f"{name}.html").read_bytes(), content_type="text/html"
    )
    report = annotate(httpserver.url_for(f"/{name}"))
    art = report.article
    assert art.headline == expected["headline"]
    assert art.bylines == expected["bylines"]
    assert (art.published or "").startswith(expected["published"][:10])
    assert art.language == expected["language"]
    assert art.site_name == expected["site_name"]
    if expected.get("publisher"):
        assert art.publisher == expected["publisher"]
    for sentence in expected["body_must_contain"]:
        assert sentence in art.body
    for junk in expected["body_must_not_contain"]:
        assert junk not in art.body
    assert report.fetch is not None and report.fetch.charset_source in ("meta", "bom", "detected")


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_pages_saved_with_url(name: str) -> None:
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    report = annotate(str(PAGES / f"{name}.html"), url=expected["url"])
    assert report.source.url == expected["url"] and report.source.url_from == "argument"
    assert report.outlet.status in ("matched", "not_in_registry")
    for sentence in expected["body_must_contain"]:
        assert sentence in report.article.body


def test_text_input(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The Headline Is Certainly Here\n\nFirst paragraph.\n\nSecond one.\n")
    report = annotate(str(story))
    assert report.source.kind == "text" and report.outlet.status == "no_url"
    assert report.article.headline == "The Headline Is Certainly Here"
    assert report.article.paragraphs == ["First paragraph.", "Second one."]


def test_archive_address_is_unwrapped(tmp_path: Path) -> None:
    report = annotate(
        str(sample_path()),
        url="https://web.archive.org/web/20200722000000/https://english.almanar.com.lb/1",
    )
    assert report.source.original_url == "https://english.almanar.com.lb/1"
    assert report.source.unwrapped_via == "wayback"
    assert report.outlet.outlet is not None and report.outlet.outlet.id == "al-manar"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyPageError),
        (b"   \n", EmptyPageError),
        (b"\x89PNG\r\n\x1a\n\x00\x00", InputFileError),
    ],
)
def test_bad_local_input(tmp_path: Path, content: bytes, error: type[Exception]) -> None:
    f = tmp_path / "input.html"
    f.write_bytes(content)
    with pytest.raises(error):
        annotate(str(f))


def test_missing_file_and_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        annotate(str(tmp_path / "nope.html"))
    with pytest.raises(UsageError):
        annotate("a", html="<p>b</p>")


def test_relative_canonical_is_resolved_or_ignored(tmp_path: Path) -> None:
    page = tmp_path / "rel.html"
    page.write_text(
        '<html><head><link rel="canonical" href="/news/2024/x"></head><body><article>'
        "<h1>A headline of some length</h1><p>"
        + "Plain words in a paragraph. " * 20
        + "</p></article></body></html>"
    )
    assert annotate(str(page)).source.url is None  # nothing to resolve it against
    report = annotate(str(page), url="https://www.rt.com/amp/page")
    assert report.article.canonical_url == "https://www.rt.com/news/2024/x"


def test_html_fragment_file_is_read_as_html(tmp_path: Path) -> None:
    frag = tmp_path / "frag.txt"
    frag.write_text(
        "<article><h1>The council votes today</h1>\n<p>"
        + "The council met to discuss the budget for the year. " * 8
        + "</p></article>"
    )
    report = annotate(str(frag))
    assert report.source.kind == "html" and report.article.headline == "The council votes today"
    assert "<p>" not in report.article.body


def test_an_empty_page_address_is_no_address() -> None:
    """Only a junk address is refused (exit 16); an empty one means none was given."""
    from annotator.errors import BlockedURLError

    html = "<html><body><h1>Title</h1><p>The regime fell, officials said.</p></body></html>"
    assert annotate(html=html, url="").source.url is None
    with pytest.raises(BlockedURLError):
        annotate(html=html, url="javascript:alert(1)")
