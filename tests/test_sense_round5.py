"""Word sense and the default view, round 5: strong words beside a crime that is an atrocity by
any account (a genocide, terrorism, the Klan) and intensifiers the tuning
readings judged trivial every time they were shown. Every sentence here is our own, written for
the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flags(body: str, headline: str = "") -> list[Flag]:
    return flag(Article(headline=headline, body=body), default_lexicon())


def _shown(body: str, word: str) -> bool:
    """Whether the flag on `word` is in the default view; it must be flagged at all."""
    [hit] = [f for f in _flags(body) if f.text == word]
    return hit.shown


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The governor called the Klan abhorrent in a statement on Sunday.", "abhorrent"),
        ("Historians describe the horrific genocide of the villagers in 1915.", "horrific"),
        ("The town marked a year since the horrific act of terrorism at its station.", "horrific"),
    ],
)
def test_a_strong_word_beside_an_atrocity_is_flagged_but_not_shown(
    sentence: str, word: str
) -> None:
    assert not _shown(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ('The governor called the new tax "abhorrent" in a statement on Sunday.', "abhorrent"),
        ('The columnist called the budget "horrific" for the poor.', "horrific"),
        # a genocide named farther off is another event: the charge stays in view
        (
            'The minister called the raids on the border villages "abhorrent", a week after the'
            " parliament debated a resolution on the genocide.",
            "abhorrent",
        ),
    ],
)
def test_a_strong_word_about_anything_else_stays_shown(sentence: str, word: str) -> None:
    assert _shown(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The senator has been relentless in attacking the governor.", "relentless"),
        ("The plan tragically collapsed after the vote.", "tragically"),
    ],
)
def test_intensifiers_judged_trivial_every_time_are_flagged_but_not_shown(
    sentence: str, word: str
) -> None:
    assert not _shown(sentence, word)


@pytest.mark.parametrize(
    "sentence",
    [
        "The race came down to the mayor and leftist Dana Ruiz of the river ward.",
        "Then leftists in the council walked out of the budget vote.",
        "The host railed at bankers and commies in the same breath.",
        "The flyer blamed the mayor and radical leftists for the closures.",
        "Critics of the plan and libtards alike were mocked on the show.",
    ],
)
def test_party_labels_are_labels_after_any_word(sentence: str) -> None:
    # These entries once carried the context of a verb form they do not list ('woke' as in
    # 'she woke up'): after 'and' or 'then' they were skipped, with no verb sense to guard.
    assert any(f.category == "name_calling" for f in _flags(sentence))
