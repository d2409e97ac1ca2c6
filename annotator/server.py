"""HTTP backend for the browser extension: outlet badge, outlet index, and annotate.

Safety: this server fetches URLs that clients send, so every fetch goes through
``annotator.fetch.fetch`` with ``allow_non_global=False`` and ports {80, 443} by default (no
private, loopback, link-local/metadata, CGNAT or multicast address; each redirect hop checked;
one DNS answer pinned for the connect). Requests are bounded before they reach the app: body
size (while reading), a token bucket per client, an optional API key.

Every error is RFC 9457 problem+json with a stable ``type``
(``https://annotator.dev/problems/<slug>``); the slugs of pipeline failures come from
``annotator.errors``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import math
import os
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import httpcore
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__
from .errors import AnnotatorError, UsageError
from .fetch import FetchPolicy, Resolver, fetch
from .lexicon import Lexicon, bundled_lexicon_path, default_lexicon
from .models import Flag, OutletMatch, Report
from .pipeline import annotate
from .registry import Registry, bundled_sources_path, default_registry, registrable_domain
from .registry_schema import Outlet
from .selectors import (
    ANNO_MEDIA_TYPE,
    TextPositionSelector,
    TextQuoteSelector,
    annotation_collection,
    report_selectors,
)

PROBLEM_BASE = "https://annotator.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"
API_PREFIX = "/v1"
INDEX_MAX_AGE = 3600
MB = 1_000_000

# --------------------------------------------------------------------------- settings


def _split(value: str, sep: str = ",") -> list[str]:
    return [part.strip() for part in value.split(sep) if part.strip()]


def _int_env(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r}: not an integer") from None
    if value < minimum:
        raise ValueError(f"{name}={raw!r}: must be at least {minimum}")
    return value


def _ports_env(env: Mapping[str, str]) -> frozenset[int]:
    raw = env.get("ANNOTATOR_ALLOWED_PORTS", "").strip()
    if not raw:
        return frozenset({80, 443})
    try:
        ports = frozenset(int(p) for p in _split(raw))
    except ValueError:
        raise ValueError(f"ANNOTATOR_ALLOWED_PORTS={raw!r}: not a comma list of ports") from None
    if not ports or not all(0 < p < 65536 for p in ports):
        raise ValueError(f"ANNOTATOR_ALLOWED_PORTS={raw!r}: ports must be 1-65535")
    return ports


@dataclass(frozen=True)
class Settings:
    api_key: str | None = None  # when set, /v1/* requires X-API-Key
    cors_origins: tuple[str, ...] = ()  # e.g. ("chrome-extension://abcdef",)
    rate_limit: int = 120  # requests per minute per client; 0 = no limit
    max_body: int = 5 * MB  # request body bytes
    allowed_ports: frozenset[int] | None = frozenset({80, 443})
    # Never True in production: lets the server fetch private addresses (used by one test).
    allow_non_global: bool = False
    cache_size: int = 256  # annotate responses kept (LRU); 0 = no cache
    sources: tuple[Path, ...] = ()  # registry overlays
    lexicon: tuple[Path, ...] = ()  # lexicon overlays

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from ANNOTATOR_* variables; a bad value raises ValueError naming it."""
        env = os.environ if env is None else env
        return cls(
            api_key=env.get("ANNOTATOR_API_KEY") or None,
            cors_origins=tuple(_split(env.get("ANNOTATOR_CORS_ORIGINS", ""))),
            rate_limit=_int_env(env, "ANNOTATOR_RATE_LIMIT", 120),
            max_body=_int_env(env, "ANNOTATOR_MAX_BODY", 5 * MB, minimum=1),
            allowed_ports=_ports_env(env),
            cache_size=_int_env(env, "ANNOTATOR_CACHE_SIZE", 256),
            sources=tuple(Path(p) for p in _split(env.get("ANNOTATOR_SOURCES", ""), os.pathsep)),
            lexicon=tuple(Path(p) for p in _split(env.get("ANNOTATOR_LEXICON", ""), os.pathsep)),
        )

    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy(allow_non_global=self.allow_non_global,
                           allowed_ports=self.allowed_ports)


# --------------------------------------------------------------------------- problem+json


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[dict[str, Any]] | None = None  # request validation failures, when any


_STATUS_SLUGS: dict[int, tuple[str, str]] = {
    400: ("bad-request", "Bad request"),
    401: ("unauthorized", "Missing or wrong API key"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    413: ("body-too-large", "Request body too large"),
    422: ("bad-request", "Bad request"),
    429: ("rate-limited", "Too many requests"),
    503: ("not-ready", "Service not ready"),
}


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    slug: str | None = None,
    title: str | None = None,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> JSONResponse:
    default_slug, default_title = _STATUS_SLUGS.get(status, (f"http-{status}", "HTTP error"))
    body = Problem(type=PROBLEM_BASE + (slug or default_slug), title=title or default_title,
                   status=status, detail=detail, instance=instance, errors=errors)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status,
                        headers=dict(headers or {}), media_type=PROBLEM_MEDIA_TYPE)


class BodyTooLarge(StarletteHTTPException):
    """Raised from ``receive`` so FastAPI's body reader passes it through unchanged."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the {limit}-byte limit")


def _problem_schema() -> dict[str, Any]:
    return {"application/problem+json": {"schema": Problem.model_json_schema()}}


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries so each route documents its problem+json answers."""
    return {code: {"description": _STATUS_SLUGS.get(code, ("", "Problem"))[1] or "Problem",
                   "content": _problem_schema()} for code in codes}


COMMON_PROBLEMS = (401, 413, 422, 429, 503)


def _install_error_handlers(app: FastAPI) -> None:
    async def annotator_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, AnnotatorError)
        return problem_response(exc.http_status, exc.message, slug=exc.slug, title=exc.title,
                                instance=request.url.path)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return problem_response(exc.status_code, str(exc.detail), instance=request.url.path,
                                headers=exc.headers)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
                  for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return problem_response(422, detail or "invalid request", instance=request.url.path,
                                errors=errors)

    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # A bug: answer in the same format, without leaking internals (uvicorn logs the trace).
        return problem_response(500, "internal error", slug="internal-error",
                                title="Internal server error", instance=request.url.path)

    app.add_exception_handler(Exception, unexpected_error)
    app.add_exception_handler(AnnotatorError, annotator_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


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
            response = problem_response(413, str(BodyTooLarge(self.limit).detail),
                                        instance=scope.get("path"))
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

    def __init__(self, per_minute: int, max_clients: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
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
    one global bucket. Behind a reverse proxy, run uvicorn with --forwarded-allow-ips so the
    client address is the real one. Each worker process keeps its own buckets.
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
                    429, f"rate limit of {int(self.limiter.capacity)} requests per minute "
                    f"exceeded; retry in {retry}s", instance=scope.get("path"),
                    headers={"Retry-After": str(retry)})
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


def _middleware(settings: Settings) -> list[Middleware]:
    """Outermost first: CORS (so even 401/429 carry CORS headers the extension can read),
    then rate limit (so guessing API keys costs tokens), API key, body size."""
    stack: list[Middleware] = []
    if settings.cors_origins:
        stack.append(Middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "X-API-Key", "If-None-Match"],
            expose_headers=["ETag", "Retry-After", "X-Annotator-Cache"], max_age=600))
    if settings.rate_limit > 0:
        stack.append(Middleware(RateLimitMiddleware, limiter=RateLimiter(settings.rate_limit)))
    if settings.api_key:
        stack.append(Middleware(ApiKeyMiddleware, api_key=settings.api_key))
    stack.append(Middleware(BodyLimitMiddleware, limit=settings.max_body))
    return stack


# --------------------------------------------------------------------------- response models


class AnnotatedFlag(Flag):
    selector: list[TextQuoteSelector | TextPositionSelector] = Field(
        description="W3C selectors into `selector_text`: [TextQuoteSelector, "
        "TextPositionSelector]. Positions count Unicode code points.")


class AnnotatedReport(Report):
    flags: list[AnnotatedFlag] = Field(default_factory=list)  # type: ignore[assignment]
    selector_text: str = Field(
        description="The text every selector refers to: article.headline + '\\n\\n' + "
        "article.body.")


class AnnotateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(min_length=1, max_length=4096,
                     description="The article's address. Fetched by the server unless `html` "
                     "is given (http/https, public addresses, ports 80/443 only).")
    html: str | None = Field(default=None, min_length=1,
                             description="The page's HTML as the browser has it; no refetch.")


class LookupResponse(BaseModel):
    match: OutletMatch


class OutletResponse(BaseModel):
    outlet: Outlet


class IndexRow(BaseModel):
    domain: str
    path: str | None
    outlet: str
    role: str | None


class IndexResponse(BaseModel):
    version: str = Field(description="SHA-256 of the rows (also the ETag).")
    count: int
    rows: list[IndexRow]


class PrefixRow(IndexRow):
    hash: str = Field(description="SHA-256 (hex) of the row's registrable domain.")


class PrefixResponse(BaseModel):
    prefix: str
    algorithm: Literal["sha256"] = "sha256"
    hashed: str = "registrable domain (eTLD+1), lowercase, IDNA ASCII, no trailing dot"
    version: str
    rows: list[PrefixRow]


# --------------------------------------------------------------------------- state


@dataclass
class Annotation:
    """An annotate result; its JSON is serialised once, so a cache hit costs no re-dump."""

    report: AnnotatedReport

    @functools.cached_property
    def json(self) -> bytes:  # a race only serialises twice: harmless
        return self.report.model_dump_json().encode()


class ResponseCache:
    """A small thread-safe LRU of annotate results (sync endpoints run in worker threads)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[tuple[str, ...], Annotation] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, ...]) -> Annotation | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: tuple[str, ...], value: Annotation) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


def domain_hash(domain: str) -> str:
    return hashlib.sha256(domain.encode("ascii", "replace")).hexdigest()


@dataclass
class State:
    settings: Settings
    registry: Registry | None
    lexicon: Lexicon | None
    load_error: str | None
    resolver: Resolver | None
    network_backend: httpcore.NetworkBackend | None
    cache: ResponseCache
    index: IndexResponse | None = None
    index_etag: str = ""
    index_json: bytes = b""  # serialised once: the registry does not change while running
    prefix_rows: list[PrefixRow] = field(default_factory=list)

    def require_loaded(self) -> tuple[Registry, Lexicon]:
        if self.registry is None or self.lexicon is None:
            raise StarletteHTTPException(503, self.load_error or "data not loaded")
        return self.registry, self.lexicon


def _load_data(settings: Settings) -> tuple[Registry, Lexicon]:
    registry = (Registry.load([bundled_sources_path(), *settings.sources])
                if settings.sources else default_registry())
    lexicon = (Lexicon.load([bundled_lexicon_path(), *settings.lexicon])
               if settings.lexicon else default_lexicon())
    return registry, lexicon


def _build_index(state: State) -> None:
    """The domain index, its ETag and the hashed rows, computed once (the registry is fixed)."""
    assert state.registry is not None
    rows = [IndexRow.model_validate(r) for r in state.registry.domain_index()]
    canonical = json.dumps([r.model_dump() for r in rows], sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(canonical.encode()).hexdigest()
    state.index = IndexResponse(version=version, count=len(rows), rows=rows)
    state.index_etag = f'"{version}"'
    state.index_json = state.index.model_dump_json().encode()
    state.prefix_rows = sorted(
        (PrefixRow(**r.model_dump(), hash=domain_hash(registrable_domain(r.domain)))
         for r in rows), key=lambda r: (r.hash, r.domain, r.path or ""))


def _short_layer(match: OutletMatch) -> OutletMatch:
    # The layer is a server file path; clients only need to know which file, not where it is.
    if match.layer:
        return match.model_copy(update={"layer": Path(match.layer).name})
    return match


# --------------------------------------------------------------------------- annotate


def _with_selectors(report: Report) -> AnnotatedReport:
    report = report.model_copy(update={"outlet": _short_layer(report.outlet)})
    text, selectors = report_selectors(report)
    flags = [AnnotatedFlag(**f.model_dump(), selector=s)
             for f, s in zip(report.flags, selectors, strict=True)]
    data = report.model_dump()
    data.update(flags=flags, selector_text=text)
    return AnnotatedReport.model_validate(data)


def _posted_key(url: str, html: str) -> tuple[str, ...]:
    return ("html", url, hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest())


def _annotate_posted(state: State, url: str, html: str) -> tuple[Annotation, bool]:
    key = _posted_key(url, html)
    cached = state.cache.get(key)
    if cached is not None:
        return cached, True
    registry, lexicon = state.require_loaded()
    report = annotate(html=html, url=url, registry=registry, lexicon=lexicon)
    result = Annotation(_with_selectors(report))
    state.cache.put(key, result)
    return result, False


def _annotate_fetched(state: State, url: str) -> tuple[Annotation, bool]:
    """Fetch with the server's policy, then annotate the fetched HTML (no second fetch)."""
    registry, lexicon = state.require_loaded()
    fetched = fetch(url, state.settings.fetch_policy(), resolver=state.resolver,
                    network_backend=state.network_backend)
    info = fetched.info
    key = ("url", info.final_url, info.sha256)
    cached = state.cache.get(key)
    if cached is not None:  # same page bytes: reuse the annotation, report this fetch
        return Annotation(cached.report.model_copy(update={"fetch": info})), True
    report = annotate(html=fetched.html, url=info.final_url, registry=registry, lexicon=lexicon)
    source = report.source.model_copy(update={"kind": "url", "url_from": "fetch"})
    result = Annotation(_with_selectors(report.model_copy(update={"fetch": info,
                                                                  "source": source})))
    state.cache.put(key, result)
    return result, False


# --------------------------------------------------------------------------- routes


def _etag_matches(header: str | None, etag: str) -> bool:
    """If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x"."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(t.strip().removeprefix("W/") == bare for t in header.split(","))


def _cacheable(request: Request, payload: BaseModel | bytes, etag: str) -> Response:
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={INDEX_MAX_AGE}"}
    if _etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    content = payload if isinstance(payload, bytes) else payload.model_dump_json()
    return Response(content, media_type="application/json", headers=headers)


def _state(request: Request) -> State:
    state: State = request.app.state.annotator
    return state


DESCRIPTION = """\
Annotates news articles: which outlet published a page, who owns it, and which words are
loaded framing in whose voice.

**Selectors.** Every flag of `POST /v1/annotate` carries W3C Web Annotation selectors
(`TextQuoteSelector` and `TextPositionSelector`) into the response's `selector_text`, which is
`article.headline + "\\n\\n" + article.body`. Positions count Unicode code points. Quote
prefixes and suffixes are 32 characters, longer where needed to make prefix+exact+suffix occur
exactly once in that text.

**Errors** are RFC 9457 `application/problem+json`; `type` is stable.
"""


def _add_meta_routes(app: FastAPI) -> None:
    @app.get("/healthz", tags=["health"])
    async def healthz() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], responses=problem_responses(503))
    async def readyz(request: Request) -> dict[str, Any]:
        """Readiness: the registry and the lexicon are loaded."""
        registry, lexicon = _state(request).require_loaded()
        return {"status": "ready", "outlets": len(registry.outlets),
                "lexicon_entries": len(lexicon.entries)}

    @app.get(f"{API_PREFIX}/ping", tags=["health"], responses=problem_responses(401, 429))
    async def ping() -> dict[str, bool]:
        """A tiny answer through the full middleware stack: the benchmark's reference."""
        return {"pong": True}


def _add_outlet_routes(app: FastAPI) -> None:
    common = problem_responses(*COMMON_PROBLEMS)

    @app.get(f"{API_PREFIX}/outlets/lookup", tags=["outlets"], responses=common)
    async def lookup(
        request: Request, url: Annotated[str, Query(min_length=1, max_length=4096)]
    ) -> LookupResponse:
        """The outlet behind a URL (the badge). A dictionary lookup: fine on the event loop."""
        registry, _ = _state(request).require_loaded()
        return LookupResponse(match=_short_layer(registry.lookup(url)))

    @app.get(f"{API_PREFIX}/outlets/index", tags=["outlets"], response_model=IndexResponse,
             responses={**common, 304: {"description": "Not modified (If-None-Match)"}})
    async def index(request: Request) -> Response:
        """Every domain -> outlet row, for clients that match locally. Strong ETag; 304."""
        state = _state(request)
        state.require_loaded()
        return _cacheable(request, state.index_json, state.index_etag)

    @app.get(f"{API_PREFIX}/outlets/prefix/{{hash_prefix}}", tags=["outlets"],
             response_model=PrefixResponse,
             responses={**common, 304: {"description": "Not modified (If-None-Match)"}})
    async def by_prefix(
        request: Request,
        hash_prefix: Annotated[str, PathParam(pattern="^[0-9a-fA-F]{4,16}$",
                                              description="4-16 hex digits of SHA-256 of the "
                                              "registrable domain")],
    ) -> Response:
        """k-anonymity lookup: all rows whose domain hash starts with the prefix.

        The client hashes the registrable domain itself and picks its row locally, so the
        server never learns which domain the user is reading.
        """
        state = _state(request)
        state.require_loaded()
        assert state.index is not None
        prefix = hash_prefix.lower()
        rows = [r for r in state.prefix_rows if r.hash.startswith(prefix)]
        payload = PrefixResponse(prefix=prefix, version=state.index.version, rows=rows)
        # One ETag per (index version, prefix): a registry change invalidates every prefix.
        return _cacheable(request, payload, f'"{state.index.version}-{prefix}"')

    @app.get(f"{API_PREFIX}/outlets/{{outlet_id}}", tags=["outlets"],
             responses=problem_responses(404, *COMMON_PROBLEMS))
    async def outlet(
        request: Request, outlet_id: Annotated[str, PathParam(max_length=200)]
    ) -> OutletResponse:
        """One outlet's profile: ownership, funding, affiliations, legal actions, ratings."""
        registry, _ = _state(request).require_loaded()
        found = registry.outlets.get(outlet_id)
        if found is None:
            raise StarletteHTTPException(404, f"no outlet with id {outlet_id!r}")
        return OutletResponse(outlet=found)


INLINE_HASH_LIMIT = 256_000  # chars: hashing this much on the event loop takes < 1 ms


async def _annotate_async(state: State, body: AnnotateRequest) -> tuple[Annotation, bool]:
    """Cache hits for posted HTML skip the thread pool (a hop that costs more than the hit);
    everything that can take long goes to it."""
    if body.html is None:
        return await run_in_threadpool(_annotate_fetched, state, body.url)
    if len(body.html) <= INLINE_HASH_LIMIT:
        cached = state.cache.get(_posted_key(body.url, body.html))
        if cached is not None:
            return cached, True
    return await run_in_threadpool(_annotate_posted, state, body.url, body.html)


def _collection_json(report: AnnotatedReport) -> bytes:
    collection = annotation_collection(report, [f.selector for f in report.flags])
    return json.dumps(collection, ensure_ascii=False).encode()


def _add_annotate_route(app: FastAPI) -> None:
    responses: dict[int | str, dict[str, Any]] = {
        **problem_responses(400, 403, 415, 502, 504, *COMMON_PROBLEMS),
        200: {"content": {"application/ld+json": {"schema": {"type": "object"}}},
              "description": "The report, or with format=annotations a W3C "
              "AnnotationCollection (JSON-LD)."},
    }

    @app.post(f"{API_PREFIX}/annotate", tags=["annotate"], response_model=AnnotatedReport,
              responses=responses)
    async def annotate_endpoint(
        request: Request,
        body: AnnotateRequest,
        fmt: Annotated[Literal["report", "annotations"],
                       Query(alias="format")] = "report",
    ) -> Response:
        """Annotate one article: posted HTML (no refetch) or a URL the server fetches.

        Fetching and annotating block, so they run in the thread pool and the event loop keeps
        serving other requests; only a cache hit on a small posted page is answered inline.
        """
        state = _state(request)
        result, hit = await _annotate_async(state, body)
        headers = {"X-Annotator-Cache": "hit" if hit else "miss"}
        if fmt == "annotations":
            content = await run_in_threadpool(_collection_json, result.report)
            return Response(content, headers=headers, media_type=ANNO_MEDIA_TYPE)
        return Response(result.json, media_type="application/json", headers=headers)


# --------------------------------------------------------------------------- app


def create_app(
    settings: Settings | None = None,
    *,
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    resolver: Resolver | None = None,
    network_backend: httpcore.NetworkBackend | None = None,
) -> FastAPI:
    """Build the app. ``resolver`` and ``network_backend`` are passed to every fetch (tests
    use fakes that never open a socket); ``registry``/``lexicon`` override the loaded data."""
    settings = settings or Settings()
    load_error: str | None = None
    if registry is None or lexicon is None:
        try:
            loaded_registry, loaded_lexicon = _load_data(settings)
            registry = loaded_registry if registry is None else registry
            lexicon = loaded_lexicon if lexicon is None else lexicon
        except (AnnotatorError, OSError) as exc:  # /readyz reports it; the process stays up
            load_error = f"could not load data: {exc}"
            registry = lexicon = None
    state = State(settings=settings, registry=registry, lexicon=lexicon, load_error=load_error,
                  resolver=resolver, network_backend=network_backend,
                  cache=ResponseCache(settings.cache_size))
    if registry is not None:
        _build_index(state)
        registry.lookup("https://www.example.com/")  # warm the public suffix list now
    app = FastAPI(title="annotator", version=__version__, description=DESCRIPTION,
                  middleware=_middleware(settings))
    app.state.annotator = state
    _install_error_handlers(app)
    _add_meta_routes(app)
    _add_outlet_routes(app)
    _add_annotate_route(app)
    if settings.api_key:
        _document_api_key(app)
    return app


def _document_api_key(app: FastAPI) -> None:
    """The key is checked in middleware (before the body is read); say so in OpenAPI too."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            schema.setdefault("components", {})["securitySchemes"] = {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}}
            for path, item in schema["paths"].items():
                if path.startswith(API_PREFIX + "/"):
                    for operation in item.values():
                        operation["security"] = [{"ApiKey": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def app_from_env() -> FastAPI:
    """The uvicorn factory: settings from ANNOTATOR_* environment variables."""
    return create_app(Settings.from_env())


APP_FACTORY = "annotator.server:app_from_env"


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
        _load_data(Settings.from_env())
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    options: dict[str, Any] = {"factory": True, "host": host, "port": port,
                               "proxy_headers": True, "server_header": False,
                               "access_log": access_log}
    if workers <= 1:
        uvicorn.run(APP_FACTORY, **options)
        return
    config = uvicorn.Config(APP_FACTORY, workers=workers, **options)
    sock = tcp_listener(host, port)
    logging.getLogger("uvicorn.error").info(
        "annotator serving on http://%s:%d with %d workers", host, port, workers)
    try:
        Multiprocess(config, sockets=[sock]).run()
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


__all__ = ["Settings", "app_from_env", "create_app", "serve", "tcp_listener"]
