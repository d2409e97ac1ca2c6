"""Word sense, round 3: classes of wrong-sense flags the seventeenth editor's reading found (a
refugee resettlement programme read as population transfer, the verb "fool" read as the insult,
a group's Title Case name read as a label), each with the use that must stay flagged. Every
sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in flag(Article(headline=headline, body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "word", "flagged"),
    [
        # Refugees resettled into a country are received, not moved out of their homes.
        (
            "After the militants' shelling of the border, the army expanded the refugee "
            "resettlement program for families fleeing the war.",
            "resettlement program",
            False,
        ),
        (
            "After the militants' shelling of the border, the army announced a resettlement "
            "program for the villages it had cleared during the war.",
            "resettlement program",
            True,
        ),
        # "fool" as a verb after a negation or modal deceives; it calls no one a fool.
        ("Voters in the county do not fool easily, the mayor said.", "fool", False),
        ("These slogans will fool nobody in the valley.", "fool", False),
        ("Only a fool would sign such a deal, the columnist wrote.", "fool", True),
    ],
)
def test_sense_round3(body: str, word: str, flagged: bool) -> None:
    assert (word in _texts(body)) is flagged


def _head_texts(headline: str, body: str) -> list[str]:
    article = Article(headline=headline, body=body)
    return [f.text for f in flag(article, default_lexicon()) if f.field == "headline"]


def test_headline_quotes_a_name_the_body_uses() -> None:
    # A title-case headline quoting a group's name the body writes in capitals mid-sentence.
    body = "Two senators criticised the new “Neocons For Peace” campaign on Monday."
    assert "Neocons" not in _head_texts("Senators Attack ‘Neocons For Peace’", body)
    # The same quoted words the body never names with capitals are the headline's label.
    body = "Two senators criticised the hawks on Monday."
    assert "Neocons" in _head_texts("Senators Attack ‘Neocons For Peace’", body)


@pytest.mark.parametrize(
    ("entry_id", "matched", "expected"),
    [
        # A form listed beside a key of its own takes the entry's alternatives, not the key's:
        # "devastating defeats" are not "grieving defeats", an "appalling record" no
        # "dismayed record".
        ("devastating", "devastating", "severe"),
        ("appalling", "appalling", "poor"),
        ("terrifying", "terrifying", "alarming"),
        ("neocon", "neocons", "neoconservatives"),
        # The key itself keeps its own.
        ("devastating", "devastated", "grieving"),
        ("appalling", "appalled", "dismayed"),
        ("tyrant", "tyrannies", "repressive regimes"),
    ],
)
def test_neutral_fits_the_form(entry_id: str, matched: str, expected: str) -> None:
    lex = default_lexicon()
    entry = next(e for e in lex.entries if e.id == entry_id)
    assert expected in lex.neutral(entry, matched)


def test_extremist_alternative_is_not_an_armed_word() -> None:
    # A politician or a campaigner called an extremist is not a militant or a fighter.
    lex = default_lexicon()
    entry = next(e for e in lex.entries if e.id == "extremists")
    assert not {"militants", "fighters"} & set(lex.neutral(entry, "extremist"))


def test_title_in_doubled_apostrophes() -> None:
    # Some archives write a double quotation mark as two apostrophes: a title in them is a
    # title as in “...”, and a quoted remark in them keeps its loaded word.
    listing = "The studio may revive ''Proud Boys Forever,'' ''Cruel Harvest'' and other films."
    assert "Cruel" not in _texts(listing)
    assert "cruel" in _texts("''It was a cruel decision,'' the mayor said of the cuts.")


def test_guesthouse_shares_the_islands_name() -> None:
    assert "Diaoyutai" not in _texts("The envoys met at the Diaoyutai State Guesthouse on Friday.")
    assert "Diaoyutai" in _texts("Coast guard ships sailed near Diaoyutai on Friday.")


def test_political_football_is_a_stock_idiom() -> None:
    # An editor would not query the cliche for a disputed issue; the dismissive forms stay.
    assert _texts("The bill became a political football in the state race.") == []
    assert "point-scoring" in _texts("The minister dismissed the questions as point-scoring.")


def test_missed_labels_round3() -> None:
    # Words the seventeenth reading's editors listed as missed, in sentences of our own.
    assert "knee-jerk" in _texts("The party's knee-jerk opposition to the plan surprised no one.")
    assert "knee-jerk" not in _texts("The doctor checked the knee-jerk reflex of each patient.")
    assert "xenophobia" in _texts("The mayor's campaign traded on xenophobia and fear.")


@pytest.mark.parametrize(
    ("body", "word", "flagged"),
    [
        # The writer disclaims the clause: the label is named to be set aside.
        (
            "That is not to suggest the new rules are making voters racist, any more than "
            "the ads are turning people into bigots.",
            "racist",
            False,
        ),
        (
            "That is not to suggest the new rules are making voters racist, any more than "
            "his sexist jokes are turning people into bigots.",
            "sexist",
            True,
        ),
        ("I'm not saying that the mayor is corrupt, she told the council.", "corrupt", False),
        # What went unsaid is reported; the label stays the writer's.
        ("The report did not say who paid the corrupt officials.", "the corrupt", True),
        ("She knew what not to say or do, and the bigots in the hall cheered.", "bigots", True),
    ],
)
def test_disclaimed_clause(body: str, word: str, flagged: bool) -> None:
    assert (word in _texts(body)) is flagged


def test_boasting_a_cast_is_having_one() -> None:
    # "that" belongs to the main clause after the comma; "boasting" had a plain object.
    review = (
        "Boasting a strong young cast, it paints a town that many readers will recognise."
    )
    assert "Boasting" not in _texts(review)
    assert "boasted" in _texts("The minister boasted, he said, that the economy was growing.")
    assert "claimed" in _texts("He claimed, without evidence, that the vote was rigged.")


@pytest.mark.parametrize(
    "sentence",
    [
        '"Too many times in my career, I have been arrogant and failed to learn," she said.',
        '"We made some horrendous mistakes, and I apologize for that," the recorder said.',
        '"I was childish and stupid to say it," he said the next day.',
    ],
)
def test_a_speakers_verdict_on_their_own_conduct_is_no_charge(sentence: str) -> None:
    """Apologies and confessions (readings 17-19: judged trivial when flagged)."""
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ('"We are under brutal attack from the regime," he said.', "brutal"),
        ('"They made some horrendous mistakes," the recorder said.', "horrendous"),
        ('"I am proud of what we did; they were arrogant," he said.', "arrogant"),
        ('"We made a horrendous decision to trust these thugs," she said.', "thugs"),
        ('"I was viciously attacked by the mayor," he said.', "viciously"),
        ('"Do they think we are fools?" she asked.', "fools"),
    ],
)
def test_a_verdict_on_others_stays_flagged(sentence: str, flagged: str) -> None:
    assert flagged in _texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He wants to change an unfounded and unfair perception that the mayor is racist.",
        '"This man is no more racist than a cartoon mouse on the moon!" he said.',
        '"I will defend that this man is nowhere near racist," he said.',
        "The senator is far from a traitor, his aides said.",
    ],
)
def test_a_label_denied_by_degree_or_dismissed_before_it_is_stated(sentence: str) -> None:
    """Twentieth reading: a supporter's four denials that a candidate is racist were shown."""
    assert "racist" not in _texts(sentence) and "traitor" not in _texts(sentence)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The perception that the mayor is racist spread quickly.", "racist"),
        ('"No more lies from this council," the crowd chanted.', "lies"),
        ("He is no less racist than his father, critics said.", "racist"),
    ],
)
def test_a_label_stated_or_affirmed_stays_flagged(sentence: str, flagged: str) -> None:
    assert flagged in _texts(sentence)
