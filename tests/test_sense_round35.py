"""Word sense, round 35: a vice or ideology named as what someone opposes is not a label given to
a person; a claim no one makes doubts no one; "the wicked" in doctrine is theology's term. Every
sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from tests.flag_texts import shown_in_news


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("“I have always opposed bigotry in all its forms,” the senator said.", "bigotry"),
        ("“Our town has always rejected xenophobia,” the mayor told reporters.", "xenophobia"),
        ("“We stand against all forms of hatred,” the pastor said on Sunday.", "hatred"),
        # an ideology named as what someone opposed
        ("During the war the bishop was a fierce critic of fascism and was jailed.", "fascism"),
    ],
)
def test_a_vice_opposed_is_flagged_but_not_shown(body: str, word: str) -> None:
    assert shown_in_news(body) == {word: False}


@pytest.mark.parametrize(
    "body",
    [
        # said of someone: the label is given again
        "“I have always condemned the bigotry of the mayor,” the senator said in a statement.",
        "“I have always opposed his bigotry,” the senator said in a statement.",
        "“We fought bigotry from the council for years,” the senator said in a statement.",
        "“We oppose the tyranny of this governor,” the senator said in a statement.",
        # not a verb of opposing
        "“The council is full of bigotry,” the senator said in a statement.",
    ],
)
def test_a_vice_said_of_someone_stays_shown(body: str) -> None:
    assert list(shown_in_news(body).values()) == [True]


def test_vices_listed_after_a_verb_of_opposing_are_all_out_of_view() -> None:
    body = "“We condemn fanaticism, bigotry and xenophobia,” the senator said in a statement."
    assert shown_in_news(body) == {"fanaticism": False, "bigotry": False, "xenophobia": False}


def test_a_list_of_vices_said_of_someone_stays_shown() -> None:
    body = "“Their hatred and bigotry are plain,” the senator said in a statement."
    assert shown_in_news(body) == {"hatred": True, "bigotry": True}
    body = "“We condemn hatred and his bigotry,” the senator said in a statement."
    assert shown_in_news(body) == {"hatred": False, "bigotry": True}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Guns may be seized on merely the fact that someone claims that a relative is a danger.",
         "claims that"),
        ("Anyone claiming that the economy is failing is wrong, the columnist wrote.", "claiming"),
        ("Nobody seriously claims that the tax will pay for itself.", "claims that"),
    ],
)
def test_a_claim_no_one_makes_is_flagged_but_not_shown(body: str, word: str) -> None:
    assert shown_in_news(body) == {word: False}


def test_a_claim_someone_makes_stays_shown() -> None:
    assert shown_in_news("The senator claims that a relative is a danger.") == {"claims that": True}


def test_the_wicked_in_doctrine_is_flagged_but_not_shown() -> None:
    body = "Wicked men in the sight of God are those who know the right and refuse it."
    assert shown_in_news(body) == {"Wicked": False}


def test_the_wicked_said_of_people_today_stays_shown() -> None:
    body = "Those wicked officials run the city council and must be voted out."
    assert shown_in_news(body) == {"wicked": True}
