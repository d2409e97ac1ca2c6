"""Server limits: pools that refuse rather than queue, budgets that stop abandoned work, proxy
headers only from named proxies, no server paths or resolved addresses in answers, and
problem+json for the answers the framework writes itself (CORS preflight, malformed heads)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fakenet import FakeBackend, FakeResolver, http_response

from annotator.budget import Budget, check
from annotator.errors import WorkLimitError
from annotator.framing.lexicon import Lexicon
from annotator.pipeline import annotate
from annotator.server import Settings, create_app
from annotator.server.pools import Pool, Saturated
from annotator.sources.registry import Registry

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PUBLIC = "93.184.216.34"
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLE = (
    "<html><body><article><h1>Leader Vows the Regime Will Fall</h1>"
    "<p>The speaker said the regime would certainly fall, and certainly soon.</p>"
    "</article></body></html>"
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load([FIXTURES / "sources-mini.yaml"])


def _client(registry: Registry, lexicon: Lexicon, settings: Settings, **kw: Any) -> TestClient:
    app = create_app(settings, registry=registry, lexicon=lexicon, **kw)
    return TestClient(app)


def _problem(response: Any, status: int, slug: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["type"] == f"https://annotator.dev/problems/{slug}"
    return body


# --------------------------------------------------------------------------- pools


def test_full_fetch_pool_answers_503_with_retry_after_and_posted_html_still_runs(
    registry: Registry, mini_lexicon: Lexicon
) -> None:
    """One slow upstream fills the fetch pool; the next fetch is refused at once, and a posted
    page (CPU pool) is annotated meanwhile."""
    release, entered = threading.Event(), threading.Event()

    def slow(host: str, port: int) -> bytes:
        entered.set()
        release.wait(20)
        return http_response(body=ARTICLE.encode())

    settings = Settings(rate_limit=0, fetch_workers=1, fetch_per_client=5, queue=0)
    client = _client(registry, mini_lexicon, settings, resolver=FakeResolver(
        {"news.test": PUBLIC}), network_backend=FakeBackend(slow))
    with client, ThreadPoolExecutor(1) as pool:
        pending = pool.submit(client.post, "/v1/annotate", json={"url": "http://news.test/a"})
        assert entered.wait(20)
        refused = client.post("/v1/annotate", json={"url": "http://news.test/b"})
        _problem(refused, 503, "not-ready")
        assert refused.headers["Retry-After"].isdigit()
        posted = client.post("/v1/annotate", json={"url": "http://news.test/c", "html": ARTICLE})
        assert posted.status_code == 200
        release.set()
        assert pending.result(timeout=20).status_code == 200


def test_per_client_fetch_cap(registry: Registry, mini_lexicon: Lexicon) -> None:
    release, entered = threading.Event(), threading.Event()

    def slow(host: str, port: int) -> bytes:
        entered.set()
        release.wait(20)
        return http_response(body=ARTICLE.encode())

    settings = Settings(rate_limit=0, fetch_workers=8, fetch_per_client=1, queue=8)
    client = _client(registry, mini_lexicon, settings, resolver=FakeResolver(
        {"news.test": PUBLIC}), network_backend=FakeBackend(slow))
    with client, ThreadPoolExecutor(1) as pool:
        pending = pool.submit(client.post, "/v1/annotate", json={"url": "http://news.test/a"})
        assert entered.wait(20)
        body = _problem(client.post("/v1/annotate", json={"url": "http://news.test/b"}),
                        503, "not-ready")
        assert "from this client" in body["detail"]
        release.set()
        assert pending.result(timeout=20).status_code == 200


class _GoneRequest:
    """A request whose client has already disconnected."""

    client = None

    async def receive(self) -> dict[str, str]:
        return {"type": "http.disconnect"}


def test_work_of_a_client_that_went_away_is_stopped() -> None:
    """The job checks its budget in a loop; the disconnect throws the cancel switch, so the job
    ends with WorkLimitError instead of running to its end (20,000,000 checks)."""
    pool = Pool("annotate", workers=1, queue=0)
    seen: list[int] = []

    def endless() -> None:
        for i in range(20_000_000):
            check()
            seen.append(i) if i % 1000 == 0 else None

    with pytest.raises(WorkLimitError):
        asyncio.run(pool.run(_GoneRequest(), None, endless))  # type: ignore[arg-type]
    assert len(seen) < 20_000
    assert pool.admitted == 0 and not pool.by_client


def test_pool_admits_workers_plus_queue_then_refuses() -> None:
    pool = Pool("fetch", workers=2, queue=1, per_client=10)
    for _ in range(3):
        pool._admit("a")
    with pytest.raises(Saturated) as info:
        pool._admit("b")
    assert info.value.status_code == 503 and info.value.headers == {"Retry-After": "2"}
    pool._release("a")
    pool._admit("b")
    assert pool.refused == 1


# --------------------------------------------------------------------------- budgets


def test_a_spent_budget_stops_the_pipeline_between_paragraphs(mini_lexicon: Lexicon) -> None:
    text = "Headline\n\n" + "\n\n".join(["The regime fell."] * 50)
    with Budget(seconds=1000) as budget:
        annotate(text=text, lexicon=mini_lexicon)
    assert budget.checks >= 2 * 50  # voices and flags each look once per paragraph
    cancel = threading.Event()
    cancel.set()
    with Budget(cancel=cancel), pytest.raises(WorkLimitError):
        annotate(text=text, lexicon=mini_lexicon)
    with Budget(seconds=0), pytest.raises(WorkLimitError, match="budget"):
        annotate(text=text, lexicon=mini_lexicon)


# --------------------------------------------------------------------------- trust and leaks


def test_x_forwarded_for_is_ignored_unless_the_proxy_is_named(
    registry: Registry, mini_lexicon: Lexicon
) -> None:
    client = _client(registry, mini_lexicon, Settings(rate_limit=2))
    with client:
        codes = [
            client.get("/v1/ping", headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code
            for i in range(10)
        ]
    assert codes.count(429) == 8  # one bucket for the one real client, whatever it claims
    proxied = _client(
        registry, mini_lexicon, Settings(rate_limit=2, forwarded_allow_ips=("testclient",))
    )
    with proxied:
        codes = [
            proxied.get("/v1/ping", headers={"X-Forwarded-For": f"203.0.113.{i}"}).status_code
            for i in range(10)
        ]
    assert codes.count(429) == 0  # behind a named proxy, each forwarded client has a bucket


def test_no_server_file_path_in_lookup_or_outlet_answers(
    registry: Registry, mini_lexicon: Lexicon, tmp_path: Path
) -> None:
    overlay = tmp_path / "deep" / "newsroom.yaml"
    overlay.parent.mkdir()
    overlay.write_text(
        "schema_version: 1\noutlets:\n  - id: al-manar\n    notes:\n"
        "      - text: Treat its casualty figures as unverified.\n"
        "        source: https://newsroom.example/standards\n        as_of: 2026-10-01\n",
        encoding="utf-8",
    )
    layered = Registry.load([FIXTURES / "sources-mini.yaml", overlay], ratings=True)
    client = _client(layered, mini_lexicon, Settings(rate_limit=0))
    with client:
        answers = [
            client.get("/v1/outlets/lookup", params={"url": "https://english.almanar.com.lb/1"}),
            client.get("/v1/outlets/lookup", params={"url": "https://www.breitbart.com/1"}),
            client.get("/v1/outlets/al-manar"),
        ]
    for r in answers:
        assert r.status_code == 200, r.text
        assert str(tmp_path) not in r.text and "site-packages" not in r.text
        assert "/annotator/" not in r.text.replace("https://annotator.dev/", "")
    assert "newsroom.yaml" in answers[0].text  # the file is still named


def test_blocked_address_errors_do_not_reveal_the_resolved_address(
    registry: Registry, mini_lexicon: Lexicon
) -> None:
    client = _client(registry, mini_lexicon, Settings(rate_limit=0),
                     resolver=FakeResolver({"vm.test": "10.1.2.3"}), network_backend=FakeBackend())
    with client:
        body = _problem(client.post("/v1/annotate", json={"url": "http://vm.test/"}),
                        403, "blocked-url")
    assert "private" in body["detail"] and "10.1.2.3" not in body["detail"]


def test_refused_cors_preflight_is_problem_json(registry: Registry, mini_lexicon: Lexicon) -> None:
    client = _client(registry, mini_lexicon,
                     Settings(rate_limit=0, cors_origins=("chrome-extension://good",)))
    with client:
        ok = client.options("/v1/annotate", headers={
            "Origin": "chrome-extension://good", "Access-Control-Request-Method": "POST"})
        bad = client.options("/v1/annotate", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert ok.status_code == 200
    body = _problem(bad, 400, "bad-request")
    assert "origin" in body["detail"].lower()


# --------------------------------------------------------------------------- the HTTP layer


@pytest.fixture
def live_server(
    registry: Registry, mini_lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> Iterator[int]:
    """The app under uvicorn with the hardened protocol, on a free loopback port."""
    from annotator.server import protocol

    monkeypatch.setattr(protocol, "_header_timeout", lambda: 0.5)
    app = create_app(Settings(rate_limit=0), registry=registry, lexicon=mini_lexicon)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, http=protocol.HardenedH11Protocol, log_level="critical",
                            lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(10)
    sock.close()


def _exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(data)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    "head",
    [
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
        # No end of head: 70 KB of one unfinished head is over h11's 16 KB limit.
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000,
        b"NOT-HTTP\r\n\r\n",
    ],
    ids=["malformed-header", "oversized-header", "not-http"],
)
def test_malformed_or_oversized_heads_get_problem_json(live_server: int, head: bytes) -> None:
    answer = _exchange(live_server, head)
    status, _, rest = answer.partition(b"\r\n")
    assert status.startswith(b"HTTP/1.1 400")
    assert b"content-type: application/problem+json" in rest.lower()
    assert b'"type": "https://annotator.dev/problems/bad-request"' in rest


def test_a_request_head_that_never_ends_is_cut_off(live_server: int) -> None:
    """Slowloris: the head is never finished; the server closes the connection (recv gets EOF)
    instead of holding it open for as long as bytes keep trickling in."""
    with socket.create_connection(("127.0.0.1", live_server), timeout=10) as conn:
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        closed = False
        for _ in range(20):  # keep trickling; each byte used to reset uvicorn's timer
            try:
                conn.sendall(b"X")
                if conn.recv(1, socket.MSG_DONTWAIT) == b"":
                    closed = True
                    break
            except BlockingIOError:
                pass
            except OSError:
                closed = True
                break
            time.sleep(0.2)
    assert closed
    # A complete request still works.
    assert _exchange(live_server, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                     ).startswith(b"HTTP/1.1 200")
