"""The clickbait register of headlines (framing/clickbait.py): a shouted word in capitals in a
headline that is not set in capitals, and formulas that sell a story by the reaction they
promise. Plain headlines, house styles in capitals, acronyms and list headlines are left alone.
Every headline here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article

_BODY = "The council met on Tuesday and voted on the budget for the coming year."


def _clickbait(headline: str) -> list[tuple[str, str]]:
    article = Article(headline=headline, body=_BODY)
    return [
        (f.text, f.voice)
        for f in flag(article, default_lexicon())
        if f.entry_id == "headline-clickbait"
    ]


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        ("BUSTED: Mayor Caught Dining With Contractors", "BUSTED"),
        ("Voters Will HATE The Council's New Parking Plan", "HATE"),
        ("The Governor Just Made An Even BIGGER Mistake", "BIGGER"),
        ("Just Leaked Memo Shows The Council's Plan", "Just Leaked"),
        ("The Budget Vote Will Surprise Fans Of The Mayor", "Will Surprise Fans"),
        ("The 7 Words Everyone Was Thinking At The Meeting", "7 Words"),
        ("The 7 Words Everyone Was Thinking At The Meeting", "Everyone Was Thinking"),
        ("The Mayor Has Nowhere Left To Hide", "Has Nowhere Left To Hide"),
        ("There’s Nowhere Left To Hide For The Council", "There’s Nowhere Left To Hide"),
        ("Senator Said One Thing That Will Make Her Cringe", "Make Her Cringe"),
    ],
)
def test_clickbait_found_in_the_outlets_voice(headline: str, text: str) -> None:
    assert (text, "outlet") in _clickbait(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Council Passes Budget After Long Debate",
        "NATO Leaders Meet In Brussels To Discuss DACA And COVID",
        "COUNCIL PASSES BUDGET AFTER LONG DEBATE",  # a house style in capitals, not emphasis
        "5 Things To Know About The Council Budget",
        "SPECIAL REPORT: How The Council Spends Its Money",
    ],
)
def test_plain_headlines_not_flagged(headline: str) -> None:
    assert _clickbait(headline) == []


def test_clickbait_not_in_body_text() -> None:
    article = Article(headline="Council Passes Budget", body="Readers will HATE the new fees.")
    assert not [f for f in flag(article, default_lexicon()) if f.entry_id == "headline-clickbait"]
