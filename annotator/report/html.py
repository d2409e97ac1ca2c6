"""HTML report: one self-contained file a reporter can open, share or print.

    >>> from annotator.pipeline import annotate, sample_path
    >>> page = render_html(annotate(str(sample_path())))
    >>> page.startswith("<!doctype html>"), "<script" in page, "http-equiv" in page
    (True, False, True)

The same sections as the terminal report, in the same order. The file makes no request of its
own: CSS is inline, there is no script and no image, and a Content-Security-Policy of
``default-src 'none'`` stops anything that slipped in. Links (citations, the page's addresses)
are only followed when clicked, and only http(s) addresses become links.

Every flag is a ``<mark>`` in its voice's colour (and, for print and colour-blind readers, its
voice's line style), numbered like its note in the flags section. Hovering or focusing it shows
the category, why, neutral alternatives and speaker; in print the flag notes move below the text
as footnotes. Everything from the page or the registry is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from ..models import Report
from ..sources.schema import Claim
from .facts import (
    NO_URL,
    NONE_RECORDED,
    NOT_IN_REGISTRY,
    UNVERIFIED,
    FactSection,
    claim_dates,
    layer_label,
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
    neutral_label,
)

CSS = """
:root{--outlet:#ffc2c2;--outlet-line:#b3261e;--quoted:#bdeff5;--quoted-line:#0b7285;
--paraphrase:#ffeaa0;--paraphrase-line:#a36d00;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;
background:#fff}
main{max-width:46rem;margin:0 auto;padding:1rem;display:flex;flex-direction:column}
h1{font-size:1.35rem;margin:.2rem 0 .6rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;
border-bottom:1px solid #ddd}h3{font-size:1rem;margin:1rem 0 .3rem}
a{color:#0b57d0;overflow-wrap:anywhere}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.4rem 0}
dl.kv dt{font-weight:600}dl.kv dd{margin:0;overflow-wrap:anywhere}
.summary{background:#f4f6f8;border:1px solid #d0d7de;border-radius:6px;padding:.6rem .9rem}
.warn{color:#7a4b00;font-weight:600}
ul.facts{padding-left:1.2rem;margin:.2rem 0 .6rem}ul.facts li{margin:.25rem 0}
.cite{display:block;font-size:.85rem;color:#555;overflow-wrap:anywhere}
.tag{font-weight:700;color:#8a1c7c}.none{color:#666}
.entry{margin:.8rem 0;padding-left:.6rem;border-left:3px solid #d0d7de}
.entry p{margin:.2rem 0}.entry ol{margin:.3rem 0;padding-left:0;list-style:none}
.entry li{margin:.15rem 0}.num{font-weight:700}.muted{color:#555}
mark{color:inherit;padding:0 .1em;border-radius:2px;position:relative;cursor:help}
mark.v-outlet{background:var(--outlet);border-bottom:2px solid var(--outlet-line);font-weight:600}
mark.v-quoted{background:var(--quoted);border-bottom:2px dotted var(--quoted-line);
font-style:italic}
mark.v-paraphrase{background:var(--paraphrase);border-bottom:2px dashed var(--paraphrase-line)}
mark mark{padding:0}
mark[data-tip]:hover::after,mark[data-tip]:focus::after{content:attr(data-tip);position:absolute;
left:0;top:100%;z-index:2;width:min(22rem,80vw);padding:.45rem .6rem;background:#1b1b1b;
color:#fff;font:400 .85rem/1.4 system-ui,sans-serif;font-style:normal;white-space:pre-line;
border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.3)}
sup.fn{font-size:.7em;margin-left:.1em}sup.fn a{text-decoration:none}
.legend span{margin-right:.8rem}
#text p{margin:.7rem 0}.para{color:#777;font-size:.8rem;margin-right:.3rem}
footer{margin-top:2rem;font-size:.8rem;color:#666}
@media (max-width:30rem){main{padding:.7rem}dl.kv{grid-template-columns:1fr}
dl.kv dd{margin-bottom:.3rem}
mark[data-tip]:hover::after,mark[data-tip]:focus::after{position:fixed;left:.5rem;right:.5rem;
top:auto;bottom:.5rem;width:auto}}
@media print{main{max-width:none}#flags{order:10}#flags h2::after{content:" (notes)"}
mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark[data-tip]:hover::after{display:none}a{color:inherit}}
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _href(url: str, label: str | None = None) -> str:
    """A link for http(s) addresses only; anything else (javascript:, data:) is plain text."""
    shown = _e(label if label is not None else url)
    if not url.lower().startswith(("http://", "https://")):
        return shown
    return f'<a href="{_e(url)}" rel="noreferrer noopener">{shown}</a>'


def _kv(rows: Iterable[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{_e(k)}</dt><dd>{_href(v) if k in URL_KEYS else _e(v)}</dd>"
                    for k, v in rows)
    return f'<dl class="kv">{items}</dl>' if items else ""


def _citation(claim: Claim) -> str:
    out = '<span class="cite">'
    if not claim.checked:
        out += f'<span class="tag">[{_e(UNVERIFIED)}]</span> '
    out += f"source: {_href(str(claim.source))} ({_e(claim_dates(claim))})"
    if layer := layer_label(claim):
        out += f" [layer: {_e(layer)}]"
    return out + "</span>"


def _facts(sections: Iterable[FactSection]) -> str:
    out = []
    for section in sections:
        if not section.facts:
            out.append(f'<h3>{_e(section.title)} <span class="none">- {NONE_RECORDED}</span></h3>')
            continue
        items = []
        for fact in section.facts:
            tags = "".join(f' <span class="tag">[{_e(t)}]</span>' for t in fact.tags)
            links = "".join(f'<span class="cite">{_e(label)}: {_href(url)}</span>'
                            for label, url in fact.links)
            items.append(f"<li>{_e(fact.text)}{tags}{links}{_citation(fact.claim)}</li>")
        out.append(f'<h3>{_e(section.title)}</h3><ul class="facts">{"".join(items)}</ul>')
    return "".join(out)


# --------------------------------------------------------------------------- sections


def _summary(s: Summary) -> str:
    c = s.counts
    flags = (f"{c.outlet + c.quoted + c.paraphrase}: outlet {c.outlet}, quoted {c.quoted}, "
             f"paraphrase {c.paraphrase}")
    if s.hidden:
        flags += f" (+{s.hidden} more out of the default view; --all shows them)"
    rows = [("Outlet", s.outlet), ("Genre", s.genre), ("Flags", flags)]
    warn = "".join(f'<dt class="warn">Warning</dt><dd class="warn">{_e(w)}</dd>'
                   for w in s.warnings)
    items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows)
    return (f'<section id="summary" class="summary"><h1>{_e(s.headline)}</h1>'
            f'<dl class="kv">{items}{warn}</dl></section>')


def _outlet(s: OutletSection) -> str:
    if s.status == "no_url":
        return f'<section id="outlet"><h2>Outlet</h2><p class="warn">{_e(NO_URL)}</p></section>'
    if s.status == "not_in_registry":
        head = f'<h2>Outlet</h2><p class="warn">{_e(s.title)}: {_e(NOT_IN_REGISTRY)}</p>'
    else:
        head = f"<h2>Outlet: {_e(s.title)}</h2>"
    notes = "".join(f"<p>{_e(n)}</p>" for n in s.notes)
    return f'<section id="outlet">{head}{notes}{_kv(s.rows)}{_facts(s.facts)}</section>'


def _provenance(s: Provenance) -> str:
    if not s.findings:
        return ""
    out = ['<section id="provenance"><h2>Provenance</h2>']
    for finding in s.findings:
        items = "".join(f"<li>{_e(line)}</li>" for line in finding.lines)
        out.append(f'<h3>{_e(finding.title)}</h3><ul class="facts">{items}</ul>')
    return "".join(out) + "</section>"


def _article_info(s: ArticleInfo) -> str:
    fetch = f"<h3>Fetch</h3>{_kv(s.fetch)}" if s.fetch else ""
    return f'<section id="article"><h2>Article</h2>{_kv(s.article)}{fetch}</section>'


def _voice(occ: Occurrence) -> str:
    f = occ.flag
    return VOICE_TITLES["outlet"] if f.voice == "outlet" else (
        f"{f.voice}: {f.speaker or 'unattributed'}")


def _flags(s: Flags) -> str:
    c = s.counts
    hidden = f"; {s.hidden} more with --all" if s.hidden else ""
    out = [f'<section id="flags"><h2>Flags: {c.outlet + c.quoted + c.paraphrase} (outlet '
           f"{c.outlet}, quoted {c.quoted}, paraphrase {c.paraphrase}){hidden}</h2>"]
    if not s.entries:
        out.append('<p class="none">No flags.</p>')
    for e in s.entries:
        out.append(f'<div class="entry"><p><strong>{_e(e.category)}</strong> '
                   f'<span class="muted">({_e(e.technique)}, {_e(e.severity)})</span></p>'
                   f"<p>{_e(e.why)}</p>")
        if e.neutral:
            out.append(f"<p>{e.neutral_label}: {_e(', '.join(e.neutral))}</p>")
        if e.other_side:  # a partisan term of the other side: labelled, never called neutral
            out.append(f"<p><em>other side's term: {_e(', '.join(e.other_side))}</em></p>")
        items = "".join(
            f'<li id="fn-{o.number}"><a class="num" href="#flag-{o.number}">[{o.number}]</a> '
            f'<mark class="v-{o.flag.voice}">{_e(o.flag.text)}</mark> '
            f'<span class="muted">{_e(o.where)} · {_e(_voice(o))}'
            f"{_e(' · ' + o.out_of_view) if o.out_of_view else ''}</span></li>"
            for o in e.occurrences)
        out.append(f"<ol>{items}</ol></div>")
    return "".join(out) + "</section>"


def _tip(occ: Occurrence) -> str:
    f = occ.flag
    lines = [f"[{occ.number}] {f.category.replace('_', ' ')} ({f.severity})", f.why]
    if f.neutral:
        lines.append(f"{neutral_label([f.voice])}: " + ", ".join(f.neutral))
    if f.other_side:
        lines.append("other side's term: " + ", ".join(f.other_side))
    lines.append(f"voice: {_voice(occ)}")
    if occ.out_of_view:
        lines.append(occ.out_of_view)
    return "\n".join(lines)


def _block(block: Block) -> str:
    """Nested marks per segment; a flag's first piece carries its id (one highlight per flag),
    and its note number follows its last piece."""
    out = []
    segs = block.segments
    for i, seg in enumerate(segs):
        html = _e(seg.text).replace("\n", "<br>")  # a line break inside a paragraph
        for occ in reversed(seg.flags):  # innermost first, so the outermost wraps the rest
            first = occ.number in seg.opens
            ident = f' id="flag-{occ.number}" tabindex="0"' if first else ""
            html = (f'<mark class="v-{occ.flag.voice}{"" if first else " cont"}"{ident} '
                    f'data-flag="{occ.number}" data-tip="{_e(_tip(occ))}">{html}</mark>')
        out.append(html)
        following = {o.number for o in segs[i + 1].flags} if i + 1 < len(segs) else set()
        out += [f'<sup class="fn"><a href="#fn-{o.number}">{o.number}</a></sup>'
                for o in seg.flags if o.number not in following]
    return "".join(out)


def _text(s: ArticleText) -> str:
    lang = f' lang="{_e(s.language)}"' if s.language else ""
    legend = "".join(f'<span><mark class="v-{v}">{_e(v)}</mark> {_e(VOICE_TITLES[v])}</span>'
                     for v in VOICE_ORDER)
    out = [f'<section id="text"><h2>Text</h2><p class="legend">{legend}</p><div{lang}>']
    for block in s.blocks:
        if block.kind == "headline":
            out.append(f"<h2>{_block(block)}</h2>")
        else:
            out.append(f'<p><span class="para">¶{block.number}</span>{_block(block)}</p>')
    return "".join(out) + "</div></section>"


def _footer(s: Footer) -> str:
    return f"<footer>{_e(s.line)}</footer>"


RENDERERS: dict[type, Callable[[Any], str]] = {
    Summary: _summary, OutletSection: _outlet, Provenance: _provenance,
    ArticleInfo: _article_info, Flags: _flags, ArticleText: _text, Footer: _footer,
}

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def render_html(report: Report, *, brief: bool = False, show_all: bool = False) -> str:
    """The whole report (or with `brief` the summary alone) as one self-contained HTML page."""
    body = []
    for section in build(report, show_all).sections:
        body.append(RENDERERS[type(section)](section))
        if brief:
            break
    title = _e(f"Annotation: {report.article.headline or report.source.url or 'article'}")
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f'<meta name="referrer" content="no-referrer">'
            f"<title>{title}</title><style>{CSS}</style></head>"
            f"<body><main>{''.join(body)}</main></body></html>\n")
