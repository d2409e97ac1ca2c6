"""Round nine of voice and speaker fixes (editor readings 34-40): title-case headlines, the
columnist's own words, "X called Y 'Z'", embedded posts and readers' letters. Every sentence
here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


# 1. In a title-case headline capitals mark no names: the speaker is a name the body writes


def test_a_headline_word_after_the_name_is_its_verb_not_part_of_the_name() -> None:
    head = "Vance Hurls Insult At Lopez, Mocks Harbor Plan Instead."
    body = ["Senator Tom Vance spoke in Dayton on Monday, and Vance said little else."]
    assert _who(body, -1, "Lopez", head) == ("paraphrase", "Vance")
    # the next clause's verb is the headline writer's word; what it reports is Vance's
    assert _who(body, -1, "Mocks", head) == ("outlet", "")
    assert _who(body, -1, "Harbor", head) == ("paraphrase", "Vance")


def test_a_headline_adjective_before_the_name_is_trimmed() -> None:
    head = "Furious Vance Says Harbor Plan Is A Disgrace"
    body = ["Tom Vance, the senator, spoke on Monday. Later Vance left."]
    assert _who(body, -1, "Disgrace", head) == ("paraphrase", "Vance")


def test_a_headline_common_noun_the_body_calls_someone_unnamed_is_the_outlets() -> None:
    head = "Woman Reveals Shocking Thing The Mayor Did For Her Family"
    body = ["A retired woman from Salem says the mayor paid her rent for a year."]
    assert _who(body, -1, "Shocking", head) == ("outlet", "")


def test_a_headline_group_and_a_name_with_its_speaker_noun_stay() -> None:
    body = ["Officials in the Vance campaign said on Monday that the plan was dead."]
    assert _who(body, -1, "Dead", "Officials Say Harbor Plan Is Dead") == (
        "paraphrase", "Officials"
    )
    assert _who(body, -1, "Dead", "Vance Campaign Says Harbor Plan Is Dead")[0] == "paraphrase"


def test_a_sentence_case_headline_is_left_alone() -> None:
    head = "Woman reveals the mayor paid her rent"
    body = ["A retired woman from Salem says the mayor paid her rent for a year."]
    assert _who(body, -1, "paid", head)[0] == "paraphrase"


# 2. "X called Y 'Z'": the participle's speaker is its clause's subject, even a pronoun


def test_a_participle_after_a_coordinated_pronoun_clause_is_its_subjects() -> None:
    text = (
        "Gov. Ann Lee — who is weighing a run for the Senate — made the harbor a priority, "
        "but the plan stalled, and she has clashed with Mayor Park over the budget, at one "
        "point calling the mayor a “crook” who could not be trusted."
    )
    assert _who([text], 0, "crook", "") == ("quoted", "Gov. Ann Lee")


def test_a_title_with_a_lower_case_head_describes_the_name_before_it() -> None:
    text = (
        "Tom Vance, the 2012 Republican presidential nominee, tweeted in reply: “Plain fact: "
        "the thug Lopez jails reporters.”"
    )
    assert _who([text], 0, "thug") == ("quoted", "Tom Vance")


# 3. A participle inside a dashed aside reports up to the closing dash, and no tag outside
# the aside lends it a speaker


def test_a_participle_in_a_dashed_aside_is_not_said_by_a_later_tag() -> None:
    text = (
        "Slow down: The loud style that carried Vance through the primary -- branding rivals "
        "as crooks and cowards, mocking the mayor's weight -- has deepened the doubts many "
        "voters feel about the prospect of Vance as governor."
    )
    assert _who([text], 0, "crooks") == ("paraphrase", "")
    assert _who([text], 0, "has deepened") == ("outlet", "")


def test_a_headline_phrase_with_of_keeps_its_head() -> None:
    head = "The First Map Of Lake Vostok Reveals Some Odd Features"
    body = ["The map of the lake shows ridges. Scientists say Vostok lies under the ice."]
    assert _who(body, -1, "Odd", head) == ("paraphrase", "The First Map Of Lake Vostok")


def test_a_participle_in_a_dashed_aside_that_is_no_verdict_stays_narration() -> None:
    text = (
        "Starting in 2004 with one truck in Reno – offering furniture delivery, and soon "
        "moving into storage – the firm grew fast."
    )
    assert _who([text], 0, "furniture") == ("outlet", "")


def test_a_description_in_apposition_as_the_subject_stands_for_the_name() -> None:
    text = (
        "Senator Ann Lee, a Vermont Republican who faces a hard race, used a private lunch "
        "to complain that the mayor's tirade was hurting the party."
    )
    assert _who([text], 0, "tirade") == ("paraphrase", "Senator Ann Lee")


def test_an_opening_time_phrase_is_no_name_in_apposition() -> None:
    text = "Early Tuesday, the State Department said the files were a shambles."
    assert _who([text], 0, "shambles") == ("paraphrase", "the State Department")


def test_a_tag_between_a_name_and_its_words_is_the_describeds_own() -> None:
    text = "Mr. Kale, a top aide said, “is calm and ready, not a coward.”"
    assert _who([text], 0, "coward")[1] != "Mr. Kale"


def test_an_indefinite_subject_is_no_antecedent_for_a_pronoun() -> None:
    """'Nobody asked about it' reports no one; the next 'He' is the last person named."""
    body = [
        'Mayor Ann Ruiz said the plan "will pass." Nobody asked about the harbor, so Ruiz'
        ' raised it herself. She called it "shameful" and left.'
    ]
    assert _who(body, 0, "shameful") == ("quoted", "Mayor Ann Ruiz")


def test_a_quoted_remark_belongs_to_its_owner_not_the_sentences_subject() -> None:
    """'discussing Ann Ruiz's "harbor tax" remark': the quotation is Ruiz's words."""
    body = ['Three morning shows ran panels discussing Ann Ruiz\'s "harbor tax" remark on Monday.']
    assert _who(body, 0, "harbor") == ("quoted", "Ann Ruiz")
    mocked = ["Vance mocked Ann Ruiz’s “harbor tax” comment, calling it a blunder."]
    assert _who(mocked, 0, "harbor") == ("quoted", "Ann Ruiz")
    # no noun of speech after it: the quotation is the report's, as before
    plain = ['Vance said Ann Ruiz\'s "harbor" was too small.']
    assert _who(plain, 0, "harbor")[1] != "Ann Ruiz"
