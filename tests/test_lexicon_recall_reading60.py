"""The sixtieth reading (saved web pages) listed labels the lexicon missed; those that passed
the gates (`bench/lexicon_gates.py`: no ptc-tune, BABE or web-page hit against them) are in,
each with a plain use beside it."""

from __future__ import annotations

import pytest

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _flagged(text: str) -> list[str]:
    return [f.text for f in annotate(text=HEAD + text).flags]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The law makes it a crime to hire illegal workers.", "illegal workers"),
        ("Romney had a self-deportation policy which was maniacal, Trump said.", "maniacal"),
        ("There's a lot of scare talk out there from Republicans, she said.", "scare talk"),
        ("He was a control freak who ran every meeting.", "control freak"),
        ("The office was full of know-it-alls ready to tear into you.", "know-it-alls"),
    ],
)
def test_the_labels_are_flagged(text: str, word: str) -> None:
    assert word in _flagged(text)


def test_the_words_next_to_them_are_not() -> None:
    assert _flagged("Workers at the plant voted to strike over control of the schedule.") == []
    assert _flagged("The workers said they know it all too well.") == []
