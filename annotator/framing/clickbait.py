"""The clickbait register of a headline (issue 9, point 5): a common word written in capitals
for emphasis inside a headline that is not itself in capitals ("Lawmakers Will HATE This"), and
the formulas that sell a story by the reaction it promises ("Will Surprise Fans", "Just
Leaked", "The 4 Words Everyone Was Thinking", "Nowhere Left To Hide"). Neither is a word the
lexicon can list: the capitals are a device, and the formulas vary in their numbers and names.
"""

from __future__ import annotations

import re

from .lexicon import Candidate
from .schema import Entry

HEADLINE_HYPE = Entry(
    id="headline-clickbait",
    forms=["(headline register)"],
    category="loaded",
    technique="Loaded_Language",
    severity="medium",
    why="Clickbait register: capitals for emphasis or a formula that promises a reaction sell the "
    "story by the feeling it should cause instead of saying what happened.",
    neutral=["(say what happened, in sentence case)"],
)

# Formulas that promise a reaction or a revelation. A list headline ("5 things to know") is
# plain service journalism; a count of words or lines sold by the reaction it causes is not.
_FORMULAS = re.compile(
    r"\b(?:"
    r"(?:will|would|to) (?:surprise|shock|stun|amaze|blow) (?:fans|you|everyone|readers)"
    r"|you (?:won['’]?t|will not|can['’]?t) believe"
    r"|just leaked"
    r"|(?:has|have) nowhere (?:left )?to hide|there['’]?s nowhere (?:left )?to hide"
    r"|what happened next"
    r"|\d+ (?:words|lines|sentences)(?= (?:[\w'’]+ ){0,3}?(?:everyone|will|you|that)\b)"
    r"|everyone (?:was|is) (?:thinking|talking about)"
    r"|make[s]? (?:him|her|them|you) cringe"
    r"|(?:breaks|broke|is breaking) the internet"
    r")",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Common words headlines shout for effect. Only these count: on ptc-tune, any plain word in
# capitals also caught section kickers ("SPECIAL REPORT:", "MAJOR NEW STUDY:") and names
# ("TRUMP EFFECT"), and an acronym (NATO, DACA) is never a plain word.
_SHOUTED = frozenset(
    {
        "busted", "wow", "huge", "sick", "epic", "cringe", "hate", "whole", "bigger", "never",
        "destroys", "destroyed", "slams", "shocking", "insane", "exposed", "caught", "finally",
        "disgusting", "stunning", "meltdown", "furious", "humiliated", "owned", "unhinged",
    }
)


def _has_register(head: str) -> bool:
    """At least three words, and not a headline set in capitals (a house style, not emphasis):
    at most a third of its words are in capitals."""
    words = _WORD.findall(head)
    shouted = sum(1 for w in words if len(w) > 1 and w.isupper())
    return len(words) >= 3 and shouted * 3 <= len(words)


def _shouted(head: str) -> list[Candidate]:
    """Words headlines shout, written in capitals for emphasis ("Voters Will HATE This")."""
    return [
        Candidate(m.start(), m.end(), HEADLINE_HYPE)
        for m in _WORD.finditer(head)
        if m.group().isupper() and m.group().lower() in _SHOUTED
    ]


def headline_hype(head: str) -> list[Candidate]:
    """The headline's clickbait devices, in order; none in a headline set wholly in capitals
    (a style, not emphasis) or too short to have a register."""
    if not _has_register(head):
        return []
    found = [Candidate(m.start(), m.end(), HEADLINE_HYPE) for m in _FORMULAS.finditer(head)]
    for c in _shouted(head):
        if not any(f.start <= c.start < f.end for f in found):
            found.append(c)
    return sorted(found, key=lambda c: c.start)
