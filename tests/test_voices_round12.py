"""Round twelve of voice and speaker fixes (editor reading 44, ptc-tune pages): a quotation
that runs over several paragraphs, reprinted documents, and speakers on unfamiliar layouts.
Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

# 2. A quotation opened in one paragraph and closed in a later one, with no marks between
# (a page printing each sentence on a line of its own)


def test_a_quote_runs_on_to_the_paragraph_that_closes_it() -> None:
    body = [
        "Early on Friday, Ana Ruiz also posted on Twitter about the ferry.",
        '"The harbour board sank the ferry and never paid for it.',
        "Their ruling is a shameful farce.",
        'FIX THE PORT!" Ruiz tweeted.',
        "The board said it would appeal.",
    ]
    assert _who(body, 2, "shameful") == ("quoted", "Ana Ruiz")
    assert _who(body, 3, "FIX")[0] == "quoted"
    assert _who(body, 4, "appeal")[0] != "quoted"


def test_curly_quote_runs_on_over_several_sentences() -> None:
    body = [
        "“We cannot speak of the harbour without the ferry,” Mayor Ana Ruiz said.",
        "“Nearly every delay is the board’s doing.",
        "Its reckless conduct must end.",
        "To do otherwise would be foolish.”",
        "Ruiz then left the hall for good.",
    ]
    assert _who(body, 2, "reckless") == ("quoted", "Mayor Ana Ruiz")
    assert _who(body, 4, "hall") == ("outlet", "")


def test_a_quote_never_closed_does_not_swallow_what_follows() -> None:
    body = [
        '"The harbour board sank the ferry, Ana Ruiz wrote in an open note.',
        "Her critics call this a reckless smear.",
        "The board will meet on Monday.",
    ]
    assert _who(body, 1, "reckless")[0] != "quoted"


def test_a_new_opening_mark_stops_the_run() -> None:
    body = [
        '"The harbour board sank the ferry, said Ana Ruiz, and walked off.',
        "Critics call this a reckless smear.",
        '"It is nothing of the sort," Tom Lee said.',
    ]
    assert _who(body, 1, "reckless")[0] != "quoted"
