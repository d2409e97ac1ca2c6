"""A page printed a sentence per line (as PTC prints its articles) that hands over to a report it
copies ("The Daily Bugle reported:") gives the lines after it to that source, unmarked, up to
the first line in the page's own voice: the writer or the reader ("I", "we", "you"), an
exclamation or question, a short aside, an editor's line, or the source named from outside.
Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.documents import Reprint, reprints

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

OPENING = [
    "The harbor scandal keeps growing, and the board keeps hiding the truth from everyone.",
    "Yesterday the board met behind closed doors for the third time this month alone.",
    "Its chairman left by a side door and refused to answer any questions at all.",
    "Residents have been asking about the missing money since the audit was published.",
]
PAGE = [
    *OPENING,
    "The Daily Bugle’s Ana Ruiz reported on Tuesday:",
    "Auditors found that the board's treasurer ran a sham account for six years in a row.",
    "The account received payments from three contractors who later won harbor contracts.",
    "The treasurer did not return calls seeking comment on the findings of the audit.",
    "In case you missed it, the treasurer is the chairman's brother-in-law, a crook.",
    "Article posted with permission from the Daily Bugle",
]


def test_the_copied_report_is_its_sources() -> None:
    assert reprints("", PAGE) == [Reprint(first=5, start=0, end=8, author="Ana Ruiz")]
    voice, speaker = _who(PAGE, 6, "contractors")
    assert voice == "quoted" and speaker.endswith("Ana Ruiz")


def test_the_writer_coming_back_ends_it() -> None:
    assert _who(PAGE, 8, "crook") == ("outlet", "")


def test_the_source_named_from_outside_ends_it() -> None:
    named = "As Ruiz noted, the contracts were worth millions of dollars to them."
    page = [*PAGE[:7], named, *PAGE[8:]]
    assert reprints("", page)[0].end == 7


def test_a_report_the_writer_filed_stays_the_outlets() -> None:
    page = [*OPENING, "In January, I reported:", *PAGE[5:]]
    assert reprints("", page) == []


def test_a_page_of_long_paragraphs_keeps_the_next_paragraph_rule() -> None:
    """On a page of several sentences a paragraph, only the paragraph after "X reported:" is
    the source's (the colon rule); the copied-report run needs a line a sentence."""
    page = [" ".join(OPENING), PAGE[4], " ".join(PAGE[5:7]), PAGE[7] + " " + PAGE[8]]
    assert reprints("", page) == []
