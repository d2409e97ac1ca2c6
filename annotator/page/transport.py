"""The pinned transport: httpx connects to the address the fetch checked, never to a fresh DNS
answer, and every socket wait is clamped to what is left of the fetch's whole-time budget.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

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


