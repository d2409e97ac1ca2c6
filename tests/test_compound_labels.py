"""A lexicon form that begins with a hyphen ("-hating", "-bashing") matches every compound
that ends in it, whatever its first element names: one form for a productive family rather
than a list of the compounds seen so far. Every sentence here is our own, written for the
test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _flags(body: str) -> dict[str, tuple[str, list[str]]]:
    return {
        f.text: (f.entry_id, f.neutral)
        for f in flag(Article(headline="x", body=body), default_lexicon())
    }


@pytest.mark.parametrize(
    ("body", "flagged", "entry"),
    [
        ("The columnist blamed the constitution-hating judges for the ruling.",
         "constitution-hating", "hating-labels"),
        ("He called the councillor a gun-hater on his show.", "gun-hater", "hating-labels"),
        ("Polls showed her ahead even with immigrant-bashing rivals in the race.",
         "immigrant-bashing", "compound-bashing"),
        ("The tabloid described the defendant as a sex-crazed man.", "sex-crazed",
         "compound-bashing"),
        ("The blog called the senator a race-monger and a fraud.", "race-monger", "mongering"),
        # a capitalised first element names the target, not a title: still the loaded word
        ("The network's Bush-bashing went on for weeks.", "Bush-bashing", "compound-bashing"),
    ],
)
def test_any_first_element(body: str, flagged: str, entry: str) -> None:
    assert _flags(body)[flagged][0] == entry


def test_neutral_alternative_follows_the_second_element() -> None:
    assert _flags("The network's Bush-bashing went on for weeks.")["Bush-bashing"][1] == [
        "criticism of (name the target)"
    ]


def test_listed_compound_keeps_its_own_entry() -> None:
    # "fear-mongering" is listed whole in the 'panic' entry, with its own advice
    assert _flags("The minister accused critics of fear-mongering.")["fear-mongering"][0] == (
        "panic"
    )


@pytest.mark.parametrize(
    "body",
    [
        "The memo's -hating suffix was a typo.",  # no first element before the hyphen
        "Officials said the anti-bashing campaign had started.",  # a prefix, not a target
    ],
)
def test_no_compound_no_flag(body: str) -> None:
    assert not any(t.endswith(("hating", "bashing")) for t in _flags(body))
