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
    ("text", "word"),
    [
        # matter breaking down (Time, on the BP spill)
        ("“Until we know how fast the oil is degrading, we can't say,” Joye said.", "degrading"),
        ("“Most of the remainder is degrading rapidly,” Lubchenco said.", "degrading"),
        # states losing a House seat, and other outcomes
        ("Other likely losers are Illinois, Iowa and Louisiana.", "losers"),
        ("The biggest losers in the budget are farmers.", "losers"),
        # literal sinking and falling numbers
        ("Dispersants may have caused the oil to sink to the ocean floor.", "sink to"),
        ("The company's shares sank to a record low on Tuesday.", "sank to"),
        # a firm wound up
        ("After the 2009 bankruptcy and liquidation of Central Park Media, ADV took over.",
         "liquidation of"),
        # not yet told
        ("It is the untold story of how the deal was made.", "untold"),
        # a cleft that denies its clause
        ("It wasn't that he was a tyrant. It's just that he connected to ideas.", "tyrant"),
        # a denied belief with "the"
        ("SIEBEN: I don't think it's the end of the world for Australian swimming.",
         "end of the world"),
    ],
)
def test_other_senses_are_not_flagged(text: str, word: str) -> None:
    assert word not in _words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He called the treatment degrading and said the prisoners were humiliated.",
         "degrading"),
        ("Trump called them losers and haters.", "losers"),
        ("How could they sink so low?", "sink so low"),
        ("Stalin ordered the liquidation of the kulaks as a class.", "liquidation of"),
        ("The war caused untold suffering.", "untold"),
        ("He was a tyrant who jailed his critics.", "tyrant"),
        ("It's the end of the world for Australian swimming, he said.", "end of the world"),
    ],
)
def test_the_loaded_use_stays(text: str, word: str) -> None:
    assert word in _words(text)


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


def test_he_is_no_plural_noun() -> None:
    text = (
        "Engineers said the plan was fine. Finally, one of the engineers in the room, Ron "
        "Dolin, started yelling at Page. He said the meeting was a disgraceful sham."
    )
    assert ("sham", "paraphrase", "Engineers") not in _flags(text)


TRANSCRIPT = (
    "MARK BANNERMAN: The decision to cut funding for swimming has drawn some comment.\n\n"
    "Ellesa Throwden reports.\n\n"
    "ELLESA THROWDEN: It's been a tough time for the sport since London.\n\n"
    "Soul searching was replaced by damning reports and the infamous bonding session.\n\n"
    "JON SIEBEN: It is a shame, and the cut is a disgraceful insult to the swimmers.\n\n"
)


def test_a_broadcasts_presenter_and_reporter_are_the_outlet() -> None:
    flags = {t: (v, s) for t, v, s in _flags(TRANSCRIPT)}
    assert flags["damning"] == ("outlet", None)
    assert flags["infamous"] == ("outlet", None)
    # the interviewee's turn is still his
    assert flags["disgraceful"] == ("quoted", "JON SIEBEN")


def test_without_a_handover_every_label_is_quoted() -> None:
    text = TRANSCRIPT.replace("Ellesa Throwden reports.\n\n", "")
    assert ("infamous", "quoted", "ELLESA THROWDEN") in _flags(text)


def test_a_book_about_someone_is_the_books() -> None:
    text = "More recently, a tell-all book about Twitter has cast him as being more underhanded."
    assert ("underhanded", "paraphrase", "a tell-all book about Twitter") in _flags(text)


def test_a_doubting_gloss_between_dashes_is_the_writers() -> None:
    text = (
        "Americans watch five hours a day, according to Nielsen, and even adults 18 to 24 years "
        "old—the supposed digital generation—view three hours."
    )
    assert ("supposed", "outlet", None) in _flags(text)


def test_a_paper_reporting_in_a_speakers_turn_is_no_handover() -> None:
    text = (
        "SMITH: The plan is a disgraceful sham. The Times reports.\n\n"
        "JONES: I disagree with that.\n\n"
    )
    assert ("disgraceful", "quoted", "SMITH") in _flags(text)


def test_an_impersonal_its_said_names_no_one() -> None:
    text = "The Times ran the story on Monday. It's said that the senator is a disgraceful crook."
    assert ("crook", "outlet", None) in _flags(text)
