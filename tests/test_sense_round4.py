"""Word sense and the default view, round 4: classes of shown flags the sixteenth to twentieth
editor's readings judged wrong in sense or trivial, each with the use that must stay flagged
and shown. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flags(body: str, headline: str = "") -> list[Flag]:
    return flag(Article(headline=headline, body=body), default_lexicon())


def _texts(body: str) -> list[str]:
    return [f.text for f in _flags(body)]


def _shown(body: str, word: str) -> bool:
    """Whether the flag on `word` is in the default view; it must be flagged at all."""
    [hit] = [f for f in _flags(body) if f.text == word]
    return hit.shown


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan to stop the governor from claiming the party's nomination is a long shot.",
        "She claimed a third straight title on the clay courts of the capital.",
        "The mayor is claiming victory after the last precincts reported.",
    ],
)
def test_claiming_a_prize_is_winning_it(sentence: str) -> None:
    assert not [t for t in _texts(sentence) if t.lower().startswith("claim")]


def test_claiming_what_is_so_stays_flagged() -> None:
    assert "claimed" in _texts("The governor claimed the count was rigged against him.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Conspiracy sites, from Traitors.org to several others, repeat the story daily.",
        "He runs a page at www.stupid-takes.net and posts there nightly.",
        "Readers of @TraitorWatch shared the post thousands of times.",
    ],
)
def test_a_word_in_a_web_address_or_handle_is_a_name(sentence: str) -> None:
    assert not [t for t in _texts(sentence) if t.lower() in ("traitors", "stupid", "traitor")]


def test_the_same_word_outside_an_address_stays_flagged() -> None:
    assert "traitors" in _texts("The columnist called the strikers traitors to the nation.")
