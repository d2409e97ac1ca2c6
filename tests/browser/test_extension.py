"""The extension in real Chromium: badge, side panel, highlights, tooltip, errors; and the HTML
report opened in the same browser.

Screenshots go to a temporary folder, or to $ANNOTATOR_SCREENSHOTS (the README's images are made
with ANNOTATOR_SCREENSHOTS=docs).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from annotator.pipeline import annotate, sample_path
from annotator.report.html import render_html
from annotator.sources.registry import registry_with_overlays

from .conftest import HOST_PLATFORM, PATH_PLATFORM, SAMPLE_HOST
from .harness import Browser, free_port

BLUE, AMBER, GREY = [11, 87, 208, 255], [178, 106, 0, 255], [107, 107, 107, 255]


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("ANNOTATOR_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _wait_badge(b: Browser, url: str) -> tuple[str, list[int]]:
    tab = b.tab_id(url)
    for _ in range(100):  # set once the lookup answers (a request on the first visit)
        text, colour = b.badge(tab)
        if text:
            return text, colour
        b.context.pages[0].wait_for_timeout(50)
    return b.badge(tab)


def _expected_flags(server: str, url: str, *, hidden_too: bool = False) -> list[dict[str, Any]]:
    """The server's flags for the sample page, asked directly (not through the extension):
    those the default view shows, or all of them."""
    html = Path(sample_path()).read_text(encoding="utf-8")
    r = httpx.post(f"{server}/v1/annotate", json={"url": url, "html": html}, timeout=60)
    r.raise_for_status()
    return [f for f in r.json()["flags"] if f["shown"] or hidden_too]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _assert_each_flag_once_in_context(page: Any, expected: list[dict[str, Any]]) -> None:
    """Every flag highlighted exactly once, at its words, with its own context around it."""
    marks: list[dict[str, Any]] = page.evaluate("""() => {
      const out = [];
      for (const first of document.querySelectorAll('mark[data-annotator-first]')) {
        const i = first.dataset.annotatorFlag;
        const pieces = [...document.querySelectorAll(`mark[data-annotator-flag="${i}"]`)];
        const block = first.closest('p,h1,h2,h3,li,blockquote,figcaption,td,div');
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(first);
        const after = document.createRange();
        after.setStartAfter(pieces[pieces.length - 1]);
        after.setEnd(block, block.childNodes.length);
        out.push({index: Number(i), voice: first.className,
                  text: pieces.filter(p => !p.parentElement.closest(
                    `mark[data-annotator-flag="${i}"]`)).map(p => p.textContent).join(''),
                  before: range.toString(), after: after.toString()});
      }
      return out;
    }""")
    # The panel sends the flags in the server's order, so mark i is expected[i].
    assert sorted(m["index"] for m in marks) == list(range(len(expected)))
    for m in marks:
        flag = expected[m["index"]]
        assert _norm(m["text"]) == flag["text"]
        q = flag["selector"][0]
        prefix, suffix = _norm(q["prefix"]), _norm(q["suffix"])
        before, after = _norm(m["before"]), _norm(m["after"])
        k1, k2 = min(30, len(before), len(prefix)), min(30, len(after), len(suffix))
        # the page's own words sit around the highlight, as far as the paragraph goes
        assert before[len(before) - k1:] == prefix[len(prefix) - k1:], (m, q)
        assert after[:k2] == suffix[:k2], (m, q)
        assert f"annotator-{flag['voice']}" in m["voice"]


@pytest.fixture
def errors(chromium: Browser) -> Any:
    """Console errors raised during one test (none are allowed unless the test expects them)."""
    start = len(chromium.errors)
    yield lambda: chromium.errors[start:]


def test_badge_profiled_rated_only_and_unknown(chromium: Browser, pages: int, sample_url: str,
                                               errors: Any) -> None:
    registry = registry_with_overlays([])
    profiled = {d.domain for o in registry.outlets.values() for d in o.domains}
    rated = next(d for d in sorted(registry.imported.rows)
                 if d not in profiled and d.count(".") == 1)
    # A platform whose users publish under a path (medium.com/@alice) and one whose users
    # publish on subdomains: the platform itself is profiled, its users' pages are not. The
    # server knows both from the overlay the fixtures give it (conftest.PLATFORMS).
    path_host, sub_host = PATH_PLATFORM, HOST_PLATFORM
    cases = [(sample_url, "i", BLUE), (f"http://{rated}:{pages}/plain", "~", AMBER),
             (f"http://unknown-site.example:{pages}/plain", "?", GREY),
             (f"http://{path_host}:{pages}/plain", "i", BLUE),
             (f"http://{path_host}:{pages}/@alice/post", "?", GREY),
             (f"http://www.{sub_host}:{pages}/plain", "i", BLUE),
             (f"http://alice-writes.{sub_host}:{pages}/plain", "?", GREY)]
    for url, text, colour in cases:
        page = chromium.context.new_page()
        page.goto(url)
        assert _wait_badge(chromium, url) == (text, colour), url
        page.close()
    # the server was asked for hash prefixes only: no address or domain went out
    api = [u for u in chromium.requests if "/v1/outlets/" in u]
    assert api and all(re.search(r"/v1/outlets/prefix/[0-9a-f]{4}$", u) for u in api)
    assert not [u for u in api if SAMPLE_HOST in u or rated in u or "alice" in u]
    assert errors() == []


def test_panel_shows_outlet_and_every_flag_is_highlighted_once(
    chromium: Browser, server: str, sample_url: str, errors: Any, tmp_path: Path
) -> None:
    page = chromium.context.new_page()
    page.goto(sample_url)
    panel = chromium.panel(chromium.tab_id(sample_url))
    panel.wait_for_selector("#profile h3")
    assert panel.inner_text("#outlet-line").startswith("Al-Manar · broadcaster, LB · "
                                                       "controlled by Hezbollah")
    cites = panel.eval_on_selector_all("#profile a", "els => els.map(e => e.href)")
    assert "https://home.treasury.gov/news/press-releases/js4134" in cites
    panel.click("#annotate")
    panel.wait_for_selector("#status[data-done='1']", timeout=120_000)

    expected = _expected_flags(server, sample_url)
    status = panel.eval_on_selector("#status", "e => ({...e.dataset})")
    assert int(status["flags"]) == int(status["anchored"]) == len(expected) > 0
    assert panel.is_hidden("#unanchored")
    assert "Flags" in panel.inner_text("#summary")

    _assert_each_flag_once_in_context(page, expected)

    # The tooltip of a quoted flag: category, why, neutral wording, speaker.
    i, quoted = next((i, f) for i, f in enumerate(expected) if f["voice"] == "quoted")
    mark = page.locator(f"mark[data-annotator-first][data-annotator-flag='{i}']")
    assert _norm(mark.inner_text()) == quoted["text"]
    page.evaluate("document.querySelector('h1').scrollIntoView()")  # the article, for the shot
    mark.hover()
    tip = page.locator("#annotator-tip-host .tip")
    tip.wait_for(state="visible")
    text = tip.inner_text()
    assert quoted["category"].replace("_", " ") in text and quoted["why"] in text
    # a quotation is not reworded: its alternatives are for a paraphrase
    assert "If paraphrased: " + ", ".join(quoted["neutral"]) in text and "Neutral:" not in text
    assert f"Voice: quoted - {quoted['speaker']}" in text
    shots = _shots(tmp_path)
    page.screenshot(path=str(shots / "extension-sample.png"))
    panel.set_viewport_size({"width": 420, "height": 900})
    panel.screenshot(path=str(shots / "extension-panel.png"))
    assert errors() == []
    page.close()
    panel.close()


def test_unanchorable_flags_are_listed_in_the_panel(chromium: Browser, sample_url: str,
                                                    errors: Any) -> None:
    page = chromium.context.new_page()
    page.goto(sample_url)
    panel = chromium.panel(chromium.tab_id(sample_url))

    def add_ghost(route: Any) -> None:
        response = route.fetch()
        report = response.json()
        shown = next(f for f in report["flags"] if f["shown"])
        ghost = {**shown, "text": "words not on the page",
                 "selector": [{"type": "TextQuoteSelector", "exact": "words not on the page",
                               "prefix": "nowhere ", "suffix": " at all"},
                              {"type": "TextPositionSelector", "start": 0, "end": 21}]}
        report["flags"].append(ghost)
        route.fulfill(response=response, body=json.dumps(report))

    panel.route("**/v1/annotate", add_ghost)
    panel.click("#annotate")
    panel.wait_for_selector("#status[data-done='1']", timeout=120_000)
    status = panel.eval_on_selector("#status", "e => ({...e.dataset})")
    assert int(status["anchored"]) == int(status["flags"]) - 1
    assert "words not on the page" in panel.inner_text("#unanchored")
    assert page.locator("mark[data-annotator-first]").count() == int(status["anchored"])
    assert errors() == []
    page.close()
    panel.close()


def test_short_contexts_fall_back_to_the_position(chromium: Browser, server: str,
                                                  sample_url: str, errors: Any) -> None:
    """Contexts cut to 8 characters (the two "Iran is certainly against" no longer differ):
    the position selector, read through the nearest decided flag, places each one."""
    page = chromium.context.new_page()
    page.goto(sample_url)
    panel = chromium.panel(chromium.tab_id(sample_url))

    def shorten(route: Any) -> None:
        response = route.fetch()
        report = response.json()
        for flag in report["flags"]:
            flag["shown"] = True  # as with --all: the two "certainly" flags are low priority
            quote = flag["selector"][0]
            quote["prefix"], quote["suffix"] = quote["prefix"][-8:], quote["suffix"][:8]
        route.fulfill(response=response, body=json.dumps(report))

    panel.route("**/v1/annotate", shorten)
    panel.click("#annotate")
    panel.wait_for_selector("#status[data-done='1']", timeout=120_000)
    expected = _expected_flags(server, sample_url, hidden_too=True)
    certainly = [f for f in expected if f["text"] == "certainly"]
    assert len(certainly) == 2 and certainly[0]["selector"][0]["prefix"][-8:] == \
        certainly[1]["selector"][0]["prefix"][-8:]  # the case this test is about
    _assert_each_flag_once_in_context(page, expected)
    assert errors() == []
    page.close()
    panel.close()


def test_api_errors_are_one_line_a_reporter_understands(chromium: Browser, sample_url: str,
                                                        server: str, errors: Any) -> None:
    page = chromium.context.new_page()
    page.goto(sample_url)
    panel = chromium.panel(chromium.tab_id(sample_url))
    panel.route("**/v1/annotate", lambda route: route.fulfill(
        status=429, headers={"Retry-After": "7", "content-type": "application/problem+json"},
        body=json.dumps({"type": "https://annotator.dev/problems/rate-limited",
                         "title": "Too many requests", "status": 429})))
    panel.click("#annotate")
    panel.wait_for_selector("#status[data-done='error']", state="attached")
    assert panel.inner_text("#error") == "The server is busy: try again in 7 seconds."
    panel.unroute("**/v1/annotate")
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    chromium.worker.evaluate("(s) => chrome.storage.local.set({server: s})", closed)
    try:
        panel.click("#annotate")
        panel.wait_for_selector("#error:has-text('Cannot reach')")
        assert panel.inner_text("#error").startswith(
            f"Cannot reach the annotator server at {closed}. Is it running?")
    finally:
        chromium.worker.evaluate("(s) => chrome.storage.local.set({server: s})", server)
    # the browser logs the refused connection and the 429 itself; nothing else may appear
    assert [e for e in errors() if "ERR_CONNECTION_REFUSED" not in e and "429" not in e] == []
    page.close()
    panel.close()


def test_html_report_in_the_browser(chromium: Browser, tmp_path: Path, errors: Any) -> None:
    report = annotate(str(sample_path()))
    path = tmp_path / "report.html"
    path.write_text(render_html(report), encoding="utf-8")
    seen: list[str] = []
    page = chromium.context.new_page()
    page.on("request", lambda r: seen.append(r.url))
    page.goto(path.as_uri())
    shown = [f for f in report.flags if f.shown]
    assert page.locator("#text mark[id^='flag-']").count() == len(shown) > 0
    page.locator("#flag-1").hover()
    assert seen == [path.as_uri()]  # no request leaves the file
    shots = _shots(tmp_path)
    page.screenshot(path=str(shots / "html-report.png"))
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.evaluate("window.scrollTo(0, 0)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(shots / "html-report-phone.png"))
    assert errors() == []
    page.close()


def test_options_page_saves_server_and_key(chromium: Browser, server: str, errors: Any) -> None:
    page = chromium.context.new_page()
    page.goto(f"chrome-extension://{chromium.extension_id}/options.html")
    for _ in range(100):  # filled from storage once the page's module runs
        if page.input_value("#server"):
            break
        page.wait_for_timeout(20)
    assert page.input_value("#server") == server  # what the tests configured
    chromium.worker.evaluate("chrome.storage.session.set({'prefix:abcd': {at: 1, body: {}}})")
    try:
        page.fill("#server", "http://127.0.0.1:8123")
        page.fill("#apiKey", "s3cret")
        page.click("button[type=submit]")
        page.wait_for_selector("#saved:has-text('Saved.')")
        stored = chromium.worker.evaluate("chrome.storage.local.get(['server', 'apiKey'])")
        assert stored == {"server": "http://127.0.0.1:8123", "apiKey": "s3cret"}
        # lookups cached from the old server are dropped
        assert chromium.worker.evaluate("chrome.storage.session.get(null)") == {}
    finally:
        chromium.worker.evaluate("(s) => chrome.storage.local.set({server: s, apiKey: ''})",
                                 server)
    assert errors() == []
    page.close()
