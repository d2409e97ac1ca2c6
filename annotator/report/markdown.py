"""GitHub-flavoured Markdown report: the same sections as the terminal report, in the same order.

    >>> from annotator.pipeline import annotate, sample_path
    >>> render_markdown(annotate(str(sample_path())), brief=True).splitlines()[2][:28]
    '- **Outlet:** Al-Manar · bro'

Flagged spans in the text are written as `**term**^(n voice)`: bold, then the flag's number and
voice in a caret suffix that reads the same raw or rendered (GitHub has no superscript syntax,
so it stays literal). Overlapping flags are merged into one mark listing every flag, e.g.
`^(3 outlet, 4 paraphrase)`.

All page and registry text is escaped, so an article cannot inject links, HTML or table columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..models import OutletMatch, Report, SourceInfo
from ..sources.schema import Claim
from .facts import (
    NO_URL,
    NONE_RECORDED,
    NOT_IN_REGISTRY,
    FactSection,
    claim_dates,
    layer_label,
    outlet_line,
)
from .sections import (
    URL_KEYS,
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

LEGEND = ("Legend: flagged words are **bold** followed by their number and voice: outlet = the "
          "outlet's own words, quoted = a direct quote, paraphrase = reported speech.")

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# emphasis, links, HTML or autolinks, code, and (in GFM) table cells and strikethrough.
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# Characters that only matter at the start of a line (headings, lists, quotes, setext rules).
_LINE_START = re.compile(r"^(\s*)(#|[-+=>]|\d+(?=[.)]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def esc(text: str) -> str:
    """Escape text for inline Markdown."""
    return _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))


def _esc_line_start(line: str) -> str:
    m = _LINE_START.match(line)
    if not m:
        return line
    lead, token = m.group(1), m.group(2)
    if token[0].isdigit():  # "1." -> "1\." keeps the number visible but not a list
        return f"{lead}{token}\\{line[m.end():]}"
    return f"{lead}\\{token}{line[m.end():]}"


def _one_line(text: str) -> str:
    return " ".join(_esc_line_start(esc(part)) for part in text.split("\n"))


def _link(url: str) -> str:
    # Angle-bracket destinations survive parentheses in URLs (Wikipedia) and are GFM-valid.
    return f"[{esc(url)}](<{url.replace('>', '%3E').replace(' ', '%20')}>)"


def _citation(claim: Claim) -> str:
    cite = f"{_link(str(claim.source))}, {claim_dates(claim)}"
    if not claim.checked:
        cite += " - **unverified citation**"
    if layer := layer_label(claim):
        cite += f" (layer: {esc(layer)})"
    return cite


def _kv(rows: Iterable[tuple[str, str]]) -> list[str]:
    out = []
    for key, value in rows:
        shown = _link(value) if key in URL_KEYS and "://" in value else _one_line(value)
        out.append(f"- **{key}:** {shown}")
    return out


def _facts(sections: Iterable[FactSection]) -> list[str]:
    lines: list[str] = []
    for section in sections:
        if not section.facts:
            lines.append(f"- {esc(section.title)}: {NONE_RECORDED}")
            continue
        lines.append(f"- {esc(section.title)}:")
        for fact in section.facts:
            item = _one_line(fact.text)
            item += "".join(f" **{esc(tag)}**" for tag in fact.tags)  # e.g. IMPUTED
            item += "".join(f", {esc(label)}: {_link(url)}" for label, url in fact.links)
            lines.append(f"  - {item} - source: {_citation(fact.claim)}")
    return lines


# --------------------------------------------------------------------------- sections


def _summary(s: Summary) -> list[str]:
    c = s.counts
    flags = (f"{c.outlet + c.quoted + c.paraphrase} - outlet {c.outlet}, quoted {c.quoted}, "
             f"paraphrase {c.paraphrase}")
    if s.hidden:
        flags += f" (+{s.hidden} more out of the default view; --all shows them)"
    lines = [f"# {_one_line(s.headline)}", "", f"- **Outlet:** {_one_line(s.outlet)}",
             f"- **Genre:** {_one_line(s.genre)}", f"- **Flags:** {flags}"]
    lines += [f"- **Warning:** {_one_line(w)}" for w in s.warnings]
    return lines


def _outlet(s: OutletSection) -> list[str]:
    if s.status == "no_url":
        return ["## Outlet", "", f"**{esc(NO_URL)}**"]
    if s.status == "not_in_registry":
        lines = ["## Outlet", "", f"**{esc(s.title)}: {esc(NOT_IN_REGISTRY)}**"]
    else:
        lines = [f"## Outlet: {_one_line(s.title)}"]
    lines += [*(f"\n{_one_line(n)}" for n in s.notes), ""]
    if s.rows:
        lines += [*_kv(s.rows), ""]
    return lines + _facts(s.facts)


def _provenance(s: Provenance) -> list[str]:
    if not s.findings:
        return []
    lines = ["## Provenance"]
    for finding in s.findings:
        lines += ["", f"### {esc(finding.title)}", ""]
        lines += [f"- {_one_line(line)}" for line in finding.lines]
    return lines


def _article_info(s: ArticleInfo) -> list[str]:
    lines = ["## Article", "", *_kv(s.article)]
    if s.fetch:
        lines += ["", "### Fetch", "", *_kv(s.fetch)]
    return lines


def _voice(occ: Occurrence) -> str:
    f = occ.flag
    return "outlet's own words" if f.voice == "outlet" else (
        f"{f.voice}: {f.speaker or 'unattributed'}")


def _flags(s: Flags) -> list[str]:
    c = s.counts
    hidden = f"; {s.hidden} more with --all" if s.hidden else ""
    lines = [f"## Flags: {c.outlet + c.quoted + c.paraphrase} (outlet {c.outlet}, quoted "
             f"{c.quoted}, paraphrase {c.paraphrase}){hidden}"]
    if not s.entries:
        lines += ["", "No flags."]
    for e in s.entries:
        lines += ["", f"**{esc(e.category)}** ({esc(e.technique)}, {e.severity}): {esc(e.why)}"]
        if e.neutral:
            lines += ["", f"{e.neutral_label}: {esc(', '.join(e.neutral))}"]
        if e.other_side:  # a partisan term of the other side: labelled, never called neutral
            lines += ["", f"other side's term: {esc(', '.join(e.other_side))}"]
        lines.append("")
        lines += [f"- \\[{o.number}\\] \"{esc(o.flag.text)}\" - {o.where} - {esc(_voice(o))}"
                  + (f" - *{esc(o.out_of_view)}*" if o.out_of_view else "")
                  for o in e.occurrences]
    return lines


def _block(block: Block) -> str:
    """Escaped text with each run of flagged segments bolded and tagged once."""
    out: list[str] = []
    segs = block.segments
    i = 0
    while i < len(segs):
        if not segs[i].flags:
            out.append(esc(segs[i].text))
            i += 1
            continue
        run: dict[int, Occurrence] = {}
        text = ""
        while i < len(segs) and segs[i].flags:
            text += segs[i].text
            run.update((o.number, o) for o in segs[i].flags)
            i += 1
        # Emphasis cannot open or close next to whitespace, so keep spaces outside the **.
        core = text.strip()
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        tag = ", ".join(f"{n} {o.flag.voice}" for n, o in sorted(run.items()))
        out.append(f"{lead}**{esc(core)}**^({tag}){trail}" if core else text)
    # A single newline inside a paragraph is a line break on the page: keep it as a hard
    # break ("\" at line end) and stop the next line from turning into a list or heading.
    lines = "".join(out).split("\n")
    return "\\\n".join([lines[0], *(_esc_line_start(p) for p in lines[1:])])


def _text(s: ArticleText) -> list[str]:
    lines = ["## Text", "", LEGEND]
    for block in s.blocks:
        if block.kind == "headline":
            lines += ["", "#### " + " ".join(_block(block).split("\\\n"))]
        else:
            lines += ["", f"¶{block.number} {_block(block)}"]
    return lines


def _footer(s: Footer) -> list[str]:
    return [f"_{esc(s.line)}_"]


RENDERERS: dict[type, Callable[[Any], list[str]]] = {
    Summary: _summary, OutletSection: _outlet, Provenance: _provenance,
    ArticleInfo: _article_info, Flags: _flags, ArticleText: _text, Footer: _footer,
}


def render_markdown(report: Report, *, brief: bool = False, show_all: bool = False) -> str:
    """The whole report (or with `brief` the summary alone) as GitHub-flavoured Markdown."""
    parts: list[str] = []
    for section in build(report, show_all).sections:
        if lines := RENDERERS[type(section)](section):
            parts += [*lines, ""]
        if brief:
            break
    return "\n".join(parts)


def render_outlet_markdown(match: OutletMatch) -> str:
    """One outlet's profile and how it matched, as Markdown (`annotator source`)."""
    source = SourceInfo(kind="url", url=None, url_from="none")
    lead = f"**{_one_line(outlet_line(match))}**"
    return "\n".join([lead, "", *_outlet(outlet_section(match, source))]) + "\n"
