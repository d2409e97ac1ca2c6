"""Readers' or voters' quotations printed as a series, each over a line that signs it ("“...”"
then "― Ana Ruiz, Tucson, Ariz."): the quotation is its signer's, and the page's introduction
above the first stays the outlet's. The quotation dash (U+2015) signs like any other dash.
Every sentence here is invented."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


def _page(dash: str) -> list[str]:
    return [
        "We asked readers what they made of the harbor plan. The council calls it a disgrace.",
        "“This plan is a disgraceful giveaway to the rich.”",
        f"{dash} Mary Smith, Dayton, Ohio",
        "“The so-called reform was cooked up by lobbyists.”",
        f"{dash} John Brown, Austin, Texas",
    ]


@pytest.mark.parametrize("dash", ["\u2015", "\u2014", "-"])
def test_each_quotation_is_its_signers(dash: str) -> None:
    page = _page(dash)
    assert _who(page, 1, "disgraceful") == ("quoted", "Mary Smith")
    assert _who(page, 3, "cooked up") == ("quoted", "John Brown")


@pytest.mark.parametrize("dash", ["\u2015", "\u2014"])
def test_the_introduction_above_the_quotations_stays_the_outlets(dash: str) -> None:
    assert _who(_page(dash), 0, "harbor")[0] == "outlet"


def test_a_quotation_over_several_paragraphs_is_signed_whole() -> None:
    page = [
        "Voters had their say on Tuesday.",
        "“The levy is a scam.",
        "“And the board knows it.”",
        "― Ana Ruiz, Tucson, Ariz.",
        "“I will vote for it gladly.”",
        "― Peter Vale, Mesa, Ariz.",
    ]
    assert _who(page, 1, "scam") == ("quoted", "Ana Ruiz")
    assert _who(page, 2, "board") == ("quoted", "Ana Ruiz")
    assert _who(page, 0, "Voters")[0] == "outlet"


def test_a_letter_ending_on_a_quotation_keeps_its_paragraphs() -> None:
    """A letters page whose letters are not all quotations: a letter that ends with a quoted
    line is still the writer's from its first paragraph."""
    page = [
        "LETTERS.",
        "The council has wasted three years on a bridge that is a boondoggle.",
        "“Build it or admit defeat.”",
        "― Nora Quill, Dunmore, Pa.",
        "The ferry timetable is a joke.",
        "― Peter Vale, Mesa, Ariz.",
    ]
    assert _who(page, 1, "boondoggle") == ("quoted", "Nora Quill")
