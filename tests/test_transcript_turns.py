"""A transcript or interview printed a line (or a paragraph) at a time: a labelled turn ("Q:",
"GILANI A:", "BACON:") runs over the unlabelled lines up to the next label, and a label in
capitals before "Q:" or "A:" names who asks or answers. Lines after the last label stay the
outlet's. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

DEPOSITION = [
    "The lawyer, Jim Bacon, questioned Sara Lund at a deposition in May.",
    "BACON Q: That is your address, isn't it?",
    "And you wrote to the police from it, didn't you?",
    "LUND A: Yes, a long time ago.",
    "Q: No, not a long time ago.",
    "You lied to me, didn't you?",
    "You're a liar, aren't you?",
    "A: I forgot about that.",
    "It was not in my mind.",
    "BACON: Ah.",
    "Bacon did not answer questions about the deposition, a shameful silence.",
]


def _speaks(para: int, word: str, surname: str) -> bool:
    voice, speaker = _who(DEPOSITION, para, word)
    return voice == "quoted" and surname in speaker.split()


def test_a_named_question_label_is_the_askers() -> None:
    assert _speaks(1, "address", "Bacon")


def test_lines_between_labels_continue_the_turn() -> None:
    assert _speaks(2, "police", "Bacon")
    assert _speaks(5, "lied", "Bacon")
    assert _speaks(6, "liar", "Bacon")
    assert _speaks(8, "mind", "Lund")


def test_a_named_answer_label_is_the_answerers() -> None:
    assert _speaks(3, "long time", "Lund")
    assert _speaks(7, "forgot", "Lund")


def test_narration_after_the_last_label_stays_the_outlets() -> None:
    assert _who(DEPOSITION, 10, "shameful") == ("outlet", "")


def test_an_interviews_answer_over_two_paragraphs_is_the_interviewees() -> None:
    page = [
        "Ana Ruiz, the harbor board's chair, spoke to us about the audit.",
        "Q: Was the audit fair?",
        "A: It was a hatchet job from the start.",
        "The auditors never spoke to a single member of the board, which is a disgrace.",
        "Q: What happens now?",
        "A: We appeal.",
    ]
    assert _who(page, 3, "disgrace") == ("quoted", "Ana Ruiz")
    assert _who(page, 4, "What")[0] == "outlet"
