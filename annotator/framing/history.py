"""History told literally: a word whose literal referent is a past regime or its crimes ("the
Nazis", "annihilation", "extermination") names that history, not a label, in a passage anchored
in it ("Hitler annihilated 400,000 Germans who were handicapped", "The Nazis suggested
Madagascar", "Selecting the Jews, based on race, for extermination").

A passage is anchored when the paragraph or the one before names a word of the era (the
lexicon's `history_anchor` class: "Hitler", "the Holocaust", "Auschwitz", "the 1940s"), or the
whole article names such words at least three times (a page about the Holocaust). The words
the rule reads are the lexicon's `history_referent` class. A capitalised referent, the party's
name, is literal only as the historical actor, with the definite article ("the Nazis arrested
people"), or naming an analogy talked about ("facile Nazi analogies"): "little Nazis" or "Nazi
terms" applied to people today stay labels.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

# A page naming the era this often is about it (one mention may be an aside or an analogy).
_ARTICLE_TIMES = 3
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "facile Nazi analogies": the comparison talked about, not made.
_ANALOGY_AFTER = re.compile(r"[ \t]+(?:analog(?:y|ies)|comparisons?)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘\'(\[–—…]\s*)$")


@functools.cache
def history_anchor(words: frozenset[str]) -> re.Pattern[str] | None:
    """The era words as one case-insensitive pattern at word boundaries (None: no class)."""
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    if not alts:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])", re.IGNORECASE)


def anchored_paragraphs(
    paragraphs: Sequence[str], headline: str, anchor: re.Pattern[str] | None
) -> frozenset[int]:
    """The paragraphs whose passage is anchored in the era (above)."""
    if anchor is None:
        return frozenset()
    counts = [_count(anchor, p) for p in paragraphs]
    named = [n > 0 for n in counts]
    if sum(counts) + _count(anchor, headline) >= _ARTICLE_TIMES:
        return frozenset(range(len(paragraphs)))
    return frozenset(i for i, n in enumerate(named) if n or (i and named[i - 1]))


def _count(anchor: re.Pattern[str], text: str) -> int:
    """The era words in `text`: a name as a name, capitalised or a date ("the Holocaust",
    "1940s"; "a nuclear holocaust" is none), a phrase of common words in any case
    ("concentration camps")."""
    return sum(1 for m in anchor.finditer(text) if not m.group()[0].islower() or " " in m.group())


def literal_history(text: str, start: int, end: int, referents: frozenset[str]) -> bool:
    """The match `text[start:end]` is a history word read literally in an anchored passage:
    a party's name only as the actor, after "the", or as the analogy talked about (a capital
    opening a sentence marks no name, so there the word is read as any other)."""
    word = text[start:end]
    if word.lower() not in referents:
        return False
    if word[:1].isupper() and not _SENTENCE_START.search(text, max(0, start - 8), start):
        return bool(
            _THE_BEFORE.search(text, max(0, start - 8), start) or _ANALOGY_AFTER.match(text, end)
        )
    return True
