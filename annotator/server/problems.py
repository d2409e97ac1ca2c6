"""RFC 9457 problem+json responses: one stable `type` per error class."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import AnnotatorError

PROBLEM_BASE = "https://annotator.dev/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

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
    body = Problem(
        type=PROBLEM_BASE + (slug or default_slug),
        title=title or default_title,
        status=status,
        detail=detail,
        instance=instance,
        errors=errors,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        headers=dict(headers or {}),
        media_type=PROBLEM_MEDIA_TYPE,
    )


class BodyTooLarge(StarletteHTTPException):
    """Raised from ``receive`` so FastAPI's body reader passes it through unchanged."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is over the {limit}-byte limit")


def _problem_schema() -> dict[str, Any]:
    return {"application/problem+json": {"schema": Problem.model_json_schema()}}


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries so each route documents its problem+json answers."""
    return {
        code: {
            "description": _STATUS_SLUGS.get(code, ("", "Problem"))[1] or "Problem",
            "content": _problem_schema(),
        }
        for code in codes
    }


COMMON_PROBLEMS = (401, 413, 422, 429, 503)


def install_error_handlers(app: FastAPI) -> None:
    async def annotator_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, AnnotatorError)
        return problem_response(
            exc.http_status, exc.message, slug=exc.slug, title=exc.title, instance=request.url.path
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return problem_response(
            exc.status_code, str(exc.detail), instance=request.url.path, headers=exc.headers
        )

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        return problem_response(
            422, detail or "invalid request", instance=request.url.path, errors=errors
        )

    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # A bug: answer in the same format, without leaking internals (uvicorn logs the trace).
        return problem_response(
            500,
            "internal error",
            slug="internal-error",
            title="Internal server error",
            instance=request.url.path,
        )

    app.add_exception_handler(Exception, unexpected_error)
    app.add_exception_handler(AnnotatorError, annotator_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
