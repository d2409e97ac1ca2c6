"""Words that are neither the outlet's nor reported by it: readers' letters signed with a name
alone, and posts embedded in a page with their embed credit. PolNeAR's annotators leave both
as the outlet's text; an editor reads them as the writer's. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


LETTERS = [
    "LETTERS.",
    "The council has spent three years promising a new bridge. Nothing has been built.",
    "The mayor is a fraud and his friends are crooks.",
    "Nora Quill.",
    "Dunmore, Pa.",
    "The harbor plan is a con and its backers are ignorant of the tides.",
    "Peter Vale.",
    "I for one welcome the new ferry timetable.",
    "Alma Reyes.",
]


def test_a_letter_signed_with_a_name_and_town_is_its_writers() -> None:
    assert _who(LETTERS, 2, "fraud") == ("quoted", "Nora Quill")


def test_a_name_alone_signs_in_a_series_a_town_proves_a_letters_page() -> None:
    assert _who(LETTERS, 5, "ignorant") == ("quoted", "Peter Vale")
    assert _who(LETTERS, 7, "ferry") == ("quoted", "Alma Reyes")


def test_title_case_lines_without_a_town_sign_nothing() -> None:
    """Short title-case lines ending in a period are headings as often as signatures: without
    a signature with a town in the series, the text above them stays the outlet's."""
    page = [
        "The council met on Tuesday. The plan is a fraud.",
        "Budget Talks.",
        "The harbor plan is a con, the report said.",
        "Ferry Times.",
    ]
    assert _who(page, 0, "fraud") == ("outlet", "")


def test_an_embedded_post_is_its_posters_words() -> None:
    page = [
        "The site's story drew fire online on Tuesday.",
        "The senator is a coward and a rape apologist https://t.co/abc"
        " — The Harbor Ledger (@harborledger) June 29, 2016",
        "The senator's office did not respond.",
    ]
    assert _who(page, 1, "apologist") == ("quoted", "The Harbor Ledger")
    assert _who(page, 2, "respond") == ("outlet", "")


def test_a_handle_in_running_text_is_no_post_credit() -> None:
    page = ["The coward hid behind a ministry account (@harborministry) for weeks."]
    assert _who(page, 0, "coward") == ("outlet", "")
