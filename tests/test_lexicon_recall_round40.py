"""Session 21's tuning audit listed insults the lexicon missed; the two that passed the gates
(`bench/lexicon_gates.py`: ptc-tune gold, BABE, web pages) are in, each with a plain use beside
it. ("machinations" and "equivocated" failed the ptc-tune gate, 0 of 2 and 0 of 1 hits in gold.)"""

from __future__ import annotations

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _flagged(text: str) -> list[str]:
    return [f.text for f in annotate(text=HEAD + text).flags]


def test_nonentity_and_fecklessness_are_flagged() -> None:
    assert "non-entities" in _flagged("Party leaders are non-entities, the mayor said.")
    assert "nonentity" in _flagged("He is a nonentity in the party.")
    assert "fecklessness" in _flagged("Strength gave way to fecklessness through appeasement.")


def test_the_words_next_to_them_are_not() -> None:
    assert _flagged("The entity that runs the port is a non-profit company.") == []
