"""Round fourteen of voice and speaker fixes (editor reading 46, ptc-tune pages): another
outlet's report excerpted under "X reported:" / "From X:". Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.documents import reprints

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]


def _excerpt_page(intro: str) -> list[str]:
    return [
        "The mayor went on a trip abroad this week.",
        intro,
        "Mayor Ana Ruiz railed against the harbour board on Sunday during a visit.",
        "She also blasted the port's new fees, according to local officials.",
        "So why does nobody ask about the fees?",
        "The harbour board slammed the plan.",
    ]


def test_reported_introduction_gives_the_excerpt_to_the_outlet() -> None:
    body = _excerpt_page("The Harbour Gazette reported:")
    assert _who(body, 2, "railed") == ("quoted", "The Harbour Gazette")
    assert _who(body, 3, "blasted") == ("quoted", "The Harbour Gazette")


def test_from_introduction_and_the_page_voice_returning() -> None:
    body = _excerpt_page("From HBN:")
    assert _who(body, 2, "railed") == ("quoted", "HBN")
    # a question of the page's own ends the excerpt: what follows is the page's narration
    assert _who(body, 5, "slammed")[0] == "outlet"


def test_excerpt_ends_at_first_person_or_another_introduction() -> None:
    paras = ["Ferry Times reports:", "The ferry was late again on Monday.",
             "I have taken that ferry for years.", "More text."]
    assert [(r.first, r.end, r.author) for r in reprints("", paras)] == [(1, 2, "Ferry Times")]
    paras = ["Ferry Times reports:", "The ferry was late again.", "Tom Lee wrote for Dock News:",
             "The ferry is a disgrace."]
    assert [(r.first, r.end) for r in reprints("", paras)] == [(1, 2)]


def test_another_wrote_names_nobody() -> None:
    assert reprints("", ["Readers were angry.", "Another wrote:", "“This is a scandal.”"]) == []


def test_reported_inside_a_sentence_is_no_introduction() -> None:
    paras = ["Officials said the Harbour Gazette reported: the fees rise.", "The fees rose."]
    assert reprints("", paras) == []
