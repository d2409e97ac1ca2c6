"""Word sense and the default view, round 37 (session 17): classes ranked on large corpus samples
(40 ptc-tune + 40 PolNeAR train articles judged flag by flag, then the whole of ptc-tune outside
the readings and PolNeAR train) rather than on one reading. Every sentence here is our own,
written for the test."""

from __future__ import annotations

import pytest

from tests.flag_texts import flags


def _shown(body: str, word: str) -> bool:
    """Whether the flag on `word` is in the default view; it must be flagged at all."""
    [hit] = [f for f in flags(body) if f.text == word]
    return hit.shown


# A verb of saying in its other sense, with a plain object: let in, or taken lives. The clause
# tests no longer count a "that" of "despite the fact that", a relative clause's own verb ("who
# had praised") or the "at least" of a number.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The ministry also admitted the cleric into the country, despite the fact that he "
            "had been banned elsewhere.",
            "admitted",
        ),
        ("The ministry also admitted two preachers who had praised the attack.", "admitted"),
        ("The outbreak has so far claimed at least 40 lives in the region.", "claimed"),
        (
            "The bishops cite it as their authority for admitting remarried couples to "
            "Communion---while the pope does nothing.",
            "admitting",
        ),
    ],
)
def test_a_verb_of_saying_with_a_plain_object_is_not_flagged(sentence: str, word: str) -> None:
    assert word not in {f.text for f in flags(sentence)}


# The report sense is still flagged, relative clauses and all.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("He claimed the man who shot him was a stranger.", "claimed"),
        ("She admitted that the plan had failed.", "admitted"),
        ("He claimed at least once that the vote was rigged.", "claimed"),
    ],
)
def test_the_report_sense_is_still_flagged(sentence: str, word: str) -> None:
    assert word in {f.text for f in flags(sentence)}


# "Insisted" of a position (an intention, a forecast, an obligation) casts doubt on no fact.
@pytest.mark.parametrize(
    "sentence",
    [
        "Party leaders have insisted they won't consider any nominee this year.",
        "The candidate insisted that real change will come only from the voters.",
        "She released a statement insisting that the city “must stop ignoring” the river.",
        "The bishops insisted that they were going to allow the new rite.",
    ],
)
def test_insisted_of_a_position_is_not_flagged(sentence: str) -> None:
    assert not any(f.text.startswith("insist") for f in flags(sentence))


# A claim about what happened or what someone thought is the doubting verb.
@pytest.mark.parametrize(
    "sentence",
    [
        "Her advisers have long insisted they thought the race would tighten.",
        "He insisted he would have won the vote anyway.",
        "The minister insisted that the money had been repaid.",
    ],
)
def test_insisted_of_a_claim_is_still_flagged(sentence: str) -> None:
    assert any(f.text.startswith("insist") for f in flags(sentence))


# A speaker's word for a real attack is the standard condolence: out of view, as "carnage" is.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ('The chancellor condemned "such a murderous attack" on the market.', "murderous"),
        ('"The gunman came to slaughter people," the police said.', "slaughter"),
        ('"These heinous killings must end," the governor said.', "heinous"),
    ],
)
def test_a_speakers_word_for_a_real_attack_is_flagged_but_not_shown(
    sentence: str, word: str
) -> None:
    assert not _shown(sentence, word)


# In the outlet's narration, or about something other than violence, the word stays in view.
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The murderous regime jailed its critics for years.", "murderous"),
        # a charge against people's conduct, not a word for the attack
        ('Ex-members left, "disgusted by her cowardice" after the massacre.', "cowardice"),
    ],
)
def test_the_word_in_narration_or_about_policy_stays_in_view(sentence: str, word: str) -> None:
    assert _shown(sentence, word)


# "Divisive" of an issue or a contest describes the matter; of someone's words it is a verdict.
@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("It is hard to win after a long, divisive primary battle.", False),
        ("The party wants to move past divisive social issues this year.", False),
        ("I find his divisive language on race deplorable.", True),
        ("The divisive remarks drew criticism from his own party.", True),
    ],
)
def test_divisive_of_an_issue_or_contest_is_out_of_view(sentence: str, shown: bool) -> None:
    assert _shown(sentence, "divisive") is shown
