"""Terminal report: what a reporter on deadline reads.

Order matters: who published this (outlet panel) comes first, then what the page says about
itself, then the flagged language grouped by voice (outlet voice first, because only that voice
says something about the outlet), then the text with highlights, then warnings.

Every piece of page or registry text goes into `rich.text.Text` objects, never into markup
strings, so a headline containing "[bold]" is shown as typed rather than interpreted.

The outlet facts are flattened by `outlet_sections()`, which the Markdown renderer reuses, so both
outputs always list the same claims with the same citations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Article, FetchInfo, Flag, OutletMatch, Report, SourceInfo, Voice
from ..sources.schema import Claim, Outlet, Rating
from .provenance import provenance_rich

VOICE_ORDER: tuple[Voice, ...] = ("outlet", "quoted", "paraphrase")

VOICE_TITLES: dict[Voice, str] = {
    "outlet": "Outlet voice - the outlet's own words",
    "quoted": "Quoted - inside quotation marks, attributed to a speaker",
    "paraphrase": "Paraphrase - reported speech attributed to a speaker",
}

# Each voice gets a distinct non-colour attribute too (bold / italic / underline) so the
# highlights still differ on a no-colour terminal, where rich drops only the colours.
VOICE_STYLES: dict[Voice, str] = {
    "outlet": "bold black on red",
    "quoted": "italic black on cyan",
    "paraphrase": "underline black on yellow",
}
VOICE_STYLE_NAMES: dict[Voice, str] = {
    "outlet": "red, bold",
    "quoted": "cyan, italic",
    "paraphrase": "yellow, underlined",
}

# Lower case on purpose: the words themselves are what a reader (or grep) looks for; the "!"
# and the bold style carry the emphasis.
UNVERIFIED = "! unverified citation"
IMPUTED = "! imputed rating - not a verdict the rater published directly"
NOT_IN_REGISTRY = "not in the registry - this is not a verdict of neutrality"
NO_URL = "Source unknown: no URL was given, so the outlet could not be identified."
NONE_RECORDED = "none recorded"


# ---------------------------------------------------------------------------------------------
# Shared, renderer-neutral helpers (also used by render_markdown)


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


def _words(value: str) -> str:
    return value.replace("_", " ")


def _with_detail(text: str, claim: Claim, detail: str | None) -> str:
    parts = [text]
    if detail:
        parts.append(detail)
    if claim.note:
        parts.append(f"note: {claim.note}")
    return " - ".join(parts)


def outlet_sections(outlet: Outlet, extra_ratings: Iterable[Rating] = ()) -> list[FactSection]:
    """Every cited claim of a profile, grouped; empty groups are kept (shown as none recorded)."""
    ownership = [
        Fact(_with_detail(f"{_words(o.role)}: {o.entity}", o, None), o) for o in outlet.ownership
    ]
    funding = [Fact(_with_detail(_words(f.model), f, f.detail), f) for f in outlet.funding]
    state = [
        Fact(_with_detail(f"{s.state} (basis: {_words(s.basis)})", s, s.detail), s)
        for s in outlet.state_affiliation
    ]
    affiliations = [
        Fact(_with_detail(f"{a.entity} ({a.kind}, {_words(a.basis)})", a, a.detail), a)
        for a in outlet.affiliations
    ]
    legal = []
    for act in outlet.legal:
        text = f"{_words(act.type)} by {act.authority} - {act.instrument}, {act.date.isoformat()}"
        if act.domains:
            text += f"; domains: {', '.join(act.domains)}"
        links = (("document", str(act.document)),) if act.document else ()
        legal.append(Fact(_with_detail(text, act, act.detail), act, links=links))
    notes = [Fact(_with_detail(n.text, n, None), n) for n in outlet.notes]
    sections = [
        FactSection("Ownership", ownership),
        FactSection("Funding", funding),
        FactSection("State affiliation", state),
        FactSection("Political / militant affiliations", affiliations),
        FactSection("Legal status (sanctions, bans, seizures)", legal),
        FactSection(
            "Ratings (each rater separately)", rating_facts([*outlet.ratings, *extra_ratings])
        ),
    ]
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


def technique_words(technique: str) -> str:
    """"Name_Calling,Labeling" -> "Name Calling, Labeling" so narrow columns can wrap it."""
    return _words(technique).replace(",", ", ")


def flag_source_text(article: Article, flag: Flag) -> str:
    return article.headline if flag.field == "headline" else article.body


def flag_problem(article: Article, flag: Flag) -> str | None:
    """Why a flag's offsets cannot be trusted, or None. Such flags are listed, not highlighted."""
    text = flag_source_text(article, flag)
    if not 0 <= flag.start < flag.end <= len(text):
        return f"offsets {flag.start}-{flag.end} are outside the {flag.field}"
    if text[flag.start : flag.end] != flag.text:
        return f"offsets {flag.start}-{flag.end} do not hold {flag.text!r} in the {flag.field}"
    return None


def offset_problems(report: Report) -> list[str]:
    return [
        f"flag {f.text!r} ({f.entry_id}) not highlighted: {problem}"
        for f in report.flags
        if (problem := flag_problem(report.article, f))
    ]


def flags_for(report: Report, voice: Voice) -> list[Flag]:
    """Flags of one voice in reading order: headline first, then body by position."""
    return sorted(
        (f for f in report.flags if f.voice == voice),
        key=lambda f: (f.field != "headline", f.start, f.end),
    )


def flag_where(flag: Flag) -> str:
    if flag.field == "headline":
        return "headline"
    return f"para {flag.paragraph + 1}" if flag.paragraph is not None else "body"


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in `body`, matching Article.paragraphs index for index."""
    spans, pos = [], 0
    for para in body.split("\n\n") if body else []:
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return spans


def fetch_lines(info: FetchInfo) -> list[tuple[str, str]]:
    rows = [("Requested URL", info.requested_url)]
    if info.final_url != info.requested_url:
        rows.append(("Final URL", info.final_url))
    rows.append(("HTTP status", f"{info.status} ({info.content_type}, charset {info.charset} "
                                f"from {info.charset_source})"))
    if info.redirects:
        chain = " -> ".join(f"{r.status} {r.url}" for r in info.redirects)
        rows.append(("Redirects", f"{chain} -> {info.status} {info.final_url}"))
    rows.append(("Fetched at", f"{info.fetched_at.isoformat()} ({info.elapsed_ms:.0f} ms, "
                               f"{info.bytes} bytes)"))
    rows.append(("SHA-256", f"{info.sha256[:16]}..." if len(info.sha256) > 16 else info.sha256))
    return rows


def article_lines(article: Article) -> list[tuple[str, str]]:
    rows = [("Headline", article.headline)]
    # The extractor already omits these when equal; compare again so a hand-built report
    # does not show the same string three times.
    if article.title_tag and article.title_tag != article.headline:
        rows.append(("Title tag", article.title_tag))
    if article.og_title and article.og_title != article.headline:
        rows.append(("og:title", article.og_title))
    optional = [
        ("Byline", ", ".join(article.bylines)),
        ("Published", article.published),
        ("Modified", article.modified),
        ("Canonical URL", article.canonical_url),
        ("Site name", article.site_name),
        ("Publisher", article.publisher),
        ("Language", article.language),
        ("Description", article.description),
    ]
    rows.extend((k, v) for k, v in optional if v)
    return rows


def outlet_rows(match: OutletMatch, source: SourceInfo, outlet: Outlet) -> list[tuple[str, str]]:
    """Identity rows of a matched outlet: what it is, how it was matched, what was read."""
    rows = [("Country", outlet.country), ("Kind", outlet.kind)]
    if outlet.languages:
        rows.append(("Languages", ", ".join(outlet.languages)))
    if outlet.description:
        rows.append(("About", outlet.description))
    matched = ", ".join(p for p in (match.how, role_label(match)) if p) or "matched"
    where = " ".join(p for p in (match.domain, f"(host {match.host})" if match.host else "") if p)
    rows.append(("Matched", f"{matched} - {where}" if where else matched))
    rows.extend(source_lines(source))
    layer = f", layer {match.layer}" if match.layer else ""
    rows.append(("Profile", f"last reviewed {outlet.last_reviewed.isoformat()}{layer}"))
    return rows


def stale_note(outlet: Outlet) -> str:
    return (f"stale profile (last reviewed {outlet.last_reviewed.isoformat()}); ownership, "
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


# ---------------------------------------------------------------------------------------------
# Rich rendering


def _text(value: str, style: str = "") -> Text:
    # fold: long URLs break across lines instead of being cut off with an ellipsis.
    return Text(value, style=style, overflow="fold")


def _citation(claim: Claim) -> Text:
    line = _text("")
    if not claim.checked:  # first on the line, so it is seen before the URL and never wrapped
        line.append(f"[{UNVERIFIED}] ", style="bold yellow")
    line.append(f"source: {claim.source} ({claim_dates(claim)})", style="dim")
    if layer := layer_label(claim):
        line.append(f" [layer: {layer}]", style="bold cyan")
    return line


def _fact_lines(sections: Iterable[FactSection]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for section in sections:
        # A bullet column keeps wrapped lines (long URLs, long details) indented under the text.
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=3, justify="right")
        grid.add_column(overflow="fold")
        if not section.facts:
            grid.add_row(Text("-"), _text(NONE_RECORDED, "dim"))
        for fact in section.facts:
            line = _text(fact.text)
            for tag in fact.tags:
                line.append(f"  [{tag}]", style="bold magenta")
            parts: list[RenderableType] = [line]
            parts += [Padding(_text(f"{label}: {url}"), (0, 0, 0, 2)) for label, url in fact.links]
            parts.append(Padding(_citation(fact.claim), (0, 0, 0, 2)))
            grid.add_row(Text("-"), Group(*parts))
        out += [_text(section.title, "bold underline"), grid]
    return out


def _kv_grid(rows: Iterable[tuple[str, str]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in rows:
        grid.add_row(_text(key + ":"), _text(value))
    return grid


def _outlet_panel(match: OutletMatch, source: SourceInfo) -> Panel:
    if match.status == "no_url":
        return Panel(_text(NO_URL, "bold yellow"), title="Outlet", border_style="yellow")
    if match.status == "not_in_registry" or match.outlet is None:
        domain = match.domain or match.host or "unknown domain"
        body: list[RenderableType] = [_text(f"{domain}: {NOT_IN_REGISTRY}", "bold yellow")]
        if match.status == "matched":  # matched without a profile: say so rather than hide it
            body.append(_text("The registry matched this domain but supplied no profile."))
        if match.how:
            body.append(_text(match.how))
        if rows := source_lines(source):
            body.append(_kv_grid(rows))
        if match.domain_ratings:
            body.extend(_fact_lines([FactSection(
                f"Ratings of {domain} from open data (each rater separately)",
                rating_facts(match.domain_ratings),
            )]))
        return Panel(Group(*body), title="Outlet", border_style="yellow")

    outlet = match.outlet
    head = _text(outlet.name, "bold")
    if names := other_names(outlet):
        head.append(f"  ({names})")
    parts: list[RenderableType] = [head, _kv_grid(outlet_rows(match, source, outlet))]
    if match.stale:
        parts.append(_text(f"WARNING: {stale_note(outlet)}", "bold red"))
    if note := role_note(match):
        parts.append(_text(f"Note: {note}", "bold yellow"))
    parts.append(Text(""))
    parts.extend(_fact_lines(outlet_sections(outlet, match.domain_ratings)))
    # Text title: a str title would be parsed as rich markup.
    return Panel(Group(*parts), title=Text(f"Outlet: {outlet.name}"), border_style="blue")


def _metadata(report: Report) -> list[RenderableType]:
    out: list[RenderableType] = [_text("Article", "bold reverse"), _kv_grid(article_lines(
        report.article))]
    if report.fetch:
        out += [_text("Fetch", "bold"), _kv_grid(fetch_lines(report.fetch))]
    return out


def _alternatives(flag: Flag) -> Text:
    out = Text(overflow="fold")
    if flag.neutral:
        out.append("neutral: " + ", ".join(flag.neutral))
    if flag.other_side:
        if out:
            out.append("\n")
        # Labelled apart: the other side's term is a partisan term too, never a neutral one.
        out.append("other side's term: " + ", ".join(flag.other_side), style="italic")
    return out


def _flag_tables(report: Report, narrow: bool) -> list[RenderableType]:
    counts = report.counts
    total = counts.outlet + counts.quoted + counts.paraphrase
    out: list[RenderableType] = [_text(
        f"Flags: {total} (outlet {counts.outlet}, quoted {counts.quoted}, "
        f"paraphrase {counts.paraphrase})", "bold reverse")]
    for voice in VOICE_ORDER:
        flags = flags_for(report, voice)
        heading = _text(f"{VOICE_TITLES[voice]} ({getattr(counts, voice)})", "bold")
        heading.stylize(VOICE_STYLES[voice], 0, len(VOICE_TITLES[voice].split(" - ")[0]))
        out.append(heading)
        if not flags:
            out.append(_text("  no flags", "dim"))
            continue
        # Below 100 columns the cell padding goes (the rules still separate cells), which
        # leaves room for whole words instead of folded ones.
        table = Table(show_lines=True, expand=True, padding=(0, 0) if narrow else (0, 1),
                      pad_edge=not narrow)
        # Narrow: no ratios, so rich shrinks the longest columns first and keeps words whole.
        # Wide: the explanation gets twice the room of the other columns, so rows stay short.
        def ratio(n: int) -> int | None:
            return None if narrow else n

        table.add_column("term", overflow="fold", ratio=ratio(2))
        table.add_column("category", overflow="fold", ratio=ratio(2))
        table.add_column("severity", no_wrap=True)
        if voice != "outlet":
            table.add_column("speaker", overflow="fold", ratio=ratio(2))
        table.add_column("why", overflow="fold", ratio=ratio(4))
        table.add_column("alternatives", overflow="fold", ratio=ratio(3))
        sev_style = {"high": "bold red", "medium": "yellow", "low": "dim"}
        for f in flags:
            row: list[RenderableType] = [
                _text(f"{f.text}\n({flag_where(f)})"),
                _text(f"{_words(f.category)}\n{technique_words(f.technique)}"),
                _text(f.severity, sev_style[f.severity]),
            ]
            if voice != "outlet":
                row.append(_text(f.speaker or "unattributed"))
            row += [_text(f.why), _alternatives(f)]
            table.add_row(*row)
        out.append(table)
    return out


def highlighted(report: Report, field: str) -> Text:
    """The headline or body as Text, each valid flag styled by voice at its exact offsets."""
    article = report.article
    text = Text(article.headline if field == "headline" else article.body)
    for flag in report.flags:
        if flag.field == field and flag_problem(article, flag) is None:
            text.stylize(VOICE_STYLES[flag.voice], flag.start, flag.end)
    return text


def _body(report: Report) -> list[RenderableType]:
    legend = Text("Legend: ")
    for i, voice in enumerate(VOICE_ORDER):
        if i:
            legend.append("  ")
        legend.append(voice, style=VOICE_STYLES[voice])
        legend.append(f" ({VOICE_STYLE_NAMES[voice]})")
    headline = highlighted(report, "headline")
    headline.style = "bold"  # base style: flag spans layer on top and stay the only spans
    out: list[RenderableType] = [_text("Text", "bold reverse"), legend, Text(""), headline]
    body = highlighted(report, "body")
    for i, (start, end) in enumerate(paragraph_spans(report.article.body)):
        para = Text()  # not Text(..., style="dim"): a base style would dim the whole paragraph
        para.append(f"[{i + 1}] ", style="dim")
        para.append_text(body[start:end])
        out += [Text(""), para]
    return out


def _warnings(report: Report) -> list[RenderableType]:
    items = list(report.warnings) + offset_problems(report)
    if not items:
        return []
    return [Panel(Group(*(_text(f"- {w}") for w in items)), title="Warnings",
                  border_style="yellow")]


def render_rich(report: Report, console: Console) -> None:
    """Print the full report to `console`; works without colour and at 80 columns."""
    sections: list[RenderableType] = [_outlet_panel(report.outlet, report.source), Text("")]
    sections += provenance_rich(report.provenance)
    sections += [*_metadata(report), Text("")]
    sections += [*_flag_tables(report, narrow=console.width < 100), Text("")]
    sections += [*_body(report), Text("")]
    sections += _warnings(report)
    sections.append(_text(f"{report.tool} - generated {report.generated_at.isoformat()} - "
                          f"report schema {report.schema_version}", "dim"))
    for renderable in sections:
        console.print(renderable)


def render_outlet(
    match: OutletMatch, console: Console, read_url: str | None = None,
    original_url: str | None = None,
) -> None:
    """One outlet's profile and how it matched (`annotator source`)."""
    source = SourceInfo(kind="url", url=read_url, original_url=original_url,
                        url_from="argument" if read_url else "none")
    console.print(_outlet_panel(match, source))
