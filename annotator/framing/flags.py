"""Flag-framing stage: lexicon matches in the headline and body, each with its voice.

One public entry, `flag(article, lexicon)`. Offsets are into `article.headline` or
`article.body`, so `text[start:end] == flag.text` for the field the flag names.
"""

from __future__ import annotations

import re
from typing import Literal

from ..budget import check as check_budget
from ..models import Article, Flag, Voice, VoiceCounts
from .lexicon import Candidate, Lexicon
from .schema import Entry
from .voices import SPEECH_VERBS, Span, segment_body, voices_at

# Words that may sit between glorifying titles of one chain ("Leader of the Islamic Ummah and
# Oppressed Imam Ayatollah Sayyed Ali Khamenei"): joined titles are one flag, not six.
_CHAIN_GAP = re.compile(
    r"^(?:[\s,]+|\s+(?:and|the|of|of the)\s+"
    r"|\s+(?:(?:Grand\s+)?Ayatollah|Sayyed|Seyed|Sayed|Sayyid|Sheikh|Shaykh|Hojatoleslam)\s+)+$"
)


def _merge_chains(text: str, cands: list[Candidate]) -> list[tuple[int, int, Candidate]]:
    """Merge runs of glorifying candidates joined only by connectors into one span."""
    out: list[tuple[int, int, Candidate]] = []
    for c in cands:
        if (
            out
            and c.entry.category == "glorifying"
            and out[-1][2].entry.category == "glorifying"
            and _CHAIN_GAP.match(text[out[-1][1] : c.start])
        ):
            start, _, first = out[-1]
            strongest = first if _rank(first) >= _rank(c) else c
            out[-1] = (start, c.end, strongest)
        else:
            out.append((c.start, c.end, c))
    return out


_SEVERITY = {"low": 0, "medium": 1, "high": 2}


def _rank(c: Candidate) -> int:
    return _SEVERITY[c.entry.severity]


def _make(
    field: Literal["headline", "body"],
    text: str,
    start: int,
    end: int,
    c: Candidate,
    voice: Voice,
    speaker: str | None,
    paragraph: int | None,
) -> Flag:
    e = c.entry
    return Flag(
        text=text[start:end],
        field=field,
        start=start,
        end=end,
        entry_id=e.id,
        category=e.category,
        technique=e.technique,
        severity=e.severity,
        why=e.why,
        neutral=list(e.neutral),
        other_side=list(e.other_side),
        voice=voice,
        speaker=speaker,
        paragraph=paragraph,
    )


# Scare quotes are a device, not a word, so they are an engine rule rather than a lexicon entry:
# a short lowercase quotation that nobody in the article is said to have spoken.
SCARE_QUOTES = Entry(
    id="scare-quotes",
    forms=["“...”"],
    category="doubt",
    technique="Doubt",
    severity="low",
    why="Quotation marks around a word nobody is quoted as saying signal the outlet's doubt or "
    "sarcasm without stating it.",
    neutral=["drop the quotation marks", "attribute the term to whoever uses it"],
)
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_MENTION_BEFORE = re.compile(
    r"(?:so-called|the (?:word|term|phrase|label|slogan|hashtag)s?|known as|dubbed|nicknamed|"
    r"called|termed|titled|entitled|headlined|"
    # a partial quote of a statement: "a statement saying how 'thankful' they are"
    r"(?:saying|statement|described|condemned|denounced|accused|branded|labell?ed)\b.{0,40}?)"
    r"\W*$",
    re.IGNORECASE,
)


def _scare_quotes(para: str, spans: list[Span]) -> list[Candidate]:
    found = []
    for span in spans:
        if span.voice != "quoted" or span.speaker is not None:
            continue
        inner = para[span.start : span.end].strip("\"'“”‘’«»„‚‹› ")
        if len(inner.split()) != 1 or not inner[:1].islower() or not inner[-1:].isalnum():
            continue  # several words are usually a partial quote; capitals, names and titles
        if any(s.speaker for s in spans) or _SPEECH.search(para):
            continue  # someone speaks in this paragraph: the word is more likely theirs
        if _MENTION_BEFORE.search(para[max(0, span.start - 30) : span.start]):
            continue  # the word is mentioned, not used: "the term 'regime change'"
        found.append(Candidate(span.start, span.end, SCARE_QUOTES))
    return found


def flag(article: Article, lexicon: Lexicon) -> list[Flag]:
    """All flags of an article: headline first (outlet voice), then the body in order."""
    flags: list[Flag] = []
    head = article.headline
    for start, end, c in _merge_chains(head, lexicon.candidates(head)):
        flags.append(_make("headline", head, start, end, c, "outlet", None, None))
    paragraphs = article.paragraphs
    voices = segment_body(paragraphs)
    offset = 0
    body = article.body
    for i, (para, spans) in enumerate(zip(paragraphs, voices, strict=True)):
        check_budget()  # a page of many paragraphs stops here when its budget is spent
        merged = _merge_chains(para, lexicon.candidates(para))
        said = voices_at(spans, [start for start, _, _ in merged])
        for (start, end, c), (voice, speaker) in zip(merged, said, strict=True):
            flags.append(_make("body", body, offset + start, offset + end, c, voice, speaker, i))
        for c in _scare_quotes(para, spans):  # the outlet's own device, whatever is inside
            flags.append(
                _make("body", body, offset + c.start, offset + c.end, c, "outlet", None, i)
            )
        offset += len(para) + 2  # the "\n\n" between paragraphs
    flags.sort(key=lambda f: (f.field != "headline", f.start))
    return flags


def count_voices(flags: list[Flag]) -> VoiceCounts:
    counts = VoiceCounts()
    for f in flags:
        setattr(counts, f.voice, getattr(counts, f.voice) + 1)
    return counts
