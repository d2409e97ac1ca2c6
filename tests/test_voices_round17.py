"""Round seventeen of voice and speaker fixes (session 18). Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

# 1. A sentence's subject of an article and capitals ("A Harbour borough") stops, read lazily,
# before its lower-case head; the capitals alone are a modifier and name nobody. With a head
# that speaks the whole phrase is the speaker.


def test_capitals_before_a_common_head_are_no_speaker() -> None:
    body = [
        "A Harbour borough has passed a motion calling the mayor a “bigot” and his plan a sham.",
        "The motion passed by 30 votes to 12.",
    ]
    assert _who(body, 0, "bigot")[1] != "A Harbour"


def test_capitals_before_a_speaking_head_keep_the_whole_phrase() -> None:
    body = [
        "The Ruiz campaign released a statement calling the report a “smear” on Monday.",
        "The report is due out again next week.",
    ]
    assert _who(body, 0, "smear") == ("quoted", "The Ruiz campaign")


def test_a_subject_with_its_verb_after_capitals_is_unchanged() -> None:
    body = [
        "The Senate has passed a motion calling the plan a “disgrace” to the island.",
        "The vote was close.",
    ]
    assert _who(body, 0, "disgrace") == ("quoted", "The Senate")


def test_capitals_before_a_head_and_an_aside_are_no_speaker() -> None:
    body = [
        "A Harbour borough – which has the most ferries in the county – has voted to call the "
        "mayor a “bigot” in a motion.",
        "The motion passed by 30 votes to 12.",
    ]
    assert _who(body, 0, "bigot")[1] != "A Harbour"
