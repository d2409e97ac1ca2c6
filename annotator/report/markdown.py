"""GitHub-flavoured Markdown report: the same content as the terminal report, in the same order.

Flagged spans in the text are written as `**term**^(voice)`: bold, then the voice in a caret
suffix that reads the same raw or rendered (GitHub has no superscript syntax, so it stays
literal). Overlapping flags are merged into one mark listing every voice, e.g. `^(outlet+quoted)`.

All page and registry text is escaped, so an article cannot inject links, HTML or table columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Article, Flag, OutletMatch, Report, SourceInfo, Voice
from ..sources.schema import Claim
from .provenance import provenance_markdown
from .terminal import (
    NO_URL,
    NONE_RECORDED,
    NOT_IN_REGISTRY,
    VOICE_ORDER,
    VOICE_TITLES,
    FactSection,
    article_lines,
    claim_dates,
    fetch_lines,
    flag_problem,
    flag_where,
    flags_for,
    layer_label,
    offset_problems,
    other_names,
    outlet_rows,
    outlet_sections,
    paragraph_spans,
    rating_facts,
    role_note,
    source_lines,
    stale_note,
    technique_words,
)

LEGEND = ("Legend: flagged words are **bold** followed by their voice: ^(outlet) = the outlet's "
          "own words, ^(quoted) = a direct quote, ^(paraphrase) = reported speech.")

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# emphasis, links, HTML or autolinks, code, and (in GFM) table cells and strikethrough.
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# Characters that only matter at the start of a line (headings, lists, quotes, setext rules).
_LINE_START = re.compile(r"^(\s*)(#|[-+=>]|\d+(?=[.)]))")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def esc(text: str) -> str:
    """Escape text for inline Markdown (also safe inside a GFM table cell once newlines go)."""
    return _ENTITY.sub("&amp;", _INLINE.sub(r"\\\1", text))


def _esc_line_start(line: str) -> str:
    m = _LINE_START.match(line)
    if not m:
        return line
    lead, token = m.group(1), m.group(2)
    if token[0].isdigit():  # "1." -> "1\." keeps the number visible but not a list
        return f"{lead}{token}\\{line[m.end():]}"
    return f"{lead}\\{token}{line[m.end():]}"


def _cell(text: str) -> str:
    return esc(text).replace("\n", "<br>")


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


def _kv(rows: Iterable[tuple[str, str]], link_keys: frozenset[str] = frozenset()) -> list[str]:
    out = []
    for key, value in rows:
        shown = _link(value) if key in link_keys and value.startswith("http") else esc(value)
        out.append(f"- **{key}:** {shown}")
    return out


_URL_KEYS = frozenset({"Address read", "Original address", "Canonical URL", "Requested URL",
                       "Final URL"})


def _outlet(match: OutletMatch, source: SourceInfo) -> list[str]:
    if match.status == "no_url":
        return ["## Outlet", "", f"**{esc(NO_URL)}**"]
    if match.status == "not_in_registry" or match.outlet is None:
        domain = match.domain or match.host or "unknown domain"
        lines = ["## Outlet", "", f"**{esc(domain)}: {esc(NOT_IN_REGISTRY)}**"]
        if match.status == "matched":
            lines += ["", "The registry matched this domain but supplied no profile."]
        if match.how:
            lines += ["", esc(match.how)]
        if read := source_lines(source):
            lines += ["", *_kv(read, _URL_KEYS)]
        if match.domain_ratings:
            lines += ["", *_facts([FactSection(
                f"Ratings of {domain} from open data (each rater separately)",
                rating_facts(match.domain_ratings))])]
        return lines

    outlet = match.outlet
    lines = [f"## Outlet: {esc(outlet.name)}", ""]
    rows: list[tuple[str, str]] = []
    if names := other_names(outlet):
        rows.append(("Other names", names))
    lines += _kv([*rows, *outlet_rows(match, source, outlet)], _URL_KEYS)
    if match.stale:
        lines += ["", f"> **Warning:** {esc(stale_note(outlet))}"]
    if note := role_note(match):
        lines += ["", f"> **Note:** {esc(note)}"]
    lines.append("")
    return lines + _facts(outlet_sections(outlet, match.domain_ratings))


def _facts(sections: Iterable[FactSection]) -> list[str]:
    lines: list[str] = []
    for section in sections:
        if not section.facts:
            lines.append(f"- {esc(section.title)}: {NONE_RECORDED}")
            continue
        lines.append(f"- {esc(section.title)}:")
        for fact in section.facts:
            item = _esc_line_start(esc(fact.text))
            item += "".join(f" **{esc(tag)}**" for tag in fact.tags)  # e.g. IMPUTED
            item += "".join(f", {esc(label)}: {_link(url)}" for label, url in fact.links)
            lines.append(f"  - {item} - source: {_citation(fact.claim)}")
    return lines


def _flag_table(voice: Voice, flags: list[Flag]) -> list[str]:
    head = ["term", "where", "category", "severity"]
    if voice != "outlet":
        head.append("speaker")
    head += ["why", "alternatives"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in flags:
        alts = []
        if f.neutral:
            alts.append("neutral: " + ", ".join(f.neutral))
        if f.other_side:  # a partisan term of the other side: labelled, never called neutral
            alts.append("other side's term: " + ", ".join(f.other_side))
        cells = [f.text, flag_where(f),
                 f"{f.category.replace('_', ' ')} ({technique_words(f.technique)})",
                 f.severity]
        if voice != "outlet":
            cells.append(f.speaker or "unattributed")
        cells += [f.why, "\n".join(alts)]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return lines


def _flags(report: Report) -> list[str]:
    c = report.counts
    lines = [f"## Flags: {c.outlet + c.quoted + c.paraphrase} (outlet {c.outlet}, quoted "
             f"{c.quoted}, paraphrase {c.paraphrase})"]
    for voice in VOICE_ORDER:
        lines += ["", f"### {VOICE_TITLES[voice]} ({getattr(c, voice)})", ""]
        flags = flags_for(report, voice)
        lines += _flag_table(voice, flags) if flags else ["No flags."]
    return lines


def _marked(source: str, flags: list[Flag], lo: int, hi: int) -> str:
    """source[lo:hi] escaped, with each flagged span (by offset) bolded and voice-tagged."""
    clusters: list[tuple[int, int, list[Voice]]] = []
    for f in sorted(flags, key=lambda f: (f.start, f.end)):
        if not lo <= f.start < hi:
            continue
        start, end = f.start, min(f.end, hi)  # a span crossing a paragraph break is clipped
        if clusters and start < clusters[-1][1]:  # overlap: one mark, all voices
            s, e, voices = clusters[-1]
            clusters[-1] = (s, max(e, end), voices if f.voice in voices else [*voices, f.voice])
        else:
            clusters.append((start, end, [f.voice]))
    out, pos = [], lo
    for start, end, voices in clusters:
        # Emphasis cannot open or close next to whitespace, so keep spaces outside the **.
        inner = source[start:end]
        s, e = start + len(inner) - len(inner.lstrip()), end - (len(inner) - len(inner.rstrip()))
        if s >= e:
            continue
        tag = "+".join(v for v in VOICE_ORDER if v in voices)
        out.append(esc(source[pos:s]))
        out.append(f"**{esc(source[s:e])}**^({tag})")
        pos = e
    out.append(esc(source[pos:hi]))
    return "".join(out)


def _valid(article: Article, flags: Iterable[Flag], field: str) -> list[Flag]:
    return [f for f in flags if f.field == field and flag_problem(article, f) is None]


def _body(report: Report) -> list[str]:
    article = report.article
    headline = _marked(article.headline, _valid(article, report.flags, "headline"), 0,
                       len(article.headline))
    lines = ["## Text", "", LEGEND, "", "#### " + " ".join(headline.split("\n"))]
    body_flags = _valid(article, report.flags, "body")
    for i, (start, end) in enumerate(paragraph_spans(article.body)):
        para = _marked(article.body, body_flags, start, end)
        # A single newline inside a paragraph is a line break on the page: keep it as a hard
        # break ("\" at line end) and stop the next line from turning into a list or heading.
        para_lines = para.split("\n")
        para = "\\\n".join([para_lines[0], *(_esc_line_start(p) for p in para_lines[1:])])
        lines += ["", f"¶{i + 1} {para}"]
    return lines


def render_markdown(report: Report) -> str:
    """The whole report as one GitHub-flavoured Markdown document."""
    lines = ["# Annotation report", ""]
    lines += _outlet(report.outlet, report.source)
    lines += ["", *provenance_markdown(report.provenance, esc)]
    lines += ["", "## Article", "", *_kv(article_lines(report.article), _URL_KEYS)]
    if report.fetch:
        lines += ["", "### Fetch", "", *_kv(fetch_lines(report.fetch), _URL_KEYS)]
    lines += ["", *_flags(report), "", *_body(report)]
    warnings = list(report.warnings) + offset_problems(report)
    if warnings:
        lines += ["", "## Warnings", "", *(f"- {_esc_line_start(esc(w))}" for w in warnings)]
    lines += ["", f"_{esc(report.tool)} - generated {report.generated_at.isoformat()} - report "
                  f"schema {esc(report.schema_version)}_", ""]
    return "\n".join(lines)


def render_outlet_markdown(match: OutletMatch) -> str:
    """One outlet's profile and how it matched, as Markdown (`annotator source`)."""
    source = SourceInfo(kind="url", url=None, url_from="none")
    return "\n".join(_outlet(match, source)) + "\n"
