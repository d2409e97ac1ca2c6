"""uvicorn's HTTP/1.1 protocol (h11) with two changes for an exposed server.

1. A header-read timeout: a connection must deliver a complete request head within
   ``header_timeout`` seconds of opening (or of its previous response), else it is closed. Without
   it, a client sending one header byte every few seconds holds a connection forever (uvicorn's
   keep-alive timer is reset by every byte received).
2. Malformed or oversized request heads are answered with problem+json, like every other error
   of the API, instead of uvicorn's plain-text 400.
"""

from __future__ import annotations

import asyncio
import functools
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .problems import PROBLEM_BASE, PROBLEM_MEDIA_TYPE
from .settings import Settings

# The uvicorn import string names this class; worker processes build it from their own
# environment, as they build the app (ANNOTATOR_HEADER_TIMEOUT).
HTTP_PROTOCOL = "annotator.server.protocol:HardenedH11Protocol"


@functools.cache
def _header_timeout() -> float:
    return Settings.from_env().header_timeout


class HardenedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = _header_timeout()
        self._head_timer: asyncio.TimerHandle | None = None

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:  # a complete request head arrived
            self._cancel_head_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_head_timer()  # the next request on this connection gets the same limit

    def send_400_response(self, msg: str) -> None:
        body = json.dumps({
            "type": PROBLEM_BASE + "bad-request",
            "title": "Bad request",
            "status": 400,
            "detail": "malformed or oversized request line or headers",
        }).encode()
        headers = [
            (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()
