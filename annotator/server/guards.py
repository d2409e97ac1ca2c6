"""ASGI guards in front of the app: body size, rate limit, API key, CORS."""

from __future__ import annotations

import hmac
import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from fastapi.middleware.cors import CORSMiddleware
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from .problems import BodyTooLarge, problem_response
from .settings import Settings

API_PREFIX = "/v1"

# --------------------------------------------------------------------------- ASGI guards


def _is_api(scope: Scope) -> bool:
    return scope["type"] == "http" and str(scope.get("path", "")).startswith(API_PREFIX + "/")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return bytes(value)
    return None


class BodyLimitMiddleware:
    """413 when the body exceeds the limit: checked on Content-Length, then while reading.

    Counting in ``receive`` also covers chunked uploads with no Content-Length, and the
    oversized body is never buffered.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.limit:
            response = problem_response(
                413, str(BodyTooLarge(self.limit).detail), instance=scope.get("path")
            )
            await response(scope, receive, send)
            return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited_receive, send)


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """Token bucket per client key: ``per_minute`` capacity, refilled continuously.

    Runs on the event loop only (ASGI middleware), so it needs no lock. The table is bounded:
    the least recently seen clients are forgotten first (a forgotten client starts full).
    """

    def __init__(
        self,
        per_minute: int,
        max_clients: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def take(self, key: str) -> float:
        """Spend one token; return 0 when allowed, else the seconds until one is available."""
        now = self.clock()
        bucket = self._buckets.pop(key, None) or _Bucket(self.capacity, now)
        bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        self._buckets[key] = bucket
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return 0.0
        return (1 - bucket.tokens) / self.rate


class RateLimitMiddleware:
    """429 + Retry-After per client IP on /v1/* (health checks and docs are never limited).

    Keyed by IP, not by API key: the server has one shared key, so a per-key bucket would be
    one global bucket. Behind a reverse proxy, name it in ANNOTATOR_FORWARDED_ALLOW_IPS so the
    client address is the real one (X-Forwarded-For from anyone else is ignored). Each worker
    process keeps its own buckets.
    """

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if _is_api(scope) and scope.get("method") != "OPTIONS":
            client = scope.get("client")
            wait = self.limiter.take(client[0] if client else "unknown")
            if wait > 0:
                retry = max(1, math.ceil(wait))
                response = problem_response(
                    429,
                    f"rate limit of {int(self.limiter.capacity)} requests per minute "
                    f"exceeded; retry in {retry}s",
                    instance=scope.get("path"),
                    headers={"Retry-After": str(retry)},
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class ApiKeyMiddleware:
    """401 on /v1/* unless X-API-Key equals the configured key (constant-time compare)."""

    def __init__(self, app: ASGIApp, api_key: str) -> None:
        self.app = app
        self.key = api_key.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if _is_api(scope) and scope.get("method") != "OPTIONS":
            given = _header(scope, b"x-api-key") or b""
            if not hmac.compare_digest(given, self.key):
                detail = "wrong API key" if given else "missing X-API-Key header"
                response = problem_response(401, detail, instance=scope.get("path"))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class ProblemCORSMiddleware(CORSMiddleware):
    """Starlette's CORS, with a refused preflight answered in problem+json like every error."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        detail = bytes(response.body).decode("utf-8", "replace")  # "Disallowed CORS origin"
        headers = {k: v for k, v in response.headers.items()
                   if k.lower().startswith("access-control-") or k.lower() == "vary"}
        return problem_response(response.status_code, detail, headers=headers)


def middleware(settings: Settings) -> list[Middleware]:
    """Outermost first: proxy headers (only from the operator's proxies, so the client address
    is right for everything after), CORS (so even 401/429 carry CORS headers the extension can
    read), then rate limit (so guessing API keys costs tokens), API key, body size."""
    stack: list[Middleware] = []
    if settings.forwarded_allow_ips:
        stack.append(
            Middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.forwarded_allow_ips))
        )
    if settings.cors_origins:
        stack.append(
            Middleware(
                ProblemCORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type", "X-API-Key", "If-None-Match"],
                expose_headers=["ETag", "Retry-After", "X-Annotator-Cache"],
                max_age=600,
            )
        )
    if settings.rate_limit > 0:
        stack.append(Middleware(RateLimitMiddleware, limiter=RateLimiter(settings.rate_limit)))
    if settings.api_key:
        stack.append(Middleware(ApiKeyMiddleware, api_key=settings.api_key))
    stack.append(Middleware(BodyLimitMiddleware, limit=settings.max_body))
    return stack
