"""A lexicon phrase with a pronoun in it holds for every pronoun of that kind: "blood on his
hands" is the same charge as "blood on its hands", "throw him under the bus" as "throw us under
the bus". Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.framing.lexicon import pronoun_variants
from annotator.models import Article


def _texts(body: str) -> list[str]:
    return [f.text for f in flag(Article(headline="x", body=body), default_lexicon())]


def test_possessive_slot_takes_every_possessive() -> None:
    variants = pronoun_variants("blood on his hands")
    assert {"blood on its hands", "blood on their hands", "blood on our hands"} <= variants
    assert "blood on them hands" not in variants  # "his" is a possessive only


def test_her_reads_as_a_possessive() -> None:
    # "claims her innocence" must not give "claims it" ("the sweeping claims it makes")
    variants = pronoun_variants("claims her")
    assert "claims their" in variants and "claims it" not in variants
    assert "throw them under the bus" in pronoun_variants("throw him under the bus")


def test_no_object_slot_takes_it() -> None:
    # "brands him" must not give "brands it" ("the brands it sells")
    assert "brands it" not in pronoun_variants("brands him")


def test_a_noun_before_a_relative_it_is_not_flagged() -> None:
    body = "The report gives no evidence for the sweeping claims it makes about the group."
    assert not [t for t in _texts(body) if t.startswith("claims")]


def test_first_word_and_one_word_forms_stay() -> None:
    assert pronoun_variants("his own worst enemy") == {"his own worst enemy"}
    assert pronoun_variants("her") == {"her"}


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The militia has American blood on its hands, the columnist wrote.", "blood on its hands"),
        ("The rebels backed by Ankara have no choice but to do its bidding and agree to the plan.",
         "do its bidding"),
    ],
)
def test_phrase_with_another_pronoun_is_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


def test_listed_pronoun_still_flagged() -> None:
    assert "blood on his hands" in _texts("The minister has blood on his hands, he wrote.")
