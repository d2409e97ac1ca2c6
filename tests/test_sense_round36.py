"""Word sense, round 36: labels mentioned rather than applied (a quoted label someone would be
given, a quoted term discussed in apposition), idioms ("a fool's errand", "the debate raged")
and a verb of saying for what someone did not say ("rather than insisting that"). Every
sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flags(body: str, headline: str = "") -> list[Flag]:
    return flag(Article(headline=headline, body=body), default_lexicon())


def _hits(body: str, word: str, headline: str = "") -> list[Flag]:
    return [f for f in _flags(body, headline) if f.text.lower() == word.lower()]


def _shown(body: str, word: str) -> bool:
    [hit] = _hits(body, word)
    return hit.shown


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ('He worries that he would be seen as "racist" by his voters if he backs down.', "racist"),
        ('Perhaps the mayor fears she will be thought of as "bigoted" by the council.', "bigoted"),
    ],
)
def test_a_quoted_label_someone_would_be_given_is_not_shown(sentence: str, word: str) -> None:
    assert not _shown(sentence, word)


def test_a_label_applied_without_quotation_marks_stays_shown() -> None:
    assert _shown("The senator is a racist and a bigot, the column said of him.", "racist")


def test_a_quoted_term_discussed_in_apposition_is_not_a_label() -> None:
    body = 'The council fears "thugs," a term all too often applied to teenagers from the estate.'
    assert not [f for f in _hits(body, "thugs") if f.shown]


@pytest.mark.parametrize(
    "headline", ["Why Banning Cars Is A Fool's Errand", "Chasing Rain Is a Fool’s Errand"]
)
def test_a_fools_errand_is_an_idiom(headline: str) -> None:
    hits = _hits("The rest of the story.", "fool", headline) + _hits(headline, "fool")
    assert hits and not [f for f in hits if f.shown]


def test_a_particular_fools_plan_stays_shown() -> None:
    assert _shown("Only this fool's plan could sink the port deal.", "fool")


def test_an_insult_made_stronger_by_its_genitive_stays_shown() -> None:
    flags = _hits("The new adviser, a fanatic's fanatic, spoke first.", "fanatic")
    assert flags and all(f.shown for f in flags)


def test_fool_said_of_a_person_is_still_shown() -> None:
    assert _shown("The minister is a fool who never reads his briefings.", "fool")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Officials kept quiet while news coverage raged about the leak for weeks.", "raged"),
        ("The debate raged for a month before the vote in the assembly.", "raged"),
    ],
)
def test_a_verb_of_saying_whose_subject_is_an_event_is_not_shown(sentence: str, word: str) -> None:
    assert not [f for f in _hits(sentence, word) if f.shown]


def test_a_person_who_raged_is_still_shown() -> None:
    assert _shown("The coach raged at the referees after the final whistle on Saturday.", "raged")


@pytest.mark.parametrize(
    "sentence",
    [
        "Rather than praising the board, thanking the staff, and insisting that the budget was"
        " sound, the mayor said nothing at the meeting.",
        "Instead of insisting that the plan works, the minister could have published the data.",
    ],
)
def test_what_someone_did_not_say_is_not_a_doubted_statement(sentence: str) -> None:
    assert not _shown(sentence, "insisting")


def test_a_plain_report_of_insisting_stays_shown() -> None:
    sentence = "Instead of resigning, the mayor went on air insisting that the audit was wrong."
    assert _shown(sentence, "insisting")
