"""Round five of voice and speaker fixes: who a quote or a report belongs to when the
sentence's grammar says so. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


def test_a_participle_in_an_inverted_speakers_apposition_reports_nothing() -> None:
    # "focused on" modifies "a charity" inside the description of the speaker after "said":
    # no finite verb, so the next quote stays the tagged speaker's.
    text = (
        "“The lake is dying,” said Ana Ruiz, director of the Lake Fund, a charity focused on "
        "clean water. “Nobody in the council has lifted a finger for a decade.”"
    )
    assert _who([text], 0, "clean water") == ("outlet", "")
    assert _who([text], 0, "Nobody") == ("quoted", "Ana Ruiz")


def test_a_finite_verb_after_a_conjunction_still_reports() -> None:
    text = "“We are done,” said Ana Ruiz, and the mayor focused on the harbour's debts."
    assert _who([text], 0, "harbour")[0] == "paraphrase"


def test_a_time_adverbial_between_auxiliary_and_verb_keeps_the_relative_subject() -> None:
    text = (
        "Park, who has in the past described the mayor as “a reckless gambler” and “a "
        "fraud,” clearly hoped the council would listen."
    )
    assert _who([text], 0, "reckless") == ("quoted", "Park")
    assert _who([text], 0, "fraud") == ("quoted", "Park")
    # the relative clause ends with the quote whose comma closes it: the rest is narration
    assert _who([text], 0, "clearly hoped") == ("outlet", "")


def test_a_verb_in_s_is_no_speaker_noun() -> None:
    # "wants" is a verb, not an agent noun like "servants": the speaker of "embrace" is the
    # person seen, and a later "He" is still the man who spoke.
    text = (
        "Leo Park said he will campaign for the party. But he said he wants to see Ana Ruiz "
        "embrace some of his plans. He said in a statement that the “ruinous” tax must go."
    )
    assert "wants" not in _who([text], 0, "ruinous")[1]
    assert _who([text], 0, "ruinous") == ("quoted", "Leo Park")


def test_a_possessive_before_a_name_is_no_progressive_auxiliary() -> None:
    # "The Herald’s Leo Park provided ..., saying": the participle is Park's, not said by the
    # targets named in the opening phrase.
    text = (
        "Amid calls to list those blacklisted, The Herald’s Leo Park offered a defence of the "
        "list, saying it is needed to “expose the cowards.”"
    )
    assert _who([text], 0, "cowards")[0] == "quoted"
    assert "Park" in _who([text], 0, "cowards")[1]


def test_a_title_case_infinitive_verb_is_not_part_of_a_name() -> None:
    headline = "Mayor Under Pressure To Disown Adviser Who Called For Curfew Of Teenagers"
    speaker = _who([], -1, "Curfew", headline)[1]
    assert "Disown" not in speaker


def test_a_pronoun_guess_among_several_people_teaches_no_gender() -> None:
    # "he" after "Ann Lee’s campaign dropped the mayor" may be the mayor: the guess must not
    # make Lee a man, or her own "she said" would go to the spokesman named after her.
    paragraphs = [
        "Bo Diaz runs the port authority.",
        "Ann Lee toured the harbour of Salem on Monday.",
        "Lee’s campaign dropped the mayor of Salem in May after he suggested closing the port.",
        "Spokesman Tom Park said, “We act on principle.”",
        "On Monday, Ann Lee criticized the port plan.",
        "“Now is the time to stand up to reckless plans,” she said.",
    ]
    assert _who(paragraphs, 5, "reckless") == ("quoted", "Ann Lee")


def test_a_pronoun_with_one_candidate_still_teaches_its_gender() -> None:
    paragraphs = [
        "Tom Park opened the hearing on Monday.",
        "“The port is a ruin,” he said.",
        "Ann Lee replied that the port was fine.",
        "Tom Park said the dock was a “disgrace.”",
        "“It is not,” she said.",
    ]
    assert _who(paragraphs, 4, "It is not") == ("quoted", "Ann Lee")


def test_a_title_before_a_last_name_is_not_a_second_full_name() -> None:
    from annotator.framing.speakers import gender_evidence

    counts = gender_evidence(
        ["Ann Lee toured the port, where she met the crew.", "Secretary Lee said she flew home."]
    )
    assert counts.get("lee", (0, 0))[1] >= 2


def test_one_of_the_messages_someone_posted_speaks_for_its_writer() -> None:
    text = (
        "During the siege, Leo Park also posted messages online. One message, apparently "
        "aimed at the council, said: “You will pay for this treachery.”"
    )
    assert _who([text], 0, "treachery") == ("quoted", "Leo Park")


def test_a_contrasting_while_clause_keeps_its_own_speakers_report() -> None:
    text = (
        "Voters are watching a seasoned member of the board, Ana Ruiz, argue that the port is "
        "rigged against fishermen, while her rival, Leo Park, has soared in the polls by "
        "saying that the council is rigged for developers."
    )
    assert _who([text], 0, "against fishermen") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "for developers") == ("paraphrase", "Leo Park")


def test_a_while_clause_with_no_report_of_its_own_stays_in_the_finding() -> None:
    text = (
        "Polls show that Ruiz is weakest among older voters, while younger voters are more "
        "likely to support her over Park."
    )
    assert _who([text], 0, "younger") == ("paraphrase", "Polls")


def test_a_parenthetical_judgement_inside_a_report_is_the_writers() -> None:
    text = "The audit found that the city’s (dubiously effective) filter blocked no spam."
    assert _who([text], 0, "dubiously") == ("outlet", "")
    assert _who([text], 0, "blocked") == ("paraphrase", "The audit")


def test_the_reason_given_for_an_intention_is_the_writers() -> None:
    text = (
        "The council decided to act in part because of a surge in reckless speculators "
        "buying up the harbour."
    )
    assert _who([text], 0, "to act") == ("paraphrase", "The council")
    assert _who([text], 0, "reckless") == ("outlet", "")
    quoted = "The council decided to act “because the harbour is dying,” its chair said."
    assert _who([quoted], 0, "dying")[0] == "quoted"
