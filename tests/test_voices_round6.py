"""Round six of voice and speaker fixes: the reporting frame (how someone spoke or felt) is the
writer's; headline clauses and first-person fragments name nobody; transcript labels inside
a quotation; a doubled opening mark. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.quotes import find_quotes
from annotator.framing.speakers import SpeakerBook

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


# 1. The reporting frame


def test_a_manner_of_feeling_after_the_cue_is_the_writers_and_reports_nothing() -> None:
    # "with venom" tells how Park answered; the participle after it is narration, not his
    # words.
    text = "Before the vote, Leo Park responded with venom, touring the docks that evening."
    assert _who([text], 0, "venom") == ("outlet", "")
    assert _who([text], 0, "touring") == ("outlet", "")


def test_a_manner_of_feeling_before_the_report_leaves_the_report_alone() -> None:
    text = "Ana Ruiz said in barely concealed fury that the harbour deal was a swindle."
    assert _who([text], 0, "fury") == ("outlet", "")
    assert _who([text], 0, "swindle") == ("paraphrase", "Ana Ruiz")


def test_a_report_closed_before_the_speaker_keeps_its_content() -> None:
    text = "The harbour deal is a swindle, Ana Ruiz said with contempt."
    assert _who([text], 0, "swindle") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "contempt") == ("outlet", "")


def test_the_modifiers_of_a_noun_of_saying_in_a_report_stay_in_the_report() -> None:
    # A speaker may well call a rival's speech blistering: PolNeAR keeps it in the content.
    text = "Ana Ruiz said she feared a repeat of Leo Park's blistering speech at the 1998 rally."
    assert _who([text], 0, "blistering") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "repeat") == ("paraphrase", "Ana Ruiz")


def test_a_feeling_noun_with_its_modifier_is_the_writers() -> None:
    text = (
        "Leo Park has shown few signs of cooling his simmering rage toward the council, "
        "mocking its members at every turn."
    )
    assert _who([text], 0, "rage")[0] == "outlet"
    assert _who([text], 0, "simmering")[0] == "outlet"


def test_a_feeling_not_credited_to_a_person_stays_in_the_report() -> None:
    # "deep anger" here is what Ruiz says voters feel: her claim, not the writer's portrait
    text = "Ana Ruiz said the fees had stirred deep anger across the harbour towns."
    assert _who([text], 0, "deep anger") == ("paraphrase", "Ana Ruiz")


# 2. Fragments that are no speakers


def test_a_headline_clause_before_a_colon_names_no_speaker() -> None:
    book = SpeakerBook()
    assert book.resolve("Ana Ruiz Endorses Leo Park").name is None
    assert book.resolve("Ana Ruiz").name == "Ana Ruiz"
    assert book.resolve("The Harbour Post").name == "The Harbour Post"
    # a verb that is also a noun in a name ("States", "Reports") is the name's
    assert book.resolve("the United States Coast Guard").name is not None


def test_a_pronoun_with_its_verb_names_no_speaker() -> None:
    book = SpeakerBook()
    assert book.resolve("I remember").name is None
    assert book.resolve("Or you").name is None
    # the pronoun alone is the subject: "he all but accused" is the last man named
    book.remember("Leo Park")
    assert book.resolve("he all").name == "Leo Park"


# 3. Transcript labels


def test_a_transcript_label_inside_a_quotation_names_the_speaker() -> None:
    paragraphs = [
        "The anchor pressed the mayor on the floods.",
        '"LOPEZ: Madam Mayor, some residents claim you lied to them about the levees.',
    ]
    assert _who(paragraphs, 1, "lied") == ("quoted", "LOPEZ")


# 4. A saying judged by someone else


def test_the_one_judged_for_saying_something_said_it() -> None:
    # who is "wrong for saying" a thing said it, not the one named before the judgement
    text = "In Ruiz's view, Leo Park is wrong for saying she lied about the levees."
    assert _who([text], 0, "lied") == ("paraphrase", "Leo Park")


def test_a_phrase_after_a_preposition_is_no_subject() -> None:
    # "For someone who ..., the shift seemed": "someone" is the preposition's object; the
    # accusation is the one the shift prompted Ruiz to make.
    text = (
        "For someone who had loudly backed the levy, the reversal seemed so abrupt that it "
        "prompted Ana Ruiz to accuse the mayor of hypocrisy."
    )
    assert _who([text], 0, "hypocrisy") == ("paraphrase", "Ana Ruiz")
    assert _who([text], 0, "abrupt")[1] != "someone"


def test_a_role_after_a_report_stands_for_the_one_named_inside_it() -> None:
    text = (
        "The “cheap stunts” that Leo Park accused the mayor's team of pulling at the count are "
        "no worse than the council's silence on the levees, the candidate said Friday."
    )
    assert _who([text], 0, "cheap stunts") == ("quoted", "Leo Park")
    # a spokesman reports someone else's act: not resolved to the name inside
    spoke = "Leo Park accused the mayor of cheap stunts, the spokesman said."
    assert _who([spoke], 0, "cheap stunts")[1] == "the spokesman"


def test_a_message_read_by_one_of_several_is_not_the_reporters() -> None:
    # the channel only reported the banners; "read one" leaves the words unnamed
    paragraphs = [
        "On Sunday, the Harbour Channel reported that three banners flew over the stadium.",
        "“Ruiz is a fraud,” read one. “Vote her out,” said another.",
    ]
    assert _who(paragraphs, 1, "fraud") == ("quoted", "")
    assert _who(paragraphs, 1, "Vote her") == ("quoted", "")


# 5. Quotation marks


def test_a_doubled_opening_mark_opens_one_quotation() -> None:
    text = "The draft reads: ““Harbour fees are a scandal. They must fall.”"
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert _who([text], 0, "scandal")[0] == "quoted"
