"""Flag-framing stage: lexicon matches in the headline and body, each with its voice.

One public entry, `flag(article, lexicon)`. Offsets are into `article.headline` or
`article.body`, so `text[start:end] == flag.text` for the field the flag names.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Literal

from ..budget import check as check_budget
from ..models import Article, Flag, Genre, Topic, Voice, VoiceCounts
from .clickbait import headline_hype
from .denial import (
    classifying_genitive,
    concessive,
    feared_label,
    felt_state,
    generic_claim,
    named_sin,
    self_reference,
    vice_opposed,
)
from .genre import out_of_view
from .history import anchored_paragraphs, history_anchor, literal_history
from .lexicon import Candidate, Lexicon
from .quotes import opens_with_quote
from .schema import Entry
from .scripture import in_passage, passages
from .sense import DESCRIBING, SpanIndex, is_use, quoted_title, sentence_case, title_after_work
from .voices import SPEECH_VERBS, Segmentation, Span, segment, voice_at

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

# What the default view says of a flag the sense rules read as a plain use (`plain` in flag()).
PLAIN_USE = "read as another sense, a mention or a standard term"


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
    neutral: list[str] | None = None,
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
        neutral=list(e.neutral) if neutral is None else neutral,
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
    r"(?:saying|statement|described|condemned|denounced|accused|branded|labell?ed)\b.{0,40}?|"
    # the word of someone's own pledge: "his pledge to be 'neutral'", "vowed to remain 'fair'"
    r"(?:pledge|promise|vow|commitment)\w*\s+to\s+(?:be|remain|stay))"
    r"\W*$",
    re.IGNORECASE,
)


# A quoted word naming a category, an answer or a setting, not doubting anything: "9 percent of
# the ''moderate'' vote", "ticked the 'other' box", "switch to 'private' mode".
_CATEGORY_AFTER = re.compile(
    r"\s*(?:votes?|voters|categor(?:y|ies)|labels?|tags?|options?|box(?:es)?|settings?|modes?|"
    r"buttons?|tabs?|columns?|fields?|ratings?|status|designations?|answers?|responses?)\b",
    re.IGNORECASE,
)
# A quoted word set against another quoted word as its replacement: '"independent" is replaced
# with "isolated"', 'swapped "reform" for "overhaul"', '"freedom" instead of "liberty"'. The
# text compares two words of a document; neither is the outlet's doubt.
_COMPARED_AFTER = re.compile(
    r"[\"”’']?\s*,?\s*(?:(?:is|was|has\s+been|had\s+been|were|are|gets|got)\s+)?"
    r"(?:(?:replaced|swapped|substituted|exchanged|changed|traded)\s+(?:with|by|for|to|into)|"
    r"becomes|became|instead\s+of|rather\s+than|in\s+place\s+of)\s*[\"“‘']",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:replac\w+|swap\w*|substitut\w+|chang\w+|instead\s+of|rather\s+than|"
    r"in\s+place\s+of)\s+(?:the\s+(?:word|term)\s+)?[\"“‘']?$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\w'-]+")

# A word quoted as a word: "the phrase 'anchor baby'", "no reference to 'Lyin' Ted' or
# 'Crooked Hillary'", "a 'Make America Great Again' hat". The article talks about the label;
# neither it nor a speaker applies it here. (Reported labelling, "called him a 'traitor'", is
# use by the speaker and stays.)
_OPENING = re.compile(r"[\"“‘'«]+$")
_EARLIER_ITEM = re.compile(r"[\"“‘'«]+[^\"“”‘’«»]{1,60}[\"”’'»]+\s*(?:,|or|and|nor)\s*$")
_ABOUT_WORDS = re.compile(
    r"(?:\b(?:the|a|an|this|that|his|her|their|its)\s+(?:\w+\s+)?"
    r"(?:words?|terms?|phrases?|labels?|slogans?|hashtags?|nicknames?|epithets?|monikers?|"
    r"expressions?|catchphrases?|chants?)\s*,?\s*(?:of\s+|as\s+)?"
    r"|\breferences?\s+to|\bplay\s+on\s+(?:the\s+)?(?:words?|phrase)(?:\s+with\s+the\s+phrase)?"
    # a quoted label held up as an idea: "the whole idea of a 'Crooked Hillary'"
    r"|\b(?:the|a|this|that|whole)\s+(?:\w+\s+)?(?:idea|notion|concept)\s+of\s+(?:an?\s+|the\s+)?"
    # a quoted label as a reputation someone has, not the outlet's word for them: "gained the
    # media-generated reputation as an 'arch-conservative'"
    r"|\b(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:reputation|image)\s+as\s+(?:an?\s+|the\s+)?"
    r")\s*$",
    re.IGNORECASE,
)
_USED_BEFORE = re.compile(r"\b(?:us(?:e|es|ed|ing)|chose|choosing|employ(?:s|ed|ing)?)\s*$", re.I)
# "refrain from using the phrase 'X'", "stopped (short of) using the term": a word not used is named
_NOT_BEFORE = re.compile(
    r"\b(?:not|never|without|refus\w*|avoid\w*|declin\w*|refrain\w*\s+from|"
    r"stop(?:s|ped|ping)?(?:\s+short\s+of)?|quit(?:s|ting)?|ceas(?:e|es|ed|ing))(?:\s+to)?\s*$",
    re.I,
)
_QUOTED_REST = re.compile(r"[^\"“”‘’«»]{0,60}")
_ON_AN_OBJECT = re.compile(
    r"[\"”’'»]+\s*(?:hats?|caps?|signs?|banners?|shirts?|t-shirts?|placards?|stickers?|"
    r"buttons?|mugs?|slogans?|chants?)\b",
    re.IGNORECASE,
)
# A remark known by its words: "Trump's 'woman's card' remark", "the pope's 'calumny' comment".
# One quoted word with an adjective's ending describes the remark instead ("his 'mean-spirited'
# comments"): the speaker's own word for it, in use.
_A_REMARK = re.compile(r"[\"”’'»]+\s*(?:remarks?|comments?|quips?|jibes?|gibes?|tweets?)\b", re.I)
_ADJECTIVE_END = re.compile(r"(?:ed|ive|ous|ful|ic|al|ish|less|able|ible|ant|ent|ist|ary)$", re.I)


# Without quotation marks only a plain word about words marks a mention: "mention the words
# radical Islamic terrorism", "the term illegal aliens", or a stereotype named.
_BARE_ABOUT = re.compile(
    r"\b(?:(?:the|a|this|that)\s+(?:words?|terms?|phrases?|labels?)\s*,?"
    # a stereotype described, not applied: "the Archie Bunker stereotype of the gruff bigot"
    r"|(?:stereotypes?|caricatures?|tropes?|clich[ée]s?)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    # a word defined, not applied: "Churchill's definition of appeasement"
    r"|\b(?:definitions?|meaning)\s+of\s+)"
    r"\s*$",
    re.IGNORECASE,
)


# A label held at arm's length as unnamed others' word: "what critics call a witch hunt", "what
# some Republicans call 'amnesty'". A speaker's label ("what Trump called a rigged system", "the
# ministers rejected what they called a diktat") is reported use and stays, as does "what I call".
_CALLED_BY_OTHERS = re.compile(
    r"\bwhat\s+(?:some(?:\s+\w+)?|many(?:\s+\w+)?|critics|people|others|opponents|"
    r"supporters|detractors|skeptics|sceptics)\s+(?:would\s+|might\s+|now\s+|often\s+)?"
    r"(?:call|called|dub|dubbed|term|termed|label|labelled|labeled|describe\s+as|described\s+as)"
    r"\s+(?:an?\s+|the\s+)?[\"“‘']*$",
    re.IGNORECASE,
)
# A contested term that the outlet presents as a name others give ("the procedure sometimes
# called partial-birth abortion", "what is often referred to as"): the house-style way to
# mention a term without adopting it.
_CALLED_AT_TIMES = re.compile(
    r"\b(?:sometimes|often|commonly|popularly|widely)\s+(?:called|known\s+as|referred\s+to\s+as|"
    r"dubbed|termed|described\s+as)\s+(?:an?\s+|the\s+)?[\"“‘']*$",
    re.IGNORECASE,
)
# A word explained as a word: '"Savage," she said, meaning ...', "'X' means ...", "'X' is slang
# for ...", 'the term "X" comes from ...' (a page explaining a term of its trade). The
# article tells the reader the word is not in its usual sense, so none of its
# occurrences in that article are.
_GLOSSED = re.compile(
    r"(?:\"|“|‘|'')([^\"“”‘’\n]{1,40}?)[,.]?(?:\"|”|’|'')\s*,?\s*"
    r"(?:(?:he|she|they|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:said|says|explained|explains|added|wrote)"
    r"\s*,?\s*)?(?:meaning|which\s+means|means|i\.e\.|is\s+slang\s+for|as\s+in|"
    r"refers\s+to|comes\s+from|stands\s+for)\b"
)


# The quotation must stand alone, as a sentence or after a word about words: after a verb of
# labelling ('called them "thugs," meaning ...') the speaker uses the word and explains the aim.
_GLOSS_OPENS = re.compile(
    r"(?:^|[.!?:;][\"”’']*\s*|\b(?:word|term|phrase|slang|expression|nickname)s?\s+"
    r"(?:is\s+|was\s+)?)$",
    re.IGNORECASE,
)


def glossed_words(text: str) -> frozenset[str]:
    """The words a text explains as words (`_GLOSSED`), lowercased."""
    return frozenset(
        " ".join(m.group(1).strip(" ,.").lower().split())
        for m in _GLOSSED.finditer(text)
        if _GLOSS_OPENS.search(text, max(0, m.start() - 40), m.start())
    )


def _glossed(text: str, c: Candidate, glossed: frozenset[str]) -> bool:
    return bool(glossed) and " ".join(text[c.start : c.end].lower().split()) in glossed


# A term named and then defined in apposition: '"birtherism," the notion that ...', "death
# panels, a claim that ...", '"extremists," a term all too often applied to ...'. The article
# explains or discusses the term; it does not apply it.
_DEFINED_AFTER = re.compile(
    r"(?:[\"”’']*\s*(?:,|—|–|\s-)|,[\"”’']+)\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:notion|idea|theory|claim|belief|myth|term|label|slur|phrase|word|epithet|nickname|"
    r"slogan|insult)s?\s+(?:that|for|used|coined|meaning|which|"
    r"(?:(?:all\s+)?(?:too\s+)?(?:often|commonly|widely|frequently|usually|now|once|long)\s+)"
    r"(?:applied|used|reserved|given|attached|hurled|thrown)\s+(?:to|for|at|by)|"
    r"(?:applied|reserved|attached|hurled|thrown)\s+(?:to|for|at|by))\b",
    re.IGNORECASE,
)


# A word's meaning explained: 'the Hebrew word translated "detestable" refers to something that
# is morally disgusting', 'the term means someone who ...'. The words of the definition gloss
# another word; they call no one anything. Kept in the JSON, out of view: the definition may
# still carry the writer's verdict (PTC gold marks the one on ptc-tune).
_MEANING_BEFORE = re.compile(
    r"\b(?:word|term|phrase|expression)s?\b[^.!?;]{0,60}?\b(?:refers?\s+to|means?|meant|"
    r"denotes?|signif(?:y|ies|ied)|connotes?)\s+(?:something|someone|anything|anyone|a\s+person|"
    r"a\s+thing|an\s+act|one)\b[^.!?;]{0,40}$",
    re.IGNORECASE,
)


def _defines_a_word(para: str, c: Candidate) -> bool:
    return bool(_MEANING_BEFORE.search(para, max(0, c.start - 150), c.start))


def _mentioned(para: str, c: Candidate) -> bool:
    """The match opens a quotation that a word about words introduces, or that labels an object,
    or follows "the word(s)" directly, or is a label said to be others' ("what critics call"),
    or a term the next words define ("'birtherism,' the notion that")."""
    before = para[max(0, c.start - 90) : c.start]
    if (
        _CALLED_BY_OTHERS.search(before)
        or _CALLED_AT_TIMES.search(before)
        or _DEFINED_AFTER.match(para, c.end)
    ):
        return True
    opening = _OPENING.search(before)
    if not opening:
        bare = _BARE_ABOUT.search(before)
        return bare is not None and not _used(before, bare.start())
    lead = before[: opening.start()]
    while item := _EARLIER_ITEM.search(lead):  # "to 'Lyin' Ted' or 'Crooked Hillary'"
        lead = lead[: item.start()]
    about = _ABOUT_WORDS.search(lead)
    if about:
        return not _used(lead, about.start())
    rest = _QUOTED_REST.match(para, c.end)
    if not rest:
        return False
    if _A_REMARK.match(para, rest.end()):
        quoted = para[c.start : rest.end()].strip()
        return " " in quoted or not _ADJECTIVE_END.search(quoted)
    return bool(_ON_AN_OBJECT.match(para, rest.end()))


def _used(lead: str, about: int) -> bool:
    """Whether the words before report a use: "used the word 'thugs'"; "for not using the term"
    is a mention."""
    used = _USED_BEFORE.search(lead, 0, about)
    return used is not None and not _NOT_BEFORE.search(lead, 0, used.start())


def _scare_quotes(
    para: str, spans: list[Span], quotable: frozenset[str], earlier: set[str]
) -> list[Candidate]:
    """Quotation marks the outlet puts round a word to doubt it.

    Evidence of distancing is required, not just marks: the word must be one that contested
    claims are made with (the lexicon's `scare_quotable` class: "peace", "experts", "reform"),
    nobody in the paragraph speaks, and the article has not quoted it from someone before.
    """
    found = []
    for span in spans:
        if span.voice != "quoted" or span.speaker is not None:
            continue
        inner = para[span.start : span.end].strip("\"'“”‘’«»„‚‹› ")
        if len(inner.split()) != 1 or not inner[:1].islower() or not inner[-1:].isalnum():
            continue  # several words are usually a partial quote; capitals, names and titles
        if inner.lower() not in quotable or inner.lower() in earlier:
            continue  # no sign of doubt, or echoing a word someone was quoted saying
        if any(s.speaker for s in spans) or _SPEECH.search(para):
            continue  # someone speaks in this paragraph: the word is more likely theirs
        if _MENTION_BEFORE.search(para[max(0, span.start - 30) : span.start]):
            continue  # the word is mentioned, not used: "the term 'regime change'"
        if _COMPARED_AFTER.match(para, span.end) or _COMPARED_BEFORE.search(
            para, max(0, span.start - 40), span.start + 1
        ):
            continue  # a word compared as a word: '"independent" is replaced with "isolated"'
        if _CATEGORY_AFTER.match(para, span.end):
            continue  # the name of a category or setting: "the 'moderate' vote", "'private' mode"
        found.append(Candidate(span.start, span.end, SCARE_QUOTES))
    return found


@functools.cache
def _nouns(members: frozenset[str]) -> frozenset[str]:
    """The nouns of a class's members ("play" of "the play"), once per class."""
    return frozenset(m.rsplit(" ", 1)[-1] for m in members)


def _fiction_parts(para: str, fiction: frozenset[str]) -> list[tuple[int, str]]:
    """Where the paragraph names a part of a work of fiction (the lexicon's `fiction` class: "the
    play", "character", "villain", "the episode"), as (offset, the part's noun)."""
    lower = para.lower()
    if sum(noun in lower for noun in _nouns(fiction)) < 2:
        return []  # a substring test first: most paragraphs name no such thing
    words = [  # offsets into `para` itself: lowercasing may change a text's length
        (m.start(), m.group().lower().removesuffix("'s").removesuffix("’s"))
        for m in _WORDS.finditer(para)
    ]
    found = [(at, w) for at, w in words if w in fiction]
    found += [
        (a[0], f"{a[1]} {b[1]}")
        for a, b in itertools.pairwise(words)
        if f"{a[1]} {b[1]}" in fiction
    ]
    return [(at, m.rsplit(" ", 1)[-1]) for at, m in found]


# A page about fiction (a book list, blurbs): its genre words three kinds over and ten times at
# least. An article about one novel and real events names fewer ("novels", "thriller" once).
_FICTION_KINDS = 3
_FICTION_TIMES = 10


def _fiction_page(text: str, genre_words: frozenset[str]) -> bool:
    """Whether the page is about works of fiction throughout (the lexicon's `fiction_genre`
    class), so that a plot summary's "slaughtered" or "treachery" describes characters."""
    if not genre_words:
        return False
    found = [w for w in _WORDS.findall(text.lower()) if w in genre_words]
    return len(found) >= _FICTION_TIMES and len(set(found)) >= _FICTION_KINDS


def _about_fiction(parts: list[tuple[int, str]], c: Candidate) -> bool:
    """Two different parts of a work named outside the match itself ("villains" is a part and a
    label: "on the show he called them villains" names one part): one alone, however often
    ("this movie ... the movie distorts"), may be about how a work treats real events."""
    return len({noun for at, noun in parts if not c.start <= at < c.end}) >= 2


# Related-story widgets list headlines inline, separated by bars: "Lawmakers spar over testimony |
# House Dems unveil tax plan | Senate passes bill".
_BAR = " | "


def _in_headline_list(para: str, c: Candidate) -> bool:
    """The match stands between two bars: one of the headlines a page lists in its text."""
    return _BAR in para[max(0, c.start - 120) : c.start] and _BAR in para[c.end : c.end + 120]


# A body that opens with a short line of one sentence repeats the headline or gives a second
# one ("Dems in a dead heat as caucuses loom."): a wire lede runs to twenty words and more.
_HEADLINE_WORDS = 10


def _headline_line(para: str, paragraphs: Sequence[str]) -> bool:
    if len(paragraphs) < 2:
        return False  # a body of one line is the text itself
    text = para.strip().rstrip(".!?")
    return len(_WORDS.findall(text)) <= _HEADLINE_WORDS and not re.search(r"[.!?\"“”]", text)


def _quotes_body_name(head: str, c: Candidate, body: str) -> bool:
    """The headline match is inside a quoted capitalised run the body writes with the same
    capitals ("Slam ‘Neocons For Hillary’" over a story on the “Neocons For Hillary”
    movement): a name or title. In a title-case headline capitals alone prove nothing; the
    body's sentence case does."""
    run = quoted_title(head, c)
    return run is not None and run in body


# A wire dateline opening the body: "RANGOON, Burma - ...", "KIEV, Ukraine (AP) — ...": the city
# in capitals, then the country or state, an agency in brackets, and a dash.
_DATELINE = re.compile(
    r"([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}),[ \t]+([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})"
    r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:--|[-\u2013\u2014])[ \t]"
)


def dateline_names(first: str) -> frozenset[str]:
    """The place names, lowercased, of the dateline the body opens with (none without one)."""
    m = _DATELINE.match(first)
    return frozenset() if m is None else frozenset({m.group(1).lower(), m.group(2).lower()})


def _house_name(text: str, c: Candidate, names: frozenset[str]) -> bool:
    """A contested place name the outlet's own dateline uses: its stylebook's name for the place
    ("RANGOON, Burma - ..."), the same in every sentence of the article, not a stance taken in
    one of them."""
    return c.entry.category == "contested_name" and text[c.start : c.end].lower() in names


def _in_use(text: str, cands: list[Candidate], *, headline: bool = False) -> list[Candidate]:
    # Body text is written in sentence case, so its capitals mark names; a headline may be in
    # title case, where they mark nothing.
    cased = sentence_case(text) if headline else not text.isupper()
    spans = SpanIndex((c.start, c.end) for c in cands)
    return [c for c in cands if is_use(text, c, sentence_case=cased, others=spans)]


def flag(
    article: Article,
    lexicon: Lexicon,
    segmentation: Segmentation | None = None,
    *,
    genre: Genre = "unknown",
    topic: Topic = "unknown",
) -> list[Flag]:
    """All flags of an article: headline first, then the body in order, each in the voice the
    segmentation gives its text (the same one the report's `voices` list shows), and each
    saying whether the default view shows it on a page of this `genre` and `topic`."""
    flags: list[Flag] = []
    plain: set[tuple[str, int]] = set()  # flags (field, start) the default view leaves out
    head = article.headline
    paragraphs = article.paragraphs
    seg = segmentation or segment(head, paragraphs)
    theme = lexicon.theme(f"{head}\n{article.body}")  # what the whole article is about
    topics = lexicon.topics(f"{head}\n{article.body}")  # the conflicts and fields it is in
    glossed = glossed_words(f"{head}\n{article.body}")  # words the article explains as words
    first = paragraphs[0] if paragraphs else ""
    house = dateline_names(first)  # the outlet's stylebook names for the place it writes from
    heads = lexicon.candidates(head, first, theme, topics, lede=first)
    for start, end, c in _merge_chains(head, _in_use(head, heads, headline=True)):
        if _mentioned(head, c) or not c.entry.context.headline or _glossed(head, c, glossed):
            continue
        if _house_name(head, c, house):
            continue
        if _quotes_body_name(head, c, article.body):
            continue
        voice, speaker = _phrase_voice(functools.partial(voice_at, seg.headline), start, end)
        if (
            lexicon.plain(c.entry, head, first, narration=voice == "outlet")
            or lexicon.beside_grave(c.entry, head, c.start, c.end)
            or felt_state(head, c)
            or classifying_genitive(head, c)  # "a fool's errand"
        ):
            plain.add(("headline", start))
        fit = lexicon.neutral(c.entry, head[c.start : c.end])
        flags.append(_make("headline", head, start, end, c, voice, speaker, None, fit))
    for c in headline_hype(head):  # capitals and clickbait formulas: the outlet's device
        if not any(f.start < c.end and c.start < f.end for f in flags):
            flags.append(_make("headline", head, c.start, c.end, c, "outlet", None, None))
    voices = seg.body
    offset = 0
    body = article.body
    quotable = lexicon.word_classes.get("scare_quotable", frozenset())
    fiction = lexicon.word_classes.get("fiction", frozenset())
    # Read only when a describing word is found: most pages have none, and the count reads the
    # whole page's words once more.
    fiction_page = functools.cache(
        functools.partial(
            _fiction_page, f"{head}\n{body}", lexicon.word_classes.get("fiction_genre", frozenset())
        )
    )
    quoted_words: set[str] = set()
    scripture = passages(paragraphs)  # a verse quoted holds the scripture's words, not a label
    classes = lexicon.word_classes
    referents = classes.get("history_referent", frozenset())
    vices = classes.get("vice_nouns", frozenset())
    sins = classes.get("capital_sins", frozenset())
    # The paragraphs a page about the Nazi era anchors in it: "the Nazis" there is the party
    # (read only when a history word is found: most pages have none).
    in_history = functools.cache(
        functools.partial(
            anchored_paragraphs,
            paragraphs,
            head,
            history_anchor(classes.get("history_anchor", frozenset())),
        )
    )
    for i, (para, spans) in enumerate(zip(paragraphs, voices, strict=True)):
        check_budget()  # a page of many paragraphs stops here when its budget is spent
        at = _voice_lookup(spans)
        # The headline and the paragraph before set the scene a paragraph continues.
        setting = f"{head}\n{paragraphs[i - 1]}" if i else head
        cands = lexicon.candidates(para, setting, theme, topics)
        parts: list[tuple[int, str]] | None = None  # read on first need, for a describing word
        for start, end, c in _merge_chains(para, _in_use(para, cands)):
            if _mentioned(para, c) or _glossed(para, c, glossed) or _house_name(para, c, house):
                continue
            if not c.entry.context.headline and (
                _in_headline_list(para, c) or (i == 0 and _headline_line(para, paragraphs))
            ):
                continue  # headline shorthand in a run of headlines, or a headline atop the body
            if c.entry.category in DESCRIBING and fiction_page():
                continue  # a plot summary on a page of book blurbs
            if c.entry.category in DESCRIBING:
                if parts is None:
                    parts = _fiction_parts(para, fiction)
                if parts and _about_fiction(parts, c):
                    continue
            voice, speaker = _phrase_voice(at, start, end)
            if voice == "paraphrase" and c.entry.category == "attribution":
                # A verb of saying outside quotation marks is the outlet's choice of how to
                # report the speech ("..., insisting that"), not a word of the speaker's, or
                # the choice of whoever writes the text around it (a reprinted report).
                voice, speaker = _reporter(para, spans, start)
            if voice == "outlet" and not c.entry.context.outlet_body:
                continue
            if lexicon.own_word(c.entry, speaker):
                continue  # a group's own shorthand for itself ("the Dems", said a Democrat)
            if (
                lexicon.plain(c.entry, para, setting, narration=voice == "outlet")
                or lexicon.beside_grave(c.entry, para, c.start, c.end)
                or (voice == "quoted" and self_reference(para, c))  # "we were a bit foolish"
                or felt_state(para, c)  # "Germans have been outraged": a feeling reported
                or concessive(para, c)  # "Absurd as it may sound, the danger is real"
                or feared_label(para, c)  # "afraid of being called hypocrites"
                or classifying_genitive(para, c)  # "a fool's errand"
                or vice_opposed(para, c, vices)  # "I have always opposed bigotry"
                or named_sin(para, c, sins)  # "spiritual pride and avarice": a sin named
                or generic_claim(para, c)  # "the fact that someone claims that"
                or in_passage(scripture, i, start, end)
                or (literal_history(para, c.start, c.end, referents) and i in in_history())
                or title_after_work(para, c)  # "his new book is Confessions of an Islamophobe"
                or _defines_a_word(para, c)  # "the word refers to something morally disgusting"
                or (
                    voice == "outlet"
                    and lexicon.wire_usage(c.entry, para[c.start : c.end], para[c.end : c.end + 40])
                )
            ):
                plain.add(("body", offset + start))
            fit = lexicon.neutral(c.entry, para[c.start : c.end])
            flags.append(
                _make("body", body, offset + start, offset + end, c, voice, speaker, i, fit)
            )
        for c in _scare_quotes(para, spans, quotable, quoted_words):  # the outlet's own device
            flags.append(
                _make("body", body, offset + c.start, offset + c.end, c, "outlet", None, i)
            )
        for span in spans:  # words speakers used, so a later echo is not the outlet's doubt
            if span.voice == "quoted" and span.speaker is not None:
                quoted_words.update(_WORDS.findall(para[span.start : span.end].lower()))
        offset += len(para) + 2  # the "\n\n" between paragraphs
    flags.sort(key=lambda f: (f.field != "headline", f.start))
    out = []
    for f in flags:
        why = PLAIN_USE if (f.field, f.start) in plain else out_of_view(f, genre, topic)
        out.append(f.model_copy(update={"shown": why is None, "hidden_because": why}))
    return out


def _phrase_voice(
    at: Callable[[int], tuple[Voice, str | None]], start: int, end: int
) -> tuple[Voice, str | None]:
    """The voice of a flagged phrase: its first word's, unless the phrase begins inside
    quotation marks and ends outside them ('"Taiwan independence" forces'): then the quoted
    term is part of a phrase the surrounding text owns."""
    voice, speaker = at(start)
    if voice == "quoted":
        last = at(end - 1)
        if last[0] != "quoted":
            return last
    return voice, speaker


def _reporter(para: str, spans: list[Span], pos: int) -> tuple[Voice, str | None]:
    """Who chose the words that report the paraphrase holding `pos`: the writer of the text
    right around it where that is a document the page reprints (its author's words with no
    quotation marks of their own), else the outlet. A quotation beside the paraphrase is a
    speaker's own words, not the reporter's ("mocked his campaign, calling him “...”")."""
    held = next((s for s in spans if s.start <= pos < s.end), None)
    if held is None:
        return "outlet", None
    for s in spans:
        if (
            (s.end == held.start or s.start == held.end)
            and s.voice == "quoted"
            and s.speaker is not None
            and s.speaker != held.speaker
            and not opens_with_quote(para[s.start : s.end])
            and para[s.start : s.end].rstrip()[-1:] not in _CLOSING_MARKS
        ):
            return "quoted", s.speaker
    return "outlet", None


_CLOSING_MARKS = frozenset("”\"’»")


def _voice_lookup(spans: list[Span]) -> Callable[[int], tuple[Voice, str | None]]:
    """``voice_at`` by binary search: spans never overlap, so the one holding a position is the
    last one starting at or before it (a scan per flag was quadratic on a long paragraph)."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]

    def at(pos: int) -> tuple[Voice, str | None]:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < ordered[i].end:
            return ordered[i].voice, ordered[i].speaker
        return "outlet", None

    return at


def count_voices(flags: list[Flag]) -> VoiceCounts:
    counts = VoiceCounts()
    for f in flags:
        setattr(counts, f.voice, getattr(counts, f.voice) + 1)
    return counts
