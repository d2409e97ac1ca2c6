"""W3C selectors: every TextQuoteSelector has a fixed-size context, every TextPositionSelector
slices out exactly the flagged words (and tells repeated quotes apart)."""

from __future__ import annotations

import pytest

from annotator.framing.lexicon import Lexicon
from annotator.models import Report
from annotator.pipeline import annotate
from annotator.report.selectors import (
    CONTEXT_CHARS,
    TextPositionSelector,
    TextQuoteSelector,
    annotation_collection,
    quote_selector,
    report_selectors,
    selector_text,
)

# "certainly" seven times, three of them inside an identical repeated paragraph, so 32
# characters of context cannot tell those apart: the position selector must. Plain text input
# (headline line, then body): HTML extraction would drop the duplicate paragraphs.
REPEATED = "Officials said the regime would certainly fall and the martyr will be avenged soon."
TEXT = "\n\n".join([
    "The Regime Will Certainly Fall, Leader Says",
    REPEATED, REPEATED, REPEATED,
    "Critics slammed the claim. \u201cIt will certainly not happen,\u201d one said; the regime, "
    "certainly, disagreed. The Leader of the Islamic Ummah and Oppressed Imam spoke of the "
    "martyrdom.",
])


@pytest.fixture(scope="module")
def report(mini_lexicon: Lexicon) -> Report:
    return annotate(text=TEXT, url="https://news.test/a", lexicon=mini_lexicon)


def _occurrences(text: str, needle: str) -> int:
    """Overlapping occurrences, as a selector engine would see them."""
    count, at = 0, text.find(needle)
    while at != -1:
        count, at = count + 1, text.find(needle, at + 1)
    return count


def test_selector_text_is_headline_blank_line_body(report: Report) -> None:
    text, _ = report_selectors(report)
    assert text == report.article.headline + "\n\n" + report.article.body
    assert text == selector_text(report.article)


def test_every_flag_gets_a_quote_and_an_exact_position(report: Report) -> None:
    text, selectors = report_selectors(report)
    assert len(selectors) == len(report.flags) >= 12
    assert sum(f.entry_id == "certainly" for f in report.flags) >= 5
    for flag, (quote, position) in zip(report.flags, selectors, strict=True):
        assert isinstance(quote, TextQuoteSelector)
        assert isinstance(position, TextPositionSelector)
        assert text[position.start:position.end] == quote.exact == flag.text
        # the triple sits where the position says
        lo = position.start - len(quote.prefix)
        assert text[lo:lo + len(quote.prefix + quote.exact + quote.suffix)] == (
            quote.prefix + quote.exact + quote.suffix
        )


def test_context_is_never_more_than_32_characters(report: Report) -> None:
    text, selectors = report_selectors(report)
    lengths = {(len(q.prefix), len(q.suffix)) for q, _ in selectors}  # type: ignore[union-attr]
    assert (CONTEXT_CHARS, CONTEXT_CHARS) in lengths  # the normal case
    assert max(max(pair) for pair in lengths) == CONTEXT_CHARS
    # Flags inside the repeated paragraph share their triple; the position tells them apart.
    triples = [q.prefix + q.exact + q.suffix for q, _ in selectors]  # type: ignore[union-attr]
    repeated = [t for t in triples if _occurrences(text, t) > 1]
    assert len(repeated) >= 3
    positions = [p.start for _, p in selectors]  # type: ignore[union-attr]
    assert len(set(positions)) == len(positions)


def test_selectors_stay_small_on_repetitive_text() -> None:
    """The issue-8 case: every flag carried nearly the whole text (quadratic response)."""
    unit = "x" * 40 + " certainly " + "y" * 40 + "|"
    text = unit * 2000
    sizes = []
    for i in range(0, 2000, 100):
        start = i * len(unit) + 41
        q = quote_selector(text, start, start + len("certainly"))
        assert q.exact == "certainly"
        sizes.append(len(q.prefix) + len(q.suffix))
    assert max(sizes) == 2 * CONTEXT_CHARS


def test_quote_selector_near_the_edges() -> None:
    q = quote_selector("certainly", 0, 9)
    assert (q.prefix, q.exact, q.suffix) == ("", "certainly", "")
    q = quote_selector("ab ab", 3, 5)
    assert (q.prefix, q.exact, q.suffix) == ("ab ", "ab", "")
    with pytest.raises(ValueError):
        quote_selector("abc", 2, 9)


def test_annotation_collection_shape(report: Report) -> None:
    _, selectors = report_selectors(report)
    coll = annotation_collection(report, selectors)
    assert coll["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert coll["type"] == "AnnotationCollection"
    items = coll["first"]["items"]
    assert len(items) == coll["total"] == len(report.flags)
    first = items[0]
    assert first["type"] == "Annotation"
    assert first["target"]["source"] == "https://news.test/a"
    assert first["target"]["selector"][0]["type"] == "TextQuoteSelector"
    assert first["body"][0] == {"type": "TextualBody", "purpose": "commenting",
                                "format": "text/plain", "language": "en",
                                "value": report.flags[0].why}
    # ids are stable for the same input and distinct per flag
    assert annotation_collection(report, selectors)["first"]["items"][0]["id"] == first["id"]
    assert len({i["id"] for i in items}) == len(items)
