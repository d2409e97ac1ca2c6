"""Word sense, issue 9, round two of the twenty-first reading: a contest's literal loser, a
vulgarity described as obscene, an abbreviation the text defines in brackets; each beside the
use that must stay flagged. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in flag(Article(headline=headline, body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the one who lost a contest, beside the contest or the virtue shown to them
        ("In the baking contest the loser had to wash every pan.", "loser"),
        ("Her story is about a chess tournament where the loser leaves town.", "loser"),
        ("'You should be gracious to the loser,' the old coach said.", "loser"),
        # a vulgarity described accurately
        ("He repeated a phrase widely considered obscene on live television.", "obscene"),
        ("The player was fined for an obscene gesture toward the crowd.", "obscene"),
        # an abbreviation the text defines: a technical term, not the label
        (
            "The rover carries Laser-Induced Breakdown Spectroscopy (LIBS) for chemistry. "
            "The LIBS readings matched the samples.",
            "LIBS",
        ),
    ],
)
def test_literal_or_technical_sense_not_flagged(body: str, word: str) -> None:
    assert word not in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The senator called his opponent a loser at the rally.", "loser"),
        ("Critics called the executive bonuses obscene.", "obscene"),
        # capitals for emphasis, no bracketed definition: still the label
        ("He posted that the LIBS would lose the vote.", "LIBS"),
    ],
)
def test_loaded_sense_still_flagged(body: str, word: str) -> None:
    assert word in _texts(body)
