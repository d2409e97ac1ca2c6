"""W3C Web Annotation selectors for the flags of a report.

Every selector refers to one plain text, the *selector text*: the article's headline, a blank
line ("\\n\\n"), then the body (paragraphs already separated by "\\n\\n"). A flag's offsets are
into its own field, so a body flag is shifted by ``len(headline) + 2``.

For each flag we emit a ``TextQuoteSelector`` (robust when the page changes a little) and a
``TextPositionSelector`` (exact, cheap). The quote's prefix and suffix are at most 32
characters, never more: where ``prefix + exact + suffix`` occurs more than once (a word inside a
repeated sentence) the position selector says which occurrence is meant, as Hypothesis-style
anchoring does (quote first, the occurrence nearest the position wins). Widening the context
until the triple was unique made a selector as long as the text on repetitive input, so the
response grew with the square of the input; with a fixed context it grows linearly.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from ..models import Article, Flag, Report

CONTEXT_CHARS = 32
SEPARATOR = "\n\n"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ANNO_MEDIA_TYPE = f'application/ld+json; profile="{ANNO_CONTEXT}"'
# Deterministic annotation ids: the same flag on the same page always gets the same IRI.
_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://annotator.dev/annotations")


class TextQuoteSelector(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["TextQuoteSelector"] = "TextQuoteSelector"
    exact: str
    prefix: str
    suffix: str


class TextPositionSelector(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["TextPositionSelector"] = "TextPositionSelector"
    start: int
    end: int


Selector = TextQuoteSelector | TextPositionSelector


def selector_text(article: Article) -> str:
    """The one text every selector of a report refers to: headline, blank line, body."""
    return article.headline + SEPARATOR + article.body


def flag_span(article: Article, flag: Flag) -> tuple[int, int]:
    """A flag's [start, end) in the selector text."""
    shift = 0 if flag.field == "headline" else len(article.headline) + len(SEPARATOR)
    return flag.start + shift, flag.end + shift


def quote_selector(
    text: str, start: int, end: int, context: int = CONTEXT_CHARS
) -> TextQuoteSelector:
    """A TextQuoteSelector with up to ``context`` characters of prefix and suffix.

    Not necessarily unique in ``text``: the TextPositionSelector next to it picks the
    occurrence.
    """
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}) is outside the text (length {len(text)})")
    lo, hi = max(0, start - context), min(len(text), end + context)
    return TextQuoteSelector(exact=text[start:end], prefix=text[lo:start], suffix=text[end:hi])


def flag_selectors(text: str, article: Article, flag: Flag) -> list[Selector]:
    """[TextQuoteSelector, TextPositionSelector] for one flag, as W3C ``target.selector``."""
    start, end = flag_span(article, flag)
    return [quote_selector(text, start, end), TextPositionSelector(start=start, end=end)]


def report_selectors(report: Report) -> tuple[str, list[list[Selector]]]:
    """The selector text and, parallel to ``report.flags``, each flag's selectors."""
    text = selector_text(report.article)
    return text, [flag_selectors(text, report.article, f) for f in report.flags]


# --------------------------------------------------------------------------- annotation model


def _bodies(flag: Flag) -> list[dict[str, Any]]:
    """Why (commenting), category and voice (tagging), neutral wording (editing)."""
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
         "language": "en", "value": flag.why},
        {"type": "TextualBody", "purpose": "tagging", "value": f"category:{flag.category}"},
        {"type": "TextualBody", "purpose": "tagging", "value": f"voice:{flag.voice}"},
        {"type": "TextualBody", "purpose": "tagging", "value": f"severity:{flag.severity}"},
    ]
    if flag.speaker:
        bodies.append({"type": "TextualBody", "purpose": "tagging",
                       "value": f"speaker:{flag.speaker}"})
    # "editing" = the annotator suggests a change to the target: the neutral alternative.
    bodies.extend(
        {"type": "TextualBody", "purpose": "editing", "value": alt} for alt in flag.neutral
    )
    return bodies


def _annotation(
    source: str, flag: Flag, selectors: list[Selector], generator: dict[str, str]
) -> dict[str, Any]:
    position = selectors[1]
    assert isinstance(position, TextPositionSelector)
    key = f"{source}|{position.start}|{position.end}|{flag.entry_id}"
    return {
        "id": f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, key)}",
        "type": "Annotation",
        "motivation": "assessing",
        "generator": generator,
        "body": _bodies(flag),
        "target": {
            "source": source,
            "selector": [s.model_dump() for s in selectors],
        },
    }


def annotation_collection(report: Report, selectors: list[list[Selector]]) -> dict[str, Any]:
    """The report's flags as a W3C AnnotationCollection (JSON-LD), with its first page embedded.

    Per the Web Annotation model a collection holds pages and pages hold the items, so the
    annotations are at ``first.items``.
    """
    source = report.source.url or "urn:annotator:unknown-source"
    generator = {"id": "https://annotator.dev", "type": "Software", "name": report.tool}
    items = [
        _annotation(source, f, s, generator)
        for f, s in zip(report.flags, selectors, strict=True)
    ]
    return {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, source)}",
        "type": "AnnotationCollection",
        "label": report.article.headline or source,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
