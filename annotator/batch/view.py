"""`annotator stats` shown: a terminal table, and a chart image a reporter can publish.

The chart is a Vega-Lite specification (plain data, so tests read it) rendered to PNG by
vl-convert, which needs no browser, no network and no other Python package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from ..errors import UsageError
from .outputs import replace_atomically
from .rows import VOICES
from .stats import Group, Stats

VOICE_COLOURS = {"outlet": "#c0392b", "quoted": "#2471a3", "paraphrase": "#7d3c98"}


SHORT = {"outlet": "own", "quoted": "quote", "paraphrase": "para."}


def render_table(stats: Stats, console: Console, top: int = 20) -> None:
    """Three tables per kind of group (outlet, genre), each fitting 80 columns."""
    for kind in ("outlet", "genre"):
        groups = stats.by(kind)[:top]
        shown = f"top {top} of {len(stats.by(kind))}" if len(stats.by(kind)) > top else "all"
        table = Table(
            title=f"By {kind} ({shown}): flags per 1,000 words, and share of words, by voice",
            caption="n: articles; own: the outlet's own voice; quote: quoted; para.: paraphrase",
        )
        table.add_column(kind, no_wrap=True, overflow="ellipsis", max_width=26)
        table.add_column("n", justify="right")
        for voice in VOICES:
            table.add_column(f"{SHORT[voice]}\nper 1k", justify="right")
        for voice in VOICES:
            table.add_column(f"{SHORT[voice]}\nwords", justify="right")
        for g in groups:
            table.add_row(
                g.name,
                str(g.articles),
                *(f"{g.per_1k(v):.2f}" for v in VOICES),
                *(f"{g.share(v):.0%}" for v in VOICES),
            )
        console.print(table)
        terms = Table(title=f"By {kind}: terms most often flagged in the outlet's own voice")
        terms.add_column(kind, no_wrap=True, overflow="ellipsis", max_width=26)
        terms.add_column("terms (flags)")
        for g in groups:
            terms.add_row(g.name, ", ".join(f"{t} ({n})" for t, n in g.top_terms()) or "-")
        console.print(terms)
    cats = stats.categories()
    if cats:
        # Ten categories do not fit 80 columns side by side: each row lists its own, largest
        # first (the CSV has one column per category).
        table = Table(title=f"By outlet: flags per 1,000 words by category (top {top})")
        table.add_column("outlet", no_wrap=True, overflow="ellipsis", max_width=26)
        table.add_column("category: flags per 1,000 words")
        for g in stats.by("outlet")[:top]:
            rates = sorted(((g.per_1k(category=c), c) for c in cats), reverse=True)
            text = ", ".join(f"{c.replace('_', ' ')} {r:.1f}" for r, c in rates if r)
            table.add_row(g.name, text or "-")
        console.print(table)
    note = f"{stats.articles} articles summarised"
    if stats.failed:
        note += f"; {stats.failed} failed inputs not summarised"
    if stats.unreadable:
        note += f"; {stats.unreadable} unreadable lines skipped"
    console.print(note)


def _bars(groups: list[Group], kind: str) -> list[dict[str, Any]]:
    return [
        {kind: f"{g.name} ({g.articles})", "voice": v, "per_1k": g.per_1k(v), "order": i}
        for g in groups
        for i, v in enumerate(VOICES)
    ]


def chart_spec(stats: Stats, top: int = 15) -> dict[str, Any]:
    """Stacked bars: flags per 1,000 words by voice, for the top outlets and for each genre."""

    def panel(kind: str) -> dict[str, Any]:
        groups = stats.by(kind)[:top]
        return {
            "title": f"By {kind} (articles)",
            "data": {"values": _bars(groups, kind)},
            "mark": "bar",
            "width": 420,
            "encoding": {
                "y": {"field": kind, "type": "nominal", "sort": None, "title": None},
                "x": {
                    "field": "per_1k",
                    "type": "quantitative",
                    "stack": "zero",
                    "title": "loaded words per 1,000 words",
                },
                "color": {
                    "field": "voice",
                    "type": "nominal",
                    "scale": {
                        "domain": list(VOICE_COLOURS),
                        "range": list(VOICE_COLOURS.values()),
                    },
                    "title": "in the voice of",
                },
                "order": {"field": "order"},
            },
        }

    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "title": {
            "text": "Loaded language, by whose voice it is in",
            "subtitle": f"{stats.articles} articles; flags per 1,000 words (annotator stats)",
        },
        "vconcat": [panel("outlet"), panel("genre")],
        "config": {"font": "Liberation Sans", "background": "white"},
    }


def write_png(stats: Stats, path: Path, top: int = 15) -> None:
    try:
        import vl_convert as vlc
    except ImportError:
        raise UsageError("--png needs vl-convert: pip install 'annotator[corpus]'") from None
    png = vlc.vegalite_to_png(chart_spec(stats, top), scale=2)
    replace_atomically(path, png)
