"""Flat rows from a report: one `articles` row per input, one `flags` row per flag.

The Parquet output writes these rows, and `annotator stats` reads them (from Parquet, or built
from JSON Lines), so both outputs summarise the same way. Words are the whitespace-separated
words of the headline and body; the words inside a `voices[]` span are in its voice, all others
in the outlet's (spans do not overlap).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..models import Report

VOICES = ("outlet", "quoted", "paraphrase")

ARTICLE_COLUMNS: dict[str, str] = {  # name -> Arrow type name (see outputs.py)
    "index": "int64",
    "key": "string",
    "ok": "bool_",
    "error_type": "string",
    "error_message": "string",
    "source_path": "string",
    "url": "string",
    "outlet_status": "string",
    "outlet_id": "string",
    "outlet_name": "string",
    "outlet_country": "string",
    "domain": "string",
    "genre": "string",
    "headline": "string",
    "published": "string",
    "language": "string",
    "bylines": "string",
    "fetched_at": "string",
    "sha256": "string",
    "words": "int64",
    "words_outlet": "int64",
    "words_quoted": "int64",
    "words_paraphrase": "int64",
    "flags": "int64",
    "flags_outlet": "int64",
    "flags_quoted": "int64",
    "flags_paraphrase": "int64",
}
FLAG_COLUMNS: dict[str, str] = {
    "index": "int64",
    "key": "string",
    "outlet_id": "string",
    "outlet_name": "string",
    "genre": "string",
    "field": "string",
    "paragraph": "int64",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "entry_id": "string",
    "category": "string",
    "technique": "string",
    "severity": "string",
    "voice": "string",
    "speaker": "string",
    "shown": "bool_",
    "hidden_because": "string",
}


def voice_words(report: Report) -> Counter[str]:
    """Words of the headline and body, counted by the voice they are in."""
    counts: Counter[str] = Counter()
    for name in ("headline", "body"):
        text: str = getattr(report.article, name)
        total = len(text.split())
        for span in report.voices:
            if span.field == name:
                n = len(text[span.start : span.end].split())
                counts[span.voice] += n
                total -= n
        counts["outlet"] += max(total, 0)
    return counts


def group_names(report: Report) -> tuple[str | None, str]:
    """The outlet's id and the name a summary groups it under."""
    match = report.outlet
    if match.outlet is not None:
        return match.outlet.id, match.outlet.name
    if match.domain:
        return None, f"{match.domain} (not in registry)"
    return None, "(no address)"


def article_row(report: Report) -> dict[str, Any]:
    words = voice_words(report)
    outlet_id, outlet_name = group_names(report)
    fetch = report.fetch
    row: dict[str, Any] = {
        "index": report.input.index if report.input else None,
        "key": report.input.key if report.input else None,
        "ok": True,
        "error_type": None,
        "error_message": None,
        "source_path": report.source.path,
        "url": report.source.url,
        "outlet_status": report.outlet.status,
        "outlet_id": outlet_id,
        "outlet_name": outlet_name,
        "outlet_country": report.outlet.outlet.country if report.outlet.outlet else None,
        "domain": report.outlet.domain,
        "genre": report.genre.genre,
        "headline": report.article.headline,
        "published": report.article.published,
        "language": report.article.language,
        "bylines": "; ".join(report.article.bylines) or None,
        "fetched_at": fetch.fetched_at.isoformat() if fetch else None,
        "sha256": fetch.sha256 if fetch else None,
        "words": sum(words.values()),
        "flags": len(report.flags),
    }
    for voice in VOICES:
        row[f"words_{voice}"] = words[voice]
        row[f"flags_{voice}"] = sum(1 for f in report.flags if f.voice == voice)
    return row


def flag_rows(report: Report) -> list[dict[str, Any]]:
    outlet_id, outlet_name = group_names(report)
    index = report.input.index if report.input else None
    key = report.input.key if report.input else None
    return [
        {
            "index": index,
            "key": key,
            "outlet_id": outlet_id,
            "outlet_name": outlet_name,
            "genre": report.genre.genre,
            "field": f.field,
            "paragraph": f.paragraph,
            "start": f.start,
            "end": f.end,
            "text": f.text,
            "entry_id": f.entry_id,
            "category": f.category,
            "technique": f.technique,
            "severity": f.severity,
            "voice": f.voice,
            "speaker": f.speaker,
            "shown": f.shown,
            "hidden_because": f.hidden_because,
        }
        for f in report.flags
    ]


def failure_row(index: int, key: str, error: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ARTICLE_COLUMNS)
    row.update(
        index=index,
        key=key,
        ok=False,
        error_type=error["type"],
        error_message=error["message"],
        words=0,
        flags=0,
    )
    for voice in VOICES:
        row[f"words_{voice}"] = row[f"flags_{voice}"] = 0
    return row
