"""The provenance sections of a report as plain data (title, lines): `sections.py` places them
in the report, and every renderer (terminal, Markdown, HTML) prints the same findings.

    >>> from annotator.models import Provenance, Syndication, OutletRef
    >>> wire = OutletRef(name="Reuters", outlet_id="reuters")
    >>> p = Provenance(syndication=Syndication(host=OutletRef(name="yahoo.com"),
    ...     original=wire, evidence=["dateline (Reuters)"]))
    >>> provenance_sections(p)[0].lines[0]
    'This copy: yahoo.com; original: Reuters [registry: reuters]'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import OutletRef, Provenance


@dataclass(frozen=True)
class Section:
    title: str
    lines: list[str] = field(default_factory=list)


def ref_text(ref: OutletRef | None) -> str:
    if ref is None:
        return "unknown"
    text = ref.name
    if ref.outlet_id:
        text += f" [registry: {ref.outlet_id}]"
    elif ref.domain:
        text += f" ({ref.domain}: not in the registry)"
    if ref.profile:
        text += f" - {ref.profile}"
    return text


def provenance_sections(prov: Provenance | None) -> list[Section]:
    """Only sections with findings; an empty list when there is nothing to say."""
    if prov is None:
        return []
    out: list[Section] = []
    if prov.canonical_warning:
        out.append(Section("Canonical address", [f"Warning: {prov.canonical_warning}"]))
    if prov.syndication:
        syn = prov.syndication
        lines = [f"This copy: {_short(syn.host)}; original: {_short(syn.original)}"]
        if syn.original:
            lines.append(f"Original publisher: {ref_text(syn.original)}")
        lines += [f"evidence: {why}" for why in syn.evidence]
        out.append(Section("Syndication - who published this copy, and who wrote it", lines))
    if prov.cited:
        lines = []
        for c in prov.cited:
            where = f"¶{c.paragraph + 1} " if c.paragraph is not None else ""
            how = "link" if c.kind == "link" else "named"
            target = f" <{c.source.url}>" if c.kind == "link" and c.source.url else ""
            lines.append(f"{where}{how}: {ref_text(c.source)}{target} - \"{c.text}\"")
        out.append(Section("Cited sources (links in the body and named sources)", lines))
    if prov.status and prov.status.lines:
        pub = prov.status.published or "unknown date"
        lines = [
            f"{s.text}: at publication ({pub}): {s.at_publication}; today: {s.today}"
            for s in prov.status.lines
        ]
        out.append(Section("Status at publication and today", lines))
    if prov.disclosures:
        lines = [f"{d.field}: {d.value} ({d.where})" for d in prov.disclosures]
        out.append(Section("The outlet says (its own published policies, not checked)", lines))
    if prov.fact_checks:
        lines = []
        for fc in prov.fact_checks:
            lines.append(f"claim: \"{fc.claim or 'not given'}\" - rating: {fc.rating or 'none'}")
            lines.append(f"  made by: {ref_text(fc.claimant)}; where: {ref_text(fc.appearance)}")
            lines.append(f"  checked by: {ref_text(fc.reviewer)}"
                         + (f" <{fc.url}>" if fc.url else "") + (f", {fc.date}" if fc.date else ""))
        out.append(Section("Fact-checks on this page (ClaimReview)", lines))
    return out


def _short(ref: OutletRef | None) -> str:
    if ref is None:
        return "unknown"
    return ref.name + (f" [registry: {ref.outlet_id}]" if ref.outlet_id else "")
