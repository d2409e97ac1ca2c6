"""The report as plain data: the sections every renderer walks, in reading order.

    >>> from annotator.pipeline import annotate, sample_path
    >>> doc = build(annotate(str(sample_path())))
    >>> [type(s).__name__ for s in doc.sections]
    ['Summary', 'OutletSection', 'Provenance', 'ArticleInfo', 'Flags', 'ArticleText', 'Footer']

`build()` decides what is said (which flags are in view, how they are numbered and grouped, the
one-line outlet summary, the warnings); the terminal, Markdown and HTML renderers decide only
how it looks. A new section type appears in every format once each renderer handles it (a test
checks that every renderer knows every section type).

Flags are numbered in reading order (headline first, then the body); the number is the flag's
footnote in every format. A flag with ``shown=False`` is out of the default view: it is counted
in the summary and appears everywhere once ``show_all`` is set.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ..models import Article, Flag, OutletMatch, Report, SourceInfo, Voice, VoiceCounts
from ..sources.schema import Outlet
from .facts import (
    FactSection,
    outlet_line,
    outlet_rows,
    outlet_sections,
    rating_facts,
    role_note,
    source_lines,
    stale_note,
    technique_words,
    when,
    words,
)
from .provenance import Section as Finding
from .provenance import provenance_sections

VOICE_ORDER: tuple[Voice, ...] = ("outlet", "quoted", "paraphrase")
VOICE_TITLES: dict[Voice, str] = {
    "outlet": "outlet's own words",
    "quoted": "quoted speaker",
    "paraphrase": "paraphrased speaker",
}
URL_KEYS = frozenset({"Address read", "Original address", "Canonical URL", "Requested URL",
                      "Final URL", "Local file"})


# --------------------------------------------------------------------------- the sections


@dataclass(frozen=True)
class Summary:
    headline: str
    outlet: str  # one line: kind, controller, state / militant ties, legal status, raters
    genre: str
    counts: VoiceCounts  # flags in view, per voice
    hidden: int  # flags out of the default view (shown=False), not in `counts`
    warnings: list[str]


@dataclass(frozen=True)
class OutletSection:
    status: Literal["matched", "not_in_registry", "no_url"]
    title: str  # the outlet's name, or what is known instead of one
    rows: list[tuple[str, str]]  # identity and match rows (see URL_KEYS for the links)
    notes: list[str]  # stale profile, read from a mirror domain, ...
    facts: list[FactSection]


@dataclass(frozen=True)
class Provenance:
    """Where the article came from: syndication, cited sources, status at publication, the
    outlet's own disclosures, fact-checks (the provenance stage's findings; often empty)."""

    findings: list[Finding]


@dataclass(frozen=True)
class ArticleInfo:
    """What the page says about itself, and the fetch record."""

    article: list[tuple[str, str]]
    fetch: list[tuple[str, str]]


@dataclass(frozen=True)
class Occurrence:
    number: int  # the footnote number, in reading order
    flag: Flag
    where: str  # "headline", "para 3"

    @property
    def out_of_view(self) -> str:
        """Empty for a flag the default view shows; else why only `--all` shows it."""
        if self.flag.shown:
            return ""
        why = self.flag.hidden_because
        return f"not in the default view: {why}" if why else "not in the default view"


@dataclass(frozen=True)
class Entry:
    """One explanation (a lexicon entry, or several sharing the same sentence): said once,
    then every occurrence in every voice, outlet voice first."""

    entry_ids: list[str]
    category: str  # readable
    technique: str  # readable
    severity: str
    why: str
    neutral: list[str]
    other_side: list[str]
    occurrences: list[Occurrence]

    @property
    def neutral_label(self) -> str:
        return neutral_label(o.flag.voice for o in self.occurrences)


def neutral_label(voices: Iterable[str]) -> str:
    """What the alternatives are called: a reporter cannot reword a quotation, only paraphrase
    it (editors reading the flags asked to keep the quote and attribute it), so words that
    stand only inside quotation marks get their alternatives "if paraphrased"."""
    return "if paraphrased" if all(v == "quoted" for v in voices) else "neutral"


@dataclass(frozen=True)
class Flags:
    counts: VoiceCounts  # flags in view, per voice
    entries: list[Entry]  # entries with an outlet-voice occurrence first, then reading order
    hidden: int


@dataclass(frozen=True)
class Segment:
    """A run of text under the same flags; ``flags`` outermost first, ``opens`` those that
    begin here (a flag spanning several segments is highlighted once, from its first)."""

    text: str
    flags: tuple[Occurrence, ...] = ()
    opens: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Block:
    kind: Literal["headline", "paragraph"]
    number: int  # paragraph number from 1; 0 for the headline
    segments: list[Segment]


@dataclass(frozen=True)
class ArticleText:
    blocks: list[Block]
    language: str | None = None  # the page's, for the text alone (the report is in English)


@dataclass(frozen=True)
class Footer:
    line: str


Section = Summary | OutletSection | Provenance | ArticleInfo | Flags | ArticleText | Footer
SECTION_TYPES: tuple[type, ...] = (
    Summary, OutletSection, Provenance, ArticleInfo, Flags, ArticleText, Footer
)


@dataclass(frozen=True)
class Document:
    sections: list[Section] = field(default_factory=list)


# --------------------------------------------------------------------------- building


def flag_problem(article: Article, flag: Flag) -> str | None:
    """Why a flag's offsets cannot be trusted, or None. Such flags are listed, not highlighted."""
    text = article.headline if flag.field == "headline" else article.body
    if not 0 <= flag.start < flag.end <= len(text):
        return f"offsets {flag.start}-{flag.end} are outside the {flag.field}"
    if text[flag.start : flag.end] != flag.text:
        return f"offsets {flag.start}-{flag.end} do not hold {flag.text!r} in the {flag.field}"
    return None


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph in `body`, matching Article.paragraphs index for index."""
    spans, pos = [], 0
    for para in body.split("\n\n") if body else []:
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return spans


def _where(flag: Flag) -> str:
    if flag.field == "headline":
        return "headline"
    return f"para {flag.paragraph + 1}" if flag.paragraph is not None else "body"


def in_view(report: Report, show_all: bool = False) -> list[Occurrence]:
    """The flags in view, numbered in reading order: headline first, then body by position."""
    flags = [f for f in report.flags if show_all or f.shown]
    flags.sort(key=lambda f: (f.field != "headline", f.start, f.end))
    return [Occurrence(i + 1, f, _where(f)) for i, f in enumerate(flags)]


def _genre(report: Report) -> str:
    info = report.genre
    basis = f" ({'; '.join(info.basis)})" if info.basis else ""
    topic = info.topic
    if topic.topic == "other":  # why a page with flags shows none by default
        return (
            f"{words(info.genre)}{basis}; not about public affairs ({topic.score:g} words of "
            "politics, war, law or the state per 100), so its flags are out of the default view"
        )
    return f"{words(info.genre)}{basis}"


def warnings(report: Report) -> list[str]:
    """Everything the reader should know before trusting the rest, in one list."""
    out = list(report.warnings)
    match = report.outlet
    if match.outlet is not None and match.stale:
        out.append(stale_note(match.outlet))
    if note := role_note(match):
        out.append(note)
    out += [f"flag {f.text!r} ({f.entry_id}) not highlighted: {problem}"
            for f in report.flags if (problem := flag_problem(report.article, f))]
    return out


def _counts(occurrences: list[Occurrence]) -> VoiceCounts:
    return VoiceCounts(**{v: sum(o.flag.voice == v for o in occurrences) for v in VOICE_ORDER})


def _summary(report: Report, occurrences: list[Occurrence]) -> Summary:
    counts = _counts(occurrences)
    return Summary(headline=report.article.headline, outlet=outlet_line(report.outlet),
                   genre=_genre(report), counts=counts,
                   hidden=len(report.flags) - len(occurrences), warnings=warnings(report))


def outlet_section(match: OutletMatch, source: SourceInfo) -> OutletSection:
    if match.status == "no_url":
        return OutletSection("no_url", "Source unknown", [], [], [])
    outlet: Outlet | None = match.outlet
    if match.status == "not_in_registry" or outlet is None:
        domain = match.domain or match.host or "unknown domain"
        notes = []
        if match.status == "matched":  # matched without a profile: say so rather than hide it
            notes.append("The registry matched this domain but supplied no profile.")
        if match.how:
            notes.append(match.how)
        facts = [FactSection(f"Ratings of {domain} from open data (each rater separately)",
                             rating_facts(match.domain_ratings))] if match.domain_ratings else []
        return OutletSection("not_in_registry", domain, source_lines(source), notes, facts)
    notes = [note for note in (role_note(match),) if note]
    if match.stale:
        notes.insert(0, stale_note(outlet))
    return OutletSection("matched", outlet.name, outlet_rows(match, source, outlet), notes,
                         outlet_sections(outlet, match.domain_ratings))


def _article_info(report: Report) -> ArticleInfo:
    a = report.article
    rows = [("Headline", a.headline)]
    # The extractor already omits these when equal; compare again so a hand-built report
    # does not show the same string three times.
    if a.title_tag and a.title_tag != a.headline:
        rows.append(("Title tag", a.title_tag))
    if a.og_title and a.og_title != a.headline:
        rows.append(("og:title", a.og_title))
    optional = [("Byline", ", ".join(a.bylines)), ("Published", when(a.published)),
                ("Modified", when(a.modified)), ("Canonical URL", a.canonical_url),
                ("Site name", a.site_name), ("Publisher", a.publisher),
                ("Language", a.language), ("Description", a.description)]
    rows += [(k, v) for k, v in optional if v]
    fetch: list[tuple[str, str]] = []
    if info := report.fetch:
        fetch.append(("Requested URL", info.requested_url))
        if info.final_url != info.requested_url:
            fetch.append(("Final URL", info.final_url))
        fetch.append(("HTTP status", f"{info.status} ({info.content_type}, charset "
                                     f"{info.charset} from {info.charset_source})"))
        if info.redirects:
            chain = " -> ".join(f"{r.status} {r.url}" for r in info.redirects)
            fetch.append(("Redirects", f"{chain} -> {info.status} {info.final_url}"))
        fetch.append(("Fetched", f"{when(info.fetched_at)} ({info.elapsed_ms:.0f} ms, "
                                 f"{info.bytes} bytes)"))
        fetch.append(("SHA-256", info.sha256))
    return ArticleInfo(rows, fetch)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _flags(occurrences: list[Occurrence], counts: VoiceCounts, hidden: int) -> Flags:
    rank = {v: i for i, v in enumerate(VOICE_ORDER)}
    groups: dict[tuple[str, str], list[Occurrence]] = {}
    for occ in occurrences:
        groups.setdefault((occ.flag.category, occ.flag.why), []).append(occ)
    entries = []
    for occs in groups.values():
        occs.sort(key=lambda o: (rank[o.flag.voice], o.number))
        fs = [o.flag for o in occs]
        severity = max((f.severity for f in fs), key=("low", "medium", "high").index)
        entries.append(Entry(
            _unique([f.entry_id for f in fs]), words(fs[0].category),
            technique_words(fs[0].technique), severity, fs[0].why,
            _unique([n for f in fs for n in f.neutral]),
            _unique([n for f in fs for n in f.other_side]), occs))
    entries.sort(key=lambda e: (rank[e.occurrences[0].flag.voice], e.occurrences[0].number))
    return Flags(counts, entries, hidden)


def _segments(text: str, occurrences: list[Occurrence], lo: int, hi: int) -> list[Segment]:
    """text[lo:hi] cut at every flag boundary; each piece lists the flags covering it."""
    inside = [o for o in occurrences if o.flag.start < hi and o.flag.end > lo]
    cuts = sorted({lo, hi, *(max(lo, o.flag.start) for o in inside),
                   *(min(hi, o.flag.end) for o in inside)})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = tuple(sorted((o for o in inside if o.flag.start <= a and o.flag.end >= b),
                                key=lambda o: (o.flag.start, -o.flag.end)))
        opens = frozenset(o.number for o in covering if o.flag.start == a)
        out.append(Segment(text[a:b], covering, opens))
    return out


def _text(report: Report, occurrences: list[Occurrence]) -> ArticleText:
    article = report.article
    valid = [o for o in occurrences if flag_problem(article, o.flag) is None]
    head = [o for o in valid if o.flag.field == "headline"]
    body = [o for o in valid if o.flag.field == "body"]
    blocks = [Block("headline", 0, _segments(article.headline, head, 0, len(article.headline)))]
    for i, (start, end) in enumerate(paragraph_spans(article.body)):
        # A flag crossing a paragraph break opens in the paragraph where it starts only.
        here = [o for o in body if start <= o.flag.start < end or
                (o.flag.start < start < o.flag.end)]
        segs = _segments(article.body, here, start, end)
        blocks.append(Block("paragraph", i + 1, segs))
    return ArticleText(blocks, article.language)


def summary(report: Report, show_all: bool = False) -> Summary:
    """The report's lead alone (the server sends it with every annotation)."""
    return _summary(report, in_view(report, show_all))


def build(report: Report, show_all: bool = False) -> Document:
    """The report's sections, in the order every format prints them."""
    occurrences = in_view(report, show_all)
    footer = (f"{report.tool} - generated {when(report.generated_at)} - report schema "
              f"{report.schema_version}")
    return Document([
        _summary(report, occurrences),
        outlet_section(report.outlet, report.source),
        Provenance(provenance_sections(report.provenance)),
        _article_info(report),
        _flags(occurrences, _counts(occurrences), len(report.flags) - len(occurrences)),
        _text(report, occurrences),
        Footer(footer),
    ])
