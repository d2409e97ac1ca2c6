"""Voices: split an article into the outlet's narration, quoted speech and paraphrase.

    >>> body = ["Ana Ruiz said the plan failed.", "“It is over,” she added."]
    >>> seg = segment("Mayor Says ‘Enough’", body)
    >>> [(s.voice, s.speaker, s.how) for s in seg.body[1]]
    [('quoted', 'Ana Ruiz', 'pronoun')]

`segment(headline, paragraphs)` returns, for the headline and each paragraph, the spans that
are quoted (inside quotation marks of any common style, `quotes`) or paraphrased (the content
of an attribution, `attribution`), each with its speaker and how the speaker was found
(`speakers`). Everything not covered is the outlet's own voice. Spans never overlap: a quote
inside a paraphrase cuts it.

A quote takes the speaker of the attribution whose content holds it, else of an attribution in
its sentence, else (opening a paragraph) the speaker of the paragraph before, else of the
nearest attribution in its paragraph. Paragraph forms: questions and answers ("Q: ..." /
"A: ...", `layouts`), a transcript label ("Myron Scholes: ..."),
a trailing credit ("- Michelle Li, Founder & CEO", "- Name (@handle) date") that hands the
paragraph before to its name, posts and readers' letters signed after their text (a series
of paragraphs that are only a handle, or a name over the writer's town,
`layouts.signatures`), and "X said:" that hands the next paragraph to X. In a headline, a
quote nobody is said to speak belongs to a speaker the body names who is named before it. A
document that speaks ("the note says") speaks for the writer named with it, and a document the
page reprints whole (a letter from its salutation to its signature, a speech under "The
Archbishop Speaks", a transcript after "Following is a transcript:", `documents`) is its
author's. A quotation opened in one paragraph runs on, unmarked, to the paragraph a few lines
on whose first mark closes it (a page printing a sentence per line), and on such a page a post
signed under its last line ("— Name (@handle) date") takes back the lines above it that fit in
one post. A quote inside a speaker's quote is the person the speaker names as saying it
("he referred to ‘...’", `nested`). A title-case label over a quote that is a topic, not a
person ("Black Death: ‘...’", "Election Strategy: “...”") names nobody. What the writer
reports in their own "I" or "we" ("I think", "we found that") is the outlet speaking, and so is
a definite description of a person inside someone's report ("giving cover to lawmakers wary of
the brash billionaire"): how the reporter names someone, unless it is the report's predicate.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..budget import check as check_budget
from ..models import SpeakerHow, Voice, VoiceSpan
from .attribution import Attribution, find_attributions
from .clauses import MANNER_NOUNS
from .cues import INVERTS, NOUNISH, capitalised_inflection
from .documents import reprints
from .layouts import (
    QA_LABEL,
    agent_speaker,
    answer_spans,
    colon_speaker,
    document_author,
    interviewee,
    personal_label,
    possessor_speaker,
    post_lines,
    recounted_speaker,
    sentence_per_line,
    signatures,
    tail_speaker,
)
from .nested import inner_speakers
from .quotes import closes_later, find_quotes, opens_with_quote
from .speakers import (
    INDEFINITES,
    NAME,
    OPENERS,
    Speaker,
    SpeakerBook,
    groupish,
    subject_at_start,
    words,
)
from .subjects import speaker_head
from .tags import FRONTED_CLAUSE, imperative, people_adjective, whole_np

__all__ = [
    "SPEECH_VERBS",
    "Segmentation",
    "Span",
    "find_quotes",
    "segment",
    "segment_body",
    "voice_at",
]

# The verbs whose presence in a paragraph makes a lone quoted word more likely someone's
# than the outlet's scare quote (read by the flags' scare-quote rule).
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


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the paragraph (or the headline)
    end: int
    voice: Voice
    speaker: str | None
    how: SpeakerHow = "unknown"


@dataclass(frozen=True)
class Segmentation:
    headline: list[Span]
    body: list[list[Span]]  # one list per paragraph
    lengths: list[int]  # of each paragraph, to map offsets into the joined body

    def voice_spans(self) -> list[VoiceSpan]:
        """Every span with offsets into `Article.headline` or `Article.body`."""
        out = [
            VoiceSpan(
                field="headline",
                start=s.start,
                end=s.end,
                voice=s.voice,
                speaker=s.speaker,
                speaker_how=s.how,
            )
            for s in self.headline
            if s.voice != "outlet"
        ]
        offset = 0
        for spans, length in zip(self.body, self.lengths, strict=True):
            out.extend(
                VoiceSpan(
                    field="body",
                    start=offset + s.start,
                    end=offset + s.end,
                    voice=s.voice,
                    speaker=s.speaker,
                    speaker_how=s.how,
                )
                for s in spans
                if s.voice != "outlet"
            )
            offset += length + 2  # the "\n\n" between paragraphs
        return out


# A sentence ends after its mark: each match starts at the mark (a pattern that opens with a
# character class is scanned for much faster than one opening with a look-behind).
_SENTENCE = re.compile(r"[.!?](?:''|[\"”’»])?\s+(?=[\"“‘«„A-Z0-9]|'')")
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Lt|Col|Capt|Maj|Sgt|Gov|Rev|Jr|Sr|Adm|Atty|Amb|"
    r"Pres|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|D\.C|[A-Z])\.$"
)
# "Myron Scholes: ...", "Rep. Trey Gowdy (R-S.C.):"I have ..."": a party tag may follow.
# A transcript reprinted as a quotation may open its line with the mark ("\"RAMOS: Secretary
# Clinton, ..."): the label still names who speaks it, when it is in capitals.
_LABEL = re.compile(
    rf"^\s*(?P<mark>[\"“]\s*)?(?P<name>{NAME})(?:\s*\([A-Z][\w.\- ]{{0,10}}\))?:\s*(?=\S)"
)
_NOT_LABELS = words(
    "Exclusive Watch Breaking Update Updated Analysis Opinion Video Photos Photo Live "
    "Editorial Review Podcast Note Editor Correction Read More Related Source Sources Listen "
    "Q A Transcript Warning Spoiler Caption Credit Image Advertisement Subscribe Share Tags "
    "Topics Filed Wow Whoa Soon Now Just Confirmed Busted Boom Finally Again Alert Flashback "
    "Developing Revealed Exposed Yikes Ouch Oops "
    # a review's or a guide's own headings ("Pros: Unrivaled speed"), not who speaks
    "Pros Cons Pro Con Verdict Summary Pricing Price Cost Features Rating Overview "
    "Takeaway Advantages Disadvantages Strengths Weaknesses Benefits Drawbacks Downsides "
    "Upsides Specs Ingredients Directions Instructions "
    # a letter's sign-off before the writer's name ("—Warmly, Michael"), not who speaks
    "Warmly Sincerely Regards Best Cheers Yours Love Thanks Cordially Respectfully Fondly"
)
_OPENING_VERB = re.compile(
    r"^(?:Said|Says|Added|Wrote|Continued|Explained|Noted|Replied|Responded|Countered|"
    r"Concluded|Recalled|Declared|Insisted|Tweeted)\s+(?=\S)"
)
# A definite description of a person inside a report ("giving cover to lawmakers nervous
# about the brash billionaire", "attached to the most reviled nominee in generations") is
# how the reporter refers to someone, not what the speaker said: the outlet's words. Not a
# predicate ("called him the most reckless candidate", "Trump is the worst nominee"), which is
# the speaker's claim, and not an indefinite one ("dismissed Walker as an ineffective leader").
_EPITHET = re.compile(
    r"\b[Tt]he\s+(?:(?:most|more|least|increasingly|very|so|once|now)\s+)?"
    r"(?!(?:former|current|then|late|new|next|first|last|other|same|only|two|three|"
    r"incoming|outgoing|sitting|acting|presumptive|likely|eventual|party's|party’s)\b)"
    r"[a-z][\w\-]*(?:\s+(?!(?:of|in|on|at|for|to|with|by|from|as|that|who|which|is|was|are|"
    r"were|has|have|had|remains?|a|an|the|and|or|but|any|some|his|her|their|its|this)\b)"
    r"(?:[a-z][\w\-]*|[A-Z][\w\-]*)){0,3}?\s+"
    r"(?:billionaire|mogul|tycoon|financier|magnate|businessman|businesswoman|developer|"
    r"nominee|candidate|front-?runner|contender|challenger|hopeful|incumbent|senator|governor|"
    r"congressman|congresswoman|president|mayor|politician|lawmaker|leader|star|celebrity|"
    r"heir|heiress|firebrand|populist|outsider|insurgent|demagogue|dictator|strongman|autocrat|"
    r"provocateur|showman|agitator|man|woman)\b(?![\-’'])"
    # a noun before another ("the crowded candidate field") modifies it: no person
    r"(?!\s+(?:field|pool|forum|forums|debate|debates|race|list|slate|search|status|filing|"
    r"deadline|selection|questionnaire|interviews?)\b)"
)
_PREDICATE_BEFORE = re.compile(
    r"\b(?:as|is|was|are|were|be|been|being|become|becomes|became|remains?|remained|than|"
    r"call(?:s|ed|ing)?|nam(?:e|es|ed|ing)|dub(?:s|bed|bing)?|label(?:s|ed|led)?|"
    r"brand(?:s|ed)?|consider(?:s|ed)?|deem(?:s|ed)?|make|makes|made|find|finds|found)\s+"
    r"(?:(?:him|her|them|it|himself|herself|[A-Z][\w.’'\-]*|[a-z]+ly|perhaps|arguably|still|"
    r"now|also|even|not|already|truly)\s+){0,3}$"
)


# Only where the description names the person some third party feels about or is tied to
# ("lawmakers nervous about the brash billionaire", "fear being tied to the most reviled
# nominee") is it clearly the reporter's reference. The reported clause's own subject or object
# ("Cruz said the corrupt politician should resign", "warned that the dangerous demagogue
# would ...") is the speaker's characterisation, and so is an apposition ("Clinton, the most
# hawkish candidate,"), which the speaker may have said: telling a reader the outlet called
# someone corrupt when a senator did is the worst error a voice can make.
_WRITERS_REFERENCE = re.compile(
    r"\b(?:nervous|wary|worried|uneasy|leery|skeptical|sceptical|fearful|afraid|scared|"
    r"concerned|anxious|uncomfortable|embarrassed|ashamed|tied|attached|linked|associated|"
    r"aligned|saddled|stuck|distanced|distancing|distance)\s+(?:about|of|over|with|to|by|from)"
    r"\s+$"
)


def _epithets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The definite descriptions in a report's content that are clearly the reporter's."""
    return [
        m.span()
        for m in _EPITHET.finditer(text, start, end)
        if _WRITERS_REFERENCE.search(text, max(0, m.start() - 40), m.start())
        and not _PREDICATE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]


# How someone felt, told inside a report ("has shown few signs of stemming his seething fury
# toward the campaign"): a person's feeling noun with its modifiers is the writer's account of
# them, part of the reporting frame, not of what is reported. (A modifier of a noun of
# saying, "Buchanan's searing speech", stays in the report: PolNeAR's annotators keep it
# there, and a speaker often does call a rival's speech divisive.) A predicate ("called it
# blind rage") stays the speaker's.
_FRAME_NP = re.compile(
    r"\b(?:his|her|their|[A-Z][\w\-]*[’']s?)\s+"  # whose feeling: a person's
    r"(?P<mods>(?:(?:more|most|so|very|increasingly|[a-z]+ly)\s+)?"
    r"(?!(?:the|a|an|his|her|their|its|this|that|these|those|of|in|on|to|and|or|for|with|by|"
    r"from|at|as|is|was|are|were|be|been|has|have|had|own|our|my|your|whose|which|what|no|"
    r"not|any|some|such|public|voters|people)\b)"
    r"[a-z][a-z\-]+(?:,?\s+(?:and\s+)?(?!(?:the|a|an|his|her|their|its|of|in|on|to|for|with|"
    r"by|from|at|as|and|or)\b)[a-z][a-z\-]+)?)"
    r"\s+" + MANNER_NOUNS + r"\b(?!\s+(?:of|over|at|about)\b)"
)
_VERDICT_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|label(?:s|ed|led)?|dub(?:s|bed)?|brand(?:s|ed)?|"
    r"describ(?:e|es|ed|ing)|as|is|was|are|were|be|been)\s+(?:\w+\s+){0,2}?(?:a|an|the)?\s*$"
)


def _frames(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Feeling nouns with their modifiers in a report's content: the writer's description
    of how someone felt."""
    out = []
    for m in _FRAME_NP.finditer(text, start, end):
        if _PREDICATE_BEFORE.search(text, max(0, m.start() - 60), m.start()) or (
            _VERDICT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "called it blind rage": the speaker's verdict
        out.append((m.start("mods"), m.end()))
    return out


# A parenthesis inside a report that opens with the writer's judgement ("its (dubiously
# effective) filter", "the (arguably illegal) plan"): an aside, not the report.
_ASIDE_PAREN = re.compile(
    r"\((?:(?:arguably|perhaps|rightly|wrongly|dubiously|questionably|allegedly|supposedly|"
    r"ostensibly|laughably|inexplicably|wisely|unwisely)\b[^()“”\"]{0,60})\)"
)


# A gloss set off by dashes inside a report ("even adults 18 to 24 years old—the supposed
# digital generation—view 3 hours"): a short noun phrase the writer adds, opening with a
# doubting word of the writer's own.
_ASIDE_DASHES = re.compile(
    r"(?<=\w)\s?[—–]\s?(?:the|a|an)\s+(?:so-called|supposed|self-styled|self-proclaimed|"
    r"alleged|purported|would-be|ostensible|presumed)\s+[^—–.,;:!?\"“”]{1,40}?[—–]"
)


def _writers_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parenthetical asides in a report's content that are the writer's comment, and the
    glosses between dashes that open with a word of the writer's doubt."""
    return [m.span() for m in _ASIDE_PAREN.finditer(text, start, end)] + [
        m.span() for m in _ASIDE_DASHES.finditer(text, start, end)
    ]


_COMMA_WHO = re.compile(r",\s*(?:who|which)\b")


def _aside_relative(text: str, a: Attribution) -> bool:
    """Whether the report's verb is in a relative clause after a comma ("Park, who said")."""
    return a.relative and a.subject_at >= 0 and bool(
        _COMMA_WHO.search(text, a.subject_at, a.cue[0])
    )


_FIRST_PERSON = re.compile(r"(?:I|[Ww]e|[Yy]ou)(?:[’'](?:m|d|ve|ll|re))?\b(?![’'])")
# A participle whose speaker the sentence does not give ("..., rejecting the nonsense",
# "offering to finish your thought") reports only a clause or a quotation; its object is
# what the writer says someone did.
_CLAUSE_NEXT = re.compile(r"[\s,]*(?:that\b|whether\b|[“\"‘':])")


# A person and nothing more: "him", "Liar-of-the-Year Barack Obama", "Mr. Park."
_PERSON_ONLY = re.compile(
    r"(?:him|her|them|me|us|you|(?:(?:the|[\w’']+-[\w\-’']+)\s+){0,3}"
    r"[A-Z][\w.\-’']*(?:\s+[A-Z][\w.\-’']*)*)"
    r"[.!?,;]?"
)


def _unowned_act(text: str, a: Attribution) -> bool:
    if a.lemma in {"believe", "trust", "doubt"} and len(a.content) == 1 and (
        _PERSON_ONLY.fullmatch(text, *a.content[0])
    ):
        return True  # "choose to not believe Liar-of-the-Year Barack Obama": trust in a person
    return a.borrow and a.speaker is None and not _CLAUSE_NEXT.match(text, a.cue[1])
_CLAUSE_WORDS = words("is are was were be has have had will would can could in on at to")
_CREDIT = re.compile(rf"^\s*[—–\-]{{1,2}}\s*(?P<name>{NAME})\s*(?:\(@\w+\)|,|\.?\s*$)")


def _labels(name: str) -> bool:
    """Whether "Name:" opening a paragraph names who speaks: not a kicker ("EXCLUSIVE:",
    "Wow:", "Revealed:") nor one word that cannot name anyone alone."""
    first = name.split()[0].removesuffix("’s").removesuffix("'s")  # "Editor's Note:"
    if first.title() in _NOT_LABELS or first in _NOT_LABELS:
        return False
    if name.lower() in {"me", "i", "we", "us", "myself"}:
        return False  # "Me: ..." in a chat the writer reprints: the writer's own words
    if any(w.lower() in _CLAUSE_WORDS for w in name.split()) or _verb_label(name):
        return False  # "FIX IS IN:": a kicker is a clause; a name has no verb
    parts = name.split()
    if any(w.endswith(("’s", "'s")) for w in parts[:-1]) and not speaker_head(parts[-1].lower()):
        return False  # "Candidate’s True Politics:": a thing of someone's, a caption
    return " " in name or speaker_head(name, alone_at_start=True)


def _verb_label(name: str) -> bool:
    """"Carly Fiorina Endorses Ted Cruz:": a headline's clause before its quote names the
    speaker and a verb; an inflected reporting verb after the first word is never a name's."""
    return any(capitalised_inflection(w) for w in name.split()[1:])


_ENDS_SENTENCE = re.compile(r"[.?!][\s\"'”’)]*$")


def _names_someone(name: str, book: SpeakerBook, rest: str, headline: bool = False) -> bool:
    """A label in capitals is a transcript's ("TAPPER:", named nowhere else), and one over a
    single sentence a digest's source ("Historians: Clinton, Obama linked"); over a longer
    paragraph a label in title case names someone only when the article names them elsewhere
    ("Quick Tip:" over a guide's paragraphs is a heading). A label whose every word the page
    writes in lower case elsewhere ("FAVORITE ITEMS:", "BOTTOM LINE:") is a heading too."""
    if name.isupper() and all(book.common_word(w.title()) for w in name.split()):
        return False
    head = name.split()[-1].strip(".,")
    heading = book.common_word(head.title()) or (name.isupper() and head.lower() in NOUNISH)
    if heading and not personal_label(name.title(), book):
        # "Final Thoughts:", "WEEKLY COMMENT:": a heading's head is a common noun the page
        # writes in lower case, or in capitals a noun of saying (in title case "NY Post:"
        # is a paper), and no role, group or given name ("Historians:", "Ann Lee:")
        return False
    # a body line in title case with no sentence end ("Final Thoughts: The Future of
    # Kitchens"); a headline's "NY Post:" is its source, "Roman: What about him?" a question
    heading = not headline and _title_case(rest) and not _ENDS_SENTENCE.search(rest)
    if not name.isupper() and (opens_with_quote(rest) or heading) and (
        not personal_label(name, book)
    ):
        # "Black Death: ‘...’": a topic over a quote, in a headline or caption
        return False
    if name.isupper() or _SENTENCE.search(rest) is None:
        return True
    return book.in_running_text(name)


def sentences(text: str, quotes: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: abbreviation-aware, and never ending inside a quote."""
    starts = [s for s, _, _ in quotes]
    out: list[tuple[int, int]] = []
    begin = 0
    for m in _SENTENCE.finditer(text):
        cut = m.start() + 1  # past the mark
        i = bisect.bisect_right(starts, cut) - 1
        if i >= 0 and quotes[i][0] < cut < quotes[i][1] and text[cut : quotes[i][1]].strip(
            "'\"”’»"
        ):
            continue  # inside a quotation: its sentences are one content
        if _ABBREV.search(text, max(0, cut - 12), cut):
            continue  # "Mr. Smith", "U.S. forces": not a sentence end
        if text[m.start()] in "!?" and m.end() - cut > 1 and _TAG_NEXT.match(text, m.end()):
            # "“How dare you!” Jeff Sessions said": a quotation's own mark, then its tag, as
            # after "“...,”"; one sentence, or the tag would report what follows it
            continue
        out.append((begin, cut))
        begin = m.end()
    out.append((begin, len(text)))
    if "|" in text:
        out = [piece for span in out for piece in _items(text, *span)]
    return out


# A tag after a quotation: a speaker phrase of a few words opening with a capital, then a verb
# of saying ("Attorney General Jeff Sessions said", "The senator asked"). Not a pronoun: a tag
# writes "he said" in lower case, so "“Too forced?” He tweeted when ..." is a new sentence.
_TAG_NEXT = re.compile(
    r"(?!(?:He|She|They|It|We|I|You)\s)[A-Z][\w.’'\-]*"
    # more of the phrase: capitalised words, joining words, role nouns ("chairman", "senator")
    r"(?:\s+(?:[A-Z][\w.’'\-]*|of|the|for|and|[a-z]+(?:man|woman|er|or|ist|ent|ant)s?)){0,5}"
    rf"\s+(?:{SPEECH_VERBS}|asked|asks|shouted|yelled|exclaimed|cried|screamed|demanded|wondered)\b"
)
_BAR = re.compile(r"\s+[|¦]\s+")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at vertical bars: "Progressives oppose funding bill | Senators call for
    5G" lists headlines, each a sentence of its own (as on a navigation bar)."""
    out = []
    for m in _BAR.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    return out


class _Painter:
    """Disjoint spans of one paragraph, in order; a later paint wins where it overlaps.
    Each paint touches only the spans it overlaps (found by bisection), so a paragraph of
    any length costs time in proportion to its spans."""

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self._starts: list[int] = []

    def paint(
        self, start: int, end: int, voice: Voice, speaker: str | None, how: SpeakerHow
    ) -> None:
        if end <= start:
            return
        spans = self.spans
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0 or spans[i].end <= start:
            i += 1
        j = bisect.bisect_left(self._starts, end, lo=i)
        pieces = []
        if i < j and spans[i].start < start:
            s = spans[i]
            pieces.append(Span(s.start, start, s.voice, s.speaker, s.how))
        pieces.append(Span(start, end, voice, speaker, how))
        if i < j and spans[j - 1].end > end:
            s = spans[j - 1]
            pieces.append(Span(end, s.end, s.voice, s.speaker, s.how))
        # Touching spans of one voice and speaker are one span.
        if i > 0 and _joins(spans[i - 1], pieces[0]):
            i -= 1
            pieces[0] = _join(spans[i], pieces[0])
        if j < len(spans) and _joins(pieces[-1], spans[j]):
            pieces[-1] = _join(pieces[-1], spans[j])
            j += 1
        merged = [pieces[0]]
        for p in pieces[1:]:
            if _joins(merged[-1], p):
                merged[-1] = _join(merged[-1], p)
            else:
                merged.append(p)
        spans[i:j] = merged
        self._starts[i:j] = [p.start for p in merged]


def _joins(a: Span, b: Span) -> bool:
    return a.end == b.start and (a.voice, a.speaker) == (b.voice, b.speaker)


def _join(a: Span, b: Span) -> Span:
    return Span(a.start, b.end, a.voice, a.speaker, a.how)


@dataclass
class _Carry:
    """What one paragraph hands to the next."""

    open_quote: bool = False  # ended inside an unclosed quote
    runs_on: bool = False  # ... which a later paragraph closes (`quotes.closes_later`)
    speaker: str | None = None  # the last speaker it gave a quote or content to
    how: SpeakerHow = "unknown"
    pending: Attribution | None = None  # "X said:" closing the paragraph


class _Tags:
    """A paragraph's attributions indexed by sentence and by cue, for the quote look-ups."""

    def __init__(
        self, atts: list[Attribution], sents: list[tuple[int, int]], text: str = ""
    ) -> None:
        self._text = text
        self._sents = sents
        self._sent_starts = [s for s, _ in sents]
        self._by_sentence: dict[int, list[Attribution]] = {}
        for a in atts:
            self._by_sentence.setdefault(self._sentence(a.cue[0]), []).append(a)
        self._spoken = sorted((a for a in atts if a.speaker), key=lambda a: a.cue)
        self._cues = [a.cue[0] for a in self._spoken]

    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self._sent_starts, pos) - 1

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        """The sentence (start, end) holding `pos`, if any."""
        i = self._sentence(pos)
        return self._sents[i] if i >= 0 else None

    def covering(self, start: int, end: int) -> Attribution | None:
        """The tag whose content holds a quote; of several, the one whose cue is nearest
        ("“...,” said X, according to Y's website": X); else a tag of the quote's sentence."""
        near = [a for a in self._by_sentence.get(self._sentence(start), ()) if a.speaker]
        holding = [a for a in near if any(s <= start < e for s, e in a.content)]
        # Quotation marks give words someone uttered: inside a report of speech, a verb of
        # thinking or doing ("Coit said the candidate sees ... “...”") utters nothing itself.
        holding = [a for a in holding if a.lemma not in _SILENT] or holding or [
            a for a in near if not self._fronted_before(a, start)
        ]
        return min(
            holding, key=lambda a: min(abs(a.cue[0] - end), abs(start - a.cue[1])), default=None
        )

    def _fronted_before(self, a: Attribution, start: int) -> bool:
        """Whether the tag sits in a clause opening the sentence ("Where the Gospel
        proclaims ..., Allah offers only war on the “infidels”") that ends before the quote:
        the main clause's quote is not the clause's speaker's."""
        sentence = self.sentence_at(a.cue[0])
        clause = FRONTED_CLAUSE.match(self._text, sentence[0]) if sentence else None
        # "As Ruth Lee wrote, ...": the main clause is what she wrote
        return clause is not None and a.cue[0] < clause.end() <= start and not (
            _AS_OPENING.match(self._text, sentence[0]) if sentence else False
        )

    def fronted_only(self, start: int) -> bool:
        """Whether every tag of the quote's sentence sits in a clause opening it that ends
        before the quote."""
        near = self._by_sentence.get(self._sentence(start), ())
        return bool(near) and all(self._fronted_before(a, start) for a in near)

    def tagged(self, start: int) -> bool:
        """Whether the sentence holding `start` has any tag."""
        return bool(self._by_sentence.get(self._sentence(start)))

    def unnamed(self, start: int) -> bool:
        """Whether a tag of the quote's sentence that names nobody holds it ("“...,” read
        one."): its speaker is unknown, not the last paragraph's."""
        return any(
            a.speaker is None and a.subject_at == a.cue[0] and a.lemma in INVERTS
            and any(s <= start < e for s, e in a.content)
            for a in self._by_sentence.get(self._sentence(start), ())
        )

    def nearest(self, pos: int) -> Attribution | None:
        """The tag with a speaker nearest to pos anywhere in the paragraph."""
        i = bisect.bisect_left(self._cues, pos)
        near = self._spoken[max(0, i - 1) : i + 1]
        return min(near, key=lambda a: abs(a.cue[0] - pos), default=None)


_Who = tuple[str | None, SpeakerHow]
_AS_OPENING = re.compile(r"\W*(?:As|Even as)\s")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w\-]*)")
# Verbs that utter no words: thinking, seeing, wanting and offering ("sees the vote as").
_SILENT = words(
    "think believe know feel expect fear hope suspect guess reckon imagine consider find show "
    "see view regard want wonder doubt worry offer seek plan intend prefer decide learn"
)




# A sentence whose subject is the medium that carries its quote: "The ad targets a “rigged
# economy”", "The senator's new tweet mocked the “ferry to nowhere”". The medium speaks.
_CARRIER = re.compile(
    r"(?P<np>(?:The|This|That|Its|His|Her|Their|[A-Z][\w.\-]*[’']s?)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:ad|ads|advertisement|spot|commercial|video|tweet|post|letter|email|e-mail|memo|"
    r"mailer|flyer|editorial|statement|release))\s+(?:also\s+)?[a-z]+(?<!ing)\b"
)

_CARRIER_GAP = re.compile(r"\b(?:during|on|in|at|after|before|with|from|by|about)\s|[,;:]")


def _carrier(text: str, tags: _Tags, start: int, book: SpeakerBook) -> _Who | None:
    """The medium that opens the quote's sentence as its subject, as the quote's speaker."""
    sentence = tags.sentence_at(start)
    if sentence is None:
        return None
    lead = text[sentence[0] : start]
    s_start = sentence[0] + len(lead) - len(lead.lstrip())
    m = _CARRIER.match(text, s_start, start)
    if m is None or _CARRIER_GAP.search(text, m.end(), start):
        return None  # "The ad ran during the “Late Show”": a title in a scene, no words of it
    who = book.resolve(m.group("np"))
    author = document_author(text, who.name, s_start, book)
    who = author or who
    return (who.name, who.how) if who.name else None


# A chant, cry or shout that a quote gives ("roused the crowd to chants of “...”"), and the
# group in its sentence that chants it.
_CHANT_BEFORE = re.compile(
    r"\b(?:chants?|chanting|chanted|cries|cry|shouts?|shouting|shouted|roars?|chorus)"
    r"(?:\s+of)?\s*$"
)
_CHANTERS = re.compile(
    r"\b(?:[Tt]he\s+)?(?i:crowds?|audience|supporters|protesters|protestors|demonstrators|fans|"
    r"attendees|delegates|marchers|rallygoers|students|mourners|spectators)\b"
)


def _chanters(text: str, tags: _Tags, start: int) -> _Who | None:
    """The group named in the sentence that chants the quote ("Mr. Lee roused the crowd to
    chants of “...”": the crowd), when no tag gives it a speaker."""
    sentence = tags.sentence_at(start)
    if sentence is None or not _CHANT_BEFORE.search(text, sentence[0], start):
        return None
    groups = list(_CHANTERS.finditer(text, sentence[0], start))
    return (groups[-1].group(0), "named") if groups else None


def _quote_speaker(
    text: str, book: SpeakerBook, tags: _Tags, start: int, end: int, leading: bool,
    carry: _Carry, headline: bool = False,
) -> _Who | None:
    """The tag whose content holds the quote, else one in its sentence, else (opening the
    paragraph) the last paragraph's speaker, else the nearest tag in the paragraph."""
    a = tags.covering(start, end)
    if a is not None:
        inner = recounted_speaker(text, a.cue[1], start, book) if a.cue[1] <= start else None
        return inner or (a.speaker, a.how)
    if tags.unnamed(start) or tags.fronted_only(start):
        # "“...,” read one.": nobody named; "Where the Gospel proclaims ..., Allah offers
        # only war on the “infidels”": the opening clause's tag speaks no word of the main one
        return None, "unknown"
    if leading and carry.pending is not None and carry.pending.speaker:
        return carry.pending.speaker, carry.pending.how
    if leading and carry.speaker:
        return carry.speaker, carry.how  # a quote running on from the last paragraph
    doer = None if headline else _untagged_subject(text, tags, start, book)
    if doer is not None:
        return doer
    sentence = tags.sentence_at(start)
    if sentence is not None and not tags.tagged(start) and _UNSIGNED.search(
        text, sentence[0], start
    ):
        # "posted on a Facebook page with a request to identify the “...”. ..., according to
        # KENS 5": the words of a post nobody is named for; the station only reported it
        return None, "unknown"
    a = tags.nearest(start)
    return (a.speaker, a.how) if a else None


# A post, sign or message the quote's sentence gives without its author ("with a request to
# identify the “...”", "a sign reading “...”").
_UNSIGNED = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:request|caption|sign|banner|placard|message|post|"
    r"comment|note|slogan|poster|flyer|meme)\b(?:(?![.!?]\s).)*$"
)
_COPULA = re.compile(r"\s+(?:is|are|was|were)\s+(?:not\s+)?(?:a|an|the|so|just|still|now)\b")
_PREDICATE_WORDS = 8  # words between "is a" and the quote that still describe the subject


def _untagged_subject(text: str, tags: _Tags, start: int, book: SpeakerBook) -> _Who | None:
    """"Bernie Sanders ... pivoted to the dangers of a “rigged economy.”": in a sentence with
    no tag at all, a quote after a subject that names someone is that person's phrase, not
    the words of a tag in another sentence."""
    sentence = tags.sentence_at(start)
    if sentence is None or tags.tagged(start):
        return None
    m = subject_at_start(text, sentence[0], start)
    if m is None or m.end("np") >= start:
        return None
    if any(c in "“\"‘'«„" for c in text[sentence[0] : m.start("np")]):
        return None  # "“Whip up” the poor into a “frenzy”": a quoted phrase is nobody
    if text[max(0, m.start("np") - 2) : m.start("np")] == ", " and text.startswith(
        ",", m.end("np")
    ):
        return None  # "In Dayton, Ohio, on Saturday, ...": the town's state
    if _chanters(text, tags, start) is not None:
        return None  # "roused the crowd to chants of “...”": the crowd's
    if imperative(text, m, sentence[0], start) or _CARRIER.match(text, m.start("np"), start):
        # "Watch the video below:": an imperative names nobody; "The ad ran during the “...”":
        # a medium opening the sentence is `_carrier`'s to read
        return None
    np = whole_np(text, m, start).split()
    if not np or len(np) > 5 or np[0] in OPENERS or not np[0][:1].isupper():
        return None
    if np[0].lower() in {"a", "an", "another"}:
        # "A tyrant who has ascended ..., another “disgrace to the Chair of Peter,”": someone
        # described, not named; a quote in a sentence with no tag is not theirs
        return None
    copula = _COPULA.match(text, m.end("np"))
    if copula is not None and len(text[copula.end() : start].split()) <= _PREDICATE_WORDS:
        # "Gillum is a “crazy, crazy,” Democrat", "X is the author of “...”": what the subject
        # is called or wrote; a clause after it with a verb of its own can be theirs again
        return None
    after = _NEXT_LOWER.match(text, m.end("np"))
    if people_adjective(np, after.group(1) if after else None, any_capital=True):
        # "The Hebrew word translated “detestable”": a capital before a noun that speaks
        # nothing (a speaker noun would have joined the phrase) names no one
        return None
    if not speaker_head(np[-1], alone_at_start=len(np) == 1) or groupish(np[-1]):
        return None
    who = book.resolve(" ".join(np))
    return (who.name, who.how) if who.name else None


def _paragraph(
    text: str, book: SpeakerBook, carry: _Carry, headline: bool = False
) -> tuple[list[Span], _Carry]:
    quotes = find_quotes(
        text, open_at_start=carry.open_quote and not opens_with_quote(text),
        runs_on=carry.runs_on,
    )
    out = _Carry(open_quote=bool(quotes) and not quotes[-1][2])
    paint = _Painter()
    label = _LABEL.match(text) if ":" in text else None  # the label's colon
    name = _OPENING_VERB.sub("", label.group("name")) if label else ""  # "Continued Stone:"
    if label and label.group("mark") and not name.isupper():
        label, name = None, ""  # "“Trump: ..." in a quote is a headline's words, not a label
    if label and text[label.end() : label.end() + 1].islower():
        label, name = None, ""  # "Illinois: passed two laws ...": a fact sheet's heading
    named = (
        book.resolve(name)
        if label and _labels(name) and _names_someone(name, book, text[label.end() :], headline)
        else None
    )
    if label and named is not None and named.name:  # "The Latest:" names nobody: a kicker
        voice: Voice = "paraphrase" if headline else "quoted"  # a transcript is verbatim
        paint.paint(label.end(), len(text), voice, named.name, named.how)
        for s, e, _ in quotes:
            paint.paint(s, e, "quoted", named.name, named.how)
        out.speaker, out.how = named.name, named.how
        return paint.spans, out
    sents = sentences(text, quotes)
    atts = find_attributions(text, sents, quotes, book, headline=headline)
    for a in atts:
        author = document_author(text, a.speaker, a.subject_at, book)
        if author is not None:  # "a note from Trump ... the note says": Trump's words
            a.speaker, a.how = author.name, author.how
    # "I think", "we found", "I can confidently say": the writer reporting their own view is the
    # outlet speaking, not a paraphrase of someone (a quote's own "I" is never read here); so is
    # the reader's generic "you" ("You might never write a Node backend")
    atts = [a for a in atts if (not _FIRST_PERSON.match(text, max(a.subject_at, 0))
            or a.subject_at < 0) and not _unowned_act(text, a)]
    if headline and _title_case(text):
        atts = [a for a in atts if _headline_name(text, a, book)]
    pending = carry.pending
    if pending is not None and not any(a.speaker for a in atts):
        # "Trump tweeted:" and then the tweet: the whole paragraph is the speaker's, its own
        # unattributed verbs too ("I believe", "I feel"); a paragraph that names speakers of
        # its own is narration again
        paint.paint(0, len(text), "paraphrase", pending.speaker, pending.how)
        atts = []
    # Narrowest content first: words a speaker reports someone else said ("Trump said Clinton
    # wants ...") are still the speaker's words, so the widest report paints last.
    # A report whose speaker is unknown paints first, under the ones that name theirs.
    # A relative clause's report set off by a comma ("Park, who has called the mayor a crook")
    # is the writer's background on its own speaker even inside another's report: it paints
    # last.
    for a in sorted(atts, key=lambda a: (
        a.speaker is not None, a.speaker is not None and _aside_relative(text, a),
        sum(e - s for s, e in a.content),
    )):
        for s, e in a.content:
            paint.paint(s, e, "paraphrase", a.speaker, a.how)
    for a in atts:
        for s, e in a.content:
            for es, ee in _epithets(text, s, e):
                paint.paint(es, ee, "outlet", None, "unknown")
            for ps, pe in _writers_asides(text, s, e):
                paint.paint(ps, pe, "outlet", None, "unknown")
            for fs, fe in _frames(text, s, e):
                paint.paint(fs, fe, "outlet", None, "unknown")
    this: _Who = (None, "unknown")
    tags = _Tags(atts, sents, text) if quotes else None  # read only for the quotes
    for i, (start, end, _closed) in enumerate(quotes):
        assert tags is not None
        leading = i == 0 and not text[:start].strip()
        tail = tail_speaker(text, start, end, book) if tags.covering(start, end) is None else None
        who = (
            agent_speaker(text, start, end, book)
            or _name_calling(text, start, atts)
            or possessor_speaker(text, start, end, book)
            or colon_speaker(text, start, book)
            or ((tail.name, tail.how) if tail is not None else None)
            or _quote_speaker(text, book, tags, start, end, leading, carry, headline)
            or _carrier(text, tags, start, book)
            or _chanters(text, tags, start)
            or this
        )
        paint.paint(start, end, "quoted", *who)
        if who[0]:
            this = who
            for ins, ine, inner in inner_speakers(text, start, end, who[0], book):
                paint.paint(ins, ine, "quoted", inner, "named")  # "he referred to ‘...’"
    # The next paragraph's untagged opening quote continues the last quote's speaker, or else
    # the last attribution's.
    # An indefinite speaker ("staff suggesting someone should question ...") stands for
    # nobody in particular: it never goes on speaking in the next paragraph.
    carried = [s for s in paint.spans if s.speaker and s.speaker.lower() not in INDEFINITES]
    spoken = [s for s in carried if s.voice == "quoted"] or carried
    if spoken:
        last = spoken[-1]
        out.speaker, out.how = last.speaker, last.how
        # A quote recounted inside the report a closing tag gives ("Her friends mocked him,
        # calling Trump “an orange buffoon,” Susan said."): the reporter goes on speaking.
        outer = [a for a in atts if a.speaker and a.speaker != last.speaker and (
            a.cue[0] >= last.end
        ) and any(s <= last.start and last.end <= e for s, e in a.content)]
        if last.voice == "quoted" and outer:
            out.speaker, out.how = outer[-1].speaker, outer[-1].how
    if atts and atts[-1].colon_end:
        out.pending = atts[-1]
    elif text.rstrip().endswith(":") and not headline:
        # "Trump issued the following statement:": no reporting verb, but the clause before
        # the colon names who speaks in the next paragraph
        end = len(text.rstrip())
        closing = colon_speaker(text[:end], end, book, labels=False)
        if closing is not None and closing[0]:
            out.pending = Attribution(
                (end - 1, end), "say", closing[0], closing[1], colon_end=True
            )
    return paint.spans, out


_LONG_WORD = re.compile(r"[A-Za-z][\w’'\-]{3,}")


# A quoted epithet the sentence's subject suffers ("she is under attack as a “hater”", "he
# was branded a “bigot”"): the words of unnamed accusers, never the target's; a "by X" after
# it is read first (`agent_speaker`).
_SUFFERED = re.compile(
    r"\b(?:(?:is|are|was|were|been|being|be|gets?|got)\s+(?:[a-z]+ly\s+)?(?:branded|labell?ed|"
    r"smeared|denounced|vilified|derided|decried|dismissed|painted|portrayed|attacked|"
    r"condemned|cast|pilloried|tarred)|under\s+(?:[a-z]+\s+)?(?:attack|fire))"
    r"\s+(?:as\s+)?(?:(?:a|an)\s+)?(?:(?!the\s)[a-z\-]+\s+)?$"
)


def _name_calling(text: str, start: int, atts: list[Attribution]) -> _Who | None:
    """Nobody, for an epithet the subject is called, unless a report holds it ("Ruiz said
    she was branded a “hater”": what Ruiz said)."""
    if _SUFFERED.search(text, max(0, start - 80), start) is None:
        return None
    if any(s <= start < e for a in atts if a.speaker for s, e in a.content):
        return None
    return (None, "unknown")


def _title_case(text: str) -> bool:
    """Most longer words capitalised: a headline's style, where capitals mark no names."""
    found = _LONG_WORD.findall(text)
    return len(found) >= 3 and sum(w[0].isupper() for w in found) > 0.5 * len(found)


def _headline_name(text: str, a: Attribution, book: SpeakerBook) -> bool:
    """Keep a title-case headline's report only when its speaker is a name the body also
    writes capitalised, trimmed to it ("Furious Biden Says": Biden; "Biden Aims Insult": the
    word after the name is the headline's own verb), with any speaker noun after it
    ("Clinton Campaign Says"); or, with no such name, words the body never writes (no
    evidence either way), or any noun but one the body introduces with "a" ("Woman Reveals
    Stunning Thing": "a woman", someone unnamed, so the outlet's words)."""
    if a.speaker is None or a.how != "named":
        return True
    parts = a.speaker.split()
    cases = [book.casing(w) for w in parts]
    if "name" not in cases:
        head = parts[-1].lower()
        return groupish(head) or not book.indefinite(head)
    if any(w.lower() in {"of", "for"} for w in parts[1:]):
        return True  # "The First Map Of Saturn's Moon Titan": the head is before "of"
    first = cases.index("name")
    end = first
    while end < len(parts) and cases[end] == "name":
        end += 1
    if cases[-1] != "name" and not speaker_head(parts[-1].lower()):
        parts = parts[:end]  # "Biden Aims", "Texas Gov. Hears About Obama’s Gun Grab"
    if all(w.lower() in _DETERMINERS for w in parts[:first]):
        first = 0  # "A Supreme Court Justice"
    name = " ".join(parts[first:])
    if name != a.speaker:
        book.rename(a.speaker, name)
        a.speaker = name
    a.content = [piece for s, e in a.content for piece in _cut_at_verb(text, s, e)]
    return True


# ", Slams ...": a headline's next clause, its own verb capitalised
_NEXT_VERB = re.compile(r",\s+(?P<verb>[A-Z][a-z]+)\b")


def _cut_at_verb(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A title-case headline's report cut at a comma before another reporting verb ("Biden
    Aims Insult At Trump, Slams Japanese Pride"): the next clause, the same speaker's report,
    whose verb is the outlet's word."""
    for m in _NEXT_VERB.finditer(text, start, end):
        if capitalised_inflection(m.group("verb")):
            pieces = [(start, m.start()), (m.end() + 1, end)]
            return [(s, e) for s, e in pieces if e > s]
    return [(start, end)]


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "another", "one"})


# Characters segmented at once. Real paragraphs are far shorter; a "paragraph" of a megabyte
# (a page with no breaks, or an attack) is cut into pieces at sentence ends and segmented piece
# by piece, carrying open quotes and speakers across, so the work stays linear in its length
# however the rules inside a paragraph scale with its quotes.
MAX_PIECE = 4_000


def _bounded(
    text: str, book: SpeakerBook, carry: _Carry, headline: bool = False
) -> tuple[list[Span], _Carry]:
    if len(text) <= MAX_PIECE:
        return _paragraph(text, book, carry, headline)
    spans: list[Span] = []
    start = 0
    while start < len(text):
        check_budget()
        end = start + MAX_PIECE
        if end < len(text):
            stop = text.rfind(". ", start + MAX_PIECE // 2, end)
            end = stop + 2 if stop != -1 else end
        piece, carry = _paragraph(text[start:end], book, carry, headline)
        spans.extend(Span(s.start + start, s.end + start, s.voice, s.speaker, s.how)
                     for s in piece)
        start = min(end, len(text))
    return spans, carry


_QUOTATION_DASH = str.maketrans("\u2015", "\u2014")
_TURN_REACH = 12  # lines a transcript's or interview's turn runs over, up to the next label


def _turns_ahead(keys: list[str | None]) -> list[str | None]:
    """For each paragraph, the label of the next labelled turn within reach (`keys`: each
    paragraph's own, `turn_key`), None when none is near: an unlabelled paragraph continues
    the turn before only up to a turn of another kind (an answer runs to the next question; two
    answers in a row mean the questions between them went unlabelled)."""
    ahead: list[str | None] = [None] * len(keys)
    nearest, key = len(keys) + _TURN_REACH + 1, None
    for j in range(len(keys) - 1, -1, -1):
        ahead[j] = key if nearest - j <= _TURN_REACH else None
        if keys[j] is not None:
            nearest, key = j, keys[j]
    return ahead


def turn_key(para: str) -> str | None:
    """The label opening a turn: "Q" or "A", or a transcript's speaker in capitals."""
    if (qa := QA_LABEL.match(para)) is not None:
        return qa.group("label")[0]
    label = _LABEL.match(para) if ":" in para else None
    return label.group("name") if label is not None and label.group("name").isupper() else None


_STAGE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\W*")  # "(BEGIN VIDEO CLIP)": a direction, no words

# A broadcast transcript's presenter hands over to a reporter: "Ellesa Throwden reports.",
# "Our correspondent Jane Doe has more." (the line, or its last sentence)
_HANDOVER = re.compile(
    r"(?:^|[.!?]\s+)(?:[\w’']+\s+){0,4}?(?P<name>[A-Z][a-z][\w’'\-]+(?:\s+[A-Z][a-z][\w’'\-]+){1,2})"
    r"\s+(?:reports|has\s+(?:more|this\s+report|the\s+story|the\s+details|this\s+story))"
    r"\.\s*$"
)


def broadcast_staff(paragraphs: list[str], keys: list[str | None]) -> frozenset[str]:
    """The labels of a broadcast transcript that are the outlet's own voice: the reporter a
    presenter hands over to ("Ellesa Throwden reports.") and the presenter who does so (the
    label whose turn the handover closes), in upper case as transcripts write labels (`keys`:
    each paragraph's `turn_key`). Their turns are narration, not quotation: "ELLESA THROWDEN:
    ... the infamous bonding session" is the broadcaster's word."""
    labels = {k for k in keys if k is not None and k not in ("Q", "A")}
    if not labels:
        return frozenset()  # no transcript: most pages, read no further
    staff: set[str] = set()
    last: str | None = None
    for para, key in zip(paragraphs, keys, strict=True):
        if key in labels:
            last = key
        handover = _HANDOVER.search(para) if len(para) < 300 else None
        # only a reporter who then speaks under a label of their own: "..., as the New York
        # Times reports." in a speaker's turn hands over to nobody
        reporter = handover.group("name").upper() if handover is not None else None
        if reporter in labels:
            staff.add(reporter)
            if last is not None:
                staff.add(last)
    return frozenset(staff)


def segment(headline: str, paragraphs: list[str]) -> Segmentation:
    """Quoted and paraphrased spans of the headline and of each paragraph."""
    # the quotation dash ("― Ana Ruiz") is read as the dash every rule knows; one character
    # for one, so every offset holds
    headline = headline.translate(_QUOTATION_DASH)
    paragraphs = [p.translate(_QUOTATION_DASH) for p in paragraphs]
    book = SpeakerBook([headline, *paragraphs])
    head_spans, head_carry = _bounded(headline, book, _Carry(), headline=True)
    carry = _Carry(open_quote=head_carry.open_quote, speaker=head_carry.speaker)
    body: list[list[Span]] = []
    asked: Speaker | None = None  # who answers, once a question-and-answer layout starts
    asking: Speaker | None = None  # who asks, when a label names them ("BACON Q:")
    turn: Speaker | None = None  # whose question or answer the last label opened
    turn_kind: str | None = None  # its label: "Q", "A" or the transcript's name
    keys = [turn_key(p) for p in paragraphs]
    staff = broadcast_staff(paragraphs, keys)
    turns = _turns_ahead(keys)
    signed = signatures(paragraphs)
    per_line = sentence_per_line(paragraphs)  # a post printed a sentence per line
    for para in paragraphs:
        check_budget()
        sign = signed.get(len(body))
        if sign is not None:
            # a post, signed under its text
            who = book.resolve(sign.name)
            for j in range(sign.first, len(body)):
                if sign.quotation:
                    # a quotation over its signature is the signer's, whoever spoke last above
                    body[j] = [
                        Span(s.start, s.end, s.voice, who.name, who.how)
                        if s.voice == "quoted"
                        else s
                        for s in body[j]
                    ]
                # the writer's own words; what they quote or report stays its speaker's
                body[j] = _signed(body[j], len(paragraphs[j]), who)
            body.append([])
            carry = _Carry()
            continue
        qa = QA_LABEL.match(para)
        if qa is not None:
            # "Q: ..." is the interviewer's (the outlet's, unless the label names who asks),
            # "A: ..." the interviewee's
            kind = qa.group("label")[0]
            who_label = qa.group("who").title() if qa.group("who") else None
            named = book.resolve(book.known_as(who_label) or who_label) if who_label else None
            if named is not None and named.name:
                if kind == "A":
                    asked = named
                else:
                    asking = named
            asked = asked or interviewee(headline, paragraphs[: len(body)], book)
            answers = answer_spans(para)
            first = answers[0][0] if answers else len(para)
            if asking is not None and kind == "Q":
                spans = [Span(qa.end(), first, "quoted", asking.name, asking.how)]
            else:
                spans, carry = _bounded(para[:first], book, _Carry())  # quotes in the question
            spans += [Span(s, e, "quoted", asked.name, asked.how) for s, e in answers]
            body.append(spans)
            answered = bool(answers) and answers[-1][1] == len(para)
            turn = asked if answered else asking
            turn_kind = "A" if answered else "Q"
            carry = _Carry()
            continue
        credit = _CREDIT.match(para) if len(para) < 200 else None
        if credit and para.rstrip().endswith(".") and not (
            body and opens_with_quote(paragraphs[len(body) - 1])
        ):
            credit = None  # "- Amber Phillips." under narration signs a section; under a quote
            # ("- Bernie Sanders.") it credits the quote
        if credit and body and credit.group("name").split()[0] not in _NOT_LABELS:
            # "- Michelle Li, Founder & CEO" under a testimonial or an embedded post
            who = book.resolve(credit.group("name"))
            first = len(body) - 1
            if "(@" in para and who.name:
                # a post printed a sentence per line: all its lines
                first = min(first, post_lines(paragraphs, len(body), who.name, per_line))
            for j in range(first, len(body)):
                body[j] = [Span(0, len(paragraphs[j]), "quoted", who.name, who.how)]
            body.append([])
            carry = _Carry()
            continue
        if carry.open_quote and not opens_with_quote(para):
            carry.runs_on = closes_later(paragraphs, len(body))
        label = _LABEL.match(para) if keys[len(body)] in staff else None
        if label is not None:
            # a presenter's or reporter's turn: the broadcaster's narration after the label
            rest, carry = _bounded(para[label.end() :], book, carry)
            at = label.end()
            spans = [Span(sp.start + at, sp.end + at, sp.voice, sp.speaker, sp.how) for sp in rest]
        else:
            spans, carry = _bounded(para, book, carry)
        post = _POST_CREDIT.search(para) if "(@" in para else None
        if post is not None:
            # an embedded post: its text, credited at its end, is its poster's
            who = book.resolve(post.group("name"))
            if who.name:
                opening = _OPENING_TAG.match(para)
                spans = _signed(spans, post.start(), who, opening.end() if opening else 0)
                carry = _Carry()
                if _LINK_ONLY.fullmatch(para, 0, post.start()):
                    # only a link over its credit: the lines above are the post, printed apart
                    first = post_lines(paragraphs, len(body), who.name, per_line)
                    for j in range(first, len(body)):
                        body[j] = _signed(body[j], len(paragraphs[j]), who)
        key = keys[len(body)]
        if key is not None:
            # a transcript's turn ("BACON: Ah."): its unlabelled lines run to the next label
            last = spans[-1] if spans and key not in staff else None
            turn = Speaker(last.speaker, last.how) if last and last.speaker else None
            turn_kind = key
        elif (
            turn is not None
            and turns[len(body)] not in (None, turn_kind)
            and not _STAGE.fullmatch(para)
        ):
            # a line between two labelled turns of a transcript or interview continues the
            # earlier one (an answer over several paragraphs, a page printing a line a sentence)
            spans = _signed(spans, len(para), turn)
        else:
            turn = None
        body.append(spans)
    for doc in reprints(headline, paragraphs, per_line):
        # a reprinted letter, speech or transcript: its author's words, not the outlet's
        who = book.resolve(book.known_as(doc.author) or doc.author)  # "Ana Ruiz": the mayor
        if who.name is None:
            continue
        for j in range(doc.first, doc.end):
            at = doc.start if j == doc.first else 0
            # a report keeps its speaker only where the paragraph names them (a pronoun's
            # antecedent in a speech is the speaker's to know, not the page's last name); a
            # quote nobody is said to speak is the author's
            kept = [s for s in body[j] if s.speaker and (
                s.voice == "quoted" or s.speaker.split()[-1] in paragraphs[j][: s.end]
            )]
            body[j] = _signed(kept, len(paragraphs[j]), who, at)
    head_spans = _headline_quotes(headline, head_spans, book, paragraphs)
    return Segmentation(head_spans, body, [len(p) for p in paragraphs])


# An embedded post's credit closing its paragraph, as the post's embed code prints it: "...
# https://t.co/x — The Daily Beast (@thedailybeast) June 29, 2016"
_POST_CREDIT = re.compile(
    r"\s[—–\-]{1,2}\s*(?P<name>[^\s—–()@<>][^—–()@<>]{0,60}?)\s*\(@\w{1,30}\)\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*(?:</\w+>)?\W{0,3}$"
)
_OPENING_TAG = re.compile(r"\s*<\w+[^<>]*>")
# a link (and hashtags) over a post's credit: the post's text stands in the lines above
_LINK_ONLY = re.compile(r"\s*(?:(?:<[^<>]*>|\S*https?://\S+|pic\.twitter\.com/\S+|#\w+)\s*)*$")


def _signed(spans: list[Span], length: int, who: Speaker, start: int = 0) -> list[Span]:
    """A signed paragraph (or a post up to its credit): quoted by its writer wherever it is
    not already someone's. A report that names nobody ("the candidates are seen as a
    circus") is the writer's own claim, so it stays theirs."""
    paint = _Painter()
    paint.paint(start, length, "quoted", who.name, who.how)
    for s in spans:
        if s.voice == "quoted" or (s.voice == "paraphrase" and s.speaker is not None):
            paint.paint(s.start, s.end, s.voice, s.speaker, s.how)
    return paint.spans


def _headline_quotes(
    headline: str, spans: list[Span], book: SpeakerBook, paragraphs: list[str]
) -> list[Span]:
    """A headline quote nobody is said to speak: the last speaker the body names whose name
    stands in the headline before the quote ("Trump Invokes ‘Pervert’ Anthony Weiner"). A
    word only the headline has ("Sex, ‘lies’ and ...") names nobody the body knows."""
    out = []
    # Only names the headline holds (a plain substring test) are candidates, each compiled and
    # tested against the body once: a hostile page with many headline quotes and many names
    # must not cost quotes x names x text (issue 8).
    # (name, its last word as a word, where that word's first use in the headline ends)
    candidates: list[tuple[str, re.Pattern[str], int]] = []
    for name in reversed(book.names()):
        last = name.split()[-1]
        at = headline.find(last) if len(last) > 2 else -1
        if at >= 0:
            candidates.append((name, re.compile(rf"\b{re.escape(last)}\b"), at + len(last)))
    body = "\n".join(paragraphs) if candidates else ""
    in_body: dict[str, bool] = {}
    for s in spans:
        if s.voice == "quoted" and s.speaker is None:
            before = headline[: s.start]
            for name, word, first_end in candidates:
                if first_end > s.start:
                    continue  # not in the headline before the quote
                if word.pattern not in in_body:
                    in_body[word.pattern] = word.search(body) is not None
                if in_body[word.pattern] and word.search(before):
                    s = Span(s.start, s.end, s.voice, name, "named")
                    break
        out.append(s)
    return out


def segment_body(paragraphs: list[str]) -> list[list[Span]]:
    """Quoted and paraphrase spans for each paragraph (offsets within the paragraph)."""
    return segment("", paragraphs).body


def voice_at(spans: list[Span], pos: int) -> tuple[Voice, str | None]:
    """The voice and speaker at a position of a paragraph (spans never overlap)."""
    for span in spans:
        if span.start <= pos < span.end:
            return span.voice, span.speaker
    return "outlet", None
