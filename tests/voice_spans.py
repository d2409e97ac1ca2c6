"""The test helper the voice and speaker tests share: what voice, and whose, covers a word."""

from __future__ import annotations

from annotator.framing.voices import segment


def who(paragraphs: list[str], para: int, word: str, headline: str = "") -> tuple[str, str]:
    """Voice and speaker of the text at `word` in paragraph `para` (-1: the headline)."""
    seg = segment(headline, paragraphs)
    text, spans = (headline, seg.headline) if para < 0 else (paragraphs[para], seg.body[para])
    pos = text.index(word)
    for s in spans:
        if s.start <= pos < s.end:
            return s.voice, s.speaker or ""
    return "outlet", ""
