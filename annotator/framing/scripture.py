"""Scripture quoted: the words of a cited verse are the scripture's, not a label the outlet or a
speaker applies to anyone ("Wilt thou also destroy the righteous with the wicked?" ... -Genesis
18:23; “Between us and you there is enmity and hatred forever” (Qur’an 60.4)).

A quotation is scripture when a verse reference follows its closing mark (in the same paragraph
or opening the next one: "-Genesis 18:16-33"), introduces it in the same sentence ("Ezekiel
16:49 declares, “...”"), or when the sentence before its opening mark names scripture as the
speaker ("Scripture tells us “...”", "The Bible then informs us, “...”"). A quotation may run
over several paragraphs, as a long passage does. A quoted word in the same sentence as a
scripture quotation is the scripture's term too ("murder of the “infidels” ...: “They fight on
the way of Allah ...” (Quran 9:11)").

Only quotations count: the outlet's own sentence that cites a verse in brackets ("Ungrateful
reprobates ... are what they are (Matthew 23:3)") applies the verse to people today, and the
PTC annotators mark such words as propaganda.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A scripture reference: "2 Timothy 3:1-5", "Ephesians 5:6", "Psalm 23", "Surah 5:32", "Qur’an
# 60.4" (a chapter is enough there), "2 Cor 6:14-17". Books that are also first names or words
# ("John", "Mark", "Acts", "Job") count only with a chapter and verse or a numbered book ("1 John
# 4"); books that are nothing else need only a chapter; abbreviations need chapter and verse.
_NAME_BOOKS = (
    r"Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|Esther|Job|Daniel|Hosea|Joel|Amos|Jonah|"
    r"Micah|Matthew|Mark|Luke|John|Acts|Timothy|Titus|James|Peter|Jude|Numbers"
)
_PLAIN_BOOKS = (
    r"Genesis|Exodus|Leviticus|Deuteronomy|Nehemiah|Psalms?|Proverbs|Ecclesiastes|Isaiah|"
    r"Jeremiah|Lamentations|Ezekiel|Obadiah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|"
    r"Malachi|Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|"
    r"Philemon|Hebrews|Revelations?|Surah|Sura|Quran|Qur['’]an|Koran"
)
# (Abbreviations that are also first names, "Matt." and "Phil.", only with their full stop.)
_SHORT_BOOKS = (
    r"Gen|Exod?|Lev|Deut|Ps|Prov|Eccl|Isa|Jer|Ezek|Mt|Mk|Lk|Jn|Rom|Cor|Gal|Eph|Col|Thess|Tim|"
    r"Heb|Jas|Pet|Rev|Matt(?=\.)|Phil(?=\.)"
)
# One-chapter books are cited by verse alone ("Jude 7").
_ONE_CHAPTER = r"Jude|Philemon|Obadiah"
SCRIPTURE_REF = re.compile(
    rf"\b(?:(?:[1-3]|I{{1,3}})\s+(?:{_NAME_BOOKS}|{_PLAIN_BOOKS})\s+\d{{1,3}}"
    rf"|(?:{_NAME_BOOKS}|{_PLAIN_BOOKS})\s+\d{{1,3}}:\d{{1,3}}"
    rf"|(?:[1-3]\s+)?(?:{_SHORT_BOOKS})\.?\s+\d{{1,3}}:\d{{1,3}}"
    rf"|(?:{_ONE_CHAPTER})\s+\d{{1,2}}(?![\d-])"
    rf"|(?:{_PLAIN_BOOKS})\s+\d{{1,3}})\b"
)

# What every reference holds, a capitalised word (a book, maybe abbreviated) and a number: a
# cheap pattern that rules out most paragraphs before the reference's many alternatives are
# tried at each word (they had made flagging twice as slow on pages citing no scripture).
_BOOK_AND_NUMBER = re.compile(r"[A-Z][a-z’']{1,14}\.?\s+\d")

# "Scripture tells us “...”", "The Bible then informs us, “...”", "the verse reads: “...”".
_SCRIPTURE_SPEAKS = re.compile(
    r"\b(?:Scripture|the\s+Bible|the\s+Word\s+of\s+God|God['’]s\s+Word|the\s+Gospel|the\s+Torah|"
    r"the\s+Qur['’]?an|the\s+Koran|the\s+(?:verse|passage|psalmist|prophet|apostle))\s+"
    r"(?:\w+\s+){0,2}?(?:says|said|tells\s+us|told\s+us|declares|reads|read|states|teaches|"
    r"informs\s+us|commands|warns|records|puts\s+it)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)")
_OPENING = "“«"
_CLOSING = "”»"
_MARKS = re.compile(r'[“”«»"]')
# A quotation left open at a paragraph's end may run on over the next ones (a passage quoted
# at length); past this many paragraphs the mark was a stray.
_MAX_PARAGRAPHS = 40
# The most characters between a reference and the quotation it introduces (", saying: ").
_INTRODUCTION = 40

Span = tuple[int, int]
Place = tuple[int, int]  # (paragraph, offset)


def _quotations(paragraphs: Sequence[str]) -> list[tuple[Place, Place]]:
    """Every quotation: where its opening mark and its closing mark stand. Curly marks open and
    close; a straight double mark closes an open quotation, else opens one. A quotation open at
    a paragraph's end goes on into the next paragraphs until a mark closes it (a paragraph
    opening with another mark continues it, as long passages are printed)."""
    found: list[tuple[Place, Place]] = []
    open_at: Place | None = None
    for i, para in enumerate(paragraphs):
        if open_at is not None and i - open_at[0] > _MAX_PARAGRAPHS:
            open_at = None  # a stray mark
        for mark in _MARKS.finditer(para):
            j, ch = mark.start(), mark.group()
            # a straight mark that stands where an opening one would ('and then "the LORD')
            # opens a new quotation rather than closing one left open paragraphs before
            opens = ch in _OPENING or (
                ch == '"' and (open_at is None or (open_at[0] < i and _opening_place(para, j)))
            )
            if opens:
                continuing = open_at is not None and open_at[0] < i and not para[:j].strip()
                if not continuing:
                    open_at = (i, j)
            elif (ch in _CLOSING or ch == '"') and open_at is not None:
                found.append((open_at, (i, j)))
                open_at = None
    return found


def _opening_place(para: str, j: int) -> bool:
    before = para[j - 1] if j else " "
    after = para[j + 1 : j + 2]
    return (before.isspace() or before in "([—–") and (after.isalnum() or after == ".")


def _cited_after(paragraphs: Sequence[str], close: Place) -> bool:
    i, j = close
    rest = paragraphs[i][j + 1 : j + 60].lstrip(" ,.;:!?)’'")
    if not rest and i + 1 < len(paragraphs):
        rest = paragraphs[i + 1][:60]
    return bool(SCRIPTURE_REF.match(rest.lstrip(" ,(-–—")))


def _introduced(para: str, opening: int) -> bool:
    """A reference or scripture as the speaker right before the opening mark, in the same
    sentence ("Ezekiel 16:49 declares, “", "read Romans 1:29-31, saying: “"). A reference in
    brackets cites the words before it ("After I got saved (John 3:3), my mother said, “"):
    it introduces no quotation."""
    lead = para[max(0, opening - 120) : opening]
    breaks = list(_SENTENCE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    if _SCRIPTURE_SPEAKS.search(lead):
        return True
    refs = list(SCRIPTURE_REF.finditer(lead))
    if not refs:
        return False
    ref = refs[-1]
    bracketed = lead[: ref.start()].rstrip().endswith("(")
    return not bracketed and len(lead) - ref.end() <= _INTRODUCTION


def _covered(
    paragraphs: Sequence[str], start: Place, end: Place
) -> list[tuple[int, Span]]:
    """The (paragraph, span) pieces a quotation from `start` to `end` covers."""
    if start[0] == end[0]:
        return [(start[0], (start[1], end[1]))]
    pieces = [(start[0], (start[1], len(paragraphs[start[0]])))]
    pieces += [(k, (0, len(paragraphs[k]))) for k in range(start[0] + 1, end[0])]
    return [*pieces, (end[0], (0, end[1]))]


def _same_sentence(para: str, a: Span, b: Span) -> bool:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return not _SENTENCE_BREAK.search(para, lo, hi)


def passages(paragraphs: Sequence[str]) -> dict[int, list[Span]]:
    """Per paragraph, the spans of text quoted from scripture (above)."""
    if not any(
        (_BOOK_AND_NUMBER.search(p) and SCRIPTURE_REF.search(p)) or _SCRIPTURE_SPEAKS_CUE.search(p)
        for p in paragraphs
    ):
        return {}  # most pages cite no scripture: one pass of two searches
    quotes = _quotations(paragraphs)
    spans: dict[int, list[Span]] = {}
    for start, end in quotes:
        if _cited_after(paragraphs, end) or _introduced(paragraphs[start[0]], start[1]):
            for k, span in _covered(paragraphs, start, end):
                spans.setdefault(k, []).append(span)
    # A quoted word in a sentence with a scripture quotation is the scripture's term.
    for start, end in quotes:
        k = start[0]
        if k != end[0] or (start[1], end[1]) in spans.get(k, []):
            continue
        own = (start[1], end[1])
        if any(_same_sentence(paragraphs[k], own, s) for s in spans.get(k, [])):
            spans[k].append(own)
    return spans


_SCRIPTURE_SPEAKS_CUE = re.compile(r"\b(?:Scripture|Bible|Word|Gospel|Torah|Qur|Koran|verse)")


def in_passage(spans: dict[int, list[Span]], paragraph: int, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans.get(paragraph, ()))
