"""The HTTP API: endpoints, problem+json, and above all the fetch safety rules.

Every fetch here goes through ``FakeResolver``/``FakeBackend`` (tests/fakenet.py): no socket is
ever opened, so a test of a private or metadata address sends no packet even if a rule broke,
and each test asserts how many connects happened (zero for every refused vector). The single
real fetch goes to pytest-httpserver on 127.0.0.1, with loopback allowed in that test only.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from annotator.framing.lexicon import Lexicon
from annotator.server import RateLimiter, Settings, create_app, tcp_listener
from annotator.sources.registry import Registry

try:  # works whether or not tests/ becomes a package (as in test_fetch.py)
    from tests.fakenet import FakeBackend, FakeResolver, http_response, redirect
except ImportError:
    from fakenet import FakeBackend, FakeResolver, http_response, redirect  # type: ignore[no-redef]

with warnings.catch_warnings():  # starlette suggests httpx2; the httpx client works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PUBLIC = "93.184.216.34"
PUBLIC6 = "2606:2800:220:1:248:1893:25c8:1946"
ARTICLE = (
    "<html><head><title>Leader speaks</title></head><body><article>"
    "<h1>Leader Vows the Regime Will Certainly Fall</h1>"
    "<p>The speaker said the regime would certainly fall, and certainly soon.</p>"
    "<p>Officials slammed the plan. &#8220;The martyr will be avenged,&#8221; one said.</p>"
    "</article></body></html>"
)
ALMANAR_URL = "https://english.almanar.com.lb/news/1"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load([FIXTURES / "sources-mini.yaml"])


@pytest.fixture(scope="module")
def lexicon(mini_lexicon: Lexicon) -> Lexicon:
    return mini_lexicon


AppFactory = Callable[..., tuple[TestClient, FakeResolver, FakeBackend]]


@pytest.fixture
def make_client(registry: Registry, lexicon: Lexicon) -> Iterator[AppFactory]:
    """Build an app on the fake network; returns (client, resolver, backend)."""
    clients: list[TestClient] = []

    def build(
        settings: Settings | None = None,
        dns: dict[str, str | list[str]] | None = None,
        responses: Any = None,
        resolver: Any = None,
    ) -> tuple[TestClient, Any, FakeBackend]:
        resolver = resolver or FakeResolver(dns or {})
        backend = FakeBackend(responses)
        app = create_app(settings or Settings(rate_limit=0), registry=registry,
                         lexicon=lexicon, resolver=resolver, network_backend=backend)
        client = TestClient(app)
        clients.append(client)
        return client, resolver, backend

    yield build
    for c in clients:
        c.close()


@pytest.fixture
def client(make_client: AppFactory) -> TestClient:
    return make_client()[0]


def assert_problem(response: Any, status: int, slug: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["type"] == f"https://annotator.dev/problems/{slug}"
    assert body["status"] == status
    assert body["title"] and "detail" in body
    return body


# --------------------------------------------------------------------------- safety: SSRF

PRIVATE_ANSWERS = [
    "10.0.0.5", "192.168.1.1", "172.16.0.1", "100.64.0.1", "0.0.0.0", "127.0.0.1", "::1",
    "fd00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1", "169.254.169.254",
]


@pytest.mark.parametrize("address", PRIVATE_ANSWERS)
def test_host_resolving_to_non_global_address_is_refused(
    make_client: AppFactory, address: str
) -> None:
    client, resolver, backend = make_client(dns={"news.test": address})
    r = client.post("/v1/annotate", json={"url": "http://news.test/story"})
    assert_problem(r, 403, "blocked-url")
    assert resolver.calls == [("news.test", 80)]
    assert backend.connects == []


def test_one_private_address_among_public_ones_is_refused(make_client: AppFactory) -> None:
    client, _, backend = make_client(dns={"news.test": [PUBLIC, "10.0.0.5"]})
    r = client.post("/v1/annotate", json={"url": "https://news.test/"})
    assert_problem(r, 403, "blocked-url")
    assert backend.connects == []


LITERAL_URLS = [
    "http://169.254.169.254/latest/meta-data",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data",  # AWS IMDS over IPv6
    "http://2130706433/",  # 127.0.0.1, decimal
    "http://2852039166/latest/meta-data",  # 169.254.169.254, decimal
    "http://0x7f000001/",  # hex
    "http://0x7f.1/",  # mixed short form
    "http://0177.0.0.1/",  # octal
    "http://127.1/",
    "http://0/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/",  # mapped 169.254.169.254, hex
    "http://[64:ff9b::a00:5]/",  # NAT64 of 10.0.0.5
    "http://10.0.0.5/",
    "http://100.64.0.1/",
    "http://224.0.0.1/",
]


@pytest.mark.parametrize("url", LITERAL_URLS)
def test_address_literals_in_any_notation_are_refused(make_client: AppFactory, url: str) -> None:
    client, resolver, backend = make_client()
    assert_problem(client.post("/v1/annotate", json={"url": url}), 403, "blocked-url")
    assert resolver.calls == []  # literals are parsed, never sent to DNS
    assert backend.connects == []


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "gopher://news.test:70/_GET%20/",
    "ftp://news.test/file",
    "dict://news.test:11211/stat",
    "http://user:pass@news.test/",  # credentials
    "http://user@news.test/",
    "http://news.test:8080/",  # non-default ports
    "http://news.test:22/",
    "https://news.test:6379/",
    "http:///nohost",
])
def test_schemes_credentials_and_ports_are_refused(make_client: AppFactory, url: str) -> None:
    client, resolver, backend = make_client(dns={"news.test": PUBLIC})
    assert_problem(client.post("/v1/annotate", json={"url": url}), 403, "blocked-url")
    assert resolver.calls == []  # refused on the URL alone, before any lookup
    assert backend.connects == []


@pytest.mark.parametrize("target", [
    "http://internal.test/admin",  # a name resolving to a private address
    "http://169.254.169.254/latest/meta-data",
    "http://[::1]:80/",
    "http://news.test:8080/",
    "file:///etc/passwd",
])
def test_redirect_to_a_forbidden_target_is_refused_before_connecting(
    make_client: AppFactory, target: str
) -> None:
    client, _, backend = make_client(
        dns={"news.test": PUBLIC, "internal.test": "10.0.0.5"},
        responses={PUBLIC: redirect(target)},
    )
    r = client.post("/v1/annotate", json={"url": "http://news.test/story"})
    assert_problem(r, 403, "blocked-url")
    assert backend.connects == [(PUBLIC, 80)]  # the first hop only; the second never connects


class RebindingResolver:
    """Answers public on the first lookup and private on every later one."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        return [PUBLIC] if len(self.calls) == 1 else ["127.0.0.1"]


def test_dns_rebinding_cannot_swap_in_a_private_address(make_client: AppFactory) -> None:
    # The page redirects to its own host: a second lookup would now answer 127.0.0.1.
    rebinder = RebindingResolver()
    client, _, backend = make_client(
        resolver=rebinder,
        responses={PUBLIC: [redirect("http://rebind.test/page2"),
                            http_response(body=ARTICLE.encode())]},
    )
    r = client.post("/v1/annotate", json={"url": "http://rebind.test/page1"})
    assert r.status_code == 200, r.text
    assert rebinder.calls == [("rebind.test", 80)]  # resolved exactly once
    assert backend.connects == [(PUBLIC, 80), (PUBLIC, 80)]  # both hops to the checked address


def test_public_fetch_connects_to_the_checked_address(make_client: AppFactory) -> None:
    client, _, backend = make_client(
        dns={"english.almanar.com.lb": PUBLIC6},
        responses={PUBLIC6: http_response(body=ARTICLE.encode())},
    )
    r = client.post("/v1/annotate", json={"url": ALMANAR_URL})
    assert r.status_code == 200, r.text
    report = r.json()
    assert backend.connects == [(PUBLIC6, 443)]
    assert backend.tls[0][0] == "english.almanar.com.lb"  # SNI is the name, not the address
    assert report["fetch"]["final_url"] == ALMANAR_URL
    assert report["source"]["kind"] == "url"
    assert report["outlet"]["outlet"]["id"] == "al-manar"
    assert report["flags"]


def test_unresolvable_host_is_a_dns_problem(make_client: AppFactory) -> None:
    client, _, backend = make_client()
    assert_problem(client.post("/v1/annotate", json={"url": "http://nowhere.test/"}),
                   502, "dns-failure")
    assert backend.connects == []


def test_allowed_ports_are_configurable(make_client: AppFactory) -> None:
    client, _, backend = make_client(
        Settings(rate_limit=0, allowed_ports=frozenset({8443})),
        dns={"news.test": PUBLIC}, responses={PUBLIC: http_response(body=ARTICLE.encode())})
    assert_problem(client.post("/v1/annotate", json={"url": "https://news.test/"}),
                   403, "blocked-url")
    assert client.post("/v1/annotate", json={"url": "https://news.test:8443/"}).status_code == 200
    assert backend.connects == [(PUBLIC, 8443)]


def test_default_settings_refuse_private_addresses_and_other_ports() -> None:
    policy = Settings().fetch_policy()
    assert policy.allow_non_global is False
    assert policy.allowed_ports == frozenset({80, 443})
    assert Settings.from_env({}).fetch_policy() == policy


def test_real_fetch_from_local_httpserver(
    httpserver: HTTPServer, registry: Registry, lexicon: Lexicon
) -> None:
    """The one test with real sockets: loopback only, allowed for this test's app only."""
    httpserver.expect_request("/story").respond_with_data(ARTICLE, content_type="text/html")
    app = create_app(Settings(rate_limit=0, allow_non_global=True, allowed_ports=None),
                     registry=registry, lexicon=lexicon)
    with TestClient(app) as client:
        r = client.post("/v1/annotate", json={"url": httpserver.url_for("/story")})
    assert r.status_code == 200, r.text
    assert r.json()["fetch"]["status"] == 200
    assert r.json()["article"]["headline"].startswith("Leader Vows")


def test_a_slow_fetch_does_not_block_other_requests(make_client: AppFactory) -> None:
    """Annotate runs in the thread pool: while one fetch hangs, the event loop still answers."""
    release = threading.Event()
    entered = threading.Event()

    def slow(host: str, port: int) -> bytes:
        entered.set()
        release.wait(10)
        return http_response(body=ARTICLE.encode())

    client, _, _ = make_client(dns={"news.test": PUBLIC}, responses=slow)
    with client, ThreadPoolExecutor(1) as pool:
        pending = pool.submit(client.post, "/v1/annotate", json={"url": "http://news.test/"})
        assert entered.wait(10)
        started = time.monotonic()
        assert client.get("/v1/ping").status_code == 200
        assert client.get("/healthz").status_code == 200
        assert time.monotonic() - started < 2
        assert not pending.done()
        release.set()
        assert pending.result(timeout=10).status_code == 200


# --------------------------------------------------------------------------- safety: limits


def test_body_over_the_limit_is_413(make_client: AppFactory) -> None:
    client, _, _ = make_client(Settings(rate_limit=0, max_body=1000))
    r = client.post("/v1/annotate", json={"url": ALMANAR_URL, "html": "x" * 2000})
    assert_problem(r, 413, "body-too-large")
    ok = client.post("/v1/annotate", json={"url": ALMANAR_URL, "html": ARTICLE[:800]})
    assert ok.status_code != 413


def test_chunked_body_is_cut_off_while_reading(make_client: AppFactory) -> None:
    client, _, _ = make_client(Settings(rate_limit=0, max_body=1000))
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:  # no Content-Length: only counting while reading works
        yield b'{"url": "https://a.test/", "html": "'
        for _ in range(100):
            sent.append(1)
            yield b"y" * 100
        yield b'"}'

    r = client.post("/v1/annotate", content=chunks(),
                    headers={"Content-Type": "application/json"})
    assert_problem(r, 413, "body-too-large")


def test_rate_limit_answers_429_with_retry_after(make_client: AppFactory) -> None:
    client, _, _ = make_client(Settings(rate_limit=3))
    assert [client.get("/v1/ping").status_code for _ in range(3)] == [200, 200, 200]
    r = client.get("/v1/ping")
    body = assert_problem(r, 429, "rate-limited")
    assert int(r.headers["retry-after"]) >= 1
    assert "3 requests per minute" in body["detail"]
    assert client.get("/healthz").status_code == 200  # probes are never limited


def test_token_bucket_refills_over_time() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])  # one token per second
    assert all(limiter.take("a") == 0 for _ in range(60))
    assert limiter.take("a") == pytest.approx(1.0)
    assert limiter.take("b") == 0  # buckets are per client
    now[0] += 1.0
    assert limiter.take("a") == 0


def test_rate_limiter_forgets_the_oldest_clients() -> None:
    limiter = RateLimiter(1, max_clients=2)
    for key in ("a", "b", "c"):
        limiter.take(key)
    assert limiter.take("a") == 0  # "a" was evicted, so it starts with a full bucket


def test_cors_allows_only_configured_origins(make_client: AppFactory) -> None:
    ext = "chrome-extension://abcdefghijklmnop"
    client, _, _ = make_client(Settings(rate_limit=0, cors_origins=(ext,)))
    r = client.get("/v1/ping", headers={"Origin": ext})
    assert r.headers["access-control-allow-origin"] == ext
    r = client.get("/v1/ping", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = {"Access-Control-Request-Method": "POST",
           "Access-Control-Request-Headers": "content-type,x-api-key"}
    r = client.options("/v1/annotate", headers={"Origin": ext, **pre})
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == ext
    assert "x-api-key" in r.headers["access-control-allow-headers"].lower()
    r = client.options("/v1/annotate", headers={"Origin": "https://evil.example", **pre})
    assert "access-control-allow-origin" not in r.headers


def test_no_cors_headers_by_default(client: TestClient) -> None:
    r = client.get("/v1/ping", headers={"Origin": "chrome-extension://abc"})
    assert "access-control-allow-origin" not in r.headers


def test_api_key_is_required_when_configured(make_client: AppFactory) -> None:
    client, _, _ = make_client(Settings(rate_limit=0, api_key="s3cret-key"))
    assert_problem(client.get("/v1/ping"), 401, "unauthorized")
    assert_problem(client.get("/v1/ping", headers={"X-API-Key": "wrong"}), 401, "unauthorized")
    assert_problem(client.post("/v1/annotate", json={"url": ALMANAR_URL}), 401, "unauthorized")
    assert client.get("/v1/ping", headers={"X-API-Key": "s3cret-key"}).status_code == 200
    assert client.get("/healthz").status_code == 200  # probes need no key


def test_openapi_documents_the_api_key(make_client: AppFactory) -> None:
    client, _, _ = make_client(Settings(rate_limit=0, api_key="k"))
    spec = client.get("/openapi.json").json()  # the spec itself needs no key
    assert spec["components"]["securitySchemes"]["ApiKey"]["name"] == "X-API-Key"
    assert spec["paths"]["/v1/annotate"]["post"]["security"] == [{"ApiKey": []}]
    assert "security" not in spec["paths"]["/healthz"]["get"]


def test_multi_worker_listener_is_tcp_so_nodelay_applies() -> None:
    """uvicorn's own listener has proto 0, which makes asyncio skip TCP_NODELAY (40 ms stalls)."""
    sock = tcp_listener("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


def test_settings_from_env() -> None:
    s = Settings.from_env({
        "ANNOTATOR_API_KEY": "k", "ANNOTATOR_CORS_ORIGINS": "chrome-extension://a, moz-extension://b",
        "ANNOTATOR_RATE_LIMIT": "10", "ANNOTATOR_MAX_BODY": "2048",
        "ANNOTATOR_ALLOWED_PORTS": "443", "ANNOTATOR_CACHE_SIZE": "0",
        "ANNOTATOR_SOURCES": f"/a.yaml{__import__('os').pathsep}/b.yaml",
    })
    assert s.api_key == "k"
    assert s.cors_origins == ("chrome-extension://a", "moz-extension://b")
    assert (s.rate_limit, s.max_body, s.cache_size) == (10, 2048, 0)
    assert s.allowed_ports == frozenset({443})
    assert [p.name for p in s.sources] == ["a.yaml", "b.yaml"]
    d = Settings.from_env({})
    assert (d.api_key, d.cors_origins, d.rate_limit, d.max_body) == (None, (), 120, 5_000_000)
    with pytest.raises(ValueError, match="ANNOTATOR_RATE_LIMIT"):
        Settings.from_env({"ANNOTATOR_RATE_LIMIT": "lots"})
    with pytest.raises(ValueError, match="ANNOTATOR_ALLOWED_PORTS"):
        Settings.from_env({"ANNOTATOR_ALLOWED_PORTS": "80,99999"})


# --------------------------------------------------------------------------- endpoints


def test_health_and_ready(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["outlets"] == 6 and ready["lexicon_entries"] > 0


def test_not_ready_when_data_fails_to_load(tmp_path: Any) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nentries: [{id: x}]\n")
    with TestClient(create_app(Settings(rate_limit=0, lexicon=(bad,)))) as client:
        assert client.get("/healthz").status_code == 200
        assert_problem(client.get("/readyz"), 503, "not-ready")
        assert_problem(client.get("/v1/outlets/lookup", params={"url": "a.com"}), 503, "not-ready")


def test_lookup_matches_an_edition_subdomain(client: TestClient) -> None:
    match = client.get("/v1/outlets/lookup", params={"url": ALMANAR_URL}).json()["match"]
    assert match["status"] == "matched"
    assert match["outlet"]["id"] == "al-manar"
    assert match["domain"] == "almanar.com.lb"
    assert "/" not in (match["layer"] or "")  # no server paths leak
    other = client.get("/v1/outlets/lookup", params={"url": "https://example.org/x"}).json()
    assert other["match"]["status"] == "not_in_registry"


def test_lookup_requires_url(client: TestClient) -> None:
    assert_problem(client.get("/v1/outlets/lookup"), 422, "bad-request")


def test_index_has_strong_etag_and_304(client: TestClient) -> None:
    r = client.get("/v1/outlets/index")
    assert r.status_code == 200
    etag = r.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert etag == f'"{r.json()["version"]}"'
    assert "max-age=3600" in r.headers["cache-control"] and "public" in r.headers["cache-control"]
    rows = r.json()["rows"]
    assert {"domain": "presstv.com", "path": None, "outlet": "press-tv", "role": "seized",
            "user_content": False, "user_paths": []} in rows
    assert r.json()["count"] == len(rows)
    for inm in (etag, f"W/{etag}", f'"nope", {etag}', "*"):
        again = client.get("/v1/outlets/index", headers={"If-None-Match": inm})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag
    assert client.get("/v1/outlets/index", headers={"If-None-Match": '"x"'}).status_code == 200


def test_prefix_lookup_finds_the_outlet_without_sending_the_domain(client: TestClient) -> None:
    # The client side: hash the registrable domain, send only 5 hex digits.
    domain = "almanar.com.lb"
    full = hashlib.sha256(domain.encode()).hexdigest()
    r = client.get(f"/v1/outlets/prefix/{full[:5].upper()}")
    assert r.status_code == 200
    assert domain not in str(r.request.url)
    assert r.headers["etag"] and "max-age" in r.headers["cache-control"]
    body = r.json()
    assert body["prefix"] == full[:5] and body["algorithm"] == "sha256"
    assert all(row["hash"].startswith(full[:5]) for row in body["rows"])
    # ...and picks its rows locally by the full hash: both the primary and the edition domain.
    mine = {row["domain"]: row["outlet"] for row in body["rows"] if row["hash"] == full}
    assert mine == {"almanar.com.lb": "al-manar", "english.almanar.com.lb": "al-manar"}
    again = client.get(f"/v1/outlets/prefix/{full[:5]}",
                       headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304


def test_prefix_marks_platforms_and_rated_only_domains(
    client: TestClient, registry: Registry, lexicon: Lexicon
) -> None:
    """The badge's three states come from the hashed buckets alone."""
    profiled = {d.domain for o in registry.outlets.values() for d in o.domains}
    rated = next(d for d in sorted(registry.imported.rows) if d not in profiled)
    full = hashlib.sha256(rated.encode()).hexdigest()
    body = client.get(f"/v1/outlets/prefix/{full[:4]}").json()
    assert full in body["rated"] and all(h.startswith(full[:4]) for h in body["rated"])
    assert not [r for r in body["rows"] if r["hash"] == full]
    bundled = create_app(Settings(rate_limit=0), lexicon=lexicon)
    platform = next(o for o in bundled.state.annotator.registry.outlets.values()
                    if o.user_content and o.user_paths)
    domain = platform.domains[0].domain
    digest = hashlib.sha256(domain.encode()).hexdigest()
    with TestClient(bundled) as own:
        rows = own.get(f"/v1/outlets/prefix/{digest[:6]}").json()["rows"]
    assert any(r["domain"] == domain and r["user_content"]
               and r["user_paths"] == platform.user_paths for r in rows)


@pytest.mark.parametrize("bad", ["abc", "xyz1", "0123456789abcdef0", "12 4", "g000"])
def test_prefix_must_be_4_to_16_hex_digits(client: TestClient, bad: str) -> None:
    assert_problem(client.get(f"/v1/outlets/prefix/{bad}"), 422, "bad-request")


def test_prefix_with_no_match_is_empty(client: TestClient) -> None:
    domains = ("almanar.com.lb", "presstv.ir", "presstv.com", "bbc.co.uk", "bbc.com",
               "blogger.com")
    hashes = {hashlib.sha256(d.encode()).hexdigest()[:16] for d in domains}
    prefix = next(p for p in (f"{i:016x}" for i in range(100)) if p not in hashes)
    assert client.get(f"/v1/outlets/prefix/{prefix}").json()["rows"] == []


def test_outlet_profile_and_unknown_id(client: TestClient) -> None:
    r = client.get("/v1/outlets/al-manar")
    assert r.status_code == 200
    assert r.json()["outlet"]["affiliations"][0]["entity"] == "Hezbollah"
    assert r.json()["summary"].startswith("Al-Manar · ")  # the CLI's one-line outlet
    assert_problem(client.get("/v1/outlets/no-such-outlet"), 404, "not-found")


def test_annotate_posted_html_with_selectors(make_client: AppFactory) -> None:
    client, resolver, backend = make_client()
    r = client.post("/v1/annotate", json={"url": ALMANAR_URL, "html": ARTICLE})
    assert r.status_code == 200, r.text
    assert r.headers["x-annotator-cache"] == "miss"
    report = r.json()
    text = report["selector_text"]
    assert text == report["article"]["headline"] + "\n\n" + report["article"]["body"]
    assert report["fetch"] is None and report["source"]["kind"] == "html"
    assert report["outlet"]["outlet"]["id"] == "al-manar"
    assert len(report["flags"]) >= 5
    for flag in report["flags"]:
        quote, position = flag["selector"]
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        assert text[position["start"]:position["end"]] == quote["exact"] == flag["text"]
        assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1
    assert resolver.calls == [] and backend.connects == []  # posted HTML is never refetched
    lead = report["summary"]  # the CLI's summary lines, for the extension's panel
    assert lead["outlet"].startswith("Al-Manar · ") and lead["warnings"] == []
    assert sum(lead["counts"].values()) + lead["hidden"] == len(report["flags"])


def test_annotate_cache_hits_on_same_input(make_client: AppFactory) -> None:
    client, _, _ = make_client()
    body = {"url": ALMANAR_URL, "html": ARTICLE}
    first = client.post("/v1/annotate", json=body)
    second = client.post("/v1/annotate", json=body)
    assert second.headers["x-annotator-cache"] == "hit"
    assert second.json() == first.json()
    other = client.post("/v1/annotate", json={**body, "html": ARTICLE + "<!-- v2 -->"})
    assert other.headers["x-annotator-cache"] == "miss"
    other_url = client.post("/v1/annotate", json={**body, "url": "https://bbc.com/x"})
    assert other_url.headers["x-annotator-cache"] == "miss"


def test_annotate_cache_for_fetched_pages_keeps_fresh_fetch_info(make_client: AppFactory) -> None:
    page = http_response(body=ARTICLE.encode())
    client, _, backend = make_client(dns={"news.test": PUBLIC},
                                     responses={PUBLIC: [page, page]})
    first = client.post("/v1/annotate", json={"url": "http://news.test/a"})
    second = client.post("/v1/annotate", json={"url": "http://news.test/a"})
    assert (first.headers["x-annotator-cache"], second.headers["x-annotator-cache"]) == (
        "miss", "hit")
    assert len(backend.connects) == 2  # the page is still fetched; only annotation is cached
    assert first.json()["fetch"]["fetched_at"] != second.json()["fetch"]["fetched_at"]


def test_cache_can_be_disabled(make_client: AppFactory) -> None:
    client, _, _ = make_client(Settings(rate_limit=0, cache_size=0))
    body = {"url": ALMANAR_URL, "html": ARTICLE}
    client.post("/v1/annotate", json=body)
    assert client.post("/v1/annotate", json=body).headers["x-annotator-cache"] == "miss"


def test_annotate_as_web_annotation_collection(client: TestClient) -> None:
    r = client.post("/v1/annotate", params={"format": "annotations"},
                    json={"url": ALMANAR_URL, "html": ARTICLE})
    assert r.status_code == 200
    assert r.headers["content-type"] == (
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')
    coll = r.json()
    assert coll["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert coll["type"] == "AnnotationCollection"
    items = coll["first"]["items"]
    assert coll["total"] == len(items) >= 5
    ids = set()
    for item in items:
        assert item["type"] == "Annotation"
        ids.add(item["id"])
        assert item["target"]["source"] == ALMANAR_URL
        kinds = [s["type"] for s in item["target"]["selector"]]
        assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
        purposes = {b["purpose"] for b in item["body"]}
        assert {"commenting", "tagging"} <= purposes
        assert all(b["type"] == "TextualBody" for b in item["body"])
        tags = {b["value"] for b in item["body"] if b["purpose"] == "tagging"}
        assert any(t.startswith("category:") for t in tags)
        assert any(t.startswith("voice:") for t in tags)
    assert len(ids) == len(items)
    regime = next(i for i in items if "Regime" in i["target"]["selector"][0]["exact"])
    assert {"government", "administration"} <= {
        b["value"] for b in regime["body"] if b["purpose"] == "editing"}


@pytest.mark.parametrize("body", [
    {}, {"html": "<p>x</p>"}, {"url": ""}, {"url": ALMANAR_URL, "extra": 1},
    {"url": ALMANAR_URL, "html": ""}, [], "text",
])
def test_annotate_rejects_bad_bodies(client: TestClient, body: Any) -> None:
    assert_problem(client.post("/v1/annotate", json=body), 422, "bad-request")


def test_annotate_malformed_json(client: TestClient) -> None:
    r = client.post("/v1/annotate", content=b"{not json",
                    headers={"Content-Type": "application/json"})
    assert_problem(r, 422, "bad-request")


def test_annotate_empty_page_is_a_pipeline_problem(client: TestClient) -> None:
    r = client.post("/v1/annotate", json={"url": ALMANAR_URL, "html": "<html><body></body></html>"})
    assert_problem(r, 422, "empty-page")


def test_unknown_path_and_method_are_problems(client: TestClient) -> None:
    assert_problem(client.get("/v1/nothing-here"), 404, "not-found")
    r = client.delete("/v1/ping")
    assert_problem(r, 405, "method-not-allowed")
    assert r.headers["allow"] == "GET"


def test_unexpected_errors_are_problems_without_internals(
    registry: Registry, lexicon: Lexicon
) -> None:
    app = create_app(Settings(rate_limit=0), registry=registry, lexicon=lexicon)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internal state")

    with TestClient(app, raise_server_exceptions=False) as client:
        body = assert_problem(client.get("/boom"), 500, "internal-error")
        assert "secret" not in body["detail"]


def test_openapi_documents_the_selector_text(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/annotate", "/v1/outlets/lookup", "/v1/outlets/index",
            "/v1/outlets/prefix/{hash_prefix}", "/v1/outlets/{outlet_id}", "/healthz",
            "/readyz", "/v1/ping"} <= set(spec["paths"])
    assert "headline" in spec["components"]["schemas"]["AnnotatedReport"]["properties"][
        "selector_text"]["description"]
    assert "application/problem+json" in spec["paths"]["/v1/annotate"]["post"]["responses"]["403"][
        "content"]


# --------------------------------------------------------------------------- schemathesis


def test_openapi_fuzz_with_schemathesis(registry: Registry, lexicon: Lexicon) -> None:
    """A short property-based run against /openapi.json; fetches hit only the fake network.

    Every host resolves to one public address and the fake backend serves the same article,
    so generated URLs can reach no real network.
    """
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given
    from hypothesis import settings as hyp_settings

    backend = FakeBackend(lambda host, port: http_response(body=ARTICLE.encode()))
    app = create_app(Settings(rate_limit=0), registry=registry, lexicon=lexicon,
                     resolver=lambda host, port: [PUBLIC], network_backend=backend)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)

    @given(case=schema.as_strategy())
    @hyp_settings(max_examples=30, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        case.call_and_validate()

    run()
    assert all(address == PUBLIC for address, _ in backend.connects)
