"""The sixty-first reading: 60 ABC News wire texts of 2001-02 (gensim's lee_background.cor),
none of them from ../shared/data. The wrong senses its readers found in shown flags, each fixed
by a rule that reads the construction, with the loaded use beside it."""

from __future__ import annotations

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.voice) for f in annotate(text=HEAD + text).flags]


def _words(text: str) -> list[str]:
    return [t for t, _ in _flags(text)]


def test_a_strike_is_no_criticism() -> None:
    assert "blasted" not in _words(
        "The agency said the US jets blasted several vehicles at Sharana on Saturday."
    )
    assert "blasted" in _words("The senator blasted the military's handling of the contract.")


def test_an_actors_part_is_described_not_labelled() -> None:
    obituary = (
        "Sir Nigel Hawthorne, best known for his role as the scheming civil servant in Yes "
        "Minister, has died. Playing the smug civil servant Sir Humphrey Appleby, he won awards."
    )
    words = _words(obituary)
    assert "scheming" not in words
    assert "smug" not in words


def test_a_person_playing_a_part_is_still_labelled() -> None:
    assert "playing the victim" in _words("Putin is playing the victim again, the senator said.")
    assert "smug" in _words("The minister is a smug civil servant who never listens.")


def test_a_vice_president_keeps_the_whole_title() -> None:
    flags = annotate(
        text=HEAD + "Vice President Dick Cheney said the plan was a disgraceful sham."
    ).flags
    assert {f.speaker for f in flags} == {"Vice President Dick Cheney"}


def test_warlord_is_a_label_out_of_the_default_view() -> None:
    flags = annotate(
        text=HEAD + "Russian authorities have sentenced Chechen warlord Salman Raduyev to life."
    ).flags
    assert [(f.text, f.severity, f.shown) for f in flags] == [("warlord", "low", False)]
