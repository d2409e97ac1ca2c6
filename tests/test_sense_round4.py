"""Word sense and the default view, round 4: classes of shown flags the sixteenth to twentieth
editor's readings judged wrong in sense or trivial (a prize claimed, a site's address, plain senses,
the wire's own hedges and idioms, strong words about a genocide), each with the use that must
stay flagged and shown. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flags(body: str, headline: str = "") -> list[Flag]:
    return flag(Article(headline=headline, body=body), default_lexicon())


def _texts(body: str) -> list[str]:
    return [f.text for f in _flags(body)]


def _shown(body: str, word: str) -> bool:
    """Whether the flag on `word` is in the default view; it must be flagged at all."""
    [hit] = [f for f in _flags(body) if f.text == word]
    return hit.shown


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan to stop the governor from claiming the party's nomination is a long shot.",
        "She claimed a third straight title on the clay courts of the capital.",
        "The mayor is claiming victory after the last precincts reported.",
    ],
)
def test_claiming_a_prize_is_winning_it(sentence: str) -> None:
    assert not [t for t in _texts(sentence) if t.lower().startswith("claim")]


def test_claiming_what_is_so_stays_flagged() -> None:
    assert "claimed" in _texts("The governor claimed the count was rigged against him.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Conspiracy sites, from Traitors.org to several others, repeat the story daily.",
        "He runs a page at www.stupid-takes.net and posts there nightly.",
        "Readers of @TraitorWatch shared the post thousands of times.",
    ],
)
def test_a_word_in_a_web_address_or_handle_is_a_name(sentence: str) -> None:
    assert not [t for t in _texts(sentence) if t.lower() in ("traitors", "stupid", "traitor")]


def test_the_same_word_outside_an_address_stays_flagged() -> None:
    assert "traitors" in _texts("The columnist called the strikers traitors to the nation.")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # uncertain health, not doubt cast on a claim
        ("Travellers in questionable health should buy cover.", "questionable"),
        # the military sense of reducing a force's capability
        ("The allies pledged to keep degrading and destroying the militia's forces.", "degrading"),
    ],
)
def test_idioms_and_plain_senses_are_not_flagged(sentence: str, word: str) -> None:
    assert word not in _texts(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The report rests on questionable figures from the lobby.", "questionable"),
        ("Critics called the ads degrading to women.", "degrading"),
    ],
)
def test_the_loaded_senses_stay_flagged(sentence: str, word: str) -> None:
    assert word in _texts(sentence)


def test_wire_idiom_taking_aim_at_is_flagged_but_not_shown_in_narration() -> None:
    body = "In the state, the senator has campaigned hard, taking aim at his rival's record."
    assert not _shown(body, "taking aim at")
    # another colour verb of the same entry stays in view
    colour = "In the state, the senator has campaigned hard, tearing into his rival."
    assert _shown(colour, "tearing into")


def test_purported_record_is_the_wires_hedge_but_a_purported_person_is_doubt() -> None:
    video = "A purported new recruitment video released by the group shows the leader."
    assert not _shown(video, "purported")
    assert not _shown("The purported letter surfaced online on Monday.", "purported")
    assert _shown("The agency paid a purported communist to spy on the union.", "purported")


def test_atrocities_of_a_genocide_are_the_standard_description() -> None:
    body = (
        "Historians agree the genocide killed a million people. The government still refuses "
        "to acknowledge the atrocities committed."
    )
    assert not _shown(body, "atrocities")


def test_atrocities_as_a_contested_charge_stays_shown() -> None:
    body = 'The minister accused the protesters of "atrocities" against the police.'
    assert _shown(body, "atrocities")


@pytest.mark.parametrize(
    "sentence",
    [
        "The host apologized the next day, saying it was \u201cchildish\u201d to name-call.",
        "The coach apologised on Monday and said his remarks were stupid.",
    ],
)
def test_a_verdict_on_ones_own_act_in_an_apology_labels_no_one(sentence: str) -> None:
    assert not [t for t in _texts(sentence) if t in ("childish", "stupid")]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("He apologized to voters, saying the rival's plan was stupid.", "stupid"),
        ("The host said it was childish of the senator to walk out.", "childish"),
    ],
)
def test_a_verdict_on_others_near_an_apology_stays_flagged(sentence: str, word: str) -> None:
    assert word in _texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans lined up for her new film, \u201cTrainwreck.\u201d",
        "The book \u201cTraitor\u201d sold well in its first week.",
    ],
)
def test_a_one_word_quoted_title_after_the_work_it_names_is_a_name(sentence: str) -> None:
    assert not [t for t in _texts(sentence) if t in ("Trainwreck", "Traitor")]


def test_a_capitalised_quoted_word_without_a_work_named_stays_flagged() -> None:
    assert "Trainwreck" in _texts("The senator called the plan a \u201cTrainwreck\u201d on Monday.")


def test_rhetoric_mimicked_with_blah_blah_is_not_the_speakers_label() -> None:
    body = (
        "\u201cThey all say the same thing: I am wonderful, the other candidate is a crook, "
        "blah, blah, blah,\u201d the senator said."
    )
    assert "crook" not in _texts(body)
    assert "crook" in _texts("\u201cThe other candidate is a crook,\u201d the senator said.")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("\u201cPeople looked at me like I\u2019m a traitor to my town,\u201d he said.", "traitor"),
        ("Supporters say his remarks were twisted to make him appear xenophobic.", "xenophobic"),
    ],
)
def test_a_label_pinned_on_the_speaker_or_made_by_distortion_is_applied_by_no_one(
    sentence: str, word: str
) -> None:
    assert word not in _texts(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("\u201cHe is a traitor to my town,\u201d he said.", "traitor"),
        ("The ad made him appear xenophobic.", "xenophobic"),
    ],
)
def test_a_label_applied_or_conveyed_stays_flagged(sentence: str, word: str) -> None:
    assert word in _texts(sentence)


def test_a_hashtag_applies_its_label() -> None:
    assert "RINO" in _texts("Why is the governor backing the tax hike? #RINO")
