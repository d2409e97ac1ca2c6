"""Coverage counts of a loaded registry, for `annotator sources stats`."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from .registry import Registry
from .schema import CLAIM_LISTS

# World regions by ISO 3166-1 alpha-2 code, as newsrooms group coverage (UN M49 continents,
# with the Middle East and North Africa, South Asia and Latin America kept apart).
_REGION_CODES = {
    "Middle East and North Africa": "AE BH DZ EG IL IQ IR JO KW LB LY MA OM PS QA SA SY TN TR YE",
    "Europe": "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES EU FI FO FR GB GI GR HR HU IE IS IT LI "
    "LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK",
    "North America": "BM CA GL US",
    "Latin America and the Caribbean": "AG AR AW BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY "
    "HN HT JM KN LC MX NI PA PE PR PY SR SV TT UY VC VE",
    "Sub-Saharan Africa": "AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR "
    "LS MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Central Asia and the Caucasus": "AM AZ GE KG KZ TJ TM UZ",
    "Asia-Pacific": "AU BN CN FJ HK ID JP KH KP KR LA MM MN MO MY NZ PG PH SB SG TH TL TO TW VN "
    "VU WS",
}
REGION = {code: region for region, codes in _REGION_CODES.items() for code in codes.split()}
SIDES = ("left", "centre_left", "centre", "centre_right", "right")


def region_of(country: str) -> str:
    return REGION.get(country, "other")


def registry_stats(reg: Registry) -> dict[str, Any]:
    outlets = [o for o in reg.outlets.values() if o.kind != "platform"]
    by_field = {name: sum(1 for o in outlets if getattr(o, name)) for name in CLAIM_LISTS}
    claims = [c for o in outlets for name in CLAIM_LISTS for c in getattr(o, name)]
    rated_domains = set(reg.imported.rows)
    for o in outlets:
        if o.ratings:
            rated_domains.update(d.domain for d in o.domains)
    imported_by_source: Counter[str] = Counter()
    imputed = 0
    for rows in reg.imported.rows.values():
        for sid, _, _, _, is_imputed, _ in rows:
            imported_by_source[sid] += 1
            imputed += is_imputed
    return {
        "outlets": len(outlets),
        "platforms": sum(1 for o in reg.outlets.values() if o.kind == "platform"),
        "domains": sum(len(o.domains) for o in reg.outlets.values()),
        "outlets_with": by_field,
        "legal_actions": sum(len(o.legal) for o in outlets),
        "claims": len(claims),
        "claims_unchecked": sum(1 for c in claims if not c.checked),
        "claims_checked_share": _share(sum(1 for c in claims if c.checked), len(claims)),
        "claims_primary_share": _share(sum(1 for c in claims if _primary(str(c.source))),
                                       len(claims)),
        "claims_wikipedia_only_outlets": sum(
            1 for o in outlets if _claims(o) and all(_wiki(str(c.source)) for c in _claims(o))
        ),
        "by_region": dict(Counter(region_of(o.country) for o in outlets).most_common()),
        "by_side": _by_side(outlets),
        "by_country": dict(Counter(o.country for o in outlets).most_common()),
        "by_kind": dict(Counter(o.kind for o in outlets).most_common()),
        "imported_ratings_by_source": dict(imported_by_source),
        "imported_ratings_imputed": imputed,
        "domains_with_a_cited_rating": len(rated_domains),
    }


def _share(n: int, total: int) -> float:
    return round(n / total, 3) if total else 0.0


def _claims(outlet: Any) -> list[Any]:
    return [c for name in CLAIM_LISTS for c in getattr(outlet, name)]


def _wiki(url: str) -> bool:
    return ".wikipedia.org/" in url


# A claim is primary-sourced when its citation is not an encyclopedia or a media-bias
# aggregator: the outlet's own pages, a government or court document, a regulator, a filing,
# or a news report about the fact.
_SECONDARY = (".wikipedia.org/", "mediabiasfactcheck.com", "wikidata.org")


def _primary(url: str) -> bool:
    return not any(s in url for s in _SECONDARY)


def _by_side(outlets: list[Any]) -> dict[str, int]:
    """Outlets a cited rater places on each political side (an outlet placed on two sides by
    two raters counts on both), and outlets no cited rater places."""
    counts = {side: 0 for side in SIDES}
    none = 0
    for o in outlets:
        sides = {lean.side for lean in o.leaning}
        none += not sides
        for side in sides:
            counts[side] += 1
    return {**counts, "no leaning cited": none}


def render_stats(stats: dict[str, Any], console: Console) -> None:
    head = Table(title="Registry coverage", show_header=False)
    for key in (
        "outlets",
        "platforms",
        "domains",
        "legal_actions",
        "claims",
        "claims_unchecked",
        "claims_checked_share",
        "claims_primary_share",
        "claims_wikipedia_only_outlets",
        "imported_ratings_imputed",
        "domains_with_a_cited_rating",
    ):
        head.add_row(key.replace("_", " "), str(stats[key]))
    console.print(head)
    for key, title in (
        ("outlets_with", "Outlets with at least one claim of"),
        ("by_region", "Outlets by region (from country)"),
        ("by_side", "Outlets by political side (cited leaning claims)"),
        ("by_country", "Outlets by country"),
        ("by_kind", "Outlets by kind"),
        ("imported_ratings_by_source", "Imported ratings by source"),
    ):
        table = Table(title=title, show_header=False)
        for name, n in stats[key].items():
            table.add_row(str(name), str(n))
        console.print(table)
