"""Wrong senses session 20's audit found on tuning text (ptc-tune and PolNeAR train pages no
held-out reading took). Each case keeps a loaded use beside it, so the rule cannot pass by
flagging nothing. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _texts(body: str) -> list[str]:
    return [f.text for f in flag(Article(headline="x", body=body), default_lexicon())]


@pytest.mark.parametrize(
    "body",
    [
        # "stormed" with a plain object or a direction is the physical act, whatever the object
        "Troops stormed Ana Ruiz's compound at dawn.",
        "The officers stormed the hotel room after the shots.",
        "She stormed out of the meeting.",
    ],
)
def test_stormed_as_an_act(body: str) -> None:
    assert "stormed" not in _texts(body)


@pytest.mark.parametrize(
    "body",
    [
        "“This is a disgrace,” the senator stormed.",
        "The mayor stormed that the council had betrayed the town.",
    ],
)
def test_stormed_as_a_verb_of_saying(body: str) -> None:
    assert "stormed" in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a capital sin named in a moral account, in a list of sins or after "the sin of"
        ("Sins of the spirit like spiritual pride and avarice are worse, he argued.", "avarice"),
        ("The preacher warned the congregation against the sin of greed.", "greed"),
        # a stock phrase for light fare
        ("The app offers an hour of mindless entertainment on the commute.", "mindless"),
    ],
)
def test_named_not_charged(body: str, word: str) -> None:
    shown = [f.text for f in flag(Article(headline="x", body=body), default_lexicon()) if f.shown]
    assert word not in shown


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The greed and corruption of the bishops ruined the parish.", "greed"),
        ("Wall Street greed ruined the town.", "greed"),
        ("The plan is mindless and cruel.", "mindless"),
    ],
)
def test_charged_stays(body: str, word: str) -> None:
    shown = [f.text for f in flag(Article(headline="x", body=body), default_lexicon()) if f.shown]
    assert word in shown
