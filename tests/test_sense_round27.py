"""Wrong senses the twenty-eighth and twenty-ninth readings found: felt emotion and
self-description, charges mentioned by the accused, titles, standard terms, and literal or
idiomatic senses on pages that are not news. Every sentence here is our own, written for the
test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flags(body: str, headline: str = "") -> list[Flag]:
    return flag(Article(headline=headline, body=body), default_lexicon())


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in _flags(body, headline)]


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        # self-description: a first-person subject, contracted or not
        ("I’m bitter and cynical enough about the plan to doubt every promise.", "cynical"),
        ("We're cynical about the budget this year.", "cynical"),
        ("Looking back, I can hardly believe how stupid I was to sign it.", "stupid"),
        # felt emotion: a feeling the speaker has, a feeling in a list, a softened fear word
        ("“Many members are kind of horrified by the nominee. I’m one of them,” she said.",
         "horrified"),
        ("“Moving abroad alone was a little terrifying,” the student said.", "terrifying"),
        ("“The vote laid bare the anger and frustration and disgust of members,” he added.",
         "disgust"),
        # a charge mentioned by the accused, to reject it
        ("“For them to call us liars over a budget table is absurd,” the spokesman said.",
         "liars"),
        # a title in title case, its short words lowercase
        ("He is touring his comedy show, “Gardening History for Dummies,” this spring.",
         "Dummies"),
    ],
)
def test_not_flagged(body: str, not_flagged: str) -> None:
    assert not_flagged not in _texts(body)


def test_first_person_headline_feeling() -> None:
    assert "Horrified" not in _texts("She spoke on Monday.", "Senator: I Am ‘Horrified’ By The Ad")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the same words aimed at someone else stay flagged
        ("The senator's cynical plan failed.", "cynical"),
        ("“They are liars and everyone knows it,” the spokesman said.", "liars"),
        ("“The ad was a terrifying glimpse of what is coming,” he said.", "terrifying"),
        ("They called him a liar on the radio.", "liar"),
        ("I think the mayor was stupid to sign it.", "stupid"),
    ],
)
def test_still_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)
