"""Fake DNS and a fake httpcore network backend for the fetch tests.

``FakeBackend`` never opens a socket: it records every connect attempt (address, port), every
TLS upgrade (SNI name, SSL context) and the raw request bytes, and answers with canned HTTP
responses. A test of a private or metadata address therefore sends no packet even if a safety
rule were broken, and it can assert how many connects happened.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpcore


def http_response(
    status: int = 200,
    body: bytes = b"<html><body><p>Hello</p></body></html>",
    headers: Mapping[str, str | None] | None = None,
) -> bytes:
    """Raw HTTP/1.1 response bytes; the connection closes after it. A None header is omitted."""
    lines = [f"HTTP/1.1 {status} X"]
    all_headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
    for name, value in all_headers.items():
        if value is not None:
            lines.append(f"{name}: {value}")
    lines += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


def redirect(location: str, status: int = 302) -> bytes:
    return http_response(status, b"", {"Location": location})


class FakeResolver:
    """Maps host names to address lists and records every lookup."""

    def __init__(self, table: Mapping[str, str | list[str]]) -> None:
        self.table = {k: [v] if isinstance(v, str) else list(v) for k, v in table.items()}
        self.calls: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return list(self.table[host])


class FakeStream(httpcore.NetworkStream):
    def __init__(self, backend: FakeBackend, response: bytes) -> None:
        self._backend = backend
        self._response = response
        self._sent = b""

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        chunk, self._response = self._response[:max_bytes], self._response[max_bytes:]
        self._backend.bytes_read += len(chunk)
        return chunk

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._sent += buffer
        if b"\r\n\r\n" in self._sent:
            self._backend.requests.append(self._sent)

    def close(self) -> None:
        pass

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self._backend.tls.append((server_hostname, ssl_context))
        return self  # pretend: the "TLS" stream carries plain HTTP

    def get_extra_info(self, info: str) -> Any:
        return None


Responder = Callable[[str, int], bytes] | Mapping[str, bytes | list[bytes]]


class FakeBackend(httpcore.NetworkBackend):
    """Records connects; answers from ``responses`` (address -> response or list of responses,
    consumed in order) or a callable (address, port) -> response bytes."""

    def __init__(self, responses: Responder | None = None) -> None:
        self._responses = responses
        self.connects: list[tuple[str, int]] = []
        self.tls: list[tuple[str | None, ssl.SSLContext]] = []
        self.requests: list[bytes] = []
        self.bytes_read = 0

    def _answer(self, host: str, port: int) -> bytes:
        if self._responses is None:
            raise AssertionError(f"unexpected connect to {host}:{port}")
        if callable(self._responses):
            return self._responses(host, port)
        answer = self._responses[host]
        if isinstance(answer, list):
            return answer.pop(0)
        return answer

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        self.connects.append((host, port))
        return FakeStream(self, self._answer(host, port))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise AssertionError("unix socket connect")

    def sleep(self, seconds: float) -> None:
        pass


class CountingBackend(httpcore.NetworkBackend):
    """Wraps the real socket backend and counts the bytes read from the network."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()
        self.bytes_read = 0
        self.connects: list[tuple[str, int]] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        self.connects.append((host, port))
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _CountingStream(self, stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _CountingStream(httpcore.NetworkStream):
    def __init__(self, backend: CountingBackend, inner: httpcore.NetworkStream) -> None:
        self._backend = backend
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, timeout)
        self._backend.bytes_read += len(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)
