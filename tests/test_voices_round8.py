"""Round eight of voice and speaker fixes: who is named for quoted and paraphrased words, and
None rather than a wrong name. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


# 1. A title set off by commas describes the name before it


def test_a_title_after_a_name_before_a_colon_is_not_the_speaker() -> None:
    text = (
        "Mr. Kale told his backers to answer that way. One early backer, Representative Ann "
        "Voss, Republican of Ohio, tried the method on the radio on Monday: “You can easily "
        "argue that the mayor is a crook with his budget.”"
    )
    assert _who([text], 0, "crook") == ("quoted", "Representative Ann Voss")


def test_a_title_after_a_name_with_said_and_a_colon() -> None:
    text = "Representative Ann Voss, Republican of Ohio, said: “The mayor is a crook.”"
    assert _who([text], 0, "crook") == ("quoted", "Representative Ann Voss")


def test_a_subject_without_an_appositive_keeps_the_colon_rule() -> None:
    text = "In Dayton, Ann Voss fired back: “The mayor is a crook.”"
    assert _who([text], 0, "crook") == ("quoted", "Ann Voss")


# 2. The agent of a passive naming verb used the quoted label


def test_a_label_quoted_after_labeled_as_is_the_agents() -> None:
    text = (
        "Mr. Kale said the ministry had stalled. While the council has faced criticism for "
        "the long inquiry — often labeled as a “witch hunt” by Democrats — it seems Mr. Kale "
        "is right."
    )
    assert _who([text], 0, "witch") == ("quoted", "Democrats")


def test_a_named_agent_after_branded() -> None:
    text = "The plan, branded a “giveaway” by Senator Ann Voss, passed on Monday, Mr. Kale said."
    assert _who([text], 0, "giveaway") == ("quoted", "Senator Ann Voss")


def test_by_with_no_speaker_after_it_keeps_the_subject() -> None:
    # "by any measure" names no agent: Mr. Kale called it so.
    text = "Mr. Kale called the plan a “giveaway” by any measure."
    assert _who([text], 0, "giveaway") == ("quoted", "Mr. Kale")


# 3. An indefinite speaker does not go on speaking in the next paragraph


def test_someone_is_not_carried_to_the_next_paragraphs_quote() -> None:
    paras = [
        "At Ms. Lind's direction, the league issued a statement apologizing to Mr. Kale for "
        "the memos, which included staff members suggesting someone should mock Mr. Kale's "
        "accent.",
        "“On behalf of everyone at the league, we apologize for the shameful remarks made in "
        "the memos.”",
    ]
    voice, speaker = _who(paras, 1, "shameful")
    assert voice == "quoted" and speaker != "someone"


# 4. A capitalised adjective opening a sentence names nobody for a later "he"


def test_an_adjective_before_a_plural_noun_and_a_verb_is_no_mention() -> None:
    text = (
        "Harsh comments are earning some Danes more than scorn. In the town of Vejle, a judge "
        "in May fined a 30-year-old man after he had posted online that migrants should sink "
        "at sea."
    )
    assert _who([text], 0, "migrants")[1] != "Harsh"


# 5. An infinitive after a verb of taking an occasion has that verb's subject


def test_used_the_question_to_demand_is_the_subjects_report() -> None:
    text = (
        "The moderator asked about pensions. Kale used this question to demand wealthy "
        "families “pay their fair share into the fund. My plan would lift the cap.”"
    )
    assert _who([text], 0, "fair share") == ("quoted", "Kale")


def test_it_took_days_to_announce_names_nobody() -> None:
    text = "The mayor met the board. It took two days to announce the new tax plan."
    assert _who([text], 0, "tax plan")[1] != "It"


# 6. "here" or "there" between a subject and its verb is no part of the subject


def test_proponents_here_say_is_a_report() -> None:
    text = (
        "Indeed, proponents of tighter rules on gun sales here say there is a direct link to "
        "the vitriol now flying in the public square."
    )
    assert _who([text], 0, "vitriol") == (
        "paraphrase", "proponents of tighter rules on gun sales"
    )
