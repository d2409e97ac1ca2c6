"""Bad input to the HTTP API: every class gets its problem+json type and status, and answers
stay linear in the input (assert on sizes, not on time).

Every fetch goes to the fake network (tests/fakenet.py): nothing leaves the process. To add a
case, add a row to ``CASES``: the JSON body (or raw bytes), what the fake upstream answers,
the expected status and problem slug.
"""

from __future__ import annotations

import itertools
import warnings
from pathlib import Path
from typing import Any

import pytest
from fakenet import FakeBackend, FakeResolver, http_response

from annotator.framing.lexicon import Lexicon
from annotator.server import Settings, create_app
from annotator.sources.registry import Registry

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PUBLIC = "93.184.216.34"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGE = b"<html><body><h1>Headline</h1><p>The regime fell, officials said.</p></body></html>"


@pytest.fixture(scope="module")
def client(mini_lexicon: Lexicon) -> Any:
    registry = Registry.load([FIXTURES / "sources-mini.yaml"])
    upstream = {
        "page.test": http_response(body=PAGE),
        "rot13.test": http_response(
            body=PAGE, headers={"Content-Type": "text/html; charset=rot13"}),
        "pdf.test": http_response(
            body=b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"}),
        "empty.test": http_response(body=b"<html><body></body></html>"),
        "gone.test": http_response(404, b"not here"),
    }
    backend = FakeBackend(lambda host, port: upstream[host_of[host]])
    host_of: dict[str, str] = {}
    dns = {}
    for i, name in enumerate(upstream):
        address = f"93.184.216.{10 + i}"
        dns[name] = address
        host_of[address] = name
    dns["vm.test"] = "127.0.0.1"
    app = create_app(Settings(rate_limit=0, max_body=2_000_000), registry=registry,
                     lexicon=mini_lexicon, resolver=FakeResolver(dns), network_backend=backend)
    with TestClient(app) as c:
        yield c


CASES: list[tuple[str, Any, int, str]] = [
    # (id, JSON body or raw bytes, status, problem slug)
    ("not-json", b"{nope", 422, "bad-request"),
    ("unknown-field", {"url": "https://page.test/", "x": 1}, 422, "bad-request"),
    ("no-url", {"html": "<p>x</p>"}, 422, "bad-request"),
    ("empty-html", {"url": "https://page.test/", "html": ""}, 422, "bad-request"),
    ("url-over-4096", {"url": "https://page.test/" + "a" * 5000}, 422, "bad-request"),
    ("ftp-scheme", {"url": "ftp://page.test/a"}, 403, "blocked-url"),
    ("file-scheme", {"url": "file:///etc/passwd"}, 403, "blocked-url"),
    ("javascript-page-address", {"url": "javascript:alert(1)", "html": PAGE.decode()}, 403,
     "blocked-url"),
    ("port-99999", {"url": "http://page.test:99999/"}, 403, "blocked-url"),
    ("port-8080", {"url": "http://page.test:8080/"}, 403, "blocked-url"),
    ("loopback-by-dns", {"url": "http://vm.test/"}, 403, "blocked-url"),
    ("unknown-host", {"url": "http://nowhere.test/"}, 502, "dns-failure"),
    ("upstream-404", {"url": "http://gone.test/"}, 502, "upstream-status"),
    ("pdf", {"url": "http://pdf.test/"}, 415, "not-html"),
    ("no-article-text", {"url": "http://empty.test/"}, 422, "empty-page"),
    ("body-over-limit", {"url": "https://page.test/", "html": "a" * 2_100_000}, 413,
     "body-too-large"),
]


@pytest.mark.parametrize(("body", "status", "slug"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_bad_request_gets_its_problem_type(client: Any, body: Any, status: int, slug: str) -> None:
    if isinstance(body, bytes):
        r = client.post("/v1/annotate", content=body,
                        headers={"content-type": "application/json"})
    else:
        r = client.post("/v1/annotate", json=body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["type"] == f"https://annotator.dev/problems/{slug}"
    assert "127.0.0.1" not in problem.get("detail", "")  # resolved addresses stay inside
    assert len(r.content) < 2_000  # a 5 KB address is not echoed whole


def test_charset_label_that_is_no_text_encoding_falls_back_to_detection(client: Any) -> None:
    r = client.post("/v1/annotate", json={"url": "http://rot13.test/"})
    assert r.status_code == 200, r.text
    assert r.json()["fetch"]["charset_source"] == "detected"
    assert r.json()["article"]["headline"] == "Headline"


def _repetitive(units: int) -> str:
    return ("<html><body><h1>Regime news</h1><p>"
            + "regime terrorists martyr zionist entity " * units + "</p></body></html>")


def test_response_size_is_linear_in_the_page(client: Any) -> None:
    """80 KB of this page once answered 254 MB: selectors widened until unique. Now a
    selector's context is fixed, so doubling the page doubles the answer."""
    sizes = []
    for units in (500, 1000, 2000):
        html = _repetitive(units)
        r = client.post("/v1/annotate", json={"url": "https://page.test/", "html": html})
        assert r.status_code == 200, r.text
        flags = r.json()["flags"]
        assert flags
        assert max(len(f["selector"][0]["prefix"]) + len(f["selector"][0]["suffix"])
                   for f in flags) <= 64
        sizes.append((len(html), len(r.content)))
    for (small_in, small_out), (big_in, big_out) in itertools.pairwise(sizes):
        assert big_out / small_out < 1.1 * big_in / small_in
    assert sizes[-1][1] < 40 * sizes[-1][0]  # small constant: bytes out per byte in
