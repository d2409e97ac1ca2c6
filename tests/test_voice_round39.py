"""Speakers session 20's audit found wrong on tuning text (ptc-tune and PolNeAR train pages no
held-out reading took): a quotation closed by its own "!" or "?" before its tag, a participle
whose subject stands after a place and its state, a pronoun that a fronted "In what ..."
clause anticipates, an abstract noun opening a sentence, a described subject, and a line left
open by a comma before the statement it hands over to. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.documents import Reprint, reprints

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


def test_a_quote_ending_in_an_exclamation_takes_the_tag_after_it() -> None:
    page = [
        "Ruiz posted a warning about the raid on Monday.",
        "“Shame on you!” Governor Leo Park said in Salem this week, addressing Ruiz.",
        "“Shame on you for putting the officers in danger to score points.”",
    ]
    assert _who(page, 1, "Shame") == ("quoted", "Governor Leo Park")
    assert _who(page, 2, "officers") == ("quoted", "Governor Leo Park")
    assert _who(page, 1, "this week") == ("outlet", "")  # a place and a time, not content


def test_a_question_then_a_capitalised_pronoun_is_a_new_sentence() -> None:
    page = [
        "Ana Ruiz mocked the campaign's slogan online.",
        "“Too clever?” He tweeted that when the mayor closed the debate with a pun.",
    ]
    assert _who(page, 1, "Too clever") == ("quoted", "Ana Ruiz")


def test_the_subject_after_a_place_and_its_state() -> None:
    page = [
        "As the governors met in Salem, Park was 200 miles away in Bend, Oregon, promising to "
        "close the border crossing by spring."
    ]
    assert _who(page, 0, "close the border") == ("paraphrase", "Park")


def test_a_fronted_in_what_clause_anticipates_the_name() -> None:
    page = [
        "Mr. Leo Diaz stayed home in Lima.",
        "In what he acknowledged as a meeting-ending “tirade,” Governor Leo Park took a whack at "
        "the plan, painting it as a giveaway.",
    ]
    assert _who(page, 1, "tirade") == ("quoted", "Governor Leo Park")


def test_an_abstract_noun_opening_a_sentence_names_no_one() -> None:
    page = [
        "Leader Leo Park boasted last fall of how the inquiry was hurting her.",
        "Thickness should not be confused with insight.",
        "“Everybody thought she was unbeatable, right?” he told a radio host.",
    ]
    assert _who(page, 2, "unbeatable") == ("quoted", "Leader Leo Park")


def test_a_described_subject_gives_no_quote_in_an_untagged_sentence() -> None:
    page = ["A tyrant who rose to power like Benedict IX, another “disgrace to Rome,” rules."]
    assert _who(page, 0, "disgrace") == ("quoted", "")


OPENING = [
    "The harbor scandal keeps growing, and the board keeps hiding the truth from everyone.",
    "Yesterday the board met behind closed doors for the third time this month alone.",
    "Its chairman left by a side door and refused to answer any questions at all.",
]


def test_a_line_left_open_by_a_comma_hands_over() -> None:
    page = [
        *OPENING,
        "Harbor Police Chief Ana Ruiz said in a statement Tuesday,",
        "The chairman's decision to hide the audit put my officers at risk and tipped off crooks.",
        "Our officers will keep doing their sworn duty to protect the harbor and its workers.",
        "As Ruiz said, the board has still not answered any of the questions put to it.",
    ]
    assert reprints("", page) == [
        Reprint(first=4, start=0, end=6, author="Harbor Police Chief Ana Ruiz")
    ]
    voice, speaker = _who(page, 4, "crooks")
    assert voice == "quoted" and speaker.endswith("Ruiz")


def test_caving_is_the_critics_word_not_a_verb_of_saying() -> None:
    """'caved' and 'caving to' frame a change of position, they report no speech: inside
    reported criticism they are the critics' word, not the outlet's choice of verb."""
    from annotator.framing import default_lexicon, flag
    from annotator.models import Article

    def voices(body: str) -> dict[str, tuple[str, bool]]:
        flags = flag(Article(headline="x", body=body), default_lexicon())
        return {f.text: (f.voice, f.shown) for f in flags}

    assert voices("The mayor faced criticism that she is caving to developers on the plan.")[
        "caving to"
    ][0] == "paraphrase"
    assert voices("The committee caved and moved the vote to Thursday.")["caved"] == (
        "outlet", True
    )


def test_an_excerpt_resumed_after_an_ellipsis_is_still_its_sources() -> None:
    page = [
        *OPENING,
        "The Daily Bugle reports:",
        "Auditors found that the board's treasurer ran a sham account for six years in a row.",
        "The account received payments from three contractors who later won harbor contracts.",
        "Take our poll - story continues below",
        "Should the treasurer resign?",
        "Email *",
        "... The treasurer did not return calls seeking comment on the findings of the audit.",
        "Investigators said the contractors had paid the treasurer through a shell company.",
        "I have covered this harbor for ten years and never seen anything like it.",
    ]
    assert reprints("", page) == [
        Reprint(first=4, start=0, end=6, author="Daily Bugle"),
        Reprint(first=9, start=0, end=11, author="Daily Bugle"),
    ]
    assert _who(page, 9, "return calls")[0] == "quoted"
    assert _who(page, 8, "Email") == ("outlet", "")
