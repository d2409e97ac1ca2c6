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


def test_the_writers_conclusion_ends_it() -> None:
    page = [*PAGE[:7], "That means the harbor board is a den of thieves and liars.", *PAGE[8:]]
    assert reprints("", page)[0].end == 7


SPEECH = [
    *OPENING,
    "Here is the crux of Ana Ruiz’s argument:",
    "So let me make two points about the harbor board and its treasurer.",
    "The board has hidden the audit from the public for a year.",
    "I have asked for the minutes three times, and three times they refused.",
    "It is a cover-up, plain and simple.",
    "The rest of her remarks are worth reading in full:",
    "Ruiz is right, and the board should resign.",
]


def test_a_persons_words_run_on_in_the_first_person() -> None:
    """The writer says "I" too, so words in the first person run until the page hands over
    again (a line ending with a colon), an editor's line, or the speaker named from outside."""
    assert reprints("", SPEECH) == [Reprint(first=5, start=0, end=9, author="Ana Ruiz")]
    assert _who(SPEECH, 8, "cover-up")[0] == "quoted"
    assert _who(SPEECH, 10, "resign") == ("outlet", "")


def test_a_report_does_not_run_on_into_a_line_saying_you() -> None:
    """After "Fox News reports:", a first line saying "you" is the page's (a poll, a remark)."""
    page = [
        *OPENING,
        "The Daily Bugle reports:",
        "Take our poll: do you think the board should resign over the audit?",
        "The board met again on Friday and did not discuss the audit at all.",
    ]
    assert reprints("", page) == []


def test_a_numbered_list_copied_ends_with_its_last_item() -> None:
    page = [
        *OPENING,
        "Here’s a catalogue from the Daily Bugle:",
        "1.",
        "The audit found no receipts for the harbor dredging contract signed last spring.",
        "2.",
        "The treasurer's brother-in-law runs the dredging company that won the contract.",
        "The whole board is a gang of crooks and should be thrown out of office.",
    ]
    assert reprints("", page) == [Reprint(first=5, start=0, end=9, author="Daily Bugle")]
    assert _who(page, 9, "crooks") == ("outlet", "")


def test_a_line_closing_a_quotation_is_no_comment_of_the_writers() -> None:
    # "That shows ..." opens the line but sits inside a quotation the line before opened: the
    # copied report goes on
    page = [
        *PAGE[:6],
        "“The board never listened to us,” one resident said, “and the audit proves it.",
        "That shows how little they cared about the harbor.” Ms. Ortiz also criticized the mayor.",
        *PAGE[7:],
    ]
    assert reprints("", page) == [Reprint(first=5, start=0, end=9, author="Ana Ruiz")]
