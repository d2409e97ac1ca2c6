"""Voices: split an article's body into the outlet's narration, quoted speech and paraphrase.

`segment_body(paragraphs)` returns, per paragraph, the spans that are quoted (inside quotation
marks of any common style) or paraphrased ("X said that ...", "according to X, ..."), each with
the speaker when the article names one. Everything not covered is the outlet's own voice.
A quote without attribution that opens a paragraph right after a quoted paragraph keeps that
paragraph's speaker; "he"/"she" resolve to the last named speaker.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Literal

from ..budget import check as check_budget
from ..models import Voice

# Opening mark -> closing marks it accepts. Low-high („…“) and guillemets in both directions.
_PAIRS: dict[str, str] = {
    "“": "”“",  # some sites close with the same mark they open with
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"',
    "‘": "’",
    "‚": "‘’",
    "'": "'",
}
_SINGLE_AMBIGUOUS = {"’", "'", "‘"}  # also apostrophes; need word-boundary checks

SPEECH_VERBS = (
    "said|says|say|added|adds|told|tells|stated|states|noted|notes|stressed|stresses|"
    "emphasized|emphasised|emphasizes|emphasises|asserted|asserts|declared|declares|"
    "explained|explains|warned|warns|insisted|insists|continued|continues|argued|argues|"
    "claimed|claims|wrote|writes|tweeted|posted|announced|announces|remarked|underlined|"
    "underscored|affirmed|affirms|replied|responded|urged|urges|pointed out|went on to say|"
    "went on to add|maintained|observed|concluded|acknowledged|admitted|reiterated|"
    "highlighted|described|called|vowed|pledged|threatened|alleged|confirmed|denied|"
    "believes|believed|thinks|thought|predicted|recalled|cautioned|suggested|commented"
)
# A name: capitalised words, with name particles and "of the" joins inside ("Leader of the
# Islamic Revolution", "Mustafa al-Kadhimi"), optionally "the" + title ("the minister").
_CAP = r"[A-Z][\w'’.\-]*"
_JOIN = r"(?:\s+(?:of|of the|for|for the|and|al|bin|ibn|de|da|del|van|von|der|le|la)\s+|\s+)"
NAME = rf"(?:{_CAP}(?:{_JOIN}{_CAP})*)"
PRONOUN = r"(?:he|she|they|He|She|They)"
SUBJECT = rf"(?:{NAME}|{PRONOUN}|the [a-z]+(?: [a-z]+)?|[Tt]he {NAME})"

# "the defence minister", "the ministry": a described speaker, kept as the article words it.
_DESCRIBED = r"(?:the|a|an) [a-z][a-z\-]+(?: [a-z][a-z\-]+){0,2}"
# ", the defence minister," after a name: an appositive between the name and the verb.
_APPOSITIVE = r"(?:,[^,“”\"]{1,60},)?"
_AFTER_QUOTE = re.compile(
    rf"^\s*[,:]?\s*(?:(?P<v1>{SPEECH_VERBS})\s+(?P<n1>{NAME}|{PRONOUN}|{_DESCRIBED})"
    rf"|(?P<n2>{NAME}|{PRONOUN}|{_DESCRIBED}){_APPOSITIVE}\s+"
    rf"(?:(?:has|had|also|then|later)\s+)?(?P<v2>{SPEECH_VERBS}))\b"
)
_BEFORE_QUOTE = re.compile(
    rf"(?P<n>{NAME}|{PRONOUN})\s+(?:(?:has|had|also|then|later)\s+)?(?:{SPEECH_VERBS})"
    rf"(?:\s+(?:reporters|journalists|the [A-Za-z ]{{1,40}}?|him|her|them|us|me))?"
    r"(?:\s+(?:that|as saying|in a statement|on \w+))?\s*[,:]?\s*$"
)
_ACCORDING = re.compile(rf"\b[Aa]ccording to (?P<n>(?:the )?{NAME}|{PRONOUN})")
_ADDING = re.compile(r",\s*(?:adding|saying|noting|stressing|warning|insisting)\s*[,:]?\s*$")
_SUBJECT_VERB = re.compile(
    rf"(?P<n>{NAME}|{PRONOUN})\s+(?:(?:has|had|also|then|later)\s+)?(?:{SPEECH_VERBS})\b"
)
# Verbs whose object is what was said, so "X said the plan failed" needs no "that".
SAY_VERBS = (
    "said|says|told|tells|added|adds|stated|states|claimed|claims|insisted|insists|argued|"
    "argues|warned|warns|wrote|writes|believes|believed|thinks|thought|predicted|alleged|"
    "called|calls|described|describes|branded|labell?ed|dubbed"
)
# "on Monday", "in a statement", "at a news conference", "late on Tuesday", "earlier".
_ADVERBIAL = r"(?:\s+(?:on|in|at|during|late on|earlier on|earlier|later|also)(?:\s+[a-z]+){0,3}?)?"
_ADDRESSEE = rf"(?:\s+(?:reporters|journalists|him|her|them|us|me|{NAME}|the [a-z]+))?"
_REPORTED = re.compile(
    rf"(?P<n>{SUBJECT}){_APPOSITIVE}\s+(?:(?:has|had|also|then|later|further)\s+)?"
    # only "told" takes an addressee: "told Reuters that", but "said the thugs fled"
    rf"(?:(?:(?:told|tells){_ADDRESSEE}|{SPEECH_VERBS}){_ADVERBIAL}\s+that\s+"
    rf"|(?:(?:told|tells){_ADDRESSEE}|{SAY_VERBS}){_ADVERBIAL}\s+(?=[a-zA-Z]))"
)
_ANY_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS}|{SAY_VERBS})\b")
_TRAILING = re.compile(
    rf",\s*(?:(?P<n>{NAME}|{PRONOUN}|{_DESCRIBED})\s+(?:{SPEECH_VERBS})"
    rf"|(?:said|says|added|told|wrote)\s+(?P<n2>{NAME}|{_DESCRIBED}))"
    r"(?:\s+(?:on|in|at)\s+[\w ]{1,30})?\s*[.!?]?\s*$"
)
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’»]?\s+(?=[\"“‘«„A-Z0-9])")
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Lt|Col|Capt|Maj|Sgt|Gov|No|U\.S|U\.K)\.$"
)


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the paragraph
    end: int
    voice: Literal["quoted", "paraphrase"]
    speaker: str | None


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_ANY_OPENER = "\x00"  # a quote opened in an earlier paragraph: any double closing mark ends it
_PAIRS[_ANY_OPENER] = '”“"»«'


_QUOTE_CHAR = re.compile(
    "[" + re.escape("".join({*_PAIRS, *"".join(_PAIRS.values())} - {_ANY_OPENER})) + "]"
)


def find_quotes(text: str, open_at_start: bool = False) -> list[tuple[int, int, bool]]:
    """Outermost quotations as (start, end, closed); end is past the closing mark.

    Nested quotes stay inside their outer quote. An opening mark never closed runs to the end
    of the paragraph (closed=False), as in a quote that continues in the next paragraph; with
    `open_at_start` the paragraph begins inside such a quote, which its first closing mark ends.
    """
    out: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = [(_ANY_OPENER, 0)] if open_at_start else []
    n = len(text)
    for m in _QUOTE_CHAR.finditer(text):  # visit only quotation marks, not every character
        i, ch = m.start(), m.group()
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if stack and ch in _PAIRS[stack[-1][0]]:
            opener = stack[-1][0]
            # A single mark closes only where it is not an apostrophe inside a word.
            if ch in _SINGLE_AMBIGUOUS and (
                _is_word(nxt) or (opener in "'‘’" and not _closing_ok(prev))
            ):
                pass
            else:
                _, start = stack.pop()
                if not stack:
                    out.append((start, i + 1, True))
                continue
        if ch in _PAIRS:
            if ch in _SINGLE_AMBIGUOUS and (_is_word(prev) or not (_is_word(nxt) or nxt in '"“')):
                continue  # an apostrophe (don't, Iraq’s) or a stray mark
            if ch == '"' and _is_word(prev):
                continue  # inch marks and the like
            if ch == "»" and _is_word(prev):
                continue  # closing guillemet with no opener
            stack.append((ch, i))
    if stack:
        start = stack[0][1]
        # Unclosed single marks are more often apostrophes than quotes: drop them; a quote
        # carried over from the last paragraph that never closes here was not carried over.
        if stack[0][0] not in _SINGLE_AMBIGUOUS and stack[0][0] != _ANY_OPENER:
            out.append((start, n, False))
    return out


def _opens_with_quote(para: str) -> bool:
    return para.lstrip()[:1] in _PAIRS


def _closing_ok(prev: str) -> bool:
    return _is_word(prev) or prev in ".,!?;:)…"


_TITLES = re.compile(
    r"\b(?:Grand Ayatollah|Ayatollah|President|Prime Minister|Minister|General|Gen\.|Mr\.?|Mrs\.?"
    r"|Ms\.?|Dr\.?|Sheikh|Sayyed|Seyed|King|Queen|Prince|Emir|Sultan|Pope|Senator|Sen\.)\s"
)


def _clean_name(name: str | None) -> str | None:
    """Trim a speaker name; a chain of epithets joined by "and" keeps only the person's name."""
    if not name:
        return None
    name = name.strip(" ,.:;’'")
    if " and " in name:
        name = name.rsplit(" and ", 1)[1]
        title = _TITLES.search(name)
        if title and title.start() > 0:
            name = name[title.start() :]
    return name or None


@functools.lru_cache(maxsize=1024)
def _sentences(text: str) -> tuple[list[int], list[int]]:
    """Sentence starts and ends of a paragraph (a simple, abbreviation-aware split), computed
    once per paragraph: every quote and paraphrase asks for its sentence."""
    starts, ends = [0], []
    for m in _SENTENCE.finditer(text):
        if _ABBREV.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "Mr. Smith", "U.S. forces": not a sentence end
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence containing pos."""
    starts, ends = _sentences(text)
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    return starts[i], ends[i]


class _Speakers:
    """Resolve pronouns to the last named speaker in the article."""

    def __init__(self) -> None:
        self.last: str | None = None

    def resolve(self, name: str | None) -> str | None:
        name = _clean_name(name)
        if name is None:
            return None
        if name.lower() in {"he", "she", "they"} or name.lower().startswith("the "):
            return self.last if name.lower() in {"he", "she", "they"} else name
        self.last = name
        return name


_LOOKBACK = 400  # characters of the sentence before a quote searched for its speaker


def _quote_speaker(text: str, start: int, end: int, speakers: _Speakers) -> str | None:
    after = _AFTER_QUOTE.match(text[end : end + 120])
    if after:
        return speakers.resolve(after.group("n1") or after.group("n2"))
    before_text = text[max(0, start - 160) : start]
    before = _BEFORE_QUOTE.search(before_text)
    if before:
        return speakers.resolve(before.group("n"))
    s_start, _ = _sentence_bounds(text, start)
    # Bounded: a "sentence" with no full stop can be a whole page, and the patterns below
    # would then rescan it for every quote in it (quadratic).
    sentence_before = text[max(s_start, start - _LOOKBACK) : start]
    acc = _ACCORDING.search(text[end : end + 120]) or _ACCORDING.search(sentence_before)
    if acc:
        return speakers.resolve(acc.group("n"))
    # "X said ..., adding, “...”" or "X called relations ‘friendly’": the subject of the last
    # speech verb earlier in the same sentence.
    subjects = list(_SUBJECT_VERB.finditer(sentence_before))
    if subjects:
        return speakers.resolve(subjects[-1].group("n"))
    if _ADDING.search(sentence_before):
        # "X criticised ..., adding, “...”": the sentence's grammatical subject.
        subject = re.match(rf"\s*(?P<n>{NAME}|{PRONOUN})\s+[a-z]", sentence_before)
        if subject:
            return speakers.resolve(subject.group("n"))
    return None


def _paraphrases(text: str, quotes: list[tuple[int, int, bool]], speakers: _Speakers) -> list[Span]:
    """Reported speech without quotation marks, outside the quotes."""
    spans: list[Span] = []

    # Outermost quotes are ordered and disjoint, so both questions are a binary search (a scan
    # of every quote per sentence was quadratic on a long paragraph of quotes).
    starts = [s for s, _, _ in quotes]

    def outside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i < 0 or pos >= quotes[i][1]

    def until_quote(a: int, b: int) -> int:
        i = bisect.bisect_left(starts, a)
        return starts[i] if i < len(starts) and starts[i] < b else b

    # Cheap substring tests first: the patterns are costly and most sentences match none.
    for m in _REPORTED.finditer(text) if _ANY_SPEECH.search(text) else ():
        if not outside(m.start("n")):
            continue
        speaker = speakers.resolve(m.group("n"))
        _, s_end = _sentence_bounds(text, m.end())
        end = until_quote(m.end(), s_end)
        if end > m.end():
            spans.append(Span(m.end(), end, "paraphrase", speaker))
    for s_start, s_end in zip(*_sentences(text), strict=True):
        sentence = text[s_start:s_end]
        trail = _TRAILING.search(sentence) if "," in sentence else None
        if trail and outside(s_start + trail.start()) and sentence.count("“") == 0:
            speaker = speakers.resolve(trail.group("n") or trail.group("n2"))
            spans.append(Span(s_start, s_start + trail.start(), "paraphrase", speaker))
        acc = _ACCORDING.search(sentence) if "ccording to" in sentence else None
        if acc and outside(s_start + acc.start()):
            speaker = speakers.resolve(acc.group("n"))
            comma = sentence.find(",", acc.end())
            if acc.start() < 3 and comma != -1:  # "According to X, ..."
                spans.append(
                    Span(s_start + comma + 1, until_quote(s_start, s_end), "paraphrase", speaker)
                )
            elif acc.start() > 3 and until_quote(s_start, s_end) == s_end:
                spans.append(Span(s_start, s_start + acc.start(), "paraphrase", speaker))
    return spans


def segment_body(paragraphs: list[str]) -> list[list[Span]]:
    """Quoted and paraphrase spans for each paragraph (offsets within the paragraph)."""
    speakers = _Speakers()
    result: list[list[Span]] = []
    prev_quote_speaker: str | None = None
    prev_open = False  # the previous paragraph ended inside an unclosed quote
    prev_had_quote = False
    for para in paragraphs:
        check_budget()
        # A paragraph after an unclosed quote may carry on inside it when it opens with no
        # quotation mark of its own but closes one ("... the plan.” she said).
        quotes = find_quotes(para, open_at_start=prev_open and not _opens_with_quote(para))
        spans: list[Span] = []
        this_speaker: str | None = None
        # Paraphrases first: their subjects name speakers that later quotes may refer to.
        paraphrases = _paraphrases(para, quotes, speakers)
        for i, (start, end, _closed) in enumerate(quotes):
            speaker = _quote_speaker(para, start, end, speakers)
            leading = i == 0 and not para[:start].strip()
            if speaker is None and leading and (prev_open or prev_had_quote):
                speaker = prev_quote_speaker  # a quote running on from the last paragraph
            if speaker is None:
                speaker = this_speaker
            spans.append(Span(start, end, "quoted", speaker))
            this_speaker = speaker or this_speaker
            if speaker:
                speakers.last = speaker
        spans.extend(paraphrases)
        if quotes:
            prev_quote_speaker = this_speaker or prev_quote_speaker
        prev_open = bool(quotes) and not quotes[-1][2]
        prev_had_quote = bool(quotes)
        # Later pronoun references in this paragraph's paraphrases should see quote speakers;
        # sort so callers can scan in order.
        spans.sort(key=lambda s: (s.start, s.end))
        result.append(spans)
    return result


def voice_at(spans: list[Span], pos: int) -> tuple[Voice, str | None]:
    """The voice and speaker at a position of a paragraph; quotes win over paraphrases."""
    found: tuple[Voice, str | None] = ("outlet", None)
    for span in spans:
        if span.start <= pos < span.end:
            if span.voice == "quoted":
                return "quoted", span.speaker
            found = ("paraphrase", span.speaker)
    return found


def voices_at(spans: list[Span], positions: list[int]) -> list[tuple[Voice, str | None]]:
    """``voice_at`` for many positions of one paragraph in one sweep.

    Calling ``voice_at`` per flag scans every span each time, which is quadratic on a long
    paragraph full of quotes; here each span enters and leaves the active list once.
    """
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    out: list[tuple[Voice, str | None]] = [("outlet", None)] * len(positions)
    active: list[Span] = []
    nxt = 0
    for i in sorted(range(len(positions)), key=positions.__getitem__):
        pos = positions[i]
        while nxt < len(ordered) and ordered[nxt].start <= pos:
            active.append(ordered[nxt])
            nxt += 1
        active = [s for s in active if s.end > pos]
        out[i] = voice_at(active, pos)
    return out
