"""Word sense and triviality, issue 9, round 28: the classes the thirty-fourth and thirty-fifth
editor readings judged wrong sense or trivial among shown flags, each beside the use that must
stay flagged and shown. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import shown_in_news
except ImportError:
    from flag_texts import shown_in_news  # type: ignore[no-redef]


def _shown(body: str, headline: str = "Council vote") -> dict[str, bool]:
    return shown_in_news(body, headline)


# The outlet states the falsity itself: the verb of saying beside the verdict casts no doubt the
# sentence does not state outright. Hidden, kept in the JSON.
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The mayor wrongly claimed that the budget had doubled.", "claimed"),
        ("At a rally, the mayor mistakenly claimed that ballots were burned.", "claimed"),
        ("The mayor, speaking on Friday, claimed without any evidence that ballots were burned.",
         "claimed"),
        ("He claimed Tuesday — without providing evidence — that the count was fixed.", "claimed"),
        ("The governor falsely insists that the audit cleared him.", "insists"),
    ],
)
def test_a_verb_of_saying_beside_the_outlets_own_verdict_is_hidden(body: str, word: str) -> None:
    assert _shown(body).get(word) is False, _shown(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The mayor claimed that the budget had doubled.", "claimed"),
        ("The governor insists that the audit cleared him.", "insists"),
        # evidence mentioned, but not as the claim's lack of it
        ("The mayor claimed that new evidence would clear him.", "claimed"),
    ],
)
def test_a_doubting_verb_without_a_verdict_stays_shown(body: str, word: str) -> None:
    assert _shown(body).get(word) is True, _shown(body)


# An ideology's name after a word for its origin names the historical movement.
def test_the_origin_of_an_ideology_is_no_label() -> None:
    body = "Critics said the founding father of fascism had written the line first."
    assert "fascism" not in _shown(body)
    assert "fascism" not in _shown("Historians trace the birth of fascism to 1919.")


def test_fascism_applied_to_a_living_politician_stays() -> None:
    body = '"The senator is flirting with fascism," the columnist said.'
    assert _shown(body).get("fascism") is True, _shown(body)


# Technical and literal senses.
def test_debasing_a_currency_is_the_monetary_term() -> None:
    body = "He accused the central bank of trying to debase the dollar."
    assert "debase" not in _shown(body)
    assert "debased" in _shown("The ad debased the office, the senator said.")


def test_dubious_about_is_sceptical_not_doubt_cast() -> None:
    assert "dubious" not in _shown("Voters are dubious about the plan to rebuild the port.")
    assert "dubious" in _shown("The mayor repeated a dubious figure about the port.")


# Standard news usage, kept in the JSON, out of the default view in the outlet's narration.
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("After the vote a furor arose over the new tax.", "furor"),
        ("An outcry followed the ruling, and the council met again.", "outcry"),
        ("The speech could galvanize Islamic extremists abroad, analysts said.",
         "Islamic extremists"),
    ],
)
def test_standard_wire_words_are_hidden(body: str, word: str) -> None:
    assert _shown(body).get(word) is False, _shown(body)


def test_firestorm_stays_shown() -> None:
    body = "The ruling set off a firestorm among the council's members."
    assert _shown(body).get("firestorm") is True, _shown(body)


# A contested "the Name" before a noun modifies it: "the" belongs to the noun.
@pytest.mark.parametrize(
    "body",
    [
        "Aides worked for the Ukraine president's party.",
        "The inquiry was limited to the Ukraine scandal.",
    ],
)
def test_the_name_as_a_modifier_is_not_the_contested_name(body: str) -> None:
    assert "the Ukraine" not in _shown(body)


@pytest.mark.parametrize(
    "body", ["He visited the Ukraine last week.", "Aid to the Ukraine is rising."]
)
def test_the_name_as_a_noun_stays_flagged(body: str) -> None:
    assert "the Ukraine" in _shown(body)


# A degree word between the negator and the label still denies it.
@pytest.mark.parametrize(
    "body", ["“I am not that cynical,” he said.", "“He is not too bright,” the aide said."]
)
def test_a_label_denied_through_a_degree_word_is_dropped(body: str) -> None:
    assert not _shown(body)


def test_a_label_under_that_without_a_negator_stays() -> None:
    body = "“That cynical plan will fail,” the senator said."
    assert "cynical" in _shown(body)


# The speaker mentions the nickname the other side pins on them, in quotation marks of its own.
def test_the_nickname_pinned_on_the_speaker_is_mentioned() -> None:
    body = "Rubio said: “He’s always calling me ‘Little Marco.’ I admit he is taller.”"
    assert "Little Marco" not in _shown(body)
    body = "Rubio said: “He keeps calling the senator ‘Little Marco.’”"
    assert "Little Marco" in _shown(body)


def test_money_routed_is_directed_not_vanquished() -> None:
    assert "routed" not in _shown("The aide routed campaign money to lobbyists abroad.")
    assert "routed" in _shown("The governor routed her rivals in the primary.")


# A crowd's sounds of derision are the audience's literal act, not the outlet's verb for speech.
@pytest.mark.parametrize(
    "body",
    [
        "Supporters typically begin shouting, pointing, jeering - and then pushing.",
        "The crowd booed and jeered him until he left the stage.",
        "The senator was jeered last week at a dinner.",
    ],
)
def test_a_crowds_jeering_is_literal(body: str) -> None:
    assert not _shown(body), _shown(body)


@pytest.mark.parametrize(
    "body",
    [
        "“You lost,” the senator jeered.",
        "The crowd cheered as the governor jeered at reporters.",
    ],
)
def test_one_persons_jeer_at_others_stays(body: str) -> None:
    assert any(w.startswith("jeered") for w in _shown(body)), _shown(body)


# An immunology simile's "invader" is the body's, near the body's defences.
def test_an_invader_in_the_bloodstream_is_the_immune_sense() -> None:
    body = "They closed in like an antibody expelling an unwanted invader from the bloodstream."
    assert "invader" not in _shown(body)
    assert "invaders" in _shown("“They are invaders,” the mayor said of the migrants.")


def test_the_lesser_of_the_evils_is_an_idiom() -> None:
    assert "evils" not in _shown("“Some say he is the lesser of the evils,” the activist said.")
    assert "evils" in _shown("“Their policies are evils that must end,” the activist said.")


# A label for a hypothetical person ("someone who would be seen as ...") names a kind of person.
def test_a_label_for_a_hypothetical_someone_names_no_one() -> None:
    body = "“He need not pick someone who will be perceived as a liberal firebrand,” she said."
    assert "firebrand" not in _shown(body)
    assert "firebrand" in _shown("“The nominee is a liberal firebrand,” she said.")
