"""Reprinted documents (framing/documents.py), as the coordinator's review left them: a heading's
title stands for the name the text gave before, never for an earlier heading. Our own text."""

from __future__ import annotations

from annotator.framing.documents import reprints


def test_an_earlier_heading_is_not_the_name_a_title_stands_for() -> None:
    paras = ["Archbishop Ana Ruiz came to the city in May."]
    paras += ["The Archbishop Speaks", "I left the hall early.",
              "This text first appeared in the Gazette."] * 2
    found = reprints("", paras)
    assert [(r.first, r.end, r.author) for r in found] == [
        (2, 3, "Archbishop Ana Ruiz"), (5, 6, "Archbishop Ana Ruiz")]
