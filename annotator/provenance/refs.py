"""Identify an outlet a page names, by address or by name, with a one-line profile."""

from __future__ import annotations

import re

from ..models import OutletMatch, OutletRef
from ..sources.names import NameIndex
from ..sources.registry import Registry, host_of, registrable_domain
from ..sources.schema import Outlet
from ..sources.wrappers import unwrap


def profile_line(outlet: Outlet) -> str:
    """One line a reporter can read at a glance: country and kind, state ties, affiliations,
    legal actions, each from the cited profile (the full profile is `annotator source ID`)."""
    parts = [f"{outlet.country} {outlet.kind.replace('_', ' ')}"]
    states = sorted({f"{s.state} ({s.basis.replace('_', ' ')})" for s in outlet.state_affiliation})
    if states:
        parts.append("state-affiliated: " + ", ".join(states))
    ties = sorted({f"{a.entity} ({a.kind})" for a in outlet.affiliations})
    if ties:
        parts.append("affiliated: " + ", ".join(ties[:3]))
    if outlet.legal:
        acts = sorted(outlet.legal, key=lambda a: a.date)
        shown = [f"{a.type.replace('_', ' ')} {a.date.year} ({_short(a.authority)})" for a in acts]
        parts.append("legal: " + "; ".join(shown[:3]) + ("; ..." if len(shown) > 3 else ""))
    return " - ".join(parts)


def _short(authority: str) -> str:
    return authority.split(",")[0].split(" (")[0][:40]


def from_match(name: str, url: str | None, match: OutletMatch, how: str) -> OutletRef:
    if match.status == "matched" and match.outlet is not None:
        return OutletRef(name=match.outlet.name, url=url, domain=match.domain,
                         outlet_id=match.outlet.id, how=how, profile=profile_line(match.outlet))
    return OutletRef(name=name, url=url, domain=match.domain,
                     how="not in the registry" if match.domain else None)


def by_url(url: str, registry: Registry, name: str | None = None) -> OutletRef:
    """An outlet from an address, after unwrapping archive/proxy/redirector addresses."""
    unwrapped = unwrap(url)
    target = unwrapped.original if unwrapped else url
    match = registry.lookup(target)
    shown = name or (host_of(target) or target)
    return from_match(shown, url, match, f"domain {match.domain}" if match.domain else "address")


def by_name(name: str, index: NameIndex) -> OutletRef:
    found = index.find(name)
    if found is None:
        return OutletRef(name=name, how="not in the registry")
    outlet, how = found
    return OutletRef(name=outlet.name, outlet_id=outlet.id, how=f"{how} {name!r}",
                     profile=profile_line(outlet))


_HOST = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


def valid_host(url: str) -> bool:
    """Whether an address names a real host name (pages' canonicals are sometimes broken:
    "https://packing-list-trip", a percent-encoded path in the host)."""
    return bool(_HOST.match(host_of(url) or ""))


def same_site(a: str | None, b: str | None) -> bool:
    """Whether two addresses are on one registrable domain."""
    ha, hb = host_of(a or ""), host_of(b or "")
    return bool(ha and hb and registrable_domain(ha) == registrable_domain(hb))
