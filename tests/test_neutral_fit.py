"""A neutral alternative must fit the sense the word is used in: the first alternative is the
one a reporter reads first, so it is the one that must fit the common sense in news copy."""

from __future__ import annotations

import pytest

from annotator import annotate
from annotator.framing import default_lexicon, flag
from annotator.framing.agreement import agree, number_of, plural, singular
from annotator.models import Article


def _first_neutral(body: str, text: str) -> list[str]:
    got = {f.text: f.neutral for f in flag(Article(headline="", body=body), default_lexicon())}
    return got[text]


@pytest.mark.parametrize(
    ("body", "text", "first", "never"),
    [
        # words and posts, not violence
        ("The senator faced vicious attacks in the ads all week.", "vicious", "harsh", "violent"),
        ("The governor viciously mocked the plan at the rally.", "viciously", "harshly",
         "violently"),
        ("Her staff endured a wave of trolling after the vote.", "trolling", "online harassment",
         "provoking"),
        # a crisis as often as a person's outburst
        ("The party is in full meltdown after the primary.", "meltdown", "crisis", None),
        ("The mayor called the plan divisive in a speech.", "divisive", "contentious", "disputed"),
    ],
)
def test_first_alternative_fits_the_common_sense(
    body: str, text: str, first: str, never: str | None
) -> None:
    neutral = _first_neutral(body, text)
    assert neutral[0] == first
    assert never not in neutral


# Session 16: alternatives agree with the form used, in number and part of speech, and
# insults get advice to drop them (issue 9, item 7).


def _neutral(text: str, word: str) -> list[str]:
    """The alternatives offered for the flag on `word` in an annotated text."""
    for f in annotate(text=text).flags:
        if f.text.lower() == word.lower():
            return f.neutral
    raise AssertionError(f"{word!r} not flagged in {text!r}")


def _entry(entry_id: str):  # type: ignore[no-untyped-def]
    return next(e for e in default_lexicon().entries if e.id == entry_id)


def test_a_label_for_one_person_gets_singular_alternatives() -> None:
    text = (
        "The columnist wrote that the terrorist had planned the raid for months, and that "
        "officials had ignored the warnings."
    )
    got = _neutral(text, "terrorist")
    assert "militant" in got and "gunman" in got
    assert "militants" not in got


def test_a_plural_label_gets_plural_alternatives() -> None:
    lex = default_lexicon()
    despot = _entry("despot")
    assert lex.neutral(despot, "despots") == ["leaders", "presidents", "rulers"]
    assert lex.neutral(despot, "despot") == ["leader", "president", "ruler"]
    immigrant = _entry("illegal-immigrant")
    # The plural the automaton adds to a listed singular: the head noun agrees, not the last
    # word of the phrase.
    assert lex.neutral(immigrant, "illegal immigrants") == [
        "undocumented immigrants",
        "immigrants in the country illegally",
    ]


def test_number_is_decided_only_where_the_entry_lists_both() -> None:
    forms = frozenset({"glorious army", "glorious armies"})
    # A group noun's alternatives name its members: "soldiers" stay plural.
    assert number_of("glorious army", forms, frozenset({"glorious army"})) is None
    assert number_of("cult", frozenset({"cult", "cults"}), frozenset({"cult", "cults"})) is None
    listed = frozenset({"terrorist", "terrorists"})
    assert number_of("terrorist", listed, listed) == "singular"
    assert number_of("terrorists", listed, listed) == "plural"


@pytest.mark.parametrize(
    ("alternative", "number", "expected"),
    [
        ("gunmen", "singular", "gunman"),
        ("people", "singular", "person"),
        ("sex offender (if convicted)", "plural", "sex offenders (if convicted)"),
        ("person who falsely said it", "plural", "people who falsely said it"),
        ("(name the group)", "singular", "(name the group)"),
        ("the United States", "singular", "the United States"),  # a name has no number
        ("accused", "plural", "accused"),  # a participle has none either
        ("migration", "plural", "migration"),  # nor an abstract noun
        ("forced displacement", "plural", "forced displacement"),
        ("made false statements", "singular", "made false statements"),  # a verb phrase
    ],
)
def test_agree(alternative: str, number: str, expected: str) -> None:
    assert agree(alternative, number) == expected  # type: ignore[arg-type]


def test_plural_and_singular_words() -> None:
    assert plural("spokesperson") == "spokespeople"
    assert plural("human") == "humans"  # not "humen"
    assert plural("adversary") == "adversaries"
    assert singular("politics") == "politics"
    assert singular("critics") == "critic"
    assert singular("militias") == "militia"
