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

import contextlib
import datetime as dt
import hashlib
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import httpcore
import httpx

from .. import __version__
from ..errors import (
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
from ..models import Fetched, FetchInfo, Redirect
from .addresses import (
    IPAddress,
    Resolver,
    non_global_reason,
    parse_ip_literal,
    system_resolver,
)
from .decode import (
    ACCEPT_ENCODING,
    SUPPORTED_ENCODINGS,
    CharsetSource,
    _BodyDecoder,
    _looks_like_html,
    _Overflow,
    decode_html,
)
from .transport import _CoreTransport, _PinnedBackend

__all__ = ["FetchPolicy", "Resolver", "decode_html", "fetch"]


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
        port = parsed.port if parsed.port is not None else (443 if parsed.scheme == "https" else 80)
        if not 0 < port < 65536:  # httpx parses 99999 and 0 as ports
            raise BlockedURLError(f"refused {url}: port {port} is not a valid port")
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
                        # The reason class only: the address would map the server's DNS.
                        shown = "resolves to"
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
