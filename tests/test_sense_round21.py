"""Word sense, issue 9, round two of the twenty-first reading: a contest's literal loser, a
vulgarity described as obscene, an abbreviation the text defines in brackets; each beside the
use that must stay flagged. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag, public_affairs
from annotator.models import Article


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in flag(Article(headline=headline, body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the one who lost a contest, beside the contest or the virtue shown to them
        ("In the baking contest the loser had to wash every pan.", "loser"),
        ("Her story is about a chess tournament where the loser leaves town.", "loser"),
        ("'You should be gracious to the loser,' the old coach said.", "loser"),
        # a vulgarity described accurately
        ("He repeated a phrase widely considered obscene on live television.", "obscene"),
        ("The player was fined for an obscene gesture toward the crowd.", "obscene"),
        # an abbreviation the text defines: a technical term, not the label
        (
            "The rover carries Laser-Induced Breakdown Spectroscopy (LIBS) for chemistry. "
            "The LIBS readings matched the samples.",
            "LIBS",
        ),
    ],
)
def test_literal_or_technical_sense_not_flagged(body: str, word: str) -> None:
    assert word not in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The senator called his opponent a loser at the rally.", "loser"),
        ("Critics called the executive bonuses obscene.", "obscene"),
        # capitals for emphasis, no bracketed definition: still the label
        ("He posted that the LIBS would lose the vote.", "LIBS"),
    ],
)
def test_loaded_sense_still_flagged(body: str, word: str) -> None:
    assert word in _texts(body)


@pytest.mark.parametrize(
    ("body", "word", "shown"),
    [
        # the wire's own verb for a rebuke: flagged, out of the default view
        ("The senator chided the governor for skipping the hearing.", "chided", False),
        # a colour verb of the same entry stays in view
        ("The senator sniped at the governor for skipping the hearing.", "sniped", True),
    ],
)
def test_wire_rebuke_verb_out_of_view(body: str, word: str, shown: bool) -> None:
    flags = flag(
        Article(headline="", body=body), default_lexicon(), genre="news", topic="public_affairs"
    )
    assert {f.text: f.shown for f in flags if f.text == word} == {word: shown}, flags


def test_litigation_over_a_technology_is_public_affairs() -> None:
    """A piece on lawsuits over a technology and how it is regulated is about law and the
    state, though it names no election, party or minister."""
    words = default_lexicon().word_classes["public_affairs"]
    story = (
        "The plaintiffs say the defendants copied their work, and the ruling on their "
        "litigation may bind other jurisdictions where enforcement of the rules is weak. "
    ) + "The model reads millions of pages and learns the patterns of the prose. " * 14
    assert public_affairs(story, words).topic == "public_affairs"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the fair-use test's term in a paragraph on copyright law
        (
            "The judge held that copying the books was a fair use because the training "
            "was highly transformative for the model.",
            "transformative",
        ),
        # the economists' term for a reward that backfires
        ("Per-click fees create perverse incentives for the platforms.", "perverse"),
    ],
)
def test_terms_of_art_not_flagged(body: str, word: str) -> None:
    assert word not in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The vendor calls its new platform transformative for every team.", "transformative"),
        ("Critics called the ruling's effects perverse.", "perverse"),
    ],
)
def test_praise_and_verdicts_still_flagged(body: str, word: str) -> None:
    assert word in _texts(body)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the activity named between dashes; the clause after is the next participle's
        ("He finds one part of politics hard - bragging - admitting that he dislikes it.", False),
        # a dashed adverb before the clause keeps the verb's report
        ("He boasted - loudly - that the plan had worked.", True),
        ("He was bragging that the plan had worked.", True),
    ],
)
def test_verb_set_off_by_dashes_names_an_activity(body: str, flagged: bool) -> None:
    assert any(w in ("bragging", "boasted") for w in _texts(body)) == flagged, _texts(body)


def test_a_tag_before_a_dash_still_reports() -> None:
    body = '"We won the vote," he boasted - adding that the polls had been wrong.'
    assert "boasted" in _texts(body)


@pytest.mark.parametrize(
    ("body", "word", "flagged"),
    [
        # sounds of a device or a machine
        ("The earbuds have strident highs and a thin bass.", "strident", False),
        ("The old engine whines when the van climbs a hill.", "whines", False),
        # a person's temperament or complaint
        ("The senator struck a strident tone in the debate.", "strident", True),
        ("The mayor whines that the council ignores him.", "whines", True),
    ],
)
def test_sounds_are_not_temperament_or_complaint(body: str, word: str, flagged: bool) -> None:
    assert (word in _texts(body)) == flagged, _texts(body)


def test_a_term_the_page_explains_is_not_applied() -> None:
    """A page that explains where its term comes from uses it as a term of its trade."""
    body = (
        'Some hosts sell a "kitchen sink" bundle of every service.\n\n'
        'The term "kitchen sink" comes from the saying "everything but the kitchen sink."'
    )
    assert "kitchen sink" not in " ".join(_texts(body)).lower(), _texts(body)
    # not explained: the campaign's everything-at-once attack stays flagged
    assert "kitchen sink" in " ".join(
        _texts("The campaign threw the kitchen sink at the senator in the last week.")
    ).lower()
