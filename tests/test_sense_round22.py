"""Word sense, issue 9, the twenty-second reading's hidden flags: a field's own terms spelt like
loaded words (test doubles, mob programming, low-energy networks, a Bluetooth icon, milk
frothing) and a record stated in the past ("has never again"); each beside the use that must
stay flagged. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in flag(Article(headline=headline, body=body), default_lexicon())]


# an article about software tests: its field's words more than twice
_TESTS_ARTICLE = (
    "Our integration tests run against a real database, and the test suite finishes in a "
    "minute.\n\nFor the unit tests we write stubs for the interfaces. Some teams avoid "
    "mocks entirely.\n\nWe learned to love mocks anyway."
)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (_TESTS_ARTICLE, "mocks"),
        ("Our team tried mob programming, five developers sharing one keyboard.", "mob"),
        ("Zigbee and Thread are low-energy networks that run beside your Wi-Fi.", "low-energy"),
        ("The display shows a Bluetooth icon, but the app would not pair.", "icon"),
        ("The machine offers automatic milk frothing for lattes.", "frothing"),
        ("Its share price has never again come close to that peak.", "never again"),
    ],
)
def test_field_term_or_record_not_flagged(body: str, word: str) -> None:
    assert word not in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The senator mocks the governor's plan in a new advertisement.", "mocks"),
        ("A mob stormed the court house on Friday, the police said.", "mob"),
        ("The senator called his rival low-energy at a rally on Tuesday.", "low-energy"),
        ("The singer became a national icon after the war.", "icon"),
        ("Protesters were frothing at the gates, the mayor said.", "frothing"),
        ("Never again will we let this happen, the mayor said.", "Never again"),
        ("He has never ever lied to us, the mayor said.", "never ever"),
    ],
)
def test_loaded_sense_still_flagged(body: str, word: str) -> None:
    assert word in _texts(body)


def test_landslide_is_the_electoral_term() -> None:
    # "landslide" names a large electoral margin; "crushing" dramatises the same result
    assert "landslide win" not in _texts("Her allies predicted a landslide win in the count.")
    assert "crushing win" in _texts("Her allies predicted a crushing win in the count.")


def test_contested_name_in_the_dateline_is_the_house_style() -> None:
    # the outlet's dateline names the place: its stylebook's name, in every sentence
    dated = "MANDALAY, Burma - Voters queued at dawn.\n\nIn Burma the count began on Monday."
    assert "Burma" not in _texts(dated, "Voters turn out in Burma")
    # no dateline, or one naming another place: the choice is the sentence's own
    assert "Burma" in _texts("Voters queued at dawn. In Burma the count began on Monday.")
    other = "BANGKOK, Thailand - Voters queued at dawn.\n\nIn Burma the count began on Monday."
    assert "Burma" in _texts(other)


def test_comparison_with_a_stated_figure_reports_no_one() -> None:
    text = "In our tests the scooters went shorter distances than claimed."
    assert "claimed" not in _texts(text)
    assert "claimed" in _texts("The senator claimed the vote was rigged.")
    assert "claimed" in _texts("The range was shorter, as he claimed.")


def test_graduated_extinction_is_a_sleep_training_term() -> None:
    assert "extinction" not in _texts('The method, also known as "graduated extinction," works.')
    assert "extinction" in _texts("He warned of the extinction of the nation's culture.")


def test_online_mob_beside_computing_words_still_flagged() -> None:
    # only the compound "mob programming" is the field's term; a mob on an app is a mob
    body = "A mob on the app and other social networks hounded the reporter."
    assert "mob" in _texts(body)
