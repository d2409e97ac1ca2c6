"""Plain text copied from a web page: a breadcrumb, section or byline line above the headline is
not the headline."""

from __future__ import annotations

import pytest

from annotator.page.extract import extract_text
from annotator.pipeline import annotate

BODY = "The minister said on Tuesday that the talks would resume next week.\n\nA second paragraph."


def test_breadcrumb_above_the_headline_is_the_section() -> None:
    text = (
        "IranMiddle East\n\n"
        "Iran will Certainly Deal a Blow Similar to Martyr Soleimani Assassination to the "
        "Americans: Leader\n\n" + BODY
    )
    article = extract_text(text)
    assert article.headline.startswith("Iran will Certainly Deal a Blow")
    assert article.section == "IranMiddle East"
    assert article.paragraphs[0].startswith("The minister said")
    report = annotate(text=text)
    (martyr,) = [f for f in report.flags if f.text == "Martyr"]
    assert (martyr.field, martyr.voice) == ("headline", "outlet")


def test_a_section_label_line_tells_the_genre() -> None:
    text = "Opinion\n\nWhy the council keeps getting the housing question wrong\n\n" + BODY
    report = annotate(text=text)
    assert report.article.section == "Opinion"
    assert report.genre.genre == "opinion"


def test_a_byline_above_the_headline_is_the_byline() -> None:
    article = extract_text(
        "By Jane Doe\n\nCouncil approves the new budget after a long night\n\n" + BODY
    )
    assert article.bylines == ["Jane Doe"]
    assert article.section is None
    assert article.headline == "Council approves the new budget after a long night"


@pytest.mark.parametrize(
    "text",
    [
        # a short headline over a first sentence: the sentence ends with a full stop
        "Trump Wins Indiana\n\nThe billionaire took every district in the state on Tuesday.\n\n"
        + BODY,
        # an interview's first turn is not a headline
        "Pilger Excoriates Media\n\nDB: John, what is the latest we know about the case?\n\n"
        + BODY,
        # a headline that ends with its own punctuation is a headline
        "Is it over?\n\nThe long fight over the county budget may finally be settled\n\n" + BODY,
        # nothing under the second line: headline and one paragraph
        "Budget vote\n\nCouncil approves the new budget after a long night",
        # the second line is not several times longer
        "Council budget vote delayed again\n\n"
        "Members could not agree on the school funding line\n\n" + BODY,
    ],
)
def test_a_first_line_that_is_the_headline_stays(text: str) -> None:
    article = extract_text(text)
    assert article.headline == text.split("\n")[0]
    assert article.section is None and article.bylines == []
