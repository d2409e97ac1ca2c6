"""Word sense, round 34: history told literally (the Nazi party and its crimes named in a passage
anchored in that era) and the religious register. Every sentence here is our own, written for the
test."""

from __future__ import annotations

import pytest

from tests.flag_texts import flags


def _shown(body: str, word: str) -> list[bool]:
    """Whether each flag on `word` is in the default view; it must be flagged at least once."""
    found = [f.shown for f in flags(body) if f.text == word]
    assert found, f"{word!r} is not flagged at all"
    return found


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the era named in the same paragraph
        (
            "Survivors of the Holocaust recall the winter when the Nazis deported the town's "
            "families.",
            "Nazis",
        ),
        (
            "Historians of the Holocaust count how many the regime annihilated in 1942.",
            "annihilated",
        ),
        # ... or in the paragraph before
        (
            "The museum shows letters from Auschwitz.\n\nThe extermination of the prisoners began "
            "within weeks of their arrival.",
            "extermination",
        ),
    ],
)
def test_history_words_in_a_passage_about_the_era_are_not_shown(body: str, word: str) -> None:
    assert not any(_shown(body, word))


def test_a_page_about_the_era_anchors_every_paragraph() -> None:
    body = (
        "Hitler came to power in 1933.\n\nThe Holocaust followed a decade later.\n\n"
        "Survivors of the Holocaust still speak in schools.\n\nOne recalled how the Nazis "
        "emptied her street."
    )
    assert not any(_shown(body, "Nazis"))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a label for people today, even beside the era's name
        ("Hitler would have loved these rules, and the little Nazis who wrote them.", "Nazis"),
        (
            "Beside the Holocaust memorial, the mayor's rivals used Nazi tactics on the press.",
            "Nazi",
        ),
        # no era named: the word is the writer's ("a nuclear holocaust" names no history)
        ("The senator vowed to annihilate the opposition at the polls.", "annihilate"),
        (
            "The dictator warned of a nuclear holocaust and vowed to annihilate the capital.",
            "annihilate",
        ),
    ],
)
def test_history_words_applied_today_stay_shown(body: str, word: str) -> None:
    assert all(_shown(body, word))


def test_an_analogy_talked_about_is_not_shown() -> None:
    body = "Since the Holocaust museum opened, the columnist has tired of lazy Nazi analogies."
    assert not any(_shown(body, "Nazi"))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "A sin of that weight cries out to heaven for vengeance, the catechism teaches.",
            "vengeance",
        ),
        ("The Church needs more hatred, as Aquinas taught, when sin is its object.", "hatred"),
        ("Such acts are sinful and scandalous, and they lead the faithful astray.", "scandalous"),
        ("The prophet warned the city of the wrath that God was about to send.", "wrath"),
    ],
)
def test_theology_terms_in_a_paragraph_of_doctrine_are_not_shown(body: str, word: str) -> None:
    assert not any(_shown(body, word))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the same words with no doctrine named: the writer's heat
        (
            "The minister's scandalous deal with the donors cost the treasury millions.",
            "scandalous",
        ),
        ("Voters will pour out their wrath on the governor in November.", "wrath"),
        # religious demonisation stays shown even among God's words (not a term of doctrine)
        ("In the name of God the pamphlet casts its rivals as Satan.", "Satan"),
    ],
)
def test_the_same_words_outside_doctrine_stay_shown(body: str, word: str) -> None:
    assert all(_shown(body, word))


@pytest.mark.parametrize(
    "body",
    [
        "Are we so afraid of being called hypocrites that we say nothing at all?",
        "The senators feared being branded traitors by their own party.",
    ],
)
def test_a_label_someone_fears_being_given_is_not_shown(body: str) -> None:
    found = [f for f in flags(body) if f.category == "name_calling"]
    assert found and not any(f.shown for f in found)


def test_a_label_given_stays_shown() -> None:
    body = "The senators are hypocrites, and their party knows it."
    assert all(_shown(body, "hypocrites"))
