"""Fetch stage: download one HTML page safely and decode it to text.

Safety model, in order, for the first URL and again for every redirect hop:

1. URL rules: http/https only, no credentials, port in ``policy.allowed_ports`` when set.
2. The host is resolved ONCE per fetch (literal IPs, including the odd inet_aton forms such as
   ``2130706433`` or ``0x7f.1``, are parsed here instead). With ``allow_non_global=False`` every
   address must be global, including IPv4 addresses embedded in IPv6 forms.
3. The connection goes to the checked address (``_PinnedBackend``), never to a fresh DNS answer,
   so DNS rebinding cannot swap in a private address between the check and the connect. The Host
   header, TLS SNI and certificate check still use the host name from the URL.

Sizes are capped on the wire and after decoding (the body is decompressed here, in bounded
steps, so a gzip bomb costs kilobytes), and ``total_timeout`` is enforced at the socket level.
Every failure is raised as an ``annotator.errors`` class with a one-line message naming the URL.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import ipaddress
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, cast

import charset_normalizer
import httpcore
import httpx

from . import __version__
from .errors import (
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
from .models import Fetched, FetchInfo, Redirect

__all__ = ["FetchPolicy", "decode_html", "fetch"]

Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
CharsetSource = Literal["bom", "http", "meta", "detected", "default"]


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 20.0  # wall clock for the whole fetch incl. redirects
    max_bytes: int = 5_000_000  # on the wire (compressed)
    max_decoded_bytes: int = 10_000_000  # after content decoding
    max_redirects: int = 5
    # CLI default True (a reporter may annotate an intranet page); the HTTP server sets False.
    allow_non_global: bool = True
    allowed_ports: frozenset[int] | None = None  # None = any port; the server uses {80, 443}
    user_agent: str = (
        f"annotator/{__version__} (+https://github.com/annotator; news provenance tool)"
    )


HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def _brotli_decompressor_factory() -> Callable[[], Any] | None:
    """Return a brotli Decompressor factory, only if it can bound its output.

    Older brotli (< 1.2) and brotlicffi releases cannot cap output per call, so one tiny chunk
    could inflate to gigabytes; with those we simply do not advertise ``br``.
    """
    try:
        import brotli  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    factory = getattr(brotli, "Decompressor", None)
    if factory is None or not hasattr(factory, "can_accept_more_data"):
        return None
    return cast(Callable[[], Any], factory)


_BROTLI = _brotli_decompressor_factory()
_BR: tuple[str, ...] = ("br",) if _BROTLI else ()
SUPPORTED_ENCODINGS: tuple[str, ...] = ("identity", "gzip", "deflate", *_BR)
ACCEPT_ENCODING = ", ".join(SUPPORTED_ENCODINGS[1:])


# --------------------------------------------------------------------------- address rules

_BLOCKED_V4: tuple[tuple[ipaddress.IPv4Network, str], ...] = tuple(
    (ipaddress.IPv4Network(net), why)
    for net, why in (
        ("0.0.0.0/8", "'this network'"),
        ("10.0.0.0/8", "private (RFC 1918)"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local / cloud metadata"),
        ("172.16.0.0/12", "private (RFC 1918)"),
        ("192.0.0.0/24", "IETF protocol assignment"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "6to4 relay anycast"),
        ("192.168.0.0/16", "private (RFC 1918)"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
    )
)
_BLOCKED_V6: tuple[tuple[ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.IPv6Network(net), why)
    for net, why in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("100::/64", "discard-only"),
        ("64:ff9b:1::/48", "local-use NAT64"),
        ("2001:db8::/32", "documentation"),
        ("fc00::/7", "unique-local"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("ff00::/8", "multicast"),
    )
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_V4_COMPAT = ipaddress.IPv6Network("::/96")


def _v4_reason(ip: ipaddress.IPv4Address) -> str | None:
    for net, why in _BLOCKED_V4:
        if ip in net:
            return why
    # Belt and braces: the stdlib table also knows the rest of the IANA special-purpose registry.
    if not ip.is_global or ip.is_multicast or ip.is_reserved:
        return "non-global"
    return None


def _embedded_v4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses hidden in an IPv6 address: the packet may well end up at them."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip in _NAT64 or (ip in _V4_COMPAT and int(ip) > 1):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)  # (server, client); the client is de-obfuscated for us
    return found


def non_global_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be contacted when only global addresses are allowed (None = fine)."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _v4_reason(ip)
    for v4 in _embedded_v4(ip):
        why = _v4_reason(v4)
        if why:
            return f"{why} (embedded IPv4 {v4})"
    if ip.ipv4_mapped is not None or ip in _NAT64:
        # ::ffff:a.b.c.d and 64:ff9b::a.b.c.d (DNS64 on IPv6-only networks) reach the IPv4 host;
        # its verdict is the verdict (the stdlib calls these whole prefixes non-global).
        return None
    for net6, why in _BLOCKED_V6:
        if ip in net6:
            return why
    if not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_site_local:
        return "non-global"
    return None


_INET_ATON_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def parse_ip_literal(host: str) -> IPAddress | None:
    """Parse a host that the OS would treat as an address literal, in any inet_aton form.

    ``2130706433``, ``0x7f.1``, ``0177.0.0.1`` and ``127.1`` all mean 127.0.0.1 to getaddrinfo,
    so they must be checked as addresses, not waved through as names.
    """
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.replace("%25", "%"))
        except ValueError:
            return None
    parts = host[:-1].split(".") if host.endswith(".") else host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_INET_ATON_PART.fullmatch(p) for p in parts):
        return None
    values = []
    for p in parts:
        if p[:2].lower() == "0x":
            values.append(int(p[2:] or "0", 16))
        elif len(p) > 1 and p.startswith("0"):
            values.append(int(p, 8))
        else:
            values.append(int(p))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None  # not an address to inet_aton either; it will be resolved as a name
    number = 0
    for v in head:
        number = number << 8 | v
    number = number << 8 * (4 - len(head)) | last
    return ipaddress.IPv4Address(number)


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses getaddrinfo gives for ``host``, in its preference order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(
        dict.fromkeys(
            str(info[4][0]) for info in infos if info[0] in (socket.AF_INET, socket.AF_INET6)
        )
    )


# --------------------------------------------------------------------------- pinned transport


class _DeadlineStream(httpcore.NetworkStream):
    """Clamp every socket wait to what is left of ``total_timeout``.

    A server that trickles one byte just inside the read timeout would otherwise hold us forever.
    """

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def _clamp(self, timeout: float | None, exc: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise exc("total time limit exceeded")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        # server_hostname is the URL's host name (httpcore passes it), so SNI and the
        # certificate check are for the name even though we connected to a pinned IP.
        inner = self._inner.start_tls(
            ssl_context, server_hostname, self._clamp(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Connect to the addresses checked for a host name, never to a fresh DNS answer.

    httpcore asks for ``connect_tcp(host_name, port)``; we look the name up in ``pins`` (filled
    by the checker) and fail closed for any name that was not checked.
    """

    def __init__(self, inner: httpcore.NetworkBackend, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline
        self.pins: dict[str, list[str]] = {}

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self.pins.get(host)
        if not addresses:
            raise httpcore.ConnectError(f"{host} was not checked; refusing to resolve it again")
        last: Exception | None = None
        for address in addresses:  # all were checked; try them in the resolver's order
            left = self._deadline - time.monotonic()
            if left <= 0:
                raise httpcore.ConnectTimeout("total time limit exceeded")
            try:
                stream = self._inner.connect_tcp(
                    address,
                    port,
                    timeout=left if timeout is None else min(timeout, left),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                last = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert last is not None
        raise last

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are never used for fetching")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _CoreStream(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _CoreTransport(httpx.BaseTransport):
    """A minimal httpx transport over an httpcore pool built with our pinned backend.

    Why not patch ``httpx.HTTPTransport._pool``: that is a private attribute, and if it were ever
    renamed the pin would silently stop applying. This uses only public httpx/httpcore API, and
    httpcore errors surface unchanged, which ``fetch`` maps itself.
    """

    def __init__(self, pool: httpcore.ConnectionPool) -> None:
        self._pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_CoreStream(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


# --------------------------------------------------------------------------- content decoding


class _Overflow(Exception):
    """Decoded output passed max_decoded_bytes."""


class _BodyDecoder:
    """Undo one Content-Encoding, never producing more than ``limit`` bytes in total.

    zlib/brotli are asked for at most ``limit - total + 1`` bytes per call, so a bomb is detected
    after inflating at most one byte past the cap, whatever its compression ratio.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding
        self.limit = limit
        self.total = 0
        self._zlib: Any = None
        self._brotli: Any = None
        if encoding == "gzip":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "br":
            assert _BROTLI is not None
            self._brotli = _BROTLI()

    def _room(self) -> int:
        return self.limit - self.total + 1

    def _count(self, chunk: bytes) -> bytes:
        self.total += len(chunk)
        if self.total > self.limit:
            raise _Overflow
        return chunk

    def feed(self, data: bytes) -> bytes:
        if not data:
            return b""
        if self.encoding == "identity":
            return self._count(data)
        if self.encoding == "br":
            # brotli >= 1.2: process(data, output_buffer_limit) is a soft cap that may overshoot
            # by one output block, and blocks grow with the limit; asking for at most 64 KB per
            # call keeps each step small. Leftover input stays inside the decompressor until
            # can_accept_more_data() says it has been drained with empty calls.
            out = [self._count(self._brotli.process(data, min(self._room(), 65536)))]
            while not self._brotli.can_accept_more_data():
                out.append(self._count(self._brotli.process(b"", min(self._room(), 65536))))
            return b"".join(out)
        if self._zlib is None:  # deflate: RFC says zlib-wrapped, some servers send raw deflate
            zlib_header = (
                len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            )
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        out = []
        buf = data
        while buf:
            if self._zlib.eof:
                if self.encoding != "gzip" or not buf.strip(b"\0"):
                    break  # trailing garbage / NUL padding after the stream is ignored
                self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)  # next gzip member
            out.append(self._count(self._zlib.decompress(buf, self._room())))
            buf = self._zlib.unused_data if self._zlib.eof else self._zlib.unconsumed_tail
        return b"".join(out)


# --------------------------------------------------------------------------- charset


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE = ("utf-16", "utf-32")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)""", re.I)
_NOT_TEXT_CODECS = frozenset(
    {"idna", "punycode", "raw_unicode_escape", "unicode_escape", "undefined", "mbcs", "oem"}
)
_LABEL_ALIASES = {
    # WHATWG: these labels all mean windows-1252 on the web.
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "x-sjis": "shift_jis",
    "x-cp1251": "cp1251", "x-cp1252": "cp1252",
}
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b\x08", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)


def _codec(label: str) -> tuple[str, str] | None:
    """(python codec, display name) for a charset label, or None if it is not a text charset."""
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
        b"".decode(name)  # bytes-to-bytes codecs (base64, rot13, zlib...) fail here
    except (LookupError, ValueError):
        return None
    if name in _NOT_TEXT_CODECS:
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"
    display = re.sub(r"^cp(125\d)$", r"windows-\1", name)
    return name, display


def _binary_kind(body: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if body.startswith(magic):
            return kind
    if body[4:8] == b"ftyp":
        return "MP4/HEIF media"
    if body.startswith(b"RIFF") and body[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    if b"\0" in body[:1024]:
        return "binary data (NUL bytes)"
    return None


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str, str]:
    """Decode an HTML body: BOM, then HTTP charset, then <meta>, then detection, then UTF-8.

    Returns ``(text, charset, charset_source)``. Raises EmptyPageError for an empty (whitespace
    only) body and ContentTypeError for a binary one. Used for fetched pages and saved files.
    """
    if not body.strip():
        raise EmptyPageError("the page is empty")
    codec: tuple[str, str] | None = None
    source: CharsetSource = "default"
    skip = 0
    for bom, name in _BOMS:
        if body.startswith(bom):
            codec, source, skip = (name, name), "bom", len(bom)
            break
    if codec is None and content_type:
        match = _HTTP_CHARSET.search(content_type)
        if match:
            codec = _codec(match.group(1))
            source = "http"
    # UTF-16/32 text legitimately holds NUL bytes, so only check for binary otherwise.
    if codec is None or not codec[0].startswith(_WIDE):
        kind = _binary_kind(body)
        if kind:
            raise ContentTypeError(f"the body is {kind}, not HTML")
    if codec is None:
        for meta in _META_CHARSET.finditer(body[:4096]):
            codec = _codec(meta.group(1).decode("ascii"))
            if codec is not None:
                if codec[0].startswith(_WIDE):
                    codec = ("utf-8", "utf-8")  # WHATWG: an ASCII-readable meta can't be UTF-16
                source = "meta"
                break
    if codec is None:
        codec, source = _detect(body)
    text = body[skip:].decode(codec[0], errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]  # e.g. a BOM behind a header charset that we trusted first
    if not text.strip():
        raise EmptyPageError("the page is empty")
    return text, codec[1], source


def _detect(body: bytes) -> tuple[tuple[str, str], CharsetSource]:
    try:
        body.decode("utf-8")  # valid UTF-8 is the strongest signal there is, and cheap to test
        return ("utf-8", "utf-8"), "detected"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body).best()
    if best is not None:
        codec = _codec(best.encoding)
        if codec is not None:
            return codec, "detected"
    return ("utf-8", "utf-8"), "default"


_HTML_SNIFF = re.compile(
    rb"\s*(?:<!doctype\s+html|<html|<head|<body|<script|<iframe|<h1|<div|<font|<table|<a|"
    rb"<style|<title|<b|<br|<p|<meta|<!--)[\s>/]",
    re.I,
)


def _looks_like_html(body: bytes) -> bool:
    """WHATWG-style sniff, used only when the server sent no Content-Type at all."""
    head = body[:1024]
    for bom, _ in _BOMS[:1]:
        if head.startswith(bom):
            head = head[len(bom):]
    return _HTML_SNIFF.match(head) is not None


# --------------------------------------------------------------------------- fetch


def _run_with_timeout(func: Callable[[], list[str]], timeout: float) -> list[str] | None:
    """Run a (blocking) resolver with a time limit; None when it ran out of time.

    getaddrinfo has no timeout of its own; the daemon thread is abandoned if it hangs.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except Exception as exc:
            box["error"] = exc

    worker = threading.Thread(target=run, name="annotator-resolve", daemon=True)
    worker.start()
    worker.join(max(timeout, 0.0))
    if worker.is_alive():
        return None
    if "error" in box:
        raise box["error"]
    return cast(list[str], box["value"])


class _Fetcher:
    def __init__(
        self, policy: FetchPolicy, resolver: Resolver, backend: httpcore.NetworkBackend
    ) -> None:
        self.policy = policy
        self.resolver = resolver
        self.started = time.monotonic()
        self.deadline = self.started + policy.total_timeout
        self.backend = _PinnedBackend(backend, self.deadline)

    # -- per-hop checks

    def check_url(self, url: str) -> httpx.URL:
        try:
            parsed = httpx.URL(url)
        except Exception as exc:  # httpx.InvalidURL and friends
            raise BlockedURLError(f"invalid URL {url!r}: {exc}") from exc
        if parsed.scheme not in ("http", "https"):
            raise BlockedURLError(
                f"refused {url}: only http and https URLs can be fetched, not "
                + (repr(parsed.scheme) if parsed.scheme else "a URL without a scheme")
            )
        if parsed.userinfo:
            raise BlockedURLError(
                f"refused {url}: URLs with credentials (user:password@) are not fetched"
            )
        if not parsed.host:
            raise BlockedURLError(f"refused {url}: the URL has no host")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        allowed = self.policy.allowed_ports
        if allowed is not None and port not in allowed:
            ports = ", ".join(str(p) for p in sorted(allowed))
            raise BlockedURLError(f"refused {url}: port {port} is not allowed (allowed: {ports})")
        self.pin(parsed, port, url)
        return parsed

    def pin(self, parsed: httpx.URL, port: int, url: str) -> None:
        """Resolve the host once per fetch, check every address, remember them for connect."""
        key = parsed.raw_host.decode("ascii")  # exactly what httpcore passes to connect_tcp
        if key in self.backend.pins:
            return  # already resolved and checked during this fetch; never ask DNS again
        literal = parse_ip_literal(key)
        if literal is not None:
            addresses: list[IPAddress] = [literal]
        else:
            addresses = self.resolve(key, port, url)
        if not self.policy.allow_non_global:
            for ip in addresses:
                why = non_global_reason(ip)
                if why:
                    if literal is None:
                        shown = f"resolves to {ip}, which is"
                    else:
                        shown = "is" if str(ip) == parsed.host else f"({ip}) is"
                    raise BlockedURLError(
                        f"refused {url}: {parsed.host} {shown} a {why} address"
                    )
        # ::ffff:a.b.c.d is dialled as a.b.c.d: same host, and works on IPv4-only sockets.
        self.backend.pins[key] = [
            str(ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip)
            for ip in addresses
        ]

    def resolve(self, host: str, port: int, url: str) -> list[IPAddress]:
        limit = max(0.0, min(self.policy.connect_timeout, self.deadline - time.monotonic()))
        try:
            answer = _run_with_timeout(lambda: list(self.resolver(host, port)), limit)
        except socket.gaierror as exc:
            raise DNSError(f"could not resolve {host} for {url}: {exc.strerror or exc}") from exc
        except Exception as exc:
            raise DNSError(f"could not resolve {host} for {url}: {exc}") from exc
        if answer is None:
            raise FetchTimeout(f"resolving {host} for {url} took longer than {limit:.3g}s")
        if not answer:
            raise DNSError(f"could not resolve {host} for {url}: no addresses")
        try:
            return [ipaddress.ip_address(a) for a in answer]
        except ValueError as exc:
            raise DNSError(f"could not resolve {host} for {url}: bad address {exc}") from exc

    # -- errors

    def transport_error(self, exc: Exception, url: str) -> FetchError:
        p = self.policy
        if time.monotonic() >= self.deadline - 0.005:
            return FetchTimeout(
                f"gave up on {url}: total time limit of {p.total_timeout:g}s exceeded"
            )
        if isinstance(exc, httpcore.ConnectTimeout | httpx.ConnectTimeout):
            return FetchTimeout(f"could not connect to {url} within {p.connect_timeout:g}s")
        if isinstance(exc, httpcore.TimeoutException | httpx.TimeoutException):
            return FetchTimeout(f"{url} sent nothing for {p.read_timeout:g}s (read timeout)")
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, httpcore.ConnectError | httpx.ConnectError):
            if "CERTIFICATE" in detail or "SSL" in detail or "TLS" in detail:
                return FetchError(f"TLS failure for {url}: {detail}")
            return FetchError(f"could not connect to {url}: {detail}")
        return FetchError(f"fetching {url} failed: {type(exc).__name__}: {detail}")

    # -- the fetch

    def run(self, url: str) -> Fetched:
        fetched_at = dt.datetime.now(dt.UTC)
        ssl_context = httpx.create_ssl_context(trust_env=False)  # certifi CAs, hostname checked
        pool = httpcore.ConnectionPool(ssl_context=ssl_context, network_backend=self.backend)
        client = httpx.Client(
            transport=_CoreTransport(pool),
            follow_redirects=False,  # by hand: each hop is re-checked and re-pinned
            trust_env=False,  # no proxies or CA overrides from the environment
            timeout=httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout),
            headers={
                "User-Agent": self.policy.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
        )
        with client:
            redirects: list[Redirect] = []
            seen: set[str] = set()
            current = url
            while True:
                target = self.check_url(current)
                seen.add(str(target))
                try:
                    response = client.send(client.build_request("GET", target), stream=True)
                except AnnotatorError:
                    raise
                except Exception as exc:
                    raise self.transport_error(exc, str(target)) from exc
                try:
                    status = response.status_code
                    if status in REDIRECT_STATUSES:
                        current = self.next_hop(response, target, redirects, seen, url)
                        continue
                    body, mime, content_type = self.read_body(response, target)
                finally:
                    with contextlib.suppress(Exception):  # closing a broken stream: best effort
                        response.close()
                break
        final_url = str(target)
        try:
            text, charset, source = decode_html(body, content_type)
        except (ContentTypeError, EmptyPageError) as exc:
            raise type(exc)(f"{exc}: {final_url}") from exc
        info = FetchInfo(
            requested_url=url,
            final_url=final_url,
            status=status,
            content_type=mime,
            charset=charset,
            charset_source=cast(CharsetSource, source),
            redirects=redirects,
            fetched_at=fetched_at,
            elapsed_ms=round((time.monotonic() - self.started) * 1000, 1),
            bytes=len(body),
            sha256=hashlib.sha256(body).hexdigest(),
        )
        return Fetched(info=info, html=text)

    def next_hop(
        self,
        response: httpx.Response,
        target: httpx.URL,
        redirects: list[Redirect],
        seen: set[str],
        url: str,
    ) -> str:
        status = response.status_code
        location = response.headers.get("location", "").strip()
        if not location:
            raise FetchError(f"HTTP {status} redirect without a Location header from {target}")
        try:
            nxt = target.join(location)
        except Exception as exc:
            raise FetchError(f"bad redirect Location {location!r} from {target}") from exc
        if len(redirects) >= self.policy.max_redirects:
            loop = " (a redirect loop)" if str(nxt) in seen else ""
            raise FetchError(
                f"too many redirects{loop}: more than {self.policy.max_redirects} starting at {url}"
            )
        redirects.append(Redirect(url=str(target), status=status))
        return str(nxt)

    def read_body(self, response: httpx.Response, target: httpx.URL) -> tuple[bytes, str, str]:
        """Check status and headers, then stream the body within both size caps."""
        p = self.policy
        status = response.status_code
        if status >= 400:
            raise HTTPStatusError(f"HTTP {status} from {target}")
        if not 200 <= status < 300:
            raise FetchError(f"unexpected HTTP {status} from {target}")
        content_type = response.headers.get("content-type", "").strip()
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime and mime not in HTML_TYPES:
            raise ContentTypeError(f"{target} is {mime}, not an HTML page")
        encodings = [
            e.strip().lower()
            for e in response.headers.get_list("content-encoding", split_commas=True)
            if e.strip() and e.strip().lower() != "identity"
        ]
        if len(encodings) > 1:
            raise TooLargeError(
                f"refused {target}: stacked Content-Encoding {', '.join(encodings)!r} "
                "(a decompression-bomb pattern)"
            )
        encoding = {"x-gzip": "gzip"}.get(encodings[0], encodings[0]) if encodings else "identity"
        if encoding not in SUPPORTED_ENCODINGS:
            raise FetchError(f"unsupported Content-Encoding {encoding!r} from {target}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > p.max_bytes:
            raise TooLargeError(
                f"{target} is {int(declared)} bytes, over the {p.max_bytes}-byte limit"
            )
        decoder = _BodyDecoder(encoding, p.max_decoded_bytes)
        parts: list[bytes] = []
        wire = 0
        try:
            for chunk in response.iter_raw():
                wire += len(chunk)
                if wire > p.max_bytes:
                    raise TooLargeError(f"{target} is over the {p.max_bytes}-byte limit")
                parts.append(decoder.feed(chunk))
        except _Overflow:
            raise TooLargeError(
                f"{target} decodes ({encoding}) to more than {p.max_decoded_bytes} bytes"
            ) from None
        except (zlib.error, ValueError, OSError) as exc:  # corrupt compressed data
            raise FetchError(f"corrupt {encoding} body from {target}: {exc}") from exc
        except AnnotatorError:
            raise
        except Exception as exc:
            raise self.transport_error(exc, str(target)) from exc
        body = b"".join(parts)
        if not mime and body.strip() and not _looks_like_html(body):
            raise ContentTypeError(f"{target} sent no Content-Type and the body is not HTML")
        return body, mime, content_type


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    resolver: Resolver | None = None,
    network_backend: httpcore.NetworkBackend | None = None,
) -> Fetched:
    """Fetch one HTML page under ``policy``; see the module docstring for the safety rules.

    ``resolver`` (host, port) -> addresses and ``network_backend`` exist for tests and for
    embedding; by default getaddrinfo and httpcore's socket backend are used.

    ``info.redirects`` lists each hop that answered with a redirect (its URL and status);
    ``info.content_type`` is "" when the server sent none and the body sniffed as HTML.
    """
    policy = policy or FetchPolicy()
    backend = network_backend or httpcore.SyncBackend()
    fetcher = _Fetcher(policy, resolver or system_resolver, backend)
    try:
        return fetcher.run(url)
    except AnnotatorError:
        raise
    except Exception as exc:  # last resort: no httpx/httpcore/socket exception escapes
        raise FetchError(f"fetching {url} failed: {type(exc).__name__}: {exc}") from exc
