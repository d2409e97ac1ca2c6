"""Tests for annotator.fetch. No internet: real traffic goes only to 127.0.0.1.

Real-network behaviour uses a pytest-httpserver bound to 127.0.0.1. Safety rules use a fake
resolver and a fake network backend (tests/fakenet.py) that never opens a socket, so a broken
rule could not send a packet to a private or metadata address.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import re
import socket
import ssl
import time
import zlib
from collections.abc import Iterator
from typing import ClassVar

import charset_normalizer
import httpcore
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from annotator.errors import (
    AnnotatorError,
    BlockedURLError,
    ContentTypeError,
    DNSError,
    EmptyPageError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    TooLargeError,
)
from annotator.page import decode as decode_module
from annotator.page import fetcher as fetch_module
from annotator.page.fetcher import FetchPolicy, decode_html, fetch

try:  # works whether or not tests/ becomes a package
    from tests.fakenet import CountingBackend, FakeBackend, FakeResolver, http_response, redirect
except ImportError:
    from fakenet import (  # type: ignore[no-redef]
        CountingBackend,
        FakeBackend,
        FakeResolver,
        http_response,
        redirect,
    )

PAGE = "<!doctype html><html><head><title>T</title></head><body><p>Héllo wörld</p></body></html>"
PUBLIC = "93.184.216.34"
STRICT = FetchPolicy(allow_non_global=False)


@pytest.fixture(scope="module")
def _loopback_server() -> Iterator[HTTPServer]:
    # The plugin's default server listens on "localhost"; we want 127.0.0.1 exactly.
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def httpserver(_loopback_server: HTTPServer) -> Iterator[HTTPServer]:
    _loopback_server.clear()
    yield _loopback_server
    _loopback_server.clear()


def html_bytes_response(body: bytes, content_type: str = "text/html; charset=utf-8",
                        **headers: str) -> Response:
    response = Response(body, 200, headers=list(headers.items()))
    response.headers["Content-Type"] = content_type
    return response


# --------------------------------------------------------------------------- real server


def test_success_records_metadata(httpserver: HTTPServer) -> None:
    seen: dict[str, str] = {}

    def handler(request: Request) -> Response:
        seen.update(request.headers)
        return html_bytes_response(PAGE.encode())

    httpserver.expect_request("/article").respond_with_handler(handler)
    url = httpserver.url_for("/article")
    before = dt.datetime.now(dt.UTC)
    result = fetch(url)
    info = result.info
    assert result.html == PAGE
    assert info.requested_url == url
    assert info.final_url == url
    assert info.status == 200
    assert info.content_type == "text/html"
    assert (info.charset, info.charset_source) == ("utf-8", "http")
    assert info.redirects == []
    assert info.bytes == len(PAGE.encode())
    assert info.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert info.fetched_at.tzinfo is not None and info.fetched_at >= before
    assert 0 < info.elapsed_ms < 5000
    assert seen["User-Agent"].startswith("annotator/")
    assert "gzip" in seen["Accept-Encoding"]
    if decode_module._BROTLI is None:
        assert "br" not in seen["Accept-Encoding"]


def test_redirect_chain_recorded(httpserver: HTTPServer) -> None:
    end = httpserver.url_for("/end")
    httpserver.expect_request("/start").respond_with_data("", 301, {"Location": "/mid"})
    httpserver.expect_request("/mid").respond_with_data("", 302, {"Location": end})
    httpserver.expect_request("/end").respond_with_data(PAGE, content_type="text/html")
    result = fetch(httpserver.url_for("/start"))
    assert result.info.final_url == end
    assert [(r.url, r.status) for r in result.info.redirects] == [
        (httpserver.url_for("/start"), 301),
        (httpserver.url_for("/mid"), 302),
    ]
    assert result.info.requested_url == httpserver.url_for("/start")


def test_redirect_loop(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/a").respond_with_data("", 302, {"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", 302, {"Location": "/a"})
    with pytest.raises(FetchError, match="redirect loop") as err:
        fetch(httpserver.url_for("/a"))
    assert type(err.value) is FetchError


def test_too_many_redirects_but_exactly_max_is_fine(httpserver: HTTPServer) -> None:
    for i in range(3):
        httpserver.expect_request(f"/r{i}").respond_with_data("", 307, {"Location": f"/r{i + 1}"})
    httpserver.expect_request("/r3").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(FetchError, match="too many redirects: more than 2"):
        fetch(httpserver.url_for("/r0"), FetchPolicy(max_redirects=2))
    result = fetch(httpserver.url_for("/r1"), FetchPolicy(max_redirects=2))
    assert len(result.info.redirects) == 2


def test_redirect_without_location(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data("", 302)
    with pytest.raises(FetchError, match="without a Location"):
        fetch(httpserver.url_for("/x"))


@pytest.mark.parametrize("status", [404, 500])
def test_error_status(httpserver: HTTPServer, status: int) -> None:
    httpserver.expect_request("/p").respond_with_data(PAGE, status, content_type="text/html")
    url = httpserver.url_for("/p")
    with pytest.raises(HTTPStatusError) as err:
        fetch(url)
    assert str(err.value) == f"HTTP {status} from {url}"


@pytest.mark.parametrize(
    ("mime", "body"), [("application/pdf", b"%PDF-1.7 ..."), ("image/png", b"\x89PNG\r\n\x1a\n")]
)
def test_non_html_content_type(httpserver: HTTPServer, mime: str, body: bytes) -> None:
    httpserver.expect_request("/f").respond_with_data(body, content_type=mime)
    with pytest.raises(ContentTypeError, match=mime):
        fetch(httpserver.url_for("/f"))


def test_xhtml_accepted(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data(PAGE, content_type="application/xhtml+xml")
    assert fetch(httpserver.url_for("/x")).info.content_type == "application/xhtml+xml"


def test_oversized_with_content_length(httpserver: HTTPServer) -> None:
    body = "<p>" + "x" * 5000
    httpserver.expect_request("/big").respond_with_data(body, content_type="text/html")
    with pytest.raises(TooLargeError, match="1000-byte limit"):
        fetch(httpserver.url_for("/big"), FetchPolicy(max_bytes=1000))


def test_oversized_streamed_without_content_length(httpserver: HTTPServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"<p>"
        for _ in range(200):
            yield b"x" * 1000

    httpserver.expect_request("/stream").respond_with_response(
        Response(chunks(), content_type="text/html")
    )
    with pytest.raises(TooLargeError, match="over the 5000-byte limit"):
        fetch(httpserver.url_for("/stream"), FetchPolicy(max_bytes=5000))


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    # 64 MiB of zeros in ~290 KB (level 1 is fast to build); decoded it is 640x the cap below.
    packer = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * (1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(64)), packer.flush()])


def test_gzip_bomb_stops_early(httpserver: HTTPServer, gzip_bomb: bytes) -> None:
    httpserver.expect_request("/bomb").respond_with_response(
        html_bytes_response(gzip_bomb, **{"Content-Encoding": "gzip"})
    )
    counting = CountingBackend()
    policy = FetchPolicy(max_decoded_bytes=100_000, max_bytes=10_000_000)
    with pytest.raises(TooLargeError, match="more than 100000 bytes"):
        fetch(httpserver.url_for("/bomb"), policy, network_backend=counting)
    # Stopped after the first read or so: far less than the compressed body was pulled in.
    assert 0 < counting.bytes_read < len(gzip_bomb) // 2


_BOMB_MEMORY_PROBE = """
import sys, tracemalloc, zlib
sys.path[:0] = [{tests!r}]
from fakenet import FakeBackend, FakeResolver, http_response
from annotator.errors import TooLargeError
from annotator.page.fetcher import FetchPolicy, fetch
packer = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
bomb = b"".join([*(packer.compress(b"\\0" * (1 << 20)) for _ in range(64)), packer.flush()])
raw = http_response(body=bomb, headers={{"Content-Encoding": "gzip"}})
backend = FakeBackend({{{public!r}: raw}})
policy = FetchPolicy(max_decoded_bytes=100_000, max_bytes=10_000_000)
tracemalloc.start()
try:
    fetch("http://bomb.test/", policy, resolver=FakeResolver({{"bomb.test": {public!r}}}),
          network_backend=backend)
except TooLargeError:
    pass
print(tracemalloc.get_traced_memory()[1], backend.bytes_read)
"""


def test_gzip_bomb_memory_stays_small() -> None:
    # In a fresh interpreter, so threads left by other tests cannot add to the allocation peak.
    import subprocess
    import sys
    from pathlib import Path

    code = _BOMB_MEMORY_PROBE.format(tests=str(Path(__file__).parent), public=PUBLIC)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    peak, bytes_read = int(out[0]), int(out[1])
    # Inflating even one 64 KB read in full would take ~14 MB; bounded steps keep it tiny.
    assert peak < 2_000_000
    assert bytes_read <= 64 * 1024


@pytest.mark.parametrize(
    "headers",
    [
        [("Content-Encoding", "gzip, gzip")],  # one header, two codings
        [("Content-Encoding", "gzip"), ("Content-Encoding", "gzip")],  # two headers
    ],
)
def test_stacked_encodings_refused(httpserver: HTTPServer, headers: list[tuple[str, str]]) -> None:
    body = gzip.compress(gzip.compress(PAGE.encode()))
    response = Response(body, 200, headers=headers, content_type="text/html")
    httpserver.expect_request("/s").respond_with_response(response)
    with pytest.raises(TooLargeError, match="stacked Content-Encoding 'gzip, gzip'"):
        fetch(httpserver.url_for("/s"))


@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", lambda b: zlib.compress(b, wbits=-zlib.MAX_WBITS)),  # raw, as some send
        ("identity", lambda b: b),
    ],
)
def test_content_encodings_decoded(httpserver: HTTPServer, encoding: str, pack: object) -> None:
    body = PAGE.encode()
    assert callable(pack)
    httpserver.expect_request("/e").respond_with_response(
        html_bytes_response(pack(body), **{"Content-Encoding": encoding})
    )
    result = fetch(httpserver.url_for("/e"))
    assert result.html == PAGE
    assert result.info.bytes == len(body)
    assert result.info.sha256 == hashlib.sha256(body).hexdigest()


class FakeBrotliDecompressor:
    """Mimics brotli>=1.2's Decompressor (process with a soft output cap, leftover input kept
    inside until drained with empty calls) using raw deflate, since brotli isn't installed."""

    calls: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        self._tail = b""

    def process(self, data: bytes, output_buffer_limit: int = 1 << 62) -> bytes:
        assert not (data and self._tail), "process() with data while input is pending"
        self.calls.append(output_buffer_limit)
        out = self._z.decompress(self._tail or data, output_buffer_limit)
        self._tail = self._z.unconsumed_tail
        return out

    def can_accept_more_data(self) -> bool:
        return not self._tail


@pytest.fixture
def fake_brotli(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    FakeBrotliDecompressor.calls = []
    monkeypatch.setattr(decode_module, "_BROTLI", FakeBrotliDecompressor)
    encodings = (*fetch_module.SUPPORTED_ENCODINGS, "br")
    monkeypatch.setattr(fetch_module, "SUPPORTED_ENCODINGS", encodings)
    return FakeBrotliDecompressor.calls


def test_br_decoding_logic(fake_brotli: list[int]) -> None:
    resolver = FakeResolver({"br.test": PUBLIC})
    raw_deflate = zlib.compress(PAGE.encode(), wbits=-zlib.MAX_WBITS)
    page = http_response(body=raw_deflate, headers={"Content-Encoding": "br"})
    backend = FakeBackend({PUBLIC: page})
    result = fetch("http://br.test/", resolver=resolver, network_backend=backend)
    assert result.html == PAGE
    # A bomb: stopped at the cap, and every call asked for at most 64 KB of output.
    bomb = zlib.compress(b"\0" * 20_000_000, 1, wbits=-zlib.MAX_WBITS)
    backend = FakeBackend({PUBLIC: http_response(body=bomb, headers={"Content-Encoding": "br"})})
    with pytest.raises(TooLargeError, match=r"decodes \(br\) to more than 300000 bytes"):
        fetch("http://br.test/", FetchPolicy(max_decoded_bytes=300_000), resolver=resolver,
              network_backend=backend)
    assert max(fake_brotli) <= 65536 and len(fake_brotli) >= 5


def test_unsupported_encoding(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/z").respond_with_response(
        html_bytes_response(b"\x28\xb5\x2f\xfd....", **{"Content-Encoding": "zstd"})
    )
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'zstd'"):
        fetch(httpserver.url_for("/z"))


def test_corrupt_gzip(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/c").respond_with_response(
        html_bytes_response(b"\x1f\x8b\x08\x00garbage-not-deflate", **{"Content-Encoding": "gzip"})
    )
    with pytest.raises(FetchError, match="corrupt gzip body"):
        fetch(httpserver.url_for("/c"))


CYRILLIC = "Москва объявила о новых мерах поддержки экономики и граждан страны. " * 5
JAPANESE = "東京都は新しい経済対策を発表しました。市民への支援が拡大されます。"


@pytest.mark.parametrize(
    ("body", "content_type", "text", "charset", "source"),
    [
        # BOM beats a (wrong) header charset.
        (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=windows-1252", "<p>café</p>",
         "utf-8", "bom"),
        ("<p>Привет</p>".encode("cp1251"), "text/html; charset=windows-1251", "<p>Привет</p>",
         "windows-1251", "http"),
        # Header beats meta.
        ("<meta charset='utf-8'><p>Привет</p>".encode("cp1251"), "text/html; charset=cp1251",
         "<meta charset='utf-8'><p>Привет</p>", "windows-1251", "http"),
        (f'<meta charset="windows-1251"><p>{CYRILLIC}</p>'.encode("cp1251"), "text/html",
         f'<meta charset="windows-1251"><p>{CYRILLIC}</p>', "windows-1251", "meta"),
        (f'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>{JAPANESE}'
         .encode("shift_jis"), "text/html",
         f'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>{JAPANESE}',
         "shift_jis", "meta"),
        (f"<html><body><p>{CYRILLIC}</p></body></html>".encode("cp1251"), "text/html",
         f"<html><body><p>{CYRILLIC}</p></body></html>", "windows-1251", "detected"),
    ],
)
def test_charsets_over_http(
    httpserver: HTTPServer, body: bytes, content_type: str, text: str, charset: str, source: str
) -> None:
    httpserver.expect_request("/c").respond_with_response(html_bytes_response(body, content_type))
    result = fetch(httpserver.url_for("/c"))
    assert result.html == text
    assert (result.info.charset, result.info.charset_source) == (charset, source)


@pytest.mark.parametrize(
    ("body", "match"),
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"), (b"<p>hi</p>\x00\x01\x02\x00", "NUL")],
)
def test_binary_body_refused(httpserver: HTTPServer, body: bytes, match: str) -> None:
    httpserver.expect_request("/b").respond_with_response(html_bytes_response(body))
    url = httpserver.url_for("/b")
    with pytest.raises(ContentTypeError, match=match) as err:
        fetch(url)
    assert url in str(err.value)


@pytest.mark.parametrize("body", [b"", b"  \r\n\t "])
def test_empty_body(httpserver: HTTPServer, body: bytes) -> None:
    httpserver.expect_request("/e").respond_with_response(html_bytes_response(body))
    with pytest.raises(EmptyPageError, match="empty"):
        fetch(httpserver.url_for("/e"))


def test_read_timeout(httpserver: HTTPServer) -> None:
    def slow(_: Request) -> Response:
        time.sleep(0.5)
        return html_bytes_response(PAGE.encode())

    httpserver.expect_request("/slow").respond_with_handler(slow)
    start = time.monotonic()
    with pytest.raises(FetchTimeout, match="read timeout"):
        fetch(httpserver.url_for("/slow"), FetchPolicy(read_timeout=0.1))
    assert time.monotonic() - start < 0.45


def test_total_timeout_beats_a_trickle(httpserver: HTTPServer) -> None:
    def trickle() -> Iterator[bytes]:
        yield b"<p>"
        for _ in range(40):  # each chunk arrives well inside the read timeout
            time.sleep(0.05)
            yield b"x"

    httpserver.expect_request("/trickle").respond_with_response(
        Response(trickle(), content_type="text/html")
    )
    start = time.monotonic()
    with pytest.raises(FetchTimeout, match="total time limit"):
        fetch(httpserver.url_for("/trickle"), FetchPolicy(read_timeout=1.0, total_timeout=0.3))
    assert time.monotonic() - start < 0.8


def test_connection_refused() -> None:
    with socket.socket() as probe:  # find a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="could not connect") as err:
        fetch(f"http://127.0.0.1:{port}/")
    assert type(err.value) is FetchError
    assert f"127.0.0.1:{port}" in str(err.value)


def test_pinned_connect_keeps_host_header(httpserver: HTTPServer) -> None:
    hosts: list[str] = []

    def handler(request: Request) -> Response:
        hosts.append(request.headers["Host"])
        return html_bytes_response(PAGE.encode())

    httpserver.expect_request("/news").respond_with_handler(handler)
    resolver = FakeResolver({"news.test": "127.0.0.1"})
    url = f"http://news.test:{httpserver.port}/news"
    result = fetch(url, FetchPolicy(allow_non_global=True), resolver=resolver)
    assert result.info.final_url == url
    assert hosts == [f"news.test:{httpserver.port}"]
    assert resolver.calls == [("news.test", httpserver.port)]


# --------------------------------------------------------------------------- fake network


def test_dns_failure() -> None:
    backend = FakeBackend()
    with pytest.raises(DNSError, match=r"could not resolve nowhere\.test"):
        fetch("http://nowhere.test/", resolver=FakeResolver({}), network_backend=backend)
    assert backend.connects == []


def test_slow_resolver_times_out() -> None:
    def slow(host: str, port: int) -> list[str]:
        time.sleep(0.5)
        return [PUBLIC]

    start = time.monotonic()
    with pytest.raises(FetchTimeout, match=r"resolving slow\.test"):
        fetch("http://slow.test/", FetchPolicy(connect_timeout=0.1), resolver=slow,
              network_backend=FakeBackend())
    assert time.monotonic() - start < 0.4


BAD_HOSTS: dict[str, str | list[str]] = {
    "metadata.test": "169.254.169.254",
    "intranet.test": "10.0.0.5",
    "rfc1918b.test": "172.16.3.4",
    "rfc1918c.test": "192.168.1.1",
    "loopback.test": "127.0.0.1",
    "cgnat.test": "100.64.0.1",
    "zero.test": "0.0.0.0",
    "multicast.test": "224.0.0.251",
    "reserved.test": "240.0.0.1",
    "broadcast.test": "255.255.255.255",
    "mixed.test": [PUBLIC, "127.0.0.1"],
    "v6.test": "::ffff:127.0.0.1",
    "v6loop.test": "::1",
    "v6unspec.test": "::",
    "ula.test": "fd12:3456::1",
    "v6ll.test": "fe80::1",
    "v6mcast.test": "ff02::1",
    "compat.test": "::127.0.0.1",
    "sixtofour.test": "2002:a9fe:a9fe::1",  # 6to4 around 169.254.169.254
    "nat64.test": "64:ff9b::a00:5",  # NAT64 around 10.0.0.5
    "teredo.test": "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo, client 10.0.0.1
    "mapped-meta.test": "::ffff:169.254.169.254",
}


@pytest.mark.parametrize("host", sorted(BAD_HOSTS))
def test_non_global_addresses_refused(host: str) -> None:
    resolver = FakeResolver(BAD_HOSTS)
    backend = FakeBackend()
    with pytest.raises(BlockedURLError, match=re.escape(f"refused http://{host}/")) as err:
        fetch(f"http://{host}/", STRICT, resolver=resolver, network_backend=backend)
    assert backend.connects == []
    assert resolver.calls == [(host, 80)]
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://2130706433/",  # decimal
        "http://0x7f.1/",  # hex + short form
        "http://0x7f000001/",
        "http://017700000001/",  # octal
        "http://0177.0.0.1/",  # octal dotted (httpx already refuses it)
        "http://127.1/",
        "http://127.0.0.1./",
        "http://0/",
        "http://169.254.169.254/latest/meta-data/",
        "http://0xa9fea9fe/",
        "http://10.1/",
        "http://[::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:7f00:1]/",
        "http://[fe80::1%25eth0]/",
        "https://[fd00::1]:443/",
    ],
)
def test_literal_ip_forms_refused(url: str) -> None:
    resolver = FakeResolver({})
    backend = FakeBackend()
    with pytest.raises(BlockedURLError):
        fetch(url, STRICT, resolver=resolver, network_backend=backend)
    assert backend.connects == []
    assert resolver.calls == []  # literals are checked as addresses, never looked up


@pytest.mark.parametrize(
    "url",
    [
        "http://user:pw@public.test/",
        "http://user@public.test/",
        "https://:secret@public.test/",
        "file:///etc/passwd",
        "ftp://public.test/file",
        "gopher://public.test/",
        "javascript:alert(1)",
        "data:text/html,<p>x</p>",
        "http:///nohost",
        "not a url at all",
    ],
)
def test_url_rules(url: str) -> None:
    # Even with the permissive CLI default these are refused before any lookup.
    resolver = FakeResolver({"public.test": PUBLIC})
    backend = FakeBackend()
    with pytest.raises(BlockedURLError):
        fetch(url, FetchPolicy(), resolver=resolver, network_backend=backend)
    assert backend.connects == []
    assert resolver.calls == []


def test_disallowed_port() -> None:
    resolver = FakeResolver({"public.test": PUBLIC})
    backend = FakeBackend()
    policy = FetchPolicy(allowed_ports=frozenset({80, 443}))
    with pytest.raises(BlockedURLError, match="port 8080 is not allowed"):
        fetch("http://public.test:8080/", policy, resolver=resolver, network_backend=backend)
    assert backend.connects == [] and resolver.calls == []


def test_https_pins_address_but_keeps_sni_and_host() -> None:
    resolver = FakeResolver({"public.test": PUBLIC})
    backend = FakeBackend({PUBLIC: http_response(body=PAGE.encode())})
    policy = FetchPolicy(allow_non_global=False, allowed_ports=frozenset({80, 443}))
    result = fetch("https://public.test/a", policy, resolver=resolver, network_backend=backend)
    assert result.html == PAGE
    assert backend.connects == [(PUBLIC, 443)]
    [(sni, context)] = backend.tls
    assert sni == "public.test"
    assert context.check_hostname and context.verify_mode == ssl.CERT_REQUIRED
    assert b"\r\nHost: public.test\r\n" in backend.requests[0]


@pytest.mark.parametrize(
    ("address", "dialled"),
    [
        ("2606:4700::1111", "2606:4700::1111"),
        ("::ffff:93.184.216.34", PUBLIC),  # IPv4-mapped: dialled as the IPv4 host
        ("64:ff9b::5db8:d822", "64:ff9b::5db8:d822"),  # DNS64/NAT64 of a public address
    ],
)
def test_global_ipv6_forms_allowed(address: str, dialled: str) -> None:
    backend = FakeBackend({dialled: http_response(body=PAGE.encode())})
    result = fetch("http://v6ok.test/", STRICT, resolver=FakeResolver({"v6ok.test": address}),
                   network_backend=backend)
    assert result.html == PAGE
    assert backend.connects == [(dialled, 80)]


def test_redirect_to_private_host_refused_before_connecting() -> None:
    resolver = FakeResolver({"public.test": PUBLIC, "intranet.test": "10.0.0.5"})
    backend = FakeBackend({PUBLIC: redirect("http://intranet.test/admin")})
    with pytest.raises(BlockedURLError, match=r"refused http://intranet\.test/admin"):
        fetch("http://public.test/", STRICT, resolver=resolver, network_backend=backend)
    assert backend.connects == [(PUBLIC, 80)]


@pytest.mark.parametrize(
    "location",
    ["http://169.254.169.254/latest/", "http://0x7f.1/", "file:///etc/passwd",
     "http://user:pw@public.test/", "http://public.test:22/"],
)
def test_redirect_hops_are_rechecked(location: str) -> None:
    resolver = FakeResolver({"public.test": PUBLIC})
    backend = FakeBackend({PUBLIC: redirect(location)})
    policy = FetchPolicy(allow_non_global=False, allowed_ports=frozenset({80, 443}))
    with pytest.raises(BlockedURLError):
        fetch("http://public.test/", policy, resolver=resolver, network_backend=backend)
    assert backend.connects == [(PUBLIC, 80)]


def test_dns_rebinding_uses_first_answer() -> None:
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return [PUBLIC] if len(calls) == 1 else ["127.0.0.1"]

    backend = FakeBackend(
        {PUBLIC: [redirect("http://rebind.test/next"), http_response(body=PAGE.encode())]}
    )
    result = fetch("http://rebind.test/", STRICT, resolver=rebinding, network_backend=backend)
    assert result.html == PAGE
    assert calls == ["rebind.test"]  # resolved once, the second hop reused the checked answer
    assert backend.connects == [(PUBLIC, 80), (PUBLIC, 80)]
    assert result.info.final_url == "http://rebind.test/next"


def test_falls_back_to_next_checked_address() -> None:
    def answer(host: str, port: int) -> bytes:
        if host == "203.0.113.9":
            raise httpcore.ConnectError("refused")
        return http_response(body=PAGE.encode())

    backend = FakeBackend(answer)
    resolver = FakeResolver({"two.test": ["203.0.113.9", PUBLIC]})
    result = fetch("http://two.test/", resolver=resolver, network_backend=backend)
    assert result.html == PAGE
    assert backend.connects == [("203.0.113.9", 80), (PUBLIC, 80)]


@pytest.mark.parametrize(
    ("body", "ok"), [(b"  <!DOCTYPE html><p>x</p>", True), (b"<p>para</p>", True),
                     (b"just some text", False), (b"{\"json\": 1}", False)],
)
def test_missing_content_type_sniffed(body: bytes, ok: bool) -> None:
    raw = http_response(body=body, headers={"Content-Type": None})
    assert b"Content-Type" not in raw
    backend = FakeBackend({PUBLIC: raw})
    resolver = FakeResolver({"public.test": PUBLIC})
    if ok:
        result = fetch("http://public.test/", resolver=resolver, network_backend=backend)
        assert result.info.content_type == ""
    else:
        with pytest.raises(ContentTypeError, match="no Content-Type"):
            fetch("http://public.test/", resolver=resolver, network_backend=backend)


@pytest.mark.parametrize(
    "answer",
    [b"this is not HTTP at all\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"],
)
def test_protocol_errors_become_fetch_errors(answer: bytes) -> None:
    backend = FakeBackend({PUBLIC: answer})
    with pytest.raises(FetchError, match=r"http://public\.test/"):
        fetch("http://public.test/", resolver=FakeResolver({"public.test": PUBLIC}),
              network_backend=backend)


def test_unexpected_backend_exception_is_wrapped() -> None:
    def boom(host: str, port: int) -> bytes:
        raise RuntimeError("kaboom")

    with pytest.raises(FetchError, match="kaboom") as err:
        fetch("http://public.test/", resolver=FakeResolver({"public.test": PUBLIC}),
              network_backend=FakeBackend(boom))
    assert isinstance(err.value, AnnotatorError)


# --------------------------------------------------------------------------- decode_html


def test_decode_utf16_bom() -> None:
    body = "\ufeff<p>Grüße</p>".encode("utf-16-le")
    assert decode_html(body, None) == ("<p>Grüße</p>", "utf-16-le", "bom")


def test_decode_unknown_header_charset_falls_through_to_meta() -> None:
    body = '<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r")
    text, charset, source = decode_html(body, "text/html; charset=no-such-charset")
    assert "Привет" in text and (charset, source) == ("koi8-r", "meta")


def test_decode_meta_utf16_means_utf8() -> None:
    body = '<meta charset="utf-16"><p>café</p>'.encode()
    assert decode_html(body, "text/html")[1:] == ("utf-8", "meta")


def test_decode_default_when_detection_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoResult:
        def best(self) -> None:
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda _: NoResult())
    text, charset, source = decode_html(b"<p>\xff\xfe caf\xe9</p>", None)
    assert (charset, source) == ("utf-8", "default")
    assert "\ufffd" in text


def test_decode_empty_and_binary() -> None:
    with pytest.raises(EmptyPageError):
        decode_html(b" \n ", "text/html")
    with pytest.raises(EmptyPageError):
        decode_html(b"\xef\xbb\xbf  ", None)
    with pytest.raises(ContentTypeError, match="PDF"):
        decode_html(b"%PDF-1.4\n...", "text/html")
