"""Running the server under uvicorn."""

from __future__ import annotations

import socket
from typing import Any

from fastapi import FastAPI

from ..errors import UsageError
from .protocol import HTTP_PROTOCOL
from .routes import create_app
from .settings import Settings
from .state import load_data


def app_from_env() -> FastAPI:
    """The uvicorn factory: settings from ANNOTATOR_* environment variables."""
    return create_app(Settings.from_env())


APP_FACTORY = "annotator.server:app_from_env"  # re-exported by the package
GRACEFUL_SECONDS = 5


def tcp_listener(host: str, port: int) -> socket.socket:
    """A listening TCP socket created with proto=IPPROTO_TCP.

    uvicorn's own bind_socket() leaves proto at 0; accepted sockets inherit it and asyncio then
    skips TCP_NODELAY, so with --workers > 1 every keep-alive response waits ~40 ms on the
    client's delayed ACK (Kludex/uvicorn#3149; measured here: 44 ms p50 for a tiny JSON).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def serve(host: str, port: int, workers: int, *, access_log: bool = True) -> None:
    """Run the server; an import string + factory so that workers > 1 works."""
    import logging

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    try:  # fail here, as one line, rather than inside every worker
        load_data(Settings.from_env())
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    options: dict[str, Any] = {
        "factory": True,
        "host": host,
        "port": port,
        # Proxy headers are read by the app, only from ANNOTATOR_FORWARDED_ALLOW_IPS; uvicorn's
        # own default trusts loopback, where a local client could set any X-Forwarded-For.
        "proxy_headers": False,
        "http": HTTP_PROTOCOL,  # header-read timeout; problem+json for malformed heads
        # On SIGTERM, requests get this long to finish; then they are cancelled, which
        # cancels their budgets, so their threads stop at the next check.
        "timeout_graceful_shutdown": GRACEFUL_SECONDS,
        "server_header": False,
        "access_log": access_log,
    }
    if workers <= 1:
        uvicorn.run(APP_FACTORY, **options)
        return
    config = uvicorn.Config(APP_FACTORY, workers=workers, **options)
    sock = tcp_listener(host, port)
    logging.getLogger("uvicorn.error").info(
        "annotator serving on http://%s:%d with %d workers", host, port, workers
    )
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
