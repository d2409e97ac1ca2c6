"""Flag-framing stage: lexicon matches in the headline and body, each with its voice.

One public entry, `flag(article, lexicon)`. Offsets are into `article.headline` or
`article.body`, so `text[start:end] == flag.text` for the field the flag names.
"""

from __future__ import annotations

import re
from typing import Literal

from .lexicon import Candidate, Lexicon
from .models import Article, Flag, Voice, VoiceCounts
from .voice import segment_body, voice_at

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
        for start, end, c in _merge_chains(para, lexicon.candidates(para)):
            voice, speaker = voice_at(spans, start)
            flags.append(_make("body", body, offset + start, offset + end, c, voice, speaker, i))
        offset += len(para) + 2  # the "\n\n" between paragraphs
    return flags


def count_voices(flags: list[Flag]) -> VoiceCounts:
    counts = VoiceCounts()
    for f in flags:
        setattr(counts, f.voice, getattr(counts, f.voice) + 1)
    return counts
