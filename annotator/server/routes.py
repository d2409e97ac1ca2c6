"""The API routes and the app factory."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

import httpcore
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import AnnotatorError
from ..framing.lexicon import Lexicon
from ..models import OutletMatch
from ..page.fetcher import Resolver
from ..report.facts import outlet_line
from ..report.selectors import (
    ANNO_MEDIA_TYPE,
    annotation_collection,
)
from ..sources.registry import Registry
from ..sources.wrappers import unwrap
from .guards import API_PREFIX, middleware
from .pools import Pools
from .problems import COMMON_PROBLEMS, install_error_handlers, problem_responses
from .schemas import (
    AnnotatedReport,
    AnnotateRequest,
    IndexResponse,
    LookupResponse,
    OutletResponse,
    PrefixResponse,
)
from .settings import Settings
from .state import (
    Annotation,
    ResponseCache,
    State,
    annotate_fetched,
    annotate_posted,
    build_index,
    fetch_page,
    load_data,
    posted_key,
    short_layer,
    short_outlet,
)

INDEX_MAX_AGE = 3600

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
prefixes and suffixes are at most 32 characters; where prefix+exact+suffix occurs more than
once, the `TextPositionSelector` says which occurrence is meant.

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
        return {
            "status": "ready",
            "outlets": len(registry.outlets),
            "lexicon_entries": len(lexicon.entries),
        }

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
        unwrapped = unwrap(url)  # an archive or AMP address names the original's outlet
        return LookupResponse(
            match=short_layer(registry.lookup(unwrapped.original if unwrapped else url))
        )

    @app.get(
        f"{API_PREFIX}/outlets/index",
        tags=["outlets"],
        response_model=IndexResponse,
        responses={**common, 304: {"description": "Not modified (If-None-Match)"}},
    )
    async def index(request: Request) -> Response:
        """Every domain -> outlet row, for clients that match locally. Strong ETag; 304."""
        state = _state(request)
        state.require_loaded()
        return _cacheable(request, state.index_json, state.index_etag)

    @app.get(
        f"{API_PREFIX}/outlets/prefix/{{hash_prefix}}",
        tags=["outlets"],
        response_model=PrefixResponse,
        responses={**common, 304: {"description": "Not modified (If-None-Match)"}},
    )
    async def by_prefix(
        request: Request,
        hash_prefix: Annotated[
            str,
            PathParam(
                pattern="^[0-9a-fA-F]{4,16}$",
                description="4-16 hex digits of SHA-256 of the registrable domain",
            ),
        ],
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
        rated = [h for h in state.rated_hashes if h.startswith(prefix)]
        payload = PrefixResponse(prefix=prefix, version=state.index.version, rows=rows,
                                 rated=rated)
        # One ETag per (index version, prefix): a registry change invalidates every prefix.
        return _cacheable(request, payload, f'"{state.index.version}-{prefix}"')

    @app.get(
        f"{API_PREFIX}/outlets/{{outlet_id}}",
        tags=["outlets"],
        responses=problem_responses(404, *COMMON_PROBLEMS),
    )
    async def outlet(
        request: Request, outlet_id: Annotated[str, PathParam(max_length=200)]
    ) -> OutletResponse:
        """One outlet's profile: ownership, funding, affiliations, legal actions, ratings."""
        registry, _ = _state(request).require_loaded()
        found = registry.outlets.get(outlet_id)
        if found is None:
            raise StarletteHTTPException(404, f"no outlet with id {outlet_id!r}")
        match = OutletMatch(domain=None, host=None, status="matched", outlet=found)
        return OutletResponse(outlet=short_outlet(found), summary=outlet_line(match))


INLINE_HASH_LIMIT = 256_000  # chars: hashing this much on the event loop takes < 1 ms


async def _annotate_async(
    request: Request, state: State, body: AnnotateRequest
) -> tuple[Annotation, bool]:
    """Cache hits for posted HTML skip the pools (a hop that costs more than the hit); a fetch
    runs in the fetch pool, annotation in the CPU pool, each bounded (503 when full)."""
    pools, seconds = state.pools, state.settings.request_timeout
    if body.html is None:
        url = body.url
        fetched = await pools.fetch.run(request, None, lambda: fetch_page(state, url))
        return await pools.cpu.run(request, seconds, lambda: annotate_fetched(state, url, fetched))
    html = body.html
    if len(html) <= INLINE_HASH_LIMIT:
        cached = state.cache.get(posted_key(body.url, html))
        if cached is not None:
            return cached, True
    return await pools.cpu.run(request, seconds, lambda: annotate_posted(state, body.url, html))


def _collection_json(report: AnnotatedReport) -> bytes:
    collection = annotation_collection(report, [f.selector for f in report.flags])
    return json.dumps(collection, ensure_ascii=False).encode()


def _add_annotate_route(app: FastAPI) -> None:
    responses: dict[int | str, dict[str, Any]] = {
        **problem_responses(400, 403, 415, 502, 504, *COMMON_PROBLEMS),
        200: {
            "content": {"application/ld+json": {"schema": {"type": "object"}}},
            "description": "The report, or with format=annotations a W3C "
            "AnnotationCollection (JSON-LD).",
        },
    }

    @app.post(
        f"{API_PREFIX}/annotate",
        tags=["annotate"],
        response_model=AnnotatedReport,
        responses=responses,
    )
    async def annotate_endpoint(
        request: Request,
        body: AnnotateRequest,
        fmt: Annotated[Literal["report", "annotations"], Query(alias="format")] = "report",
    ) -> Response:
        """Annotate one article: posted HTML (no refetch) or a URL the server fetches.

        Fetching and annotating block, so they run in the thread pool and the event loop keeps
        serving other requests; only a cache hit on a small posted page is answered inline.
        """
        state = _state(request)
        result, hit = await _annotate_async(request, state, body)
        headers = {"X-Annotator-Cache": "hit" if hit else "miss"}
        if fmt == "annotations":
            report = result.report
            content = await state.pools.cpu.run(
                request, state.settings.request_timeout, lambda: _collection_json(report)
            )
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
            loaded_registry, loaded_lexicon = load_data(settings)
            registry = loaded_registry if registry is None else registry
            lexicon = loaded_lexicon if lexicon is None else lexicon
        except (AnnotatorError, OSError) as exc:  # /readyz reports it; the process stays up
            load_error = f"could not load data: {exc}"
            registry = lexicon = None
    state = State(
        settings=settings,
        registry=registry,
        lexicon=lexicon,
        load_error=load_error,
        resolver=resolver,
        network_backend=network_backend,
        cache=ResponseCache(settings.cache_size),
        pools=Pools(
            settings.fetch_workers, settings.fetch_per_client, settings.cpu_workers, settings.queue
        ),
    )
    if registry is not None:
        build_index(state)
        registry.lookup("https://www.example.com/")  # warm the public suffix list now
    app = FastAPI(
        title="annotator",
        version=__version__,
        description=DESCRIPTION,
        middleware=middleware(settings),
    )
    app.state.annotator = state
    install_error_handlers(app)
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
                "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}
            }
            for path, item in schema["paths"].items():
                if path.startswith(API_PREFIX + "/"):
                    for operation in item.values():
                        operation["security"] = [{"ApiKey": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
