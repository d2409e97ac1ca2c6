"""An outlet's cited claims as renderer-neutral lines, and the one-line outlet summary.

    >>> from annotator.sources.registry import Registry, bundled_sources_path
    >>> match = Registry.load([bundled_sources_path()]).lookup("https://english.almanar.com.lb/")
    >>> outlet_line(match).split(" · ")[:2]
    ['Al-Manar', 'broadcaster, LB']

Every renderer (terminal, Markdown, HTML) prints these same lines, so all formats list the same
claims with the same citations; only the marks around them differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import OutletMatch, SourceInfo
from ..sources.schema import Claim, Outlet, Rating

# Lower case on purpose: the words themselves are what a reader (or grep) looks for.
UNVERIFIED = "! unverified citation"
IMPUTED = "! imputed rating - not a verdict the rater published directly"
NOT_IN_REGISTRY = "not in the registry - this is not a verdict of neutrality"
NO_URL = "Source unknown: no URL was given, so the outlet could not be identified."
NONE_RECORDED = "none recorded"


@dataclass(frozen=True)
class Fact:
    """One cited claim, already phrased as a line of text."""

    text: str
    claim: Claim
    tags: tuple[str, ...] = ()  # shown emphasised after the text, e.g. IMPUTED
    links: tuple[tuple[str, str], ...] = ()  # (label, url) besides the citation, e.g. document


@dataclass(frozen=True)
class FactSection:
    title: str
    facts: list[Fact] = field(default_factory=list)


def words(value: str) -> str:
    return value.replace("_", " ")


def technique_words(technique: str) -> str:
    """"Name_Calling,Labeling" -> "Name Calling, Labeling": the PTC name, readable."""
    return words(technique).replace(",", ", ")


def when(value: dt.datetime | dt.date | str | None) -> str:
    """The report's one time format: "2026-11-29 01:00 UTC", or "2026-11-29" for a date.

    A page's own date string is parsed when it is ISO 8601, else shown as the page gave it.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        raw = value.strip()
        try:
            value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            return raw
        if "T" not in raw and " " not in raw:  # a bare date stays a date
            return value.date().isoformat()
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # a page's local time without an offset: say nothing false
            return value.strftime("%Y-%m-%d %H:%M")
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


def _with_detail(text: str, claim: Claim, detail: str | None) -> str:
    parts = [text]
    if detail:
        parts.append(detail)
    if claim.note:
        parts.append(f"note: {claim.note}")
    return " - ".join(parts)


def outlet_sections(outlet: Outlet, extra_ratings: Iterable[Rating] = ()) -> list[FactSection]:
    """Every cited claim of a profile, grouped; empty groups are kept (shown as none recorded).

    The order is the summary line's: who controls it, state and militant ties, legal status,
    then ratings; funding and notes after.
    """
    ownership = [
        Fact(_with_detail(f"{words(o.role)}: {o.entity}", o, None), o) for o in outlet.ownership
    ]
    funding = [Fact(_with_detail(words(f.model), f, f.detail), f) for f in outlet.funding]
    state = [
        Fact(_with_detail(f"{s.state} (basis: {words(s.basis)})", s, s.detail), s)
        for s in outlet.state_affiliation
    ]
    affiliations = [
        Fact(_with_detail(f"{a.entity} ({a.kind}, {words(a.basis)})", a, a.detail), a)
        for a in outlet.affiliations
    ]
    legal = []
    for act in outlet.legal:
        text = f"{words(act.type)} by {act.authority} - {act.instrument}, {when(act.date)}"
        if act.domains:
            text += f"; domains: {', '.join(act.domains)}"
        links = (("document", str(act.document)),) if act.document else ()
        legal.append(Fact(_with_detail(text, act, act.detail), act, links=links))
    leaning = [
        Fact(_with_detail(f"{words(le.side)} (per {le.rater})", le, le.detail), le)
        for le in outlet.leaning
    ]
    notes = [Fact(_with_detail(n.text, n, None), n) for n in outlet.notes]
    sections = [
        FactSection("Ownership", ownership),
        FactSection("State affiliation", state),
        FactSection("Political / militant affiliations", affiliations),
        FactSection("Legal status (sanctions, bans, seizures)", legal),
        FactSection(
            "Ratings (each rater separately)", rating_facts([*outlet.ratings, *extra_ratings])
        ),
        FactSection("Funding", funding),
    ]
    if leaning:
        sections.append(FactSection("Political leaning (as cited)", leaning))
    if notes:
        sections.append(FactSection("Notes", notes))
    return sections


def rating_facts(ratings: Iterable[Rating]) -> list[Fact]:
    """Ratings side by side, one fact per rater; imputed values are tagged, never hidden."""
    facts = []
    for r in ratings:
        text = f'{r.rater}: "{r.label}" (scope: {r.scope})'
        if r.domain:
            text += f", listed for {r.domain}"
        if r.licence:
            text += f", licence: {r.licence}"
        facts.append(Fact(_with_detail(text, r, None), r, tags=(IMPUTED,) if r.imputed else ()))
    return facts


def claim_dates(claim: Claim) -> str:
    """When the source documented the claim, and when a curator last checked it: two dates,
    never one standing for the other ("documented 2012-01-20; reviewed 2026-11-29")."""
    if not claim.as_of_approximate:
        documented = f"documented {claim.as_of.isoformat()}"
    elif claim.reviewed and claim.as_of == claim.reviewed:
        documented = f"source undated, read {claim.as_of.isoformat()}"
    else:
        documented = f"documented about {claim.as_of.isoformat()[:7]}"
    if claim.reviewed:
        return f"{documented}; reviewed {claim.reviewed.isoformat()}"
    return documented


def layer_label(claim: Claim) -> str | None:
    """The file a claim came from, when it is not the bundled registry or imported data."""
    if not claim.layer or claim.layer == "bundled" or claim.layer.endswith("imported-ratings.tsv"):
        return None
    return claim.layer.replace("\\", "/").rsplit("/", 1)[-1]


def role_label(match: OutletMatch) -> str | None:
    """"mirror" -> "mirror domain"; the registry stores the bare role."""
    role = match.domain_role
    if not role:
        return None
    return role if role.endswith("domain") else f"{role} domain"


def other_names(outlet: Outlet) -> str:
    names = outlet.names.items()
    return ", ".join(f"{lang}: {name}" for lang, name in names if name != outlet.name)


def stale_note(outlet: Outlet) -> str:
    return (f"stale profile (last reviewed {when(outlet.last_reviewed)}); ownership, "
            "affiliations and legal status may have changed since.")


def role_note(match: OutletMatch) -> str | None:
    """A warning when the page came from a domain that is not the outlet's own primary one."""
    if match.domain_role in ("seized", "former", "mirror"):
        return f"read from a {role_label(match)}, not the outlet's primary domain."
    return None


def source_lines(source: SourceInfo) -> list[tuple[str, str]]:
    rows = []
    if source.url:
        rows.append(("Address read", source.url))
        if source.url_from not in ("argument", "none"):  # the page named its own address
            rows.append(("Address taken from", source.url_from))
    if source.original_url:
        rows.append(("Original address", source.original_url))
    if source.path:
        rows.append(("Local file", source.path))
    return rows


def outlet_rows(match: OutletMatch, source: SourceInfo, outlet: Outlet) -> list[tuple[str, str]]:
    """Identity rows of a matched outlet: what it is, how it was matched, what was read."""
    rows = []
    if names := other_names(outlet):
        rows.append(("Other names", names))
    rows += [("Country", outlet.country), ("Kind", outlet.kind)]
    if outlet.languages:
        rows.append(("Languages", ", ".join(outlet.languages)))
    if outlet.description:
        rows.append(("About", outlet.description))
    matched = ", ".join(p for p in (match.how, role_label(match)) if p) or "matched"
    where = " ".join(p for p in (match.domain, f"(host {match.host})" if match.host else "") if p)
    rows.append(("Matched", f"{matched} - {where}" if where else matched))
    rows.extend(source_lines(source))
    layer = f", layer {match.layer}" if match.layer else ""
    rows.append(("Profile", f"last reviewed {when(outlet.last_reviewed)}{layer}"))
    return rows


# --------------------------------------------------------------------------- the summary line


def _short(name: str) -> str:
    # "Lin et al. 2023, PNAS Nexus 2(9) pgad286 (aggregate ...)" -> "Lin et al. 2023";
    # "US Department of the Treasury, Office of Foreign Assets Control" -> its first part.
    return name.split(",")[0].split(" (")[0].strip()


def _raters(ratings: Iterable[Rating]) -> str:
    # A model's estimate from imputed inputs is no rater's verdict: the summary leaves it to the
    # outlet section, where it is labelled as such.
    ratings = list(ratings)
    verdicts = list(dict.fromkeys((_short(r.rater), r.label) for r in ratings if not r.imputed))
    if not verdicts:
        return "no rater has rated it" + (" (model estimates only)" if ratings else "")
    # Side by side, never merged: raters use different scales, so they are listed, not averaged.
    # The same verdict of the same rater (two of its snapshots, two domains) is said once, and
    # "differ" is said only where two raters give different labels.
    raters, labels = {r for r, _ in verdicts}, {label for _, label in verdicts}
    differ = len(raters) > 1 and len(labels) > 1
    parts = [f'{rater} "{label}"' for rater, label in verdicts]
    return ("raters differ: " if differ else "rated by ") + "; ".join(parts)


def _controller(outlet: Outlet) -> str | None:
    order = ("ultimate_controller", "parent", "owner", "operator")
    links = sorted(outlet.ownership, key=lambda o: order.index(o.role))
    return f"controlled by {links[0].entity}" if links else None


def outlet_line(match: OutletMatch) -> str:
    """The outlet in one line: kind, controller, state and militant ties, legal status, raters."""
    if match.status == "no_url":
        return NO_URL
    outlet = match.outlet
    if match.status == "not_in_registry" or outlet is None:
        domain = match.domain or match.host or "unknown domain"
        line = f"{domain}: {NOT_IN_REGISTRY}"
        if match.platform:
            line += f" (self-published on {match.platform})"
        return f"{line} · {_raters(match.domain_ratings)}"
    parts = [outlet.name, f"{words(outlet.kind)}, {outlet.country}"]
    if controller := _controller(outlet):
        parts.append(controller)
    states = [f"{s.state} ({words(s.basis)})" for s in outlet.state_affiliation]
    parts.append("state: " + ", ".join(states) if states else "no state affiliation recorded")
    parts += [f"{a.kind}: {a.entity} ({words(a.basis)})" for a in outlet.affiliations
              if a.kind in ("militant", "government_body", "party")]
    # The schema records no end date for legal actions, so every recorded one counts as in force.
    legal = [f"{words(a.type)} ({_short(a.authority)}, {a.date.year})" for a in outlet.legal]
    parts.append("in force: " + "; ".join(legal) if legal else "no sanction or ban recorded")
    parts.append(_raters([*outlet.ratings, *match.domain_ratings]))
    return " · ".join(parts)
