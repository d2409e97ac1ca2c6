"""The schema of `sources.yaml` (the curated outlet registry), version 1.

Every factual claim is a `Claim`-shaped object: it carries `source` (the URL of a document that
states the claim), `as_of` (the date the source documents the claim: its publication date, or
the date it says the fact held; for a living page such as Wikipedia, the day it was read),
`as_of_approximate` (true where the source's own date could not be established to the day:
as_of is then the month its address gives, or the day it was read), `reviewed` (the date a
curator last confirmed the claim against the source, when one did) and `checked` (false where
the citation could not be verified by a person; the report shows that). The validator refuses
a claim without a source or date.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

from ..factories import empty_list


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Claim(_Strict):
    """Fields shared by every cited claim."""

    source: HttpUrl
    as_of: dt.date  # when the source documented the claim
    as_of_approximate: bool = False  # the source's own date is not established to the day
    reviewed: dt.date | None = None  # when a curator last confirmed it against the source
    checked: bool = True
    note: str | None = None
    layer: str | None = None  # set by the loader: the file this claim came from


DomainRole = Literal["primary", "edition", "mirror", "former", "seized"]


class Domain(_Strict):
    domain: str
    role: DomainRole = "primary"
    path: str | None = None  # path prefix where one host carries several outlets ("/en/")
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @field_validator("domain")
    @classmethod
    def _lower_host(cls, v: str) -> str:
        v = v.strip().lower().rstrip(".")
        if not v or "/" in v or ":" in v or " " in v or "." not in v:
            raise ValueError(f"not a host name (no scheme, port or path): {v!r}")
        if not v.isascii():  # stored as lookups see it: IDNA ("пресс.рф" -> "xn--...")
            try:
                v = v.encode("idna").decode("ascii")
            except UnicodeError:
                raise ValueError(f"not a valid international domain name: {v!r}") from None
        return v

    @field_validator("path")
    @classmethod
    def _path_prefix(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith("/"):
            raise ValueError("path must start with '/'")
        return v


class OwnershipLink(Claim):
    role: Literal["owner", "parent", "ultimate_controller", "operator"]
    entity: str


class Funding(Claim):
    model: Literal[
        "state",
        "public_licence_fee",
        "commercial",
        "subscription",
        "donations",
        "party",
        "mixed",
        "unknown",
    ]
    detail: str | None = None


class StateAffiliation(Claim):
    state: str  # ISO 3166-1 alpha-2 country code of the state
    basis: Literal["owned", "funded", "editorially_controlled"]
    detail: str | None = None


class Affiliation(Claim):
    """A political party, movement or armed group the outlet belongs to or speaks for."""

    entity: str
    kind: Literal["party", "militant", "movement", "religious", "government_body"]
    basis: Literal["owned", "funded", "editorially_controlled", "aligned"]
    detail: str | None = None


class LegalAction(Claim):
    """A sanction, designation, broadcast ban or domain seizure, with its primary document."""

    type: Literal["sanction", "designation", "broadcast_ban", "domain_seizure", "licence_revoked"]
    authority: str
    instrument: str  # the legal instrument or reference, e.g. "Council Regulation (EU) 2022/350"
    date: dt.date
    domains: list[str] = Field(default_factory=empty_list)
    document: HttpUrl | None = None  # link to the primary document, where one exists
    detail: str | None = None


class Rating(Claim):
    """One rater's verdict, never merged with others."""

    rater: str
    label: str
    scope: str = "site"  # "site", a topic, or the rater's own entry ("Fox News (talk shows)")
    licence: str | None = None
    imputed: bool = False
    domain: str | None = None  # imported ratings: the domain the rater listed it under
    rater_id: str | None = None  # imported ratings: the source's id in imported-ratings.tsv


class Leaning(Claim):
    """A political side that a cited rater or study places the outlet on."""

    side: Literal["left", "centre_left", "centre", "centre_right", "right"]
    rater: str  # who says so (a media-bias rater, a study, a press-freedom body)
    detail: str | None = None


class Note(Claim):
    """A newsroom's or curator's own remark about the outlet, cited like any claim."""

    text: str


class Social(_Strict):
    platform: str
    handle: str


OutletKind = Literal[
    "broadcaster",
    "agency",
    "newspaper",
    "magazine",
    "digital",
    "blog_network",
    "fact_checker",
    "platform",
]


class Outlet(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    names: dict[str, str] = Field(default_factory=dict)  # language code -> name in that language
    aliases: list[str] = Field(default_factory=empty_list)  # other names pages use ("AP", "AFP")
    country: str = Field(pattern=r"^[A-Z]{2}$")
    languages: list[str] = Field(default_factory=empty_list)
    kind: OutletKind
    description: str | None = None  # one line, our own words
    domains: list[Domain] = Field(min_length=1)
    social: list[Social] = Field(default_factory=empty_list)
    ownership: list[OwnershipLink] = Field(default_factory=empty_list)
    funding: list[Funding] = Field(default_factory=empty_list)
    state_affiliation: list[StateAffiliation] = Field(default_factory=empty_list)
    affiliations: list[Affiliation] = Field(default_factory=empty_list)
    legal: list[LegalAction] = Field(default_factory=empty_list)
    ratings: list[Rating] = Field(default_factory=empty_list)
    leaning: list[Leaning] = Field(default_factory=empty_list)
    notes: list[Note] = Field(default_factory=empty_list)
    last_reviewed: dt.date
    # A platform whose users publish under it (blogspot, substack, medium): a subdomain, or a
    # path under one of `user_paths` ("/@"), is its own publisher and never inherits this profile.
    user_content: bool = False
    user_paths: list[str] = Field(default_factory=empty_list)


ClaimList = Literal[
    "ownership",
    "funding",
    "state_affiliation",
    "affiliations",
    "legal",
    "ratings",
    "leaning",
    "notes",
]
CLAIM_LISTS: tuple[str, ...] = get_args(ClaimList)


class OutletPatch(_Strict):
    """An overlay's entry for an outlet a lower layer already has: list fields are appended
    (or replaced when named in `replace`), other given fields replace the lower layer's."""

    model_config = ConfigDict(defer_build=True)  # read from YAML only: built when first used
    id: str
    replace: list[Literal[ClaimList, "domains", "social", "aliases"]] = Field(
        default_factory=empty_list
    )
    name: str | None = None
    names: dict[str, str] | None = None
    aliases: list[str] | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    languages: list[str] | None = None
    kind: OutletKind | None = None
    description: str | None = None
    domains: list[Domain] | None = None
    social: list[Social] | None = None
    ownership: list[OwnershipLink] | None = None
    funding: list[Funding] | None = None
    state_affiliation: list[StateAffiliation] | None = None
    affiliations: list[Affiliation] | None = None
    legal: list[LegalAction] | None = None
    ratings: list[Rating] | None = None
    leaning: list[Leaning] | None = None
    notes: list[Note] | None = None
    last_reviewed: dt.date | None = None
    user_content: bool | None = None
    user_paths: list[str] | None = None


class RegistryFile(_Strict):
    model_config = ConfigDict(defer_build=True)
    schema_version: Literal[1]
    outlets: list[Outlet] = Field(default_factory=empty_list)


class OverlayFile(_Strict):
    """A newsroom overlay: the same shape, but entries for known ids may be partial."""

    model_config = ConfigDict(defer_build=True)
    schema_version: Literal[1]
    outlets: list[OutletPatch] = Field(default_factory=empty_list)
