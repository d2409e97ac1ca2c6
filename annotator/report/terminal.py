"""Terminal report: what a reporter on deadline reads, most important first.

    >>> from rich.console import Console
    >>> from annotator.pipeline import annotate, sample_path
    >>> render_rich(annotate(str(sample_path())), Console(width=100), brief=True)  # doctest: +SKIP

A few summary lines lead (the outlet in one line, the genre, flag counts by voice, warnings);
`brief` stops there. Then the outlet profile with its citations, the page's provenance, one line
per flag occurrence under its explanation (printed once per lexicon entry), and the text with
each flag highlighted in its voice's style and numbered like its detail line.

Rules that keep it usable: every URL is printed whole on its own line (never folded by rich, so
it can be copied; a terminal hyperlink where the terminal supports them); the colour legend
only when there is colour; page and registry text goes into `Text` objects, never into markup
strings, so a headline containing "[bold]" is shown as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from rich.console import Console
from rich.padding import Padding
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..models import OutletMatch, Report, SourceInfo, Voice
from ..sources.schema import Claim
from .facts import (
    NO_URL,
    NONE_RECORDED,
    NOT_IN_REGISTRY,
    UNVERIFIED,
    FactSection,
    claim_dates,
    layer_label,
    outlet_line,
)
from .sections import (
    URL_KEYS,
    VOICE_ORDER,
    VOICE_TITLES,
    ArticleInfo,
    ArticleText,
    Block,
    Flags,
    Footer,
    Occurrence,
    OutletSection,
    Provenance,
    Summary,
    build,
    outlet_section,
)

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
URL_RE = re.compile(r"(https?://\S+)")
SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}


def _url(url: str, style: str = "") -> Text:
    """A URL as one unbreakable run, a terminal hyperlink where the terminal supports them."""
    return Text(url, style=Style.parse(style or "none") + Style(link=url))


def _print_url_line(console: Console, line: Text, indent: int) -> None:
    # soft_wrap: rich inserts no line breaks, so a long URL stays one line the terminal wraps
    # visually and copies whole.
    console.print(Text.assemble(" " * indent, line), soft_wrap=True)


def _wrapped(console: Console, text: Text, indent: int) -> None:
    console.print(Padding(text, (0, 0, 0, indent)))


def _kv(console: Console, rows: Iterable[tuple[str, str]], indent: int = 2) -> None:
    """Key: value rows; values wrap under their column, URL values print whole."""
    rows = list(rows)
    width = max((len(k) for k, _ in rows), default=0) + 1
    for key, value in rows:
        label = Text(f"{key}:".ljust(width + 1), style="bold")
        if key in URL_KEYS:
            _print_url_line(console, Text.assemble(label, _url(value)), indent)
            continue
        if "://" in value:  # a redirect chain: whole, so no URL in it is split
            _print_url_line(console, Text.assemble(label, value), indent)
            continue
        grid = Table.grid(padding=0)
        grid.add_column(no_wrap=True, width=width + 1)
        grid.add_column(overflow="fold")
        grid.add_row(label, Text(value))
        console.print(Padding(grid, (0, 0, 0, indent)))


def _heading(console: Console, title: str) -> None:
    console.print()
    console.print(Rule(Text(title, style="bold"), align="left"))


# --------------------------------------------------------------------------- sections


def _summary(console: Console, s: Summary, brief: bool) -> None:
    c = s.counts
    total = c.outlet + c.quoted + c.paraphrase
    flags = Text(f"{total} - outlet {c.outlet}, quoted {c.quoted}, paraphrase {c.paraphrase}")
    if s.hidden:
        flags.append(f"  (+{s.hidden} more out of the default view; --all shows them)", style="dim")
    console.print(Text(s.headline, style="bold"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(Text("Outlet"), Text(s.outlet))
    grid.add_row(Text("Genre"), Text(s.genre))
    grid.add_row(Text("Flags"), flags)
    for w in s.warnings:
        grid.add_row(Text("Warning", style="bold yellow"), Text(w, style="yellow"))
    console.print(grid)


def _citation(console: Console, claim: Claim, indent: int) -> None:
    line = Text()
    if not claim.checked:  # first on the line, so it is seen before the URL
        line.append(f"[{UNVERIFIED}] ", style="bold yellow")
    line.append("source: ", style="dim")
    line.append_text(_url(str(claim.source), "dim"))
    line.append(f" ({claim_dates(claim)})", style="dim")
    if layer := layer_label(claim):
        line.append(f" [layer: {layer}]", style="bold cyan")
    _print_url_line(console, line, indent)


def _facts(console: Console, sections: Iterable[FactSection]) -> None:
    for section in sections:
        title = Text(section.title, style="bold underline")
        if not section.facts:
            title.append(f" - {NONE_RECORDED}", style="dim")
        console.print(Padding(title, (0, 0, 0, 2)))
        for fact in section.facts:
            # A URL inside a claim's text (a note naming a second source) gets its own line.
            chunks = URL_RE.split(fact.text)
            line = Text(chunks[0].rstrip())
            for tag in fact.tags:
                line.append(f"  [{tag}]", style="bold magenta")
            grid = Table.grid(padding=0)  # the bullet column keeps wrapped lines under the text
            grid.add_column(width=2)
            grid.add_column(overflow="fold")
            grid.add_row(Text("- "), line)
            console.print(Padding(grid, (0, 0, 0, 4)))
            for i, chunk in enumerate(chunks[1:]):
                if i % 2 == 0:
                    _print_url_line(console, _url(chunk), 6)
                elif chunk.strip():
                    _wrapped(console, Text(chunk.strip()), 6)
            for label, url in fact.links:
                _print_url_line(console, Text.assemble(f"{label}: ", _url(url)), 6)
            _citation(console, fact.claim, 6)


def _outlet(console: Console, s: OutletSection, brief: bool) -> None:
    if s.status == "no_url":
        _heading(console, "Outlet")
        console.print(Text(NO_URL, style="bold yellow"))
        return
    if s.status == "not_in_registry":
        _heading(console, "Outlet")
        console.print(Text(f"{s.title}: {NOT_IN_REGISTRY}", style="bold yellow"))
    else:
        _heading(console, f"Outlet: {s.title}")
    for note in s.notes:
        console.print(Text(note))
    _kv(console, s.rows)
    _facts(console, s.facts)


def _provenance(console: Console, s: Provenance, brief: bool) -> None:
    if not s.findings:
        return
    _heading(console, "Provenance")
    for finding in s.findings:
        console.print(Padding(Text(finding.title, style="bold underline"), (0, 0, 0, 2)))
        for line in finding.lines:
            grid = Table.grid(padding=0)
            grid.add_column(width=2)
            grid.add_column(overflow="fold")
            grid.add_row(Text("- "), Text(line))
            console.print(Padding(grid, (0, 0, 0, 4)))


def _article_info(console: Console, s: ArticleInfo, brief: bool) -> None:
    _heading(console, "Article")
    _kv(console, s.article)
    if s.fetch:
        console.print(Padding(Text("Fetch", style="bold underline"), (0, 0, 0, 2)))
        _kv(console, s.fetch, indent=4)


def occurrence_voice(occ: Occurrence) -> str:
    """"outlet's own words", "quoted: Ali Hassan", "paraphrase: unattributed"."""
    if occ.flag.voice == "outlet":
        return VOICE_TITLES["outlet"]
    return f"{occ.flag.voice}: {occ.flag.speaker or 'unattributed'}"


def _flags(console: Console, s: Flags, brief: bool) -> None:
    c = s.counts
    hidden = f"; {s.hidden} more with --all" if s.hidden else ""
    _heading(console, f"Flags: {c.outlet + c.quoted + c.paraphrase} (outlet {c.outlet}, "
                      f"quoted {c.quoted}, paraphrase {c.paraphrase}){hidden}")
    if not s.entries:
        console.print(Text("no flags", style="dim"))
    for e in s.entries:
        line = Text(f"{e.category} · {e.technique} · ", style="bold")
        line.append(e.severity, style=SEVERITY_STYLES.get(e.severity, ""))
        console.print(line)
        _wrapped(console, Text(e.why), 2)
        if e.neutral:
            _wrapped(console, Text(f"{e.neutral_label}: " + ", ".join(e.neutral)), 2)
        if e.other_side:  # a partisan term of the other side: labelled, never "neutral"
            _wrapped(console, Text("other side's term: " + ", ".join(e.other_side),
                                   style="italic"), 2)
        for occ in e.occurrences:
            line = Text.assemble((f"[{occ.number}] ", "bold"), f'"{occ.flag.text}"')
            line.append(f" · {occ.where} · ", style="dim")
            line.append(occurrence_voice(occ), style=VOICE_STYLES[occ.flag.voice])
            if occ.out_of_view:
                line.append(f" · {occ.out_of_view}", style="dim italic")
            _wrapped(console, line, 4)


def block_text(block: Block) -> Text:
    """A headline or paragraph with each flag styled by voice and numbered where it ends."""
    out = Text()
    segs = block.segments
    for i, seg in enumerate(segs):
        style = VOICE_STYLES[seg.flags[-1].flag.voice] if seg.flags else ""
        out.append(seg.text, style=style)
        following = {o.number for o in segs[i + 1].flags} if i + 1 < len(segs) else set()
        for occ in seg.flags:
            if occ.number not in following:
                out.append(f"[{occ.number}]", style="dim")
    return out


def _text(console: Console, s: ArticleText, brief: bool) -> None:
    _heading(console, "Text")
    if console.color_system is not None:  # without colour the numbers alone mark the flags
        legend = Text("Legend: ")
        for i, voice in enumerate(VOICE_ORDER):
            legend.append("  " if i else "")
            legend.append(voice, style=VOICE_STYLES[voice])
            legend.append(f" ({VOICE_STYLE_NAMES[voice]})")
        console.print(legend)
    for block in s.blocks:
        text = block_text(block)
        if block.kind == "headline":
            text.stylize("bold")
            console.print(text)
        else:
            console.print()
            console.print(Text.assemble((f"¶{block.number} ", "dim"), text))


def _footer(console: Console, s: Footer, brief: bool) -> None:
    console.print()
    console.print(Text(s.line, style="dim"))


RENDERERS: dict[type, Callable[[Console, Any, bool], None]] = {
    Summary: _summary, OutletSection: _outlet, Provenance: _provenance,
    ArticleInfo: _article_info, Flags: _flags, ArticleText: _text, Footer: _footer,
}


def render_rich(report: Report, console: Console, *, brief: bool = False,
                show_all: bool = False) -> None:
    """Print the report to `console`; works without colour and at 40 columns."""
    for section in build(report, show_all).sections:
        RENDERERS[type(section)](console, section, brief)
        if brief:  # the summary alone
            return


def render_outlet(
    match: OutletMatch, console: Console, read_url: str | None = None,
    original_url: str | None = None,
) -> None:
    """One outlet's profile and how it matched (`annotator source`)."""
    source = SourceInfo(kind="url", url=read_url, original_url=original_url,
                        url_from="argument" if read_url else "none")
    console.print(Text(outlet_line(match), style="bold"))  # the summary's outlet line first
    _outlet(console, outlet_section(match, source), False)
