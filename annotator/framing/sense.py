"""Is a lexicon match the loaded word in use, or something that only looks like it?

Checks that need the original text (capitals, quotation marks) and apply to every entry alike,
so the lexicon need not list every band, game, charity or negated sentence by hand:

- **Names and titles.** A lowercase entry matched with capitals in sentence-case text is part
  of a name or title when a capitalised word runs into it ("Young Thug", "John Legend"), a
  capital sits inside the phrase ("Note in the Pocket"), or a quoted title holds it ("“The
  Dictator Pope”"). An epithet that opens a run ("Martyr Soleimani", "Tyrant King George") is
  given to the person named, and stays, unless the entry is an everyday word rather than a
  label for people: then a capital mid-sentence marks a name ("Greedy Williams", "the
  Paranoia game") unless another loaded word stands next to it ("this Rigged Witch Hunt").
  Capitals for emphasis ("OUTRAGED") and headlines in title case carry no such signal.
- **A name as a modifier.** A contested "the Name" before a noun ("the Ukraine scandal") gives
  its "the" to the noun: the name is the plain one.
- **Addresses.** A match running into a web address or an account handle ("Birthers.org",
  "@SoStupidShow") is part of the site's or account's name.
- **A euphemism said of an abstract thing.** "Japan's sensitivities became collateral damage":
  no one was harmed, so the word hides no harm.
- **A verb of saying in another sense.** The doubting verb's -s form used as the noun
  ("Trump's claims that", "his now-familiar claims that"), and "insisted" of a demand
  ("insisted that any deal include a tax cut").
- **Denied, hedged, imagined, rejected, joked or only a charge named** (`denial.py`): "not a
  terrorist", "almost certainly", "you may say that's inhumane", "accused of rigging the
  contest", "to think we are all crooks is wrong", "I've wrecked it, huh?", "saying something
  stupid", "it's crazy that".

    >>> from annotator.framing.lexicon import Candidate
    >>> from annotator.framing.schema import Entry
    >>> e = Entry(id="thugs", forms=["thug"], category="name_calling",
    ...           technique="Name_Calling,Labeling", severity="medium", why="A slur for people.")
    >>> text = "Fans of Young Thug queued."
    >>> is_use(text, Candidate(13, 17, e), sentence_case=True)
    False
    >>> is_use("They were not thugs.", Candidate(14, 19, e), sentence_case=True)
    False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .denial import WORD as _WORD
from .denial import (
    aimed_at_no_one,
    crowd_derision,
    felt_emotion,
    ideology_origin,
    in_jest,
    labels_speaker,
    named_charge,
    named_quality,
    negated,
    pinned_by_others,
    rejected,
    self_criticism,
    self_report,
)
from .lexicon import Candidate
from .schema import Entry
from .speakers import TITLE_ABBREV

# Lowercase particles inside names ("Bank of the West", "Ursula von der Leyen"). Prepositions
# such as "in" are left out: "a Leftist in Washington" is a label and a place, not one name.
_JOINERS = frozenset({"of", "the", "de", "du", "del", "der", "la", "le", "von", "van", "al", "bin"})
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”‘'(\[\-–—•|]\s*)$")

_COMMON_WORDS = frozenset({"loaded", "puffery", "certainty", "doubt", "fear", "attribution"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


# Words English capitalises whatever the context (nationalities, faiths, parties): next to a
# match they are no sign of a name ("fellow Leftist Catholic", "Democrat thugs").
_ALWAYS_CAPITAL = re.compile(
    r"(?:[A-Z]\w*(?:an|ans|ian|ians|ese|ish|i|is|ic|ics)|Muslims?|Christians?|Jews?|Democrats?|"
    r"Republicans?|Catholics?|Protestants?|Sunnis?|Shias?|Shiites?|Left|Right|God|Western|Eastern|"
    r"Northern|Southern)"
)


_TAG_BEFORE = re.compile(r"[,!?][\"”’]\s*$")
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|tweeted|wrote|added|stated|explained)\b")
_DETERMINERS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "Our", "His", "Her", "Their", "Its", "My"}
)


# A title's abbreviation right before a capitalised word makes it a surname, though its full
# stop looks like a sentence's end.
_TITLE_BEFORE = re.compile(rf"\b(?:{TITLE_ABBREV})\.\s+$")


# A quoted word between a given name and a surname is a nickname ("Lee “Faker” Sang-hyeok").
_NICKNAME = re.compile(r".*\b[A-Z][\w'’.-]+\s+[\"“‘']$", re.DOTALL)
_NICKNAME_END = re.compile(r"[\"”’']\s+[A-Z][\w'’-]+")


def _nickname(text: str, c: Candidate) -> bool:
    """Between a given name and a surname in sentence-case text (in title case every word has
    a capital: "Pins The Rise On ‘Disastrous’ Invasion")."""
    return bool(
        _NICKNAME.match(text, max(0, c.start - 40), c.start)
        and _NICKNAME_END.match(text, c.end)
        and sentence_case(text)
    )


# A relative, or "named", right before a capitalised word introduces a person by name.
_KIN_BEFORE = re.compile(
    r"\b(?:wife|widow|widower|husband|son|daughter|mother|father|brother|sister|niece|nephew|"
    r"cousin|aunt|uncle|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|"
    r"fianc[eé]e?|girlfriend|boyfriend|named)\b,?\s+$",
    re.IGNORECASE,
)


def _sentence_initial(text: str, pos: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, pos - 3) : pos])) or bool(
        re.search(r"(?:^|\(\w{1,3}\)|\d[.)])\s*$", text[max(0, pos - 6) : pos])
    )


class SpanIndex:
    """The non-overlapping spans of a text's matches, for constant-work questions about one
    match's neighbours (a scan over every other match for each match was quadratic on a long
    paragraph)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._ends = {e for _, e in self._spans}

    def other_covers(self, pos: int, own: tuple[int, int]) -> bool:
        """A span other than `own` holds position `pos`."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._spans[i][1] and self._spans[i] != own

    def adjacent(self, text: str, own: tuple[int, int]) -> bool:
        """Another span starts right after `own` or ends right before it (spaces between)."""
        gap = _SPACES.match(text, own[1])
        after = gap.end() if gap else own[1]
        i = bisect.bisect_left(self._starts, after)
        if i < len(self._starts) and self._starts[i] == after and after != own[0]:
            return True
        before = own[0]
        while before > 0 and text[before - 1].isspace():
            before -= 1
        return before in self._ends and before != own[1]


_SPACES = re.compile(r"\s*")


def _run_neighbour(text: str, pos: int, step: int, spans: SpanIndex, own: tuple[int, int]) -> bool:
    """Whether a capitalised word continues a name from `pos` in direction `step` (-1 or 1).

    Only spaces and lowercase joiners may separate the words of a name; punctuation, a
    possessive, a capital that any sentence would have, and another loaded word end the run.
    """
    words = (
        list(reversed(list(_WORD.finditer(text, max(0, pos - 48), pos))))
        if step < 0
        else list(_WORD.finditer(text, pos, pos + 48))
    )
    edge = pos
    for m in words:
        gap = text[m.end() : edge] if step < 0 else text[edge : m.start()]
        if gap.strip():
            return False
        word = m.group()
        if word in _JOINERS:
            edge = m.start() if step < 0 else m.end()
            continue
        if spans.other_covers(m.start(), own) or _ALWAYS_CAPITAL.fullmatch(word):
            return False
        if step < 0 and word.endswith(("'s", "’s")):
            return False
        if word in _DETERMINERS and _sentence_initial(text, m.start()):
            return False  # "The Martyr Commander": a sentence's capital, not a name's
        # A capitalised neighbour counts even at a sentence start ("John Legend sang"): the
        # match's own capital, mid-sentence, is the evidence; the neighbour joins it.
        return _is_capitalised(word)
    return False


def _name_word_before(text: str, pos: int, spans: SpanIndex, own: tuple[int, int]) -> bool:
    """The word right before `pos`, past spaces only, is a capitalised word that no sentence
    start, nationality, possessive or other match explains: the first word of a longer name."""
    if _sentence_initial(text, pos):
        return False
    m = _LAST_WORD.search(text, max(0, pos - 48), pos)
    if not m or not _is_capitalised(word := m.group(1)) or word in _DETERMINERS:
        return False
    return not (
        _sentence_initial(text, m.start(1))
        or _ALWAYS_CAPITAL.fullmatch(word)
        or word.endswith(("'s", "’s"))
        or spans.other_covers(m.start(1), own)
    )


_LAST_WORD = re.compile(r"([\w'’-]+)[ \t]+$")


@dataclass(frozen=True)
class _CapitalForms:
    names: frozenset[str]  # forms with any capital ("Imam Khamenei"), lowercased
    acronyms: frozenset[str]  # forms all in capitals ("DINO"), lowercased


_CAPITAL_FORMS: dict[int, tuple[Entry, _CapitalForms]] = {}


def _capital_forms(entry: Entry) -> _CapitalForms:
    """An entry's forms written with capitals, computed once per entry."""
    hit = _CAPITAL_FORMS.get(id(entry))
    if hit is None or hit[0] is not entry:
        forms = _CapitalForms(
            names=frozenset(f.lower() for f in entry.forms if any(ch.isupper() for ch in f)),
            acronyms=frozenset(f.lower() for f in entry.forms if f.isupper()),
        )
        hit = _CAPITAL_FORMS[id(entry)] = (entry, forms)
    return hit[1]


def _acronym_in_lowercase(entry: Entry, matched: str) -> bool:
    """The match spells an all-capitals form of the entry (an acronym such as "DINO") in
    ordinary letters: a name or a word, not the acronym."""
    return not matched.isupper() and matched.lower() in _capital_forms(entry).acronyms


def _defined_acronym(text: str, entry: Entry, matched: str) -> bool:
    """The match, all in capitals, is an abbreviation the text defines in brackets
    ("Laser-Induced Breakdown Spectroscopy (LIBS)"): a technical term, not the entry's word in
    capitals for emphasis. An acronym the entry lists itself ("DINO") stays the label."""
    if not matched.isupper() or len(matched) < 2 or " " in matched:
        return False
    if matched.lower() in _capital_forms(entry).acronyms:
        return False
    stem = matched[:-1] if matched.endswith("S") else matched
    return not {stem, stem + "S"}.isdisjoint(_bracketed(text))


_BRACKETED = re.compile(r"\(\s*([A-Z]{2,})\s*\)")


@lru_cache(maxsize=64)
def _bracketed(text: str) -> frozenset[str]:
    """The capitalised abbreviations a text defines in brackets, found in one pass per text
    (a search per match would grow with matches times length on a page of capitals)."""
    return frozenset(_BRACKETED.findall(text))


def _lists_name(entry: Entry, matched: str) -> bool:
    """Whether the matched form is itself listed as a name or title ("Imam Khamenei"); a
    capitalised match of a lowercase form ("Mujahid", a surname) may still be a name."""
    if entry.context.case == "capitalised":
        return True
    return " ".join(matched.lower().split()).replace("’", "'") in _capital_forms(entry).names


# Two apostrophes stand for a double quotation mark in some archives' text ("''Cruel
# Intentions,''"); a run never holds a pair of them.
_QUOTED = re.compile(r"(?:''|[\"“‘«])((?:(?!'')[^\"“”‘’«»]){3,80})(?:''|[\"”’»])")


# A one-word quoted title is known by the work it names: 'her film, "Trainwreck."'
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|show|series|sitcom|book|novel|memoir|album|song|single|play|musical|"
    r"documentary|podcast|game|painting|poem|opera|episode)s?\s*,?\s*$",
    re.IGNORECASE,
)


_TITLE_MINOR = frozenset(
    {"a", "an", "and", "or", "nor", "but", "for", "in", "on", "to", "at", "by", "with", "from",
     "as"}
)


def _short_title_case(words: list[str]) -> bool:
    """Title case leaves its short words lowercase ("Latin History for Dummies"): trusted in a
    run of at most six words, three of them capitalised. A two-word slogan ("Death to
    America") or a long sentence in capitals is no title by its case alone."""
    capitals = sum(map(_is_capitalised, words))
    return len(words) <= 6 and capitals >= 3 and _is_capitalised(words[0])


def quoted_title(text: str, c: Candidate) -> str | None:
    """The quoted run of two or more capitalised words the match is inside, or one after the
    kind of work it names, if any: a title ("The Dictator Pope", “Vendetta Forever”, the film
    “Trainwreck”), without its closing punctuation."""
    lo = max(0, c.start - 80)
    for m in _QUOTED.finditer(text, lo, min(len(text), c.end + 80)):
        if m.start(1) <= c.start and c.end <= m.end(1):
            found = _WORD.findall(m.group(1))
            words = [w for w in found if w not in _JOINERS]
            if _short_title_case(found):
                words = [w for w in words if w not in _TITLE_MINOR]
            titled = len(words) >= 2 or bool(_WORK_BEFORE.search(text, lo, m.start()))
            if words and titled and all(_is_capitalised(w) for w in words):
                return m.group(1).strip(" .,;:!?")
            return None
    return None


def _quoted_title(text: str, c: Candidate) -> bool:
    return quoted_title(text, c) is not None


def in_name(text: str, c: Candidate, others: SpanIndex | Sequence[tuple[int, int]] = ()) -> bool:
    """The match is part of a name or title in sentence-case text, and the entry does not list
    names or titles itself."""
    if c.compound:  # "Bush-bashing": the first element names the target, the second is the word
        c = Candidate(text.rfind("-", c.start, c.end) + 1, c.end, c.entry)
    if _acronym_in_lowercase(c.entry, text[c.start : c.end]):
        return True  # "Dino Spencer" is not the acronym DINO
    if _defined_acronym(text, c.entry, text[c.start : c.end]):
        return True  # "Breakdown Spectroscopy (LIBS)" is not "libs"
    spans = others if isinstance(others, SpanIndex) else SpanIndex(others)
    own = (c.start, c.end)
    if _lists_name(c.entry, text[c.start : c.end]):
        # The entry lists this name or title itself ("Imam Khamenei", "Crooked Hillary"), but
        # a listed nickname that a capitalised word runs into mid-sentence is inside a longer
        # name: "the head of Defeat Crooked Hillary" names a committee, not the candidate.
        return c.entry.category == "name_calling" and _name_word_before(text, c.start, spans, own)
    matched = _WORD.findall(text[c.start : c.end])
    if not matched or any(w.isupper() and len(w) > 1 for w in matched):
        return False  # capitals for emphasis ("OUTRAGED"), not for a name
    if not _is_capitalised(matched[0]) and any(_is_capitalised(w) for w in matched[1:]):
        return True  # a capital inside a lowercase phrase: "Note in the Pocket"
    if not _is_capitalised(matched[0]):
        return False
    if _quoted_title(text, c) or _nickname(text, c):
        return True  # a title in quotes, or a nickname: Lee "Faker" Sang-hyeok
    speaks = bool(_SPEAKS_AFTER.match(text, c.end))
    if speaks and _TAG_BEFORE.search(text, max(0, c.start - 4), c.start):
        return True  # '..." Mujahid said': the tag after a quote names the speaker
    if _TITLE_BEFORE.search(text, max(0, c.start - 8), c.start):
        return True  # "Mr. Savage's comments", "Ms. Craven's class": a surname after a title
    if _sentence_initial(text, c.start):
        return False  # a capital any sentence start has is no evidence
    if (
        len(matched) > 1
        and all(_is_capitalised(w) for w in matched)
        and c.entry.category != "glorifying"  # honorifics are capitalised out of respect
    ):
        return True  # a lowercase phrase in capitals mid-sentence is a title ("Hot Air")
    if speaks:
        return True  # "spokesman Mujahid said": a capitalised word before a reporting verb
    if len(matched) == 1 and c.entry.category in _COMMON_WORDS and not spans.adjacent(text, own):
        # An everyday word (an adjective, a verb) capitalised mid-sentence is a name or title:
        # "the GURPS and Paranoia game systems", "Greedy Williams", "Notorious RBG". Labels
        # for people ("Tyrant King George") are name calling and take the run rule below, and
        # loaded words capitalised together are emphasis ("this Rigged Witch Hunt").
        return True
    if _KIN_BEFORE.search(text, max(0, c.start - 30), c.start):
        return True  # "His widow, Rafida Bonya Ahmed": a kinsman's given name, not a label
    # After another capitalised word it ends a name ("Young Thug", "John Legend"); opening a
    # run it is an epithet or honorific given to the name that follows ("Tyrant King George").
    return _run_neighbour(text, c.start, -1, spans, own)


# Last words of an organisation's or a law's name: a loaded word in a capitalised run that ends
# in one ("Defeat Crooked Hillary PAC", "the Nazi Party", "Stop Woke Act") is part of the name.
# In title case every word has a capital ("Accused Of Shocking Act"), so there only the
# abbreviations, which are never ordinary words, count.
_ORGANISATION_ABBREVIATIONS = frozenset({"PAC", "PACs", "Inc", "LLC"})
_ORGANISATION_WORDS = _ORGANISATION_ABBREVIATIONS | frozenset(
    {
        "Committee", "Fund", "Foundation", "Party", "Coalition", "Society", "Association",
        "Institute", "Alliance", "Caucus", "Council", "Act",
    }
)  # fmt: skip


def in_organisation_name(text: str, c: Candidate, *, sentence_case: bool) -> bool:
    """The match, all in capitals, runs through capitalised words only (no joiners: "the
    Iranian regime of Security Council ..." is two names) into an organisation word within four
    words."""
    if not all(_is_capitalised(w) for w in _WORD.findall(text[c.start : c.end])):
        return False
    ends = _ORGANISATION_WORDS if sentence_case else _ORGANISATION_ABBREVIATIONS
    edge = c.end
    for n, m in enumerate(_WORD.finditer(text, c.end, c.end + 60)):
        if (
            n == 4
            or text[edge : m.start()].strip()
            or not _is_capitalised(m.group())
            or m.group() in _DETERMINERS  # "Just Destroyed The Council": a title-case clause
        ):
            return False
        if m.group() in ends:
            return True
        edge = m.end()
    return False


def sentence_case(text: str) -> bool:
    """Most longer words are lowercase: capitals mark names, not style (headlines often fail)."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return not words or sum(map(_is_capitalised, words)) <= 0.5 * len(words)


# A match that runs into a web address ("Birthers.org", "www.stupid-deals.com") or a handle
# ("@TrumpTrainwreck") is part of a site's or account's name, mentioned, not applied to anyone.
_DOMAIN_AFTER = re.compile(r"[\w-]*\.(?:com|org|net|gov|edu|info|co|us|uk|io|tv)\b", re.IGNORECASE)
# (A hashtag is not a name: "#RINO" after a tweet applies the label.)
_HANDLE_BEFORE = re.compile(r"(?:@|\bwww\.|://)[\w.-]*$", re.IGNORECASE)


def in_address(text: str, c: Candidate) -> bool:
    before = text[max(0, c.start - 40) : c.start]
    return bool(_DOMAIN_AFTER.match(text, c.end) or _HANDLE_BEFORE.search(before))


_OPENING = "“\"«"
_CLOSING = "”\"»"


def _quotation_around(text: str, c: Candidate) -> tuple[int, int] | None:
    """The quotation (opening mark, closing mark) the match stands inside, if any: an opening
    mark before it with no closing mark between, and the next closing mark after it."""
    before = text[: c.start]
    opening = max(before.rfind(q) for q in _OPENING)
    if opening == -1:
        return None
    if text[opening] == '"':
        if before.count('"') % 2 == 0:
            return None  # straight marks pair up: the last one before the match closed a quote
    elif before.rfind("”", opening) != -1 or before.rfind("»", opening) != -1:
        return None
    ends = [i for i in (text.find(q, c.end) for q in _CLOSING) if i != -1]
    return (opening, min(ends)) if ends else None


# A capitalised match that a year in brackets follows, past the rest of a capitalised run, is
# a work's title in a list of works: "Fairy Tales (1985) and Clowns (2004)".
_TITLE_YEAR_AFTER = re.compile(
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|in|a|an|on|for|to)){0,5}[ \t]*\((?:c\.\s*)?\d{4}\b"
)


# A work named by its kind or its author before a title without quotation marks: "his new book
# is Confessions of an Islamophobe", "the author of Stupid White Men", "a memoir titled ...".
_WORK_NAMED_BEFORE = re.compile(
    r"(?:\b(?:book|novel|memoir|film|movie|album|documentary|play|essay|bestseller|best-seller)"
    r"s?(?:\s+(?:is|was))?(?:\s+(?:titled|entitled|called))?"
    r"|\b(?:titled|entitled|author\s+of|authored))[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
_TITLE_WORDS = _TITLE_MINOR | _JOINERS


def title_after_work(text: str, c: Candidate) -> bool:
    """The capitalised match is in a run of capitalised words (title case: short words
    lowercase) of two capitals or more, which opens right after a work named (above). Kept in
    the JSON, not dropped: a page's plug for its author's book ("pre-order Jamie's new book,
    Jihadist Psychopath: ...") is the outlet's own promotion, and PTC gold marks it at times."""
    if not text[c.start].isupper():
        return False
    capitals = sum(map(_is_capitalised, _WORD.findall(text[c.start : c.end])))
    edge = c.end
    for m in _WORD.finditer(text, c.end, c.end + 60):  # the rest of the run
        if text[edge : m.start()].strip() or not (
            _is_capitalised(m.group()) or m.group() in _TITLE_WORDS
        ):
            break
        capitals += _is_capitalised(m.group())
        edge = m.end()
    edge = c.start
    for m in reversed(list(_WORD.finditer(text, max(0, c.start - 60), c.start))):
        word = m.group()
        if text[m.end() : edge].strip() or not (_is_capitalised(word) or word in _TITLE_WORDS):
            break
        if word.endswith(("'s", "’s")):
            return False  # "Trump's Crooked Hillary line": a possessive, not a title's word
        capitals += _is_capitalised(word)
        edge = m.start()
    while text[edge : edge + 1].islower():  # the run opens with a capital, not "of an"
        edge = text.find(" ", edge) + 1 or len(text)
    return capitals >= 2 and bool(_WORK_NAMED_BEFORE.search(text, max(0, edge - 40), edge))


def titled_work(text: str, c: Candidate) -> bool:
    return text[c.start].isupper() and bool(_TITLE_YEAR_AFTER.match(text, c.end))


# Words that may follow a name used as a noun ("the Ukraine is", "the Ukraine and Russia",
# "visited the Ukraine last year"): verbs, conjunctions, prepositions, adverbs, determiners. Any
# other lowercase word after it is a noun the name modifies.
_AFTER_A_NOUN = frozenset(
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should",
        "can", "may", "might", "must", "does", "did", "and", "or", "but", "nor", "to", "of",
        "in", "on", "at", "by", "for", "from", "with", "as", "into", "since", "after", "before",
        "during", "under", "over", "against", "which", "that", "who", "where", "when", "while",
        "because", "if", "than", "itself", "too", "also", "then", "now", "today", "yesterday",
        "last", "next", "this", "earlier", "later", "again", "recently", "soon", "ago", "alone",
        "once", "back", "already", "though", "however", "either", "so", "yet", "not", "only",
        "just", "its", "their", "his", "her", "a", "an", "the",
    }
)  # fmt: skip
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]*)\b")


def attributive_name(text: str, c: Candidate) -> bool:
    """A contested name of the form "the Name" modifies the noun after it ("the Ukraine
    scandal", "consultants to the Ukraine president's party"): "the" belongs to that noun, and
    the name is the country's plain one."""
    words = text[c.start : c.end].split()
    if c.entry.category != "contested_name" or len(words) != 2 or words[0].lower() != "the":
        return False
    if not _is_capitalised(words[1]):
        return False
    m = _NEXT_WORD.match(text, c.end)
    return m is not None and m.group(1) not in _AFTER_A_NOUN and not m.group(1).endswith("ed")


# "Trump's claims that", "the neocons’ claims that", "his by-now-familiar claims that": the -s
# form of a doubting verb of saying after a possessive or an adjective is the plural noun, the
# plain word for what someone asserts, not the verb the entry means ("he claims that").
# Determiners and common adjectives are the entry's `not_after`; these are the open classes.
_POSSESSIVE_BEFORE = re.compile(r"(?:\w['’]s|\ws['’])\s+$")
# Adjective endings, on the word's last hyphenated part ("by-now-familiar", "oft-repeated");
# lowercase only ("Ted claims"). Not "-ive", "-ic", "-ent", "-ing": "the detective", "the
# critic", "the president", "the filing" claim as subjects.
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w'’])(?:[a-z]+-)*[a-z]+(?:ous|ful|less|able|ible|iar|ilar|ular|ical|ed)\s+$"
)
# Participles that name people ("the accused claims that ...").
_PERSON_PARTICIPLES = frozenset({"accused", "deceased", "insured", "injured", "aggrieved"})
# "..., claims that the inspector's report could not corroborate.": a that-clause whose last
# verb lacks its object is a relative clause on the noun "claims" (a verb's content clause is
# complete).
_GAPPED_CLAUSE = re.compile(
    r"\s+that\s+(?:[\w'’-]+\s+){1,8}?(?:corroborate|confirm|verify|substantiate|support|prove|"
    r"dispute|deny|denies|denied|refute|refuted|debunk|debunked|disprove|disproved|confirmed|"
    r"verified|corroborated|substantiated|supported|proved|disputed|rejected|reject|rejects)"
    r"\s*[.;:,)]"
)


def noun_of_saying(text: str, c: Candidate) -> bool:
    """A doubting verb of saying's -s form used as the plural noun (see above)."""
    if c.entry.category != "attribution" or c.entry.technique != "Doubt":
        return False
    first = text[c.start : c.end].split()[0]
    if not first.lower().endswith("s"):
        return False
    before = text[max(0, c.start - 40) : c.start]
    if _POSSESSIVE_BEFORE.search(before):
        return True
    adjective = _ADJECTIVE_BEFORE.search(before)
    if adjective and adjective.group().strip() not in _PERSON_PARTICIPLES:
        return True
    return bool(_GAPPED_CLAUSE.match(text, c.start + len(first)))


# "insisted that any package include a delay", "insisting that Beijing let its currency rise",
# "insists the party must be ...": a demand, whose clause takes the subjunctive or a modal of
# obligation, is the verb's plain sense (insist on something), not a claim it casts doubt on
# ("insisted that she had never seen it"). In the tuning readings every "insisted" of a demand
# was judged trivial or wrong sense (3 of 3), none right.
_NOT_A_SUBJECT = (
    r"(?!(?:I|we|you|they|and|but|or|that|which|who|would|will|could|can|might|may|did|do|to|"
    r"not|never|\w+n['’]t|\w+ly)\s)"
)
_DEMAND_AFTER = re.compile(
    r"(?:\s+(?:that|again|repeatedly|publicly|privately|firmly|(?:more\s+)?forcefully))*\s+"
    rf"(?:{_NOT_A_SUBJECT}[\w'’.-]+\s+){{0,3}}?"  # the subject
    r"(?:(?:must|should|ought\s+to|shall)\b"
    # or the subject's last word, not in -s, then a bare verb
    rf"|{_NOT_A_SUBJECT}[\w'’-]*[^s\W]\s+"
    r"(?:be|include|remain|resign|step|pay|stay|let|allow|make|take|receive|get|go|have|drop|"
    r"end|withdraw|apologi[sz]e|release|return|agree|accept|leave|submit|require|serve|finish|"
    r"complete|continue|give|provide|cease|follow|appear|testify|disclose|comply)\b)"
)


# "insisted they won't consider a nominee", "insisted that progressive change will come",
# "insisting that the country “must stop ...”": the clause states an intention, a forecast or
# an obligation, a position the speaker holds and no fact the verb could cast doubt on. On the
# session-17 corpus count (ptc-tune outside the readings + PolNeAR train) these were the
# "insisted" flags an editor would not query; "insisted he would have won" is a claim about what
# happened and stays.
_POSITION_AFTER = re.compile(
    r"(?:\s+(?:that|again|repeatedly|publicly|privately|firmly))*\s+"
    r"(?:(?!(?:is|was|were|are|am|had|has|have|did|does|do|and|but|or|that|which|who|not|"
    r"never|thought|think|knew|know|believed|believe|expected|said|says|felt)\s)"
    r"[\w'’.-]+\s+){1,4}?"  # the subject ("they thought the primary would ...": a claim)
    r"(?:will|won['’]t|would(?!\s+have)|wouldn['’]t(?!\s+have)|(?:is|are|was|were)\s+going\s+to|"
    r"needs?\s+to|has\s+to|have\s+to|must|should|ought\s+to)\b",
    re.IGNORECASE,
)


def demand(text: str, c: Candidate) -> bool:
    """An "insist" verb whose clause makes a demand or states a position (above)."""
    if c.entry.category != "attribution" or not text[c.start : c.end].lower().startswith("insist"):
        return False
    clause = re.split(r"[.,;:!?\"“”—–]", text[c.end : c.end + 120], maxsplit=1)[0]
    if _DEMAND_AFTER.match(clause):
        return True
    # quotation marks may open inside the clause ("the country “must stop”"): read through them
    after = re.sub(r"[\"“”]", "", text[c.end : c.end + 120])
    unquoted = re.split(r"[.,;:!?—–]", after, maxsplit=1)[0]
    return bool(_POSITION_AFTER.match(unquoted))


# "Japan's sensitivities became collateral damage", "the regulation was neutralized": a
# euphemism for harm to people said of an abstract thing is a figure of speech, and its neutral
# word ("civilian deaths", "killed") does not fit. The subject is the noun right before the verb.
_ABSTRACT_SUBJECT = re.compile(
    r"\b(?:[a-z]+(?:ity|ities|ness|nesses|ship|ships|ism|isms|ment|ments|tion|tions|sion|sions|"
    r"ance|ances|ence|ences)|feelings|relations|interests|trust|reputation|pride|principles|"
    r"values|norms|truth|facts)\s+(?:(?:has|have|had)\s+)?(?:became|become|becomes|becoming|"
    r"been|is|are|was|were|being)\s+(?:(?:just|merely|simply|also|the\s+first|the|a|an|mere)\s+)*$"
)


def abstract_casualty(text: str, c: Candidate) -> bool:
    """A euphemism for harm to people said of an abstract subject (above)."""
    return c.entry.category == "euphemism" and bool(
        _ABSTRACT_SUBJECT.search(text, max(0, c.start - 60), c.start)
    )


# Words that describe people and acts: in a paragraph about a work of fiction they describe its
# characters ("the play's cartoon villains, greedy and cruel"), not real people; so in an actor's
# part described: "his role as the scheming civil servant", "Playing the smug civil servant Sir
# Humphrey Appleby".
DESCRIBING = frozenset({"loaded", "name_calling", "fear", "glorifying"})
_ROLE_AS_BEFORE = re.compile(r"\b(?:role|roles|part)\s+as\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}$")
_PLAYING_BEFORE = re.compile(
    r"\b(?:[Pp]lay(?:s|ed|ing)?|[Pp]ortray(?:s|ed|ing)?)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}$"
)
_CHARACTER_NAME_AFTER = re.compile(
    r"(?:\s+[a-z][\w\-]*){0,2}\s+(?:[A-Z][\w’'\-]+\s+)*[A-Z][\w’'\-]+"
)


def actor_part(text: str, c: Candidate) -> bool:
    """A describing word for a part an actor plays: after "role as the", or after "playing
    the" with the character's name to follow ("playing the victim" stays a label)."""
    if c.entry.category not in DESCRIBING:
        return False
    before = text[max(0, c.start - 60) : c.start]
    if _ROLE_AS_BEFORE.search(before):
        return True
    return bool(_PLAYING_BEFORE.search(before)) and bool(_CHARACTER_NAME_AFTER.match(text, c.end))


def is_use(
    text: str,
    c: Candidate,
    *,
    sentence_case: bool,
    others: SpanIndex | Sequence[tuple[int, int]] = (),
) -> bool:
    """The candidate is the loaded word in use in this text (`others`: the other matches)."""
    if (sentence_case and in_name(text, c, others)) or in_organisation_name(
        text, c, sentence_case=sentence_case
    ) or in_address(text, c):
        return False
    if abstract_casualty(text, c):
        return False  # "sensitivities became collateral damage": a figure of speech
    if noun_of_saying(text, c) or demand(text, c):
        return False  # "Trump's claims that", "insisted that he resign": not the doubting verb
    if actor_part(text, c):
        return False  # "his role as the scheming civil servant": a character described
    if titled_work(text, c) or attributive_name(text, c):
        # a work's title: mentioned, not used; a name as a modifier (scripture read out is
        # hidden, not dropped: scripture.py)
        return False
    if labels_speaker(text, c) and _quotation_around(text, c) is not None:
        return False  # "“... to call us liars ...”": the charge against the speaker, mentioned
    return not (
        negated(text, c)
        or self_report(text, c)
        or self_criticism(text, c)
        or named_charge(text, c)
        or rejected(text, c)
        or in_jest(text, c)
        or pinned_by_others(text, c)
        or aimed_at_no_one(text, c)
        or felt_emotion(text, c)
        or named_quality(text, c)
        or ideology_origin(text, c)
        or crowd_derision(text, c)
    )
