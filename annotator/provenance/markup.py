"""What the page's own markup says: the publisher's Trust Project / schema.org disclosures
(shown as "the outlet says", beside the registry's cited facts, never merged with them), and
ClaimReview fact-checks (the claim, the rating, who made it and where, who checked it)."""

from __future__ import annotations

from typing import Any

from ..models import Disclosure, FactCheck, OutletRef
from ..page.extract import article_object, types_of
from ..sources.names import NameIndex
from ..sources.registry import Registry
from .refs import by_name, by_url

DISCLOSURE_FIELDS = (
    "ownershipFundingInfo",
    "correctionsPolicy",
    "ethicsPolicy",
    "masthead",
    "verificationFactCheckingPolicy",
    "actionableFeedbackPolicy",
    "diversityPolicy",
    "unnamedSourcesPolicy",
    "noBylinesPolicy",
    "missionCoveragePrioritiesPolicy",
    "publishingPrinciples",
)
_ORG_TYPES = {"newsmediaorganization", "organization", "corporation", "newsorganization"}


def _value(value: Any) -> str | None:
    """A disclosure's value: a URL or a text, from a string or an object's url/@id/name."""
    if isinstance(value, list):
        found = [v for v in (_value(x) for x in value) if v]
        return "; ".join(found) if found else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("name") or value.get("text")
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())[:300]
    return None


def disclosures(jsonld: list[dict[str, Any]]) -> list[Disclosure]:
    article = article_object(jsonld)
    sources: list[tuple[dict[str, Any], str]] = []
    if isinstance(article.get("publisher"), dict):
        sources.append((article["publisher"], "JSON-LD publisher"))
    sources += [(o, "JSON-LD " + _type_name(o)) for o in jsonld if types_of(o) & _ORG_TYPES]
    if article:
        sources.append((article, "JSON-LD article"))
    out: list[Disclosure] = []
    seen: set[tuple[str, str]] = set()
    for obj, where in sources:
        for name in DISCLOSURE_FIELDS:
            value = _value(obj.get(name))
            if value and (name, value) not in seen:
                seen.add((name, value))
                out.append(Disclosure(field=name, value=value, where=where))
    return out


def _type_name(obj: dict[str, Any]) -> str:
    t = obj.get("@type")
    return str(t[0] if isinstance(t, list) and t else t or "object")


def _ref(value: Any, registry: Registry, index: NameIndex) -> OutletRef | None:
    """A person or organization (claimant, reviewer) or a page (appearance), identified."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        value = value.strip()
        return by_url(value, registry) if value.startswith("http") else by_name(value, index)
    if isinstance(value, dict):
        name = value.get("name") if isinstance(value.get("name"), str) else None
        url = value.get("url") or value.get("sameAs") or value.get("@id")
        if isinstance(url, list):
            url = url[0] if url else None
        if name:
            ref = by_name(name, index)
            if ref.outlet_id or not (isinstance(url, str) and url.startswith("http")):
                return ref.model_copy(update={"url": url if isinstance(url, str) else None})
        if isinstance(url, str) and url.startswith("http"):
            return by_url(url, registry, name)
    return None


def _rating(value: Any) -> str | None:
    if not isinstance(value, dict):
        return _value(value)
    label = value.get("alternateName") or value.get("name")
    if isinstance(label, str) and label.strip():
        return label.strip()
    score, best = value.get("ratingValue"), value.get("bestRating")
    if score is not None:
        return f"{score}/{best}" if best is not None else str(score)
    return None


def fact_checks(
    jsonld: list[dict[str, Any]], registry: Registry, index: NameIndex
) -> list[FactCheck]:
    out = []
    for obj in jsonld:
        if "claimreview" not in types_of(obj):
            continue
        item = obj.get("itemReviewed")
        item = item if isinstance(item, dict) else {}
        where = item.get("appearance") or item.get("firstAppearance")
        claim = obj.get("claimReviewed")
        out.append(FactCheck(
            claim=" ".join(claim.split()) if isinstance(claim, str) else None,
            rating=_rating(obj.get("reviewRating")),
            claimant=_ref(item.get("author"), registry, index),
            appearance=_ref(where, registry, index),
            reviewer=_ref(obj.get("author"), registry, index),
            url=obj.get("url") if isinstance(obj.get("url"), str) else None,
            date=obj.get("datePublished") if isinstance(obj.get("datePublished"), str) else None,
        ))
    return out
