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
    # A borrowed plural stays plural even when a misspelt "-s" plural is listed beside it.
    loan = frozenset({"mujahid", "mujahideen", "mujahideens"})
    assert number_of("mujahideen", loan, loan) == "plural"
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


def test_a_verb_use_is_offered_a_verb() -> None:
    text = (
        "I have seen what they do to him; I know why they smear him, and it has nothing to do "
        "with the law."
    )
    assert "criticize" in _neutral(text, "smear")


def test_an_insult_gets_advice_to_drop_it_not_a_group_noun() -> None:
    got = _neutral(
        "The post asked readers to help find the man it called a scum bag of the year, "
        "the station reported.",
        "scum bag",
    )
    assert "(drop the insult)" in got
    assert not {"attackers", "fighters", "attacker", "fighter"} & set(got)


def test_alternatives_that_would_assert_facts_are_advice() -> None:
    # "con man" is an insult; "accused of fraud" would state a charge the text does not give.
    con = _entry("con-man")
    assert con.neutral[0] == "(drop the insult)"
    assert not any("fraud" in a and not a.startswith("(") for a in con.neutral)


def test_main_sense_lists() -> None:
    lex = default_lexicon()
    # A feeling or damage, not demolition.
    assert "destroyed" not in lex.neutral(_entry("devastating"), "devastated")
    # "Great Satan" means the United States; Israel is the "Little Satan".
    satan = _entry("great-satan")
    assert "Israel" not in lex.neutral(satan, "Great Satan")
    assert lex.neutral(satan, "Little Satan") == ["Israel"]
    # Being paid by someone is not being controlled by them.
    assert lex.neutral(_entry("thumb"), "on the payroll of")[0] == "paid by"
    # A press campaign is not an investigation.
    assert "campaign" in _entry("witch-hunt").neutral
    assert lex.neutral(_entry("incompetent"), "hapless")[0] == "(drop the word)"
