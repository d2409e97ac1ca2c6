"""A neutral alternative must fit the sense the word is used in: the first alternative is the
one a reporter reads first, so it is the one that must fit the common sense in news copy."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _first_neutral(body: str, text: str) -> list[str]:
    got = {f.text: f.neutral for f in flag(Article(headline="", body=body), default_lexicon())}
    return got[text]


@pytest.mark.parametrize(
    ("body", "text", "first", "never"),
    [
        # words and posts, not violence
        ("The senator faced vicious attacks in the ads all week.", "vicious", "harsh", "violent"),
        ("The governor viciously mocked the plan at the rally.", "viciously", "harshly",
         "violently"),
        ("Her staff endured a wave of trolling after the vote.", "trolling", "online harassment",
         "provoking"),
        # a crisis as often as a person's outburst
        ("The party is in full meltdown after the primary.", "meltdown", "crisis", None),
        ("The mayor called the plan divisive in a speech.", "divisive", "contentious", "disputed"),
    ],
)
def test_first_alternative_fits_the_common_sense(
    body: str, text: str, first: str, never: str | None
) -> None:
    neutral = _first_neutral(body, text)
    assert neutral[0] == first
    assert never not in neutral
