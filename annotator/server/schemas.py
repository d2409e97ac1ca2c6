"""Response models of the API (they make the OpenAPI document)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Flag, OutletMatch, Report
from ..report.selectors import (
    TextPositionSelector,
    TextQuoteSelector,
)
from ..sources.schema import Outlet

# --------------------------------------------------------------------------- response models


class AnnotatedFlag(Flag):
    selector: list[TextQuoteSelector | TextPositionSelector] = Field(
        description="W3C selectors into `selector_text`: [TextQuoteSelector, "
        "TextPositionSelector]. Positions count Unicode code points."
    )


class AnnotatedReport(Report):
    flags: list[AnnotatedFlag] = Field(default_factory=list)  # type: ignore[assignment]
    selector_text: str = Field(
        description="The text every selector refers to: article.headline + '\\n\\n' + article.body."
    )


class AnnotateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(
        min_length=1,
        max_length=4096,
        description="The article's address. Fetched by the server unless `html` "
        "is given (http/https, public addresses, ports 80/443 only).",
    )
    html: str | None = Field(
        default=None, min_length=1, description="The page's HTML as the browser has it; no refetch."
    )


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
