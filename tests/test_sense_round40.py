"""Session 21's tuning audit (audit 22: 25 ptc-tune articles outside every reading and audit, 25
PolNeAR train articles): the wrong senses its readers found, each fixed by a rule that reads the
construction, with the loaded use beside it to show the rule keeps it."""

from __future__ import annotations

import pytest

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _flags(text: str) -> list[tuple[str, str, bool]]:
    return [(f.text, f.voice, f.shown) for f in annotate(text=HEAD + text).flags]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the verb "to lie" after a place put first
        ("Downstream lies Kinshasa and Brazzaville, the capital.", "lies"),
        # a storm's force, not anger
        ("In the wake of Hurricane Maria's wrath, Puerto Rico remains devastated.", "wrath"),
        # the bribery statutes' own term
        ("Lambert and others wired the corrupt payments to shell companies.", "the corrupt"),
        # a label denied, with its own adjectives
        ("Khecharem is not some deluded fanatic raving on a street corner.", "fanatic"),
        ("Khecharem is not some deluded fanatic raving on a street corner.", "raving"),
        # a charge only imagined
        ("He would be accused of “Islamophobia” and “bigotry.” No one will notice.", "bigotry"),
        # admitting people to the sacraments: the exception "admitted to" in its -ing form
        ("Francis approves of admitting to the sacraments divorced people.", "admitting"),
    ],
)
def test_other_senses_are_not_flagged(text: str, word: str) -> None:
    assert word not in [t for t, _, _ in _flags(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister dismissed the reports as lies.", "lies"),
        ("Voters unleashed their fury at the polls.", "fury"),
        ("He promised to jail the corrupt.", "the corrupt"),
        ("Khecharem is a deluded fanatic raving on a street corner.", "fanatic"),
        # "not a problem for" denies nothing of the label after it
        ("She said harassment is not a problem for virtuous women.", "virtuous"),
        ("He was accused of bigotry by the mayor.", "bigotry"),
        ("He was admitting that the plan had failed.", "admitting"),
    ],
)
def test_the_loaded_use_stays(text: str, word: str) -> None:
    assert word in [t for t, _, _ in _flags(text)]


def test_interpret_as_reports_a_view() -> None:
    flags = annotate(
        text=HEAD + "And some interpret Axelrod's commentary as somewhat self-serving."
    ).flags
    (hit,) = [f for f in flags if f.text == "self-serving"]
    assert hit.voice == "paraphrase"


def test_wire_retort_verbs_leave_the_default_view() -> None:
    # "fired back" and "shot back" are how wire copy reports a retort; "snapped back" is colour
    assert ("fired back", "outlet", False) in _flags("Rubio fired back at Christie on Tuesday.")
    assert ("snapped back", "outlet", True) in _flags("Trump snapped back at the reporter.")
