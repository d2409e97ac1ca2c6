"""Response models of the API (they make the OpenAPI document)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Flag, OutletMatch, Report, VoiceCounts
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


class ReportSummary(BaseModel):
    """The report's lead, as the CLI prints it: what a reader needs first."""

    outlet: str = Field(description="The outlet in one line: kind, who controls it, state or "
                        "militant affiliation, legal status, how raters differ.")
    genre: str
    counts: VoiceCounts = Field(description="Flags in the default view, per voice.")
    hidden: int = Field(description="Flags out of the default view (shown=false).")
    warnings: list[str]


class AnnotatedReport(Report):
    flags: list[AnnotatedFlag] = Field(default_factory=list)  # type: ignore[assignment]
    summary: ReportSummary | None = None
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
    summary: str | None = Field(default=None, description="The outlet in one line.")


class IndexRow(BaseModel):
    domain: str
    path: str | None
    outlet: str
    role: str | None
    user_content: bool = Field(
        default=False,
        description="A user-content platform (Blogspot, Substack, ...): a user's own "
        "subdomain is its own publisher and does not inherit this outlet.",
    )
    user_paths: list[str] = Field(
        default_factory=list,
        description="On a user-content platform, the path prefixes under which each user "
        "publishes (medium.com/@alice: '/@').",
    )


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
    rated: list[str] = Field(
        default_factory=list,
        description="SHA-256 (hex) of each domain with this prefix that open rating data "
        "rates but no profile covers (the badge's 'rated only').",
    )
