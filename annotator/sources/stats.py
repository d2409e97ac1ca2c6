"""Coverage counts of a loaded registry, for `annotator sources stats`."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from .registry import Registry
from .schema import CLAIM_LISTS


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
        for sid, _, is_imputed, _ in rows:
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
        "by_country": dict(Counter(o.country for o in outlets).most_common()),
        "by_kind": dict(Counter(o.kind for o in outlets).most_common()),
        "imported_ratings_by_source": dict(imported_by_source),
        "imported_ratings_imputed": imputed,
        "domains_with_a_cited_rating": len(rated_domains),
    }


def render_stats(stats: dict[str, Any], console: Console) -> None:
    head = Table(title="Registry coverage", show_header=False)
    for key in (
        "outlets",
        "platforms",
        "domains",
        "legal_actions",
        "claims",
        "claims_unchecked",
        "imported_ratings_imputed",
        "domains_with_a_cited_rating",
    ):
        head.add_row(key.replace("_", " "), str(stats[key]))
    console.print(head)
    for key, title in (
        ("outlets_with", "Outlets with at least one claim of"),
        ("by_country", "Outlets by country"),
        ("by_kind", "Outlets by kind"),
        ("imported_ratings_by_source", "Imported ratings by source"),
    ):
        table = Table(title=title, show_header=False)
        for name, n in stats[key].items():
            table.add_row(str(name), str(n))
        console.print(table)
