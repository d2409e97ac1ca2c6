"""Word sense, round 29 (issue 9): legal terms, literal senses and size intensifiers that the
editor readings 36-38 found flagged as loaded. Every sentence here is our own, written for the
test."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import words as _words
except ImportError:
    from flag_texts import words as _words  # type: ignore[no-redef]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # court language: a plea admits facts, which is its plain name
        (
            "The clerk pleaded guilty on Monday to fraud and theft of public funds, admitting that"
            " he had moved the money over three years.",
            "admitting",
        ),
        (
            "He nodded after the prosecutor read out the facts to which the clerk admitted.",
            "admitted",
        ),
        # the name of an offence
        (
            "The country has strict laws against people inciting hatred against minorities.",
            "hatred",
        ),
        ("She was charged with incitement to hatred over the leaflet.", "hatred"),
        # disaster damage seen on a visit
        ("After Sandy hit, the mayor toured the devastation with the governor.", "devastation"),
        # a size intensifier
        ("The 1932 vote was a monster landslide for the challenger.", "monster"),
        ("Organisers reported a monster turnout at the harbour.", "monster"),
        # the feeling someone set out to cause
        ("The hacker's aim was to cause embarrassment to the people he targeted.", "embarrassment"),
        # a compound
        ("Friends say the singer has been self destructive for years.", "destructive"),
        ("Friends say the singer has been self-destructive for years.", "destructive"),
    ],
)
def test_a_literal_or_legal_sense_is_not_flagged(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The spokesman admitted the figures were incomplete.", "admitted"),
        ("The pamphlet is full of hatred for the city's newcomers.", "hatred"),
        ("The senator called the budget cuts devastating for rural schools.", "devastating"),
        ("The columnist called the governor a monster.", "monster"),
        ("The minister called the report an embarrassment to the department.", "embarrassment"),
        ("Critics called the tariff plan destructive for farmers.", "destructive"),
    ],
)
def test_the_loaded_sense_stays_flagged(sentence: str, word: str) -> None:
    assert word in _words(sentence)


def test_a_short_public_affairs_brief_is_called_public_affairs() -> None:
    from annotator import annotate

    brief = annotate(
        text="Council condemns ban\n\nThe city council voted on Wednesday to condemn the"
        " candidate's call to bar Muslim immigrants, and the mayor said the state legislature"
        " should pass a law protecting refugees."
    )
    assert brief.genre.topic.topic == "public_affairs" and brief.genre.topic.score is not None
    short = annotate(text="Note\n\nThe Predators played a brutal game.")
    assert short.genre.topic.topic == "unknown" and short.genre.topic.score is None
