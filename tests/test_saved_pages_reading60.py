"""The sixtieth reading: 33 real web pages saved from CNN, Time, Politico, HuffPost, Business
Insider and others (2010-2014), none of them from ../shared/data. The wrong senses and voices
its readers found, each fixed by a rule that reads the construction, with the loaded use
beside it to show the rule keeps it."""

from __future__ import annotations

import pytest

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _flags(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.text, f.voice, f.speaker) for f in annotate(text=HEAD + text).flags]


def _words(text: str) -> list[str]:
    return [t for t, _, _ in _flags(text)]


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # a contracted auxiliary leaves the subject its own word
        ("Senator Ada Lind spoke on Monday. She'd called them liars.", "liars", "Ada Lind"),
        ("Senator Ada Lind spoke on Monday. She's said the plan was a sham.", "sham", "Ada Lind"),
        ("Page would call Brin's ideas stupid. They'd both called each other bastards.",
         "bastards", None),
    ],
)
def test_contracted_auxiliaries_keep_the_speaker(
    text: str, word: str, speaker: str | None
) -> None:
    hits = [(v, s) for t, v, s in _flags(text) if t == word]
    assert hits and hits[0][0] == "paraphrase"
    assert speaker is None or (hits[0][1] or "").endswith(speaker)


def test_a_possessive_is_no_contraction() -> None:
    hits = [(v, s) for t, v, s in _flags("Trump's aides said the plan was a sham.") if t == "sham"]
    assert hits == [("paraphrase", "Trump's aides")]


def test_calling_into_question_names_nothing() -> None:
    text = (
        "The scientists are not the only ones calling the government's rosy picture of the "
        "spill into question."
    )
    assert ("rosy picture", "outlet", None) in _flags(text)


def test_showing_glimpses_reports_nothing() -> None:
    text = (
        "Clinton spoke first. She's already shown glimpses of her skill: think back to "
        "Clinton's sly backhanding of O'Malley."
    )
    assert ("sly", "outlet", None) in _flags(text)
