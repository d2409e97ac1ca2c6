"""Word sense, round 30 (issue 9): "claims" as a noun, negation through "at all", named
offences, confessed crimes, demands made with "insisted", and a speaker's negative word for
themselves, which editor readings 34-40 found flagged or shown. Every sentence here is our own,
written for the test."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import flags as _flags
    from tests.flag_texts import words as _words
except ImportError:
    from flag_texts import flags as _flags  # type: ignore[no-redef]
    from flag_texts import words as _words  # type: ignore[no-redef]


def _shown(body: str) -> set[str]:
    return {f.text.lower() for f in _flags(body) if f.shown}


@pytest.mark.parametrize(
    "sentence",
    [
        # a possessive, singular or plural, makes "claims" the noun
        "Despite the mayor's claims that the budget is balanced, the deficit grew.",
        "The columnist mocked the hawks’ claims that the treaty had failed.",
        # an adjective, plain or hyphenated
        "It was a longer version of his now-familiar claims that the count was rigged.",
        "The union repeated its outrageous claims that the board had lied.",
        # a relative clause whose verb lacks its object: "claims (which) the audit could not
        # corroborate"
        "She has always said she followed the rules, claims that the auditor could not verify.",
    ],
)
def test_claims_as_a_noun_is_not_the_doubting_verb(sentence: str) -> None:
    assert not any(f.entry_id == "claims-verb" for f in _flags(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator claims that the budget is balanced.",
        "The accused claims that the money was a loan.",
        "The union claims that the board had lied to its members.",
        "Ms. Reyes claims that the report could not be verified by anyone.",
    ],
)
def test_claims_as_a_verb_stays(sentence: str) -> None:
    assert any(f.entry_id == "claims-verb" for f in _flags(sentence))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "“Other ministers did the same. It was not at all unprecedented,” she said.",
            "unprecedented",
        ),
        ("The plan is not in the least radical, the minister said.", "radical"),
        ("He is not remotely corrupt, his lawyer said.", "corrupt"),
    ],
)
def test_a_degree_phrase_after_not_still_denies(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


def test_not_all_does_not_deny_the_label() -> None:
    assert "thugs" in _words("Not all thugs wear hoods, the sheriff warned the council.")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the offence of false statements
        ("He was charged with conspiracy and lying to the FBI about the payments.", "lying to"),
        ("The aide later pleaded guilty after he lied to federal investigators.", "lied"),
        ("The former director lied to Congress about the programme, the report found.", "lied"),
        # a crime confessed
        ("“He has never admitted that he killed anyone,” the widow said.", "admitted"),
        # a lawsuit's allegation
        (
            "The state is suing the firm for $5 million, claiming its courses were a sham.",
            "claiming",
        ),
    ],
)
def test_a_legal_or_literal_sense_is_not_flagged(sentence: str, word: str) -> None:
    assert word not in _words(sentence)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The governor lied to the voters about the deficit.", "lied"),
        ("“She lied to me about the money,” the donor said.", "lied"),
        ("The spokesman admitted that the figures were incomplete.", "admitted"),
    ],
)
def test_the_loaded_sense_stays(sentence: str, word: str) -> None:
    assert word in _words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Senate leaders insisted that any deal include a cut in the payroll tax.",
        "The envoy insisted that the regime release the prisoners before talks.",
        "The speaker insists the party must be a party of ideas.",
    ],
)
def test_insisted_of_a_demand_is_not_flagged(sentence: str) -> None:
    assert not any(f.entry_id == "insisted" for f in _flags(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister insisted that the report was accurate.",
        "The senator insisted he had never met the lobbyist.",
        "The company insisted its products make people happier.",
    ],
)
def test_insisted_of_a_claim_stays(sentence: str) -> None:
    assert any(f.entry_id == "insisted" for f in _flags(sentence))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("“We made poor choices, and we were a bit foolish,” the mayor said.", "foolish"),
        ("“I was pretty cynical at first about the campaign,” Tom Ellery said.", "cynical"),
        ("“Our generation was naive and cynical,” the novelist Ann Ruiz said.", "cynical"),
    ],
)
def test_a_speakers_word_for_themselves_is_hidden_but_kept(sentence: str, word: str) -> None:
    found = [f for f in _flags(sentence) if f.text.lower() == word]
    assert found and not any(f.shown for f in found)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("“The mayor was a bit foolish,” the councillor Ann Ruiz said.", "foolish"),
        ("“They are crazy to think we will quit,” the organiser Tom Ellery said.", "crazy"),
        ("“We were the brutal regime's victims,” the exile Tom Ellery said.", "brutal"),
        ("“We were the thugs' victims,” the exile Tom Ellery said.", "thugs"),
    ],
)
def test_a_word_for_others_stays_shown(sentence: str, word: str) -> None:
    assert word in _shown(sentence)


def test_a_euphemism_said_of_an_abstract_thing_is_not_flagged() -> None:
    sentence = "When he attacked his rival, the ally's sensitivities became collateral damage."
    assert "collateral damage" not in _words(sentence)


def test_a_euphemism_for_people_harmed_stays() -> None:
    sentence = "The raid killed four fighters, and the civilians nearby were collateral damage."
    assert "collateral damage" in _words(sentence)


def test_an_officials_condemnation_of_an_attack_is_hidden_but_kept() -> None:
    sentence = "“The despicable attacks on the station unite us,” the spokesman Tom Ellery said."
    found = [f for f in _flags(sentence) if f.text == "despicable"]
    assert found and not any(f.shown for f in found)


def test_despicable_of_a_person_stays_shown() -> None:
    assert "despicable" in _shown("“He is a despicable man,” the councillor Ann Ruiz said.")
