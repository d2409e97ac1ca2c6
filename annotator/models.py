"""The report model: one typed object that every renderer and the JSON output read.

`schema_version` is bumped whenever a field changes meaning or is removed; adding an optional
field does not bump it.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .factories import empty_list
from .sources.schema import Outlet, Rating

REPORT_SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Redirect(_Model):
    url: str
    status: int


class FetchInfo(_Model):
    requested_url: str
    final_url: str
    status: int
    content_type: str
    charset: str
    charset_source: Literal["bom", "http", "meta", "detected", "default"]
    redirects: list[Redirect] = Field(default_factory=empty_list)
    fetched_at: dt.datetime
    elapsed_ms: float
    bytes: int  # decoded body size in bytes
    sha256: str  # of the decoded (uncompressed) body bytes


class Fetched(_Model):
    info: FetchInfo
    html: str


# How a wrapper address was unwrapped to the original (sources/wrappers.py).
UnwrapVia = Literal[
    "wayback",
    "archive.today",
    "amp-cache",
    "amp-viewer",
    "translate-proxy",
    "google-cache",
    "facebook-shim",
    "google-news",
    "redirector",
]


class SourceInfo(_Model):
    kind: Literal["url", "html", "text"]
    path: str | None = None  # local file, when one was read
    url: str | None = None  # the address the page was read at
    original_url: str | None = None  # unwrapped from an archive/cache/AMP address, when it was one
    unwrapped_via: UnwrapVia | None = None
    url_from: Literal["argument", "fetch", "canonical", "og:url", "none"] = "none"


class Article(_Model):
    headline: str
    title_tag: str | None = None  # <title>, when it differs from the headline
    og_title: str | None = None  # og:title, when it differs from the headline
    bylines: list[str] = Field(default_factory=empty_list)
    published: str | None = None  # ISO 8601 as the page gives it
    modified: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    publisher: str | None = None  # from JSON-LD
    language: str | None = None
    description: str | None = None
    # What the page says it is (JSON-LD @type values, "og:" + og:type) and its section: read by
    # the genre detector.
    page_types: list[str] = Field(default_factory=empty_list)
    section: str | None = None
    body: str  # paragraphs separated by "\n\n"

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []


class OutletMatch(_Model):
    domain: str | None  # the registrable domain (or platform subdomain) looked up
    host: str | None
    status: Literal["matched", "not_in_registry", "no_url"]
    how: str | None = None  # e.g. "exact domain", "subdomain of almanar.com.lb", "mirror domain"
    domain_role: str | None = None
    outlet: Outlet | None = None
    layer: str | None = None  # which registry file the profile came from
    stale: bool = False
    platform: str | None = None  # the user-content platform a self-published page sits on
    # "address": identified from the address the page was read at; "canonical": the address
    # was not in the registry, and the page's own canonical URL / og:url named the outlet.
    basis: Literal["address", "canonical"] = "address"
    # Ratings imported from open data for the looked-up domain, each cited and dated; shown
    # side by side with the profile's own ratings, never merged.
    domain_ratings: list[Rating] = Field(default_factory=empty_list)


Voice = Literal["outlet", "quoted", "paraphrase"]
# How a span's speaker was found: named in the attribution, a pronoun or a role noun ("the
# senator") resolved to the last compatible named speaker, or not found.
SpeakerHow = Literal["named", "pronoun", "role_noun", "unknown"]
Genre = Literal[
    "news", "opinion", "analysis", "press_release", "satire", "sponsored", "other", "unknown"
]


class VoiceSpan(_Model):
    """One quoted or paraphrased stretch of the headline or body; all other text is the outlet's."""

    field: Literal["headline", "body"]
    start: int
    end: int
    voice: Literal["quoted", "paraphrase"]
    speaker: str | None = None
    speaker_how: SpeakerHow = "unknown"


# "other": a page about sport, science, products, games...; "unknown": too short to tell.
Topic = Literal["public_affairs", "other", "unknown"]


class TopicInfo(_Model):
    topic: Topic = "unknown"
    score: float | None = None  # words of the lexicon's public_affairs class per 100 words


class GenreInfo(_Model):
    genre: Genre = "unknown"
    basis: list[str] = Field(default_factory=empty_list)  # e.g. "JSON-LD @type OpinionNewsArticle"
    topic: TopicInfo = Field(default_factory=TopicInfo)


class Flag(_Model):
    text: str
    field: Literal["headline", "body"]
    start: int
    end: int
    entry_id: str
    category: str
    technique: str
    severity: Literal["low", "medium", "high"]
    why: str
    neutral: list[str] = Field(default_factory=empty_list)
    other_side: list[str] = Field(default_factory=empty_list)
    voice: Voice
    speaker: str | None = None
    paragraph: int | None = None  # index into article.paragraphs for body flags
    # False when severity and the page's genre put the flag out of the default view (the
    # reporter's `--all` shows it); a flag is never dropped from the JSON.
    shown: bool = True
    # Why it is out of the default view, in a few words (None when shown), so a reporter
    # reading `--all` or the JSON can tell a hidden flag from a shown one and weigh it.
    hidden_because: str | None = None


class VoiceCounts(_Model):
    outlet: int = 0
    quoted: int = 0
    paraphrase: int = 0


class InputRef(_Model):
    """Which input of a batch run a line answers: its position and its key (for --resume)."""

    index: int  # 0-based position among the run's inputs
    key: str  # the path or URL as listed; a web archive record is FILE#OFFSET


class OutletRef(_Model):
    """An outlet named by the page (a wire, a cited source, a fact-checker), as identified."""

    name: str  # as the page gives it, or the registry's name
    url: str | None = None
    domain: str | None = None
    outlet_id: str | None = None  # the registry's id, when identified
    how: str | None = None  # how it was identified: "domain", "name", "alias (fa)"...
    profile: str | None = None  # one line from the registry: country, kind, state, legal


class Syndication(_Model):
    """This copy's host and the original publisher, with every sign that said so."""

    host: OutletRef
    original: OutletRef | None = None
    evidence: list[str] = Field(default_factory=empty_list)  # "JSON-LD provider: Reuters", ...


class CitedSource(_Model):
    source: OutletRef
    kind: Literal["link", "named"]
    text: str  # the link's text, or the phrase naming the source ("according to Tasnim")
    paragraph: int | None = None


class StatusLine(_Model):
    text: str  # "US sanction (OFAC SDN), 2023-09-15"
    at_publication: str  # "in force" / "not yet" / "the outlet's domain" ...
    today: str


class PublicationStatus(_Model):
    published: str | None = None  # the article's date as evaluated
    lines: list[StatusLine] = Field(default_factory=empty_list)


class Disclosure(_Model):
    """A policy or statement the outlet publishes about itself (Trust Project / schema.org)."""

    field: str  # ownershipFundingInfo, correctionsPolicy, ethicsPolicy, masthead, ...
    value: str  # a URL or the text given
    where: str  # "JSON-LD publisher", "JSON-LD Organization"


class FactCheck(_Model):
    claim: str | None = None
    rating: str | None = None
    claimant: OutletRef | None = None  # who made the claim
    appearance: OutletRef | None = None  # where the claim appeared
    reviewer: OutletRef | None = None  # who checked it
    url: str | None = None
    date: str | None = None


class Provenance(_Model):
    syndication: Syndication | None = None
    cited: list[CitedSource] = Field(default_factory=empty_list)
    status: PublicationStatus | None = None
    disclosures: list[Disclosure] = Field(default_factory=empty_list)
    fact_checks: list[FactCheck] = Field(default_factory=empty_list)
    canonical_warning: str | None = None


class Report(_Model):
    schema_version: str = REPORT_SCHEMA_VERSION
    tool: str
    generated_at: dt.datetime
    source: SourceInfo
    fetch: FetchInfo | None = None
    article: Article
    outlet: OutletMatch
    genre: GenreInfo = Field(default_factory=GenreInfo)
    flags: list[Flag] = Field(default_factory=empty_list)
    voices: list[VoiceSpan] = Field(default_factory=empty_list)
    counts: VoiceCounts = Field(default_factory=VoiceCounts)
    provenance: Provenance | None = None  # where the article came from (provenance stage)
    warnings: list[str] = Field(default_factory=empty_list)
    input: InputRef | None = None  # set by batch runs only
