"""Nested quotation: a speaker quoting someone else by name inside their own quote.

"When Harold Pinter accepted the prize, he referred to ‘a vast tapestry of lies’": inside the
outer speaker's quote, the inner quote's words are the person the outer speaker names as
saying them. Only a tag right before the inner quote counts ("he referred to", "Ana Ruiz
said,"), with a subject that is a full name or "he"/"she" standing for the last full name
the outer quote itself gives; a name is read only with a common given name first (or one the
page already knows), so a title, a place or a book inside a quote never speaks.
"""

from __future__ import annotations

import re

from .quotes import find_quotes
from .speakers import HE_NAMES, SHE_NAMES, SpeakerBook

# A full name: a capitalised given name and one to three more capitalised words.
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,3}\b")

# The inner tag, ending at the inner quote's opening mark: subject, verb of saying, and a
# word that leads into the words ("referred to", "asked why", "said that").
_INNER_TAG = re.compile(
    r"(?P<subj>\b[Hh]e|\b[Ss]he|\b[A-Z][a-z]+(?:\s+[A-Z][\w’'\-]+){1,3})\s+"
    r"(?:(?:also|then|once|later|famously|memorably)\s+)?"
    r"(?:said|says|asked|asks|wrote|writes|declared|declares|proclaimed|warned|warns|"
    r"added|replied|referred\s+to|refers\s+to|spoke\s+of|speaks\s+of|called\s+(?:it|them|"
    r"this|that|him|her)|described\s+(?:it|them|this|that|him|her)\s+as|put\s+it)"
    r"(?:\s+(?:that|why|how|of))?\s*[,:]?\s*$"
)
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=\S)")
_LEAD = 120  # characters before the inner quote that may hold its tag


def _given(run: str, pronoun: str | None) -> str | None:
    """The full name in a capitalised run from its common given name on ("When Harold
    Pinter": Harold Pinter), of the pronoun's gender if one is asked."""
    names = HE_NAMES if pronoun == "he" else SHE_NAMES if pronoun == "she" else None
    parts = run.split()
    for i, word in enumerate(parts[:-1]):
        if word in (names if names is not None else HE_NAMES | SHE_NAMES):
            return " ".join(parts[i:])
    return None


def inner_speakers(
    text: str, start: int, end: int, outer: str, book: SpeakerBook
) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of each quote inside the quote text[start:end] whose tag inside
    the outer quote names another person than `outer`, its speaker."""
    body_start = start + 1 if text[start : start + 1] in "“\"‘'«„" else start
    out: list[tuple[int, int, str]] = []
    for qs, qe, _closed in find_quotes(text[body_start:end]):
        qs, qe = qs + body_start, qe + body_start
        if qe >= end:
            continue  # the outer quote's own closing mark
        lead_start = max(body_start, qs - _LEAD)
        m = _INNER_TAG.search(text, lead_start, qs)
        if m is None:
            continue
        subj = m.group("subj")
        low = subj.lower()
        if low in {"he", "she"}:
            # the last full name the outer quote gives before the tag
            names = [
                full for n in _FULL_NAME.finditer(text, body_start, m.start())
                if (full := _given(n.group(0), low)) is not None
            ]
            name = names[-1] if names else None
        else:
            name = book.known_as(subj) or _given(subj, None)
        if name is None or set(name.split()) & set(outer.split()):
            continue  # nobody named, or the outer speaker quoting themself
        if _SENTENCE_END.search(text, m.end(), qs):
            continue
        out.append((qs, qe, name))
    return out
