"""Word sense, round 33 (issue 9): scripture quoted, titles mentioned, words compared as words,
standard terms. Every sentence here is our own."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import flags, shown_in_news
except ImportError:
    from flag_texts import flags, shown_in_news  # type: ignore[no-redef]


def _hidden(body: str, word: str) -> bool:
    """The word is flagged (kept in the JSON) and out of the default view on a news page."""
    shown = shown_in_news(body, "Report")
    return word in shown and not shown[word]


def _shown(body: str, word: str) -> bool:
    return shown_in_news(body, "Report").get(word, False)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a reference after the closing mark, in brackets, with a dot or a curly apostrophe
        ("The leaflet ends: “the wicked shall be cut off for ever” (Psalm 37.28).", "the wicked"),
        ("Their banner read: “No peace and no mercy for the infidels” (Qur’an 9.5).", "infidels"),
        # a reference introducing the quotation
        ("Ezekiel 3:19 warns, \"If thou warn the wicked and he turn not, he shall die.\"",
         "the wicked"),
        ("As Jude 7 has it, “they gave themselves over to fornication and perversion.”",
         "perversion"),
        ("The sermon cited 2 Cor 6:14 on it: “what fellowship hath the righteous with the wicked?”",
         "the wicked"),
        # scripture named as the speaker
        ("The Bible tells us “the way of the wicked is as darkness.”", "the wicked"),
        # read out earlier by a pastor (these were dropped before; now kept and hidden)
        (
            "The pastor then read Romans 1:29-31, saying: “They are whisperers, backbiters, "
            "haters of God, traitors and boasters.”",
            "traitors",
        ),
        ("“The wicked flee when no man pursueth,” (Proverbs 28:1) she wrote in the newsletter.",
         "The wicked"),
    ],
)
def test_scripture_quoted_is_hidden(body: str, word: str) -> None:
    assert _hidden(body, word)


def test_passage_over_several_paragraphs() -> None:
    body = (
        "Here is the passage the pastor chose.\n\n"
        "“And the servant said, Shall the Lord spare the city?\n\n"
        "Shall he slay the righteous with the wicked?\n\n"
        "And he answered, I will not destroy it.\"\n\n"
        "-Genesis 18:20-32\n\n"
        "The congregation then sang."
    )
    assert _hidden(body, "the wicked")


def test_quoted_term_beside_a_scripture_quotation() -> None:
    body = (
        "The preacher said the old text offers only war on the “infidels” in return:"
        " “fight them until they submit.” (Quran 9:29) He then sat down."
    )
    assert _hidden(body, "infidels")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the outlet's own sentence citing a verse applies it to people today
        ("Ungrateful hypocrites are what these senators are (Matthew 23:3).", "hypocrites"),
        # a reference in an earlier sentence introduces nothing
        ("The pastor read Psalm 23. Later he said “the traitors will pay”.", "traitors"),
        # a quotation with no reference near it
        ("“These people are traitors,” the senator said of the board.", "traitors"),
    ],
)
def test_not_scripture_stays_shown(body: str, word: str) -> None:
    assert _shown(body, word)


def test_hidden_scripture_keeps_voice() -> None:
    found = [f for f in flags("Ezekiel 3:19 warns, “If thou warn the wicked, he shall die.”")
             if f.text == "the wicked"]
    assert found and found[0].voice == "quoted"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a title in title case after the work is named: mentioned, kept in the JSON
        ("Her new book is Confessions of an Islamophobe, out in May.", "Islamophobe"),
        ("Pre-order the new book, Traitors in the Family: How It Happened, here.", "Traitors"),
        ("He is the author of Stupid White Lies and two other books.", "Stupid"),
        ("Her novel titled Liars of the Valley sold well.", "Liars"),
    ],
)
def test_title_after_a_work_named_is_hidden(body: str, word: str) -> None:
    assert _hidden(body, word)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # no title: the run does not open right after the work named
        ("In his book the Tyrant Nero is the villain of the fire.", "Tyrant"),
        ("The book was bought by every Islamophobe in the county.", "Islamophobe"),
        # a label in narration next to the word "book"
        ("The columnist, an Islamophobe by any measure, sold the book.", "Islamophobe"),
    ],
)
def test_not_a_title_stays_shown(body: str, word: str) -> None:
    assert _shown(body, word)


@pytest.mark.parametrize(
    "body",
    [
        # a quoted word compared with the word that replaces it: two words of a document
        "Note the change: “reform” is replaced with “overhaul” in the new draft.",
        "The final text swapped “reform” for “overhaul” throughout.",
        "The new statute replaced “reform” with a longer phrase.",
    ],
)
def test_word_compared_as_a_word_is_no_scare_quote(body: str) -> None:
    assert not any(f.entry_id == "scare-quotes" for f in flags(body, "Report"))


def test_scare_quote_without_comparison_stays() -> None:
    body = "The board approved the “reform” on Tuesday."
    assert any(f.entry_id == "scare-quotes" for f in flags(body, "Report"))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # an unnamed group as the legal category
        ("Police are checking possible ties to a terrorist organization abroad.", "terrorist"),
        ("So far no terrorist organization has claimed the bombing.", "terrorist"),
        # an invader that is an object in space
        ("Astronomers tracked the solar system invader for six weeks.", "invader"),
        ("The interstellar invader was first taken for a comet.", "invader"),
        # moral theology's terms of art
        ("Can objectively immoral acts be an offering to God, the theologian asks.", "immoral"),
        ("The bishop opened a cause to examine her life of heroic virtue.", "heroic"),
    ],
)
def test_standard_terms_not_flagged(body: str, word: str) -> None:
    assert word not in {f.text for f in flags(body, "Report")}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("He called the charity a terrorist front and its donors terrorists.", "terrorist"),
        ("The mayor called the migrants invaders.", "invaders"),
        ("The column called the policy immoral.", "immoral"),
        ("The column praised the heroic general for the raid.", "heroic"),
    ],
)
def test_labels_still_flagged(body: str, word: str) -> None:
    assert word in {f.text for f in flags(body, "Report")}


@pytest.mark.parametrize(
    ("body", "word", "flagged"),
    [
        # the verb after a relative pronoun or a modal: to threaten, to harm
        ("The bishop wrote of the storms which menace the harbour towns.", "menace", False),
        ("The drought is expected to blight the valley until spring.", "blight", False),
        # the noun metaphor stays
        ("The senator called that menace to society a hero.", "menace", True),
        ("The mayor called graffiti a scourge.", "scourge", True),
    ],
)
def test_menace_verb_and_noun(body: str, word: str, flagged: bool) -> None:
    assert (word in {f.text for f in flags(body, "Report")}) is flagged


def test_definition_of_a_word_is_hidden() -> None:
    body = (
        "The Greek word rendered “unclean” refers to something that is morally disgusting,"
        " the lecturer said in her talk."
    )
    assert _hidden(body, "disgusting")


def test_disgusting_as_a_verdict_stays() -> None:
    assert _shown("Morally disgusting payments went to the donors.", "disgusting")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # an emotion participle as an adjunct with its cause: a feeling reported
        ("Many members are leaving the club, disgusted by the board's choices.", "disgusted"),
        ("Outraged at the ruling, the families marched to the courthouse.", "Outraged"),
    ],
)
def test_feeling_adjunct_is_hidden(body: str, word: str) -> None:
    assert _hidden(body, word)


def test_call_to_feel_stays_shown() -> None:
    assert _shown("Every voter should be outraged by this giveaway.", "outraged")


@pytest.mark.parametrize(
    ("text", "is_ref"),
    [
        ("Qur’an 60.4", True),
        ("2 Cor 6:14-17", True),
        ("Jude 7", True),
        ("Matt. 5:3", True),
        ("Rom 13:4", True),
        # first names and scores are no references
        ("Matt 10:30", False),
        ("Phil 2:30", False),
        ("Numbers 4.5", False),
        ("Jude 7-year-old", False),
    ],
)
def test_scripture_reference(text: str, is_ref: bool) -> None:
    from annotator.framing.scripture import SCRIPTURE_REF

    assert (SCRIPTURE_REF.match(text) is not None) is is_ref


def test_bracketed_reference_introduces_no_quotation() -> None:
    # the reference cites the words before it; the quotation after is the mother's own
    body = "After I was baptised (John 3:5), “those neighbours are traitors,” my mother said."
    assert _shown(body, "traitors")
