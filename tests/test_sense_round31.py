"""Word sense, round 31 (issue 9): charges the speaker reports others believe of them, labels in
a supposition contrary to fact, ranks and offences that hold a loaded word, and an account
taken over by hackers. From the editor readings 41 and 42; every sentence here is our own."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import words
except ImportError:
    from flag_texts import words  # type: ignore[no-redef]


def _words(body: str) -> set[str]:
    return words(body, "Report")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # what others believe of the speaker, reported in order to reject it
        (
            "''It hurts that people actually believe I'm a racist or I'm a bigot,'' he told the"
            " host.",
            "racist",
        ),
        (
            "''It hurts that people actually believe I'm a racist or I'm a bigot,'' he told the"
            " host.",
            "bigot",
        ),
        ("''Some say we are thugs, and we are not,'' the organiser said.", "thugs"),
        # a supposition contrary to fact
        ("''If he were a bigot he would not have hired us,'' his daughter wrote.", "bigot"),
        # a rank and the names of offences
        ("Her father was a chief petty officer in the Navy.", "petty"),
        ("He was convicted of petty theft in 2009.", "petty"),
        # an account taken over
        ("Hackers hijacked the agency's Twitter account and posted false reports.", "hijacked"),
    ],
)
def test_not_a_label(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the speaker's own verdict, and a subject that is the speaker
        ("''He is a bigot and a liar,'' Senator Ana Ruiz said.", "bigot"),
        ("''I think he is a racist,'' Senator Ana Ruiz said.", "racist"),
        # the metaphor
        ("The mayor said radicals had hijacked the debate over the budget.", "hijacked"),
        ("It was a petty move by the mayor, the editorial said.", "petty"),
    ],
)
def test_still_a_label(sentence: str, word: str) -> None:
    assert word in _words(sentence)
