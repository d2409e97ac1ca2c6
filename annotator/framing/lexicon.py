"""The framing lexicon: load YAML entries and compile every form into one Aho-Corasick automaton.

Text and forms are normalised the same way (lowercase, curly apostrophes straightened, runs of
spaces folded) without changing string length, so automaton offsets are offsets into the
original text. Characters that are invisible inside a word (zero-width space and joiners, word
joiner, soft hyphen, BOM) are skipped for matching through an offset map, so "terro\u200brist"
is found and its offsets still point at the original text. Context rules run only on the
candidates the automaton finds.
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from ..cache import cached
from ..datafiles import line_of, load_model
from ..errors import DataFileError
from .agreement import agree, number_of, regular_plural
from .schema import Entry, LexiconFile

# Invisible inside a word: a page can hide a word from the automaton with them, by accident
# (CMS hyphenation hints) or on purpose.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Straightened one character at a time: each str.replace scans in C, where str.translate
# with a mapping looks up every character of the text in Python's dict (5x slower).
# Curly double quotation marks are straightened too, so a form that holds them ('the "Taiwan
# independence" forces', as state media write it) is listed once.
_APOS = (
    ("’", "'"), ("‘", "'"), ("ʼ", "'"), ("`", "'"), ("“", '"'), ("”", '"'), ("\u00a0", " ")
)


def normalise(text: str) -> str:
    """Lowercase and straighten apostrophes and quotation marks, keeping every offset."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) lowercase to two; keep them as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for old, new in _APOS:
        low = low.replace(old, new)
    return low


def fold(text: str) -> str:
    """`normalise`d with its runs of spaces folded to one: how a form is keyed."""
    return " ".join(normalise(text).split())


def _inflect_word(word: str, kind: str) -> set[str]:
    out = {word}
    if kind == "noun":
        out.add(regular_plural(word))
    elif kind == "verb":
        if word.endswith("e"):
            out |= {word + "s", word + "d", word[:-1] + "ing"}
        elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
            out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
        else:
            out |= {regular_plural(word), word + "ed", word + "ing"}
    return out


# Categories whose forms are labels for people and things: their last word also gets its
# plural (or singular), so "criminal alien" finds "criminal aliens" and "neocons" "neocon".
_NOUN_CATEGORIES = frozenset({"name_calling", "glorifying", "contested_name", "fear", "euphemism"})


def _auto_inflections(word: str, category: str) -> set[str]:
    """Inflections that cannot change the word's sense, generated without a dictionary.

    A past-tense verb gains its -ing form ("insisted": "insisting"); its -s form is left to the
    entry, since it is often a noun of another sense ("claimed": "claims", "blasted":
    "blasts"). A label gains its plural ("criminal alien": "criminal aliens"); a plural never
    gives a singular, which is often an adjective ("radicals": "radical").
    """
    out = {word}
    if len(word) > 4 and word.endswith("ed") and word[-3] != "e":
        stem = word[:-2]
        if stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            out.add(stem + "ing")  # "slammed": "slamming"
        elif stem.endswith("i"):
            out.add(stem[:-1] + "ying")  # "vilified": "vilifying"
        else:
            out.add(stem + "ing")  # "taunted": "taunting", and "blamed": "blaming" alike
    elif category in _NOUN_CATEGORIES and word.isalpha() and len(word) > 2 and word[-1] != "s":
        out |= _inflect_word(word, "noun")
    return out


# Pronouns that fill one slot of a phrase: "blood on his hands" is the same charge with "its"
# or "their", "threw him under the bus" with "them". "her" is both a possessive and an object:
# read as a possessive only, and no object slot is filled with "it", since "it" after a word
# that is also a plural noun starts a relative clause ("claims her innocence" must not give
# "the sweeping claims it makes", nor "brands him" "the brands it sells"); an object slot is
# written with "him" or "them".
_POSSESSIVES = ("his", "her", "their", "its", "our", "your", "my")
_OBJECTS = ("him", "her", "them", "us", "me", "you")
# (possessives second, so "her" is read as one)
_SLOT_FILLERS = {
    **dict.fromkeys(_OBJECTS, _OBJECTS),
    **dict.fromkeys(_POSSESSIVES, _POSSESSIVES),
}


def pronoun_variants(form: str) -> set[str]:
    """A phrase with each pronoun slot filled by every pronoun of its kind ("blood on his
    hands": "blood on its hands", ...); a one-word form is itself. A phrase's first word is
    left as it is: there the pronoun is the phrase's subject ("his own worst enemy")."""
    words = form.split(" ")
    out = {form}
    for i, w in enumerate(words[1:], 1):
        for other in _SLOT_FILLERS.get(w, ()):
            out.add(" ".join((*words[:i], other, *words[i + 1 :])))
    return out


def expand_forms(entry: Entry) -> set[str]:
    """Every surface form of an entry, normalised, with inflections of the last word and every
    pronoun in a phrase's slots."""
    forms: set[str] = set()
    listed = [" ".join(_INVISIBLE.sub("", normalise(f)).split()) for f in entry.forms]
    listed = list(dict.fromkeys(v for f in listed for v in sorted(pronoun_variants(f))))
    # An entry that lists a word only with what must follow it ("raging at") means the bare
    # word is another sense ("the fight is raging"): no inflection of another form adds it.
    bound = {f.split(" ")[0] for f in listed if " " in f} - set(listed)
    for form in listed:
        if not form:
            continue
        head, _, last = form.rpartition(" ")
        if entry.inflect == "auto":
            words = _auto_inflections(last, entry.category)
            if not head:
                words = {w for w in words if w == last or w not in bound}
        else:
            words = _inflect_word(last, entry.inflect)
        for word in words:
            forms.add(f"{head} {word}" if head else word)
    return forms


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    entry: Entry
    # Matched by a compound's second element ("-hating"): a form listed whole for the same
    # words ("fear-mongering") is the more specific entry and wins.
    compound: bool = False


NEAR_WINDOW = 6  # words either side that `not_near` looks at


class Lexicon:
    def __init__(
        self,
        entries: list[Entry],
        layers: dict[str, str] | None = None,
        word_classes: dict[str, list[str]] | None = None,
        forms: list[set[str]] | None = None,
    ) -> None:
        """`forms`: each entry's `expand_forms`, when the caller has them already."""
        self.entries = entries
        self.layers = layers or {}
        self.word_classes = {k: frozenset(v) for k, v in (word_classes or {}).items()}
        # Per entry: the union of the word classes its `not_near` names.
        self._not_near = [self._class_words(e.context.not_near) for e in entries]
        self._near = [self._class_words(e.context.near) for e in entries]
        self._followed_by = [self._class_words(e.context.followed_by) for e in entries]
        self._not_in_paragraph = [self._class_words(e.context.not_in_paragraph) for e in entries]
        self._theme_words = frozenset().union(*self._not_in_paragraph)  # read by `theme`
        # The first words of its two-word members: `theme` builds a pair only after one.
        self._theme_firsts = frozenset(w.split(" ")[0] for w in self._theme_words if " " in w)
        self._topic = [self._class_words(e.context.topic) for e in entries]
        self._not_by = {
            e.id: self._class_words(e.context.not_by) for e in entries if e.context.not_by
        }
        self._wire_forms = {
            e.id: frozenset(" ".join(f.lower().split()) for f in e.context.wire_forms)
            for e in entries
            if e.context.wire_forms
        }
        self._wire_before = {
            e.id: self._class_words(e.context.wire_before) for e in entries if e.context.wire_before
        }
        self._beside = {
            e.id: self._class_words(e.context.plain_beside)
            for e in entries
            if e.context.plain_beside
        }
        self._plain = {
            e.id: self._class_words(e.context.plain_in_paragraph)
            for e in entries
            if e.context.plain_in_paragraph
        }
        # The classes entries name as their topic, with their members: read by `topics`.
        self._topic_classes = {
            name: self.word_classes.get(name, frozenset())
            for e in entries
            for name in (*e.context.topic, *e.context.not_topic)
        }
        self._topic_members = frozenset().union(*self._topic_classes.values())
        self._topic_firsts = frozenset(w.split(" ")[0] for w in self._topic_members if " " in w)
        self._auto = ahocorasick.Automaton()
        if forms is None:
            forms = [expand_forms(e) for e in entries]
        for idx, entry_forms in enumerate(forms):
            for form in entry_forms:
                existing = self._auto.get(form, ())
                self._auto.add_word(form, (*existing, (idx, len(form))))
        if len(self._auto):
            self._auto.make_automaton()
        self._exceptions = [_inflected_exceptions(e) for e in entries]
        # Per entry id: each inflection of a form with its own alternatives -> those.
        self._neutral_by_form = {e.id: _neutral_by_form(e) for e in entries if e.neutral_by_form}
        # Per entry id, filled as `neutral` needs them: every form, and the forms listed.
        self._forms_by_id: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def neutral(self, entry: Entry, matched: str) -> list[str]:
        """The neutral alternatives that fit the form matched ("tyranny" or "tyrant")."""
        by_form = self._neutral_by_form.get(entry.id)
        if by_form:
            key = fold(matched)
            fitting = by_form.get(key)
            if fitting is None and "-" in key:  # a compound matched by its second element
                fitting = by_form.get(key[key.rfind("-") :])
            if fitting is not None:
                return list(fitting)
        number = None
        if entry.category in _NOUN_CATEGORIES:
            number = number_of(fold(matched), *self._forms(entry))
        if number is None:
            return list(entry.neutral)
        # A label's alternatives take the number of the form used: one "terrorist" is not
        # "militants". Per-form lists above are written for their form and kept as they are.
        return [agree(a, number) for a in entry.neutral]

    def _forms(self, entry: Entry) -> tuple[frozenset[str], frozenset[str]]:
        """Every form of the entry, and the forms it lists, normalised."""
        forms = self._forms_by_id.get(entry.id)
        if forms is None:
            listed = frozenset(fold(f) for f in entry.forms)
            forms = self._forms_by_id[entry.id] = (frozenset(expand_forms(entry)), listed)
        return forms

    def _class_words(self, names: list[str]) -> frozenset[str]:
        return frozenset().union(*(self.word_classes.get(c, ()) for c in names))

    @classmethod
    def load(cls, paths: list[Path] | None = None) -> Lexicon:
        """The bundled lexicon, then overlays: an overlay entry replaces one with the same id."""
        paths = paths or [bundled_lexicon_path()]
        return cached("lexicon", paths, lambda: cls._build(paths))

    @classmethod
    def _build(cls, paths: list[Path]) -> Lexicon:
        by_id: dict[str, Entry] = {}
        layers: dict[str, str] = {}
        classes: dict[str, list[str]] = {}
        expanded: dict[str, set[str]] = {}  # each entry's forms, once (a later layer's win)
        for path in paths:
            parsed, raw = load_model(path, LexiconFile)
            for name, words in parsed.word_classes.items():
                classes[name] = sorted({*classes.get(name, ()), *(w.lower() for w in words)})
            seen: set[str] = set()
            for i, entry in enumerate(parsed.entries):
                if entry.id in seen:
                    line = line_of(raw, ("entries", i, "id"))
                    raise DataFileError(
                        f"{path}:{line}: entries[{i}].id: duplicate id {entry.id!r}"
                    )
                seen.add(entry.id)
                by_id[entry.id] = entry
                layers[entry.id] = str(path)
            for i, entry in enumerate(parsed.entries):
                listed = {f.lower() for f in entry.forms}
                for form in entry.context.wire_forms:
                    if form.lower() not in listed:
                        line = line_of(raw, ("entries", i, "context"))
                        raise DataFileError(
                            f"{path}:{line}: entries[{i}].context.wire_forms: {form!r} is not "
                            f"one of the entry's forms"
                        )
                for key in entry.neutral_by_form:
                    if key.lower() not in listed:
                        line = line_of(raw, ("entries", i, "neutral_by_form"))
                        raise DataFileError(
                            f"{path}:{line}: entries[{i}].neutral_by_form: {key!r} is not one "
                            f"of the entry's forms"
                        )
                # an alternative the entry itself flags would be offered for a word and then
                # flagged in the reporter's rewrite ("pet project" for "vanity project")
                own = expanded[entry.id] = expand_forms(entry)  # kept for the automaton
                for where, alts in (
                    (("neutral",), entry.neutral),
                    *((("neutral_by_form", k), v) for k, v in entry.neutral_by_form.items()),
                ):
                    for alt in alts:
                        if fold(alt) in own:
                            line = line_of(raw, ("entries", i, *where))
                            raise DataFileError(
                                f"{path}:{line}: entries[{i}].{'.'.join(where)}: {alt!r} is "
                                f"one of the entry's own forms, so it would be flagged too"
                            )
                ctx = entry.context
                for name in (
                    *ctx.not_near,
                    *ctx.near,
                    *ctx.followed_by,
                    *ctx.not_in_paragraph,
                    *ctx.topic,
                    *ctx.not_topic,
                    *ctx.plain_in_paragraph,
                    *ctx.plain_beside,
                    *ctx.not_by,
                    *ctx.wire_before,
                ):
                    if name not in classes:
                        line = line_of(raw, ("entries", i, "context"))
                        raise DataFileError(
                            f"{path}:{line}: entries[{i}].context: unknown word class "
                            f"{name!r} (known: {', '.join(sorted(classes)) or 'none'})"
                        )
        entries = list(by_id.values())
        return cls(entries, layers, classes, [expanded[e.id] for e in entries])

    def theme(self, text: str, times: int = 3) -> frozenset[str]:
        """The members of `not_in_paragraph` word classes a text names at least `times` times:
        what a whole article is about (a story naming ISIS eight times describes it with
        "terrorist groups" and "extremist postings" in paragraphs that do not name it)."""
        members = self._theme_words
        if not members:
            return frozenset()
        words = _article_words(text)
        counts = Counter(w for w in words if w in members)
        firsts = self._theme_firsts
        counts.update(
            f"{a} {b}"
            for a, b in itertools.pairwise(words)
            if a in firsts and f"{a} {b}" in members
        )
        return frozenset(w for w, n in counts.items() if n >= times)

    def own_word(self, entry: Entry, speaker: str | None) -> bool:
        """The speaker belongs to the group the entry's label names (`not_by`)."""
        words = self._not_by.get(entry.id)
        if not words or not speaker:
            return False
        return not words.isdisjoint(_WORDS.findall(normalise(speaker)))

    def wire_usage(self, entry: Entry, matched: str, after: str = "") -> bool:
        """The matched form is one wire copy itself uses for the act (`wire_forms`), or the
        match is followed (`after`: the text after it) by a word of its `wire_before` classes."""
        forms = self._wire_forms.get(entry.id, frozenset())
        if fold(matched) in forms:
            return True
        before = self._wire_before.get(entry.id)
        if not before:
            return False
        # the noun may follow a modifier or two: "a purported new recruitment video"
        phrase = _PHRASE_AFTER.match(normalise(after))
        return phrase is not None and any(w in before for w in phrase.group(0).split())

    def plain(self, entry: Entry, text: str, setting: str = "", *, narration: bool = False) -> bool:
        """A match of `entry` in `text` is the plain description of what happened
        (`plain_in_paragraph`): flagged, but out of the default view. `narration`: the match is
        in the outlet's own voice."""
        words = self._plain.get(entry.id)
        if not words or (narration and not entry.context.plain_in_narration):
            return False
        return bool(_paragraph_words(text, setting) & words)

    def beside_grave(self, entry: Entry, text: str, start: int, end: int) -> bool:
        """A word of the entry's `plain_beside` classes stands within three words of the match
        `text[start:end]`: the standard word for an atrocity named beside it."""
        words = self._beside.get(entry.id)
        if not words:
            return False
        before = _WORDS.findall(normalise(text[:start]))[-3:]
        after = _WORDS.findall(normalise(text[end:]))[:3]
        return bool(_words_and_pairs(before) & words or _words_and_pairs(after) & words)

    def _names_topic(self, idx: int, norm: str, start: int, end: int, setting: str) -> bool:
        """The paragraph around the match (the match's own words left out: "strike" does not
        make "a pre-emptive strike" military), or its setting, names the entry's topic."""
        around = _WORDS.findall(f"{norm[:start]} | {norm[end:]}\n{normalise(setting)}")
        return bool(_words_and_pairs(around) & self._topic[idx])

    def topics(self, text: str, times: int = 2) -> frozenset[str]:
        """The word classes entries name as their `topic` that a text names at least `times`
        times, counting every member: what field or conflict a whole article is about."""
        if not self._topic_classes:
            return frozenset()
        members = self._topic_members
        firsts = self._topic_firsts
        words = _article_words(text)
        counts = Counter(w for w in words if w in members)
        pairs = (f"{a} {b}" for a, b in itertools.pairwise(words) if a in firsts)
        counts.update(p for p in pairs if p in members)
        return frozenset(
            name
            for name, cls in self._topic_classes.items()
            if sum(n for w, n in counts.items() if w in cls) >= times
        )

    def candidates(
        self,
        text: str,
        setting: str = "",
        theme: frozenset[str] = frozenset(),
        topics: frozenset[str] = frozenset(),
        lede: str = "",
    ) -> list[Candidate]:
        """Non-overlapping matches at word boundaries, longest first, context rules applied.

        `setting` is the text around this one that `not_in_paragraph` reads as well (the
        headline and the paragraph before), and `theme` the words the whole article is about
        (`theme()`): "the Syrian-based terror group" a paragraph after "the Islamic State" is
        named describes it as wire copy does. `lede`, for a headline: the story's first
        paragraph, whose first sentence `near` and `not_near` read as well, since a headline is
        shorthand for it ("Martyr Soleimani Assassination" over "... General Soleimani ...")."""
        if not len(self._auto):
            return []
        around = _lede_words(lede) if lede else frozenset()
        if not _INVISIBLE.search(text):
            return self._candidates(text, setting, theme, topics, around)
        # Match on the visible characters, then map offsets back: keep[i] is where the i-th
        # visible character sits in ``text``.
        keep = [i for i, ch in enumerate(text) if not _INVISIBLE.match(ch)]
        visible = "".join(text[i] for i in keep)
        return [
            Candidate(keep[c.start], keep[c.end - 1] + 1, c.entry, c.compound)
            for c in self._candidates(visible, setting, theme, topics, around)
        ]

    def _candidates(
        self,
        text: str,
        setting: str = "",
        theme: frozenset[str] = frozenset(),
        topics: frozenset[str] = frozenset(),
        around: frozenset[str] = frozenset(),
    ) -> list[Candidate]:
        norm = normalise(text)
        found: list[Candidate] = []
        n = len(norm)
        paragraph: set[str] | None = None  # the paragraph's words and pairs, read on first need
        for end_idx, values in self._auto.iter(norm):
            end = end_idx + 1
            if end < n and norm[end].isalnum():
                continue
            for idx, length in values:
                start = end - length
                compound = norm[start] == "-"
                if compound:  # a compound's second element: take in its first
                    start = _compound_start(norm, start)
                    if start < 0:
                        continue
                if start > 0 and (
                    norm[start - 1].isalnum()
                    or (norm[start - 1] == "-" and not _adverb_prefix(norm, start - 1))
                ):
                    continue
                entry = self.entries[idx]
                if not self._allowed(entry, idx, text, norm, start, end, around):
                    continue
                if self._not_in_paragraph[idx]:
                    if paragraph is None:
                        paragraph = _words_and_pairs(_WORDS.findall(norm))
                        paragraph |= _words_and_pairs(_WORDS.findall(normalise(setting)))
                        paragraph |= theme
                    if paragraph & self._not_in_paragraph[idx]:
                        continue
                if (
                    self._topic[idx]
                    and not topics.intersection(entry.context.topic)
                    and not self._names_topic(idx, norm, start, end, setting)
                ):
                    continue  # a contested name or euphemism outside its conflict
                if topics.intersection(entry.context.not_topic):
                    continue  # the field's own term in an article about that field
                found.append(Candidate(start, end, entry, compound))
        found.sort(key=lambda c: (-(c.end - c.start), c.compound, c.start))
        chosen: list[Candidate] = []
        # One byte per character, set once taken: the overlap check costs the candidate's
        # length, not the number of candidates already chosen (that was quadratic).
        taken = bytearray(n)
        for c in found:
            if taken.find(1, c.start, c.end) == -1:
                chosen.append(c)
                taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _allowed(
        self,
        entry: Entry,
        idx: int,
        text: str,
        norm: str,
        start: int,
        end: int,
        around: frozenset[str] = frozenset(),
    ) -> bool:
        ctx = entry.context
        if ctx.case == "capitalised" and not text[start].isupper():
            return False
        if ctx.case == "lowercase" and text[start].isupper():
            return False
        if ctx.not_after:
            prev = _word_before(norm, start)
            if prev in ctx.not_after:
                return False
        if ctx.not_before or self._followed_by[idx]:
            nxt = _word_after(norm, end)
            if nxt in ctx.not_before:
                return False
            if self._followed_by[idx] and nxt not in self._followed_by[idx]:
                return False
        if ctx.complement == "clause" and (
            set_off_by_dashes(norm, start, end) or not reports_speech(norm, end)
        ):
            return False
        if entry.category == "attribution" and not_a_report(norm, start, end):
            return False
        if entry.category == "name_calling" and attributed_designation(norm, start, end):
            return False
        if self._not_near[idx] or self._near[idx]:
            before, own, after = _window(norm, start, end)
            # the match's own words are no context against it: "fanned the flames" is not
            # near a fire, nor "spiked the football" near sport
            if self._not_near[idx] & (_words_and_pairs(before) | _words_and_pairs(after) | around):
                return False
            near = self._near[idx]
            if near and not near & (_words_and_pairs([*before, *own, *after]) | around):
                return False
        return not (self._exceptions[idx] and _excepted(self._exceptions[idx], norm, start, end))


def _compound_start(norm: str, hyphen: int) -> int:
    """Where the compound whose second element a form such as "-hating" matched begins: its
    first element is any word of two letters or more ("Trump-hating", "immigrant-bashing"), so
    one form covers the whole productive family. -1 when no word stands before the hyphen, or
    only a prefix."""
    start = hyphen
    while start > 0 and norm[start - 1].isalpha():
        start -= 1
    if hyphen - start < 2 or norm[start:hyphen] in _PREFIXES:
        return -1  # "anti-bashing", "non-crazed": a prefix turns the word round, names no target
    return start


_PREFIXES = frozenset({"anti", "non", "pro", "counter", "ex", "de", "un"})
# A time or degree adverb joined to the word by a hyphen leaves the word as it was: "the
# now-infamous memo" is infamous, "a much-hyped launch" hyped.
_ADVERB_PREFIXES = frozenset({"now", "once", "still", "ever", "much", "long", "oft", "often"})


def _adverb_prefix(norm: str, hyphen: int) -> bool:
    """The whole word before the hyphen (in the lowercased text) is one of those adverbs."""
    start = hyphen
    while start > 0 and norm[start - 1].isalpha():
        start -= 1
    return (start == 0 or not norm[start - 1].isalnum()) and norm[
        start:hyphen
    ] in _ADVERB_PREFIXES


def _inflected_exceptions(entry: Entry) -> list[str]:
    """The entry's exception phrases, and each phrase that opens with one of its one-word
    past-tense forms also with that verb's other forms: "admitted to" (to the hospital, to the
    sacraments) holds "admitting to" as "admitted" finds "admitting". A phrase where the form
    follows another word ("was admitted", "refugees admitted") is a passive or a participle,
    and a noun's plural would make a phrase of another kind ("terrorist attack" is no
    "terrorists attacked")."""
    listed = {fold(f) for f in entry.forms if " " not in f.strip()}
    out: list[str] = []
    for phrase in (fold(x) for x in entry.context.exceptions):
        out.append(phrase)
        first, _, rest = phrase.partition(" ")
        if first not in listed or not rest or not first.endswith("ed"):
            continue
        if entry.inflect == "auto":
            variants = _auto_inflections(first, entry.category)
        else:
            variants = _inflect_word(first, entry.inflect)
        out += [f"{v} {rest}" for v in sorted(variants - {first})]
    return list(dict.fromkeys(out))


def _excepted(exceptions: list[str], norm: str, start: int, end: int) -> bool:
    """An exception phrase holds the match `norm[start:end]`, read also without quotation
    marks round the match: a speaker's word quoted inside the phrase ('trying to "debase" the
    dollar') does not change what the phrase names."""
    if _holds(exceptions, norm, start, end):
        return True
    if start == 0 or norm[start - 1] != '"' or norm[end : end + 1] != '"':
        return False
    # Only the stretch an exception could span is rebuilt: a copy of the whole paragraph per
    # quoted match would grow with the square of a long paragraph of quoted words (issue 8).
    reach = max(map(len, exceptions)) + 8  # (+ an ending, or the "n" of "an", read past it)
    lo = max(0, start - 1 - reach)
    bare = f"{norm[lo : start - 1]}{norm[start:end]}{norm[end + 1 : end + 1 + reach]}"
    return _holds(exceptions, bare, start - 1 - lo, end - 1 - lo)


# What may follow an exception phrase inside its last word: an ending ("prickly shrub" holds
# "prickly shrubs"), or "n" after the article "a" ("snapped a" holds "snapped an"); anything
# else is another word ("lies a" is not in "lies and").
_ENDING = re.compile(r"(?:s|es|d|ed|ing)?(?![^\W_])")
_AN = re.compile(r"n(?![^\W_])")


def _holds(exceptions: list[str], norm: str, start: int, end: int) -> bool:
    """Some exception phrase spans the match, ending where a word ends (above)."""
    for exc in exceptions:
        lo = max(0, end - len(exc))
        hit = norm.find(exc, lo, start + len(exc))
        while hit != -1 and hit <= start:
            stop = hit + len(exc)
            if stop >= end and (
                not exc[-1].isalnum()
                or _ENDING.match(norm, stop)
                or (exc.endswith(" a") and _AN.match(norm, stop))
            ):
                return True
            hit = norm.find(exc, hit + 1, start + len(exc))
    return False


# "the storming of the Bastille", "a howling of protest": an -ing form between an article and
# "of" is a noun of action, not a verb reporting anyone's words.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
_OF_AFTER = re.compile(r"\s+of\b")
# "it means admitting that ...", "unity requires conceding": a verb of saying as the object of
# "mean", "require" or "involve" names an act in general; nobody's words are being reported.
_GENERAL_ACT_BEFORE = re.compile(
    r"\b(?:means?|meant|requires?|required|involves?|involved|would\s+be)\s+$"
)


# "ripped them away", "ripping my hat off", "blasting out missives", "hammered out a deal": a verb
# of attack with a particle of motion after it (past a pronoun or a short noun phrase) is the
# physical act or another phrasal verb, not an attack in words. A preposition of motion counts
# only after an object ("slams its horns into a man", "hammered a stake through it"): with none
# between, "railed against" and "tore into" are attacks in words.
_OBJECT = (
    r"\s+(?:it|them|him|her|me|us|you|[\w-]+'s|my|his|their|our|your|its|the|a|an)(?:\s+[\w-]+)?"
)
_PARTICLE_AFTER = re.compile(
    rf"(?:(?:{_OBJECT})?\s+(?:away|off|out|apart|up|down|open|shut)"
    rf"|{_OBJECT}\s+(?:into|onto|against|through|across)\s)\b"
)


# "claiming the Republican nomination", "claimed a third title": claim with a prize or an office
# as its object means winning it; nobody's statement is reported or doubted.
_PRIZE_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|our|your|my)?\s*(?:[\w'-]+\s+){0,2}?"
    r"(?:nominations?|titles?|crowns?|victory|victories|seats?|prizes?|awards?|championships?|"
    r"trophy|trophies|medals?|throne|presidency|majority|win|wins|pennant|cup)\b"
)


# "the range is claimed at around 255 miles", "power is claimed at 300 hp": a maker's stated
# figure for a product, the trade's standard word for a specification not yet tested.
_RATED_AT_AFTER = re.compile(
    r"\s+at\s+(?:around\s+|about\s+|roughly\s+|up\s+to\s+|nearly\s+|just\s+(?:over|under)\s+)?"
    r"[$£€]?\d"
)


# "went shorter distances than claimed", "works as claimed": the verb right after "than" or
# "as" completes a comparison with a stated figure; no one's speech is reported in the sentence.
_COMPARISON_BEFORE = re.compile(r"\b(?:than|as)\s+$")


def not_a_report(norm: str, start: int, end: int) -> bool:
    """An attribution verb's form that reports no one's speech here: a physical act, a noun of
    action, an act named in general, a comparison with a stated figure, or a prize won."""
    if _PARTICLE_AFTER.match(norm, end):
        return True
    if _COMPARISON_BEFORE.search(norm, max(0, start - 8), start):
        return True
    if norm.startswith("claim", start) and _PRIZE_AFTER.match(norm, end):
        return True
    if _RATED_AT_AFTER.match(norm, end):
        return True
    if not norm.endswith("ing", start, end):
        return False
    before = norm[max(0, start - 20) : start]
    if _ARTICLE_BEFORE.search(before) and _OF_AFTER.match(norm, end):
        return True
    return bool(_GENERAL_ACT_BEFORE.search(before))


# A label inside a reported legal designation is the designating authority's word, not the
# outlet's: "designated a terrorist organisation by the State Department", "listed as ...".
_DESIGNATED_BEFORE = re.compile(
    r"\b(?:designat\w*|listed|proscribed|classified|blacklisted|outlawed|banned)"
    r"(?:\s+(?:it|them|him|her|the\s+\w+|\w+))?(?:\s+as)?(?:\s+(?:an?|the))?\s*$"
)
_DESIGNATED_AFTER = re.compile(
    r"^\W{0,3}\s*(?:designat\w*|list\w*|proscribed|as designated|under (?:the )?\w+ law)\b"
)


def attributed_designation(norm: str, start: int, end: int) -> bool:
    return bool(
        _DESIGNATED_BEFORE.search(norm[max(0, start - 60) : start])
        or _DESIGNATED_AFTER.match(norm[end : end + 40])
    )


_WORDS = re.compile(r"[\w'-]+")
# Words that open a clause, or mark its verb, after a verb of saying.
_CLAUSE_OPENERS = frozenset(
    {
        "that", "to", "he", "she", "they", "it", "we", "i", "you", "there", "this", "these",
        "those",
    }
)
_FINITE = frozenset(
    {
        "is", "was", "were", "are", "am", "be", "been", "had", "has", "have", "would", "will",
        "could", "can", "did", "does", "do", "should", "must", "might", "may", "shall",
        "isn't", "wasn't", "weren't", "aren't", "hadn't", "hasn't", "haven't", "wouldn't",
        "won't", "couldn't", "can't", "didn't", "doesn't", "don't",
    }
)
# "bragged about", "boasted of", "claimed on Tuesday", "claimed in court": speech, then its
# subject or occasion.
_SPEECH_PREPOSITIONS = frozenset(
    {
        "about", "of", "on", "in", "at", "during", "before", "after", "while", "when",
    }
)
_OPENS_CONTENT = _CLAUSE_OPENERS | _SPEECH_PREPOSITIONS
_TAG_END = re.compile(r"\s*(?:[,.;:!?\"“”'’)\]—–-]|$)")
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.!?]|$)")
_SUBORDINATE_BEFORE = re.compile(
    r"(?:^|[.;:!?\"“”(]\s*|\b)(?:that|after|when|until|before|since|because|once)\s+"
    r"(?:[\w'’.-]+\s+){1,3}[\w'’-]+$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.;:!?\"“”()]")
# A main clause opening after a comma before "that" ("Boasting a fine cast, it captures a time
# that ..."): the "that" is that clause's, and the verb had a plain object. "..., he said, that"
# is a tag, not a new clause.
_MAIN_CLAUSE_BEFORE_THAT = re.compile(
    r",\s+(?:it|he|she|they|we|i|you)\s+(?!(?:said|says|added|noted|wrote|told)\b)[\w'-]+"
    r"[^,]*?\bthat\b"
)
_CLAUSE_BREAK = re.compile(r"[,.;:!?\"“”()—–]|-{2,}|\b(?:and|but|or|then)\b")
# "that" after these words opens their own clause ("despite the fact that", "so that"), not the
# content of the verb: "admitted him into the country, despite the fact that he had ...".
_NOT_CONTENT_THAT = frozenset({"fact", "so", "such", "now", "except", "order"})
# A relative pronoun: the finite verb right after it is the relative clause's ("admitted two
# preachers who had praised ..."), and the verb had a plain object.
_RELATIVE = frozenset({"who", "which", "whom", "whose"})


# A word set off by dashes on both sides: an aside naming a thing or an activity.
_DASH_BEFORE = re.compile(r"[-–—]\s*$")
_DASH_AFTER = re.compile(r"\s*[-–—]")


def set_off_by_dashes(norm: str, start: int, end: int) -> bool:
    """The match stands alone between dashes ("a basic task in politics - bragging - ..."):
    it names an activity; a clause after the second dash is not its report."""
    return bool(_DASH_BEFORE.search(norm, max(0, start - 3), start)) and bool(
        _DASH_AFTER.match(norm, end)
    )


def reports_speech(norm: str, end: int) -> bool:
    """What follows a verb of saying is said content: a quotation or the end of a tag, a clause
    opener ("that", "he"), or a finite verb before the next punctuation ("the vote was ...")."""
    if _TAG_END.match(norm, end):
        # "..., he conceded." ends a tag; "after Sanders conceded." ends a subordinate clause
        # with the verb alone, its other sense (conceded the race, admitted to hospital)
        return not (_SENTENCE_END_AFTER.match(norm, end) and _SUBORDINATE_BEFORE.search(
            norm, max(0, end - 80), end
        ))
    window = norm[end : end + 100]
    sentence_text = _SENTENCE_BREAK.split(window, maxsplit=1)[0]
    sentence = _WORDS.findall(sentence_text)[:12]
    if any(
        w == "that" and (i == 0 or sentence[i - 1] not in _NOT_CONTENT_THAT)
        for i, w in enumerate(sentence)
    ) and not _MAIN_CLAUSE_BEFORE_THAT.search(sentence_text):
        return True  # "claimed on September 2, 2015 that ..."
    clause = _CLAUSE_BREAK.split(window, maxsplit=1)[0]
    words = _WORDS.findall(clause)[:8]  # "claimed self-defense and was acquitted": no clause
    while words and words[0].endswith("ly"):  # "boasted openly of", "claimed falsely"
        words = words[1:]
    if words[:2] in (["at", "least"], ["at", "most"]):
        words = words[2:]  # "claimed at least 165 lives": a number, not an occasion
    if not words:
        return False
    return words[0] in _OPENS_CONTENT or any(
        w in _FINITE and (i == 0 or words[i - 1] not in _RELATIVE) for i, w in enumerate(words)
    )



def _window(norm: str, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """The NEAR_WINDOW words before a match, its own words and the NEAR_WINDOW words after it;
    a word class read on them counts each pair of neighbours too (`_words_and_pairs`), so it
    may name two-word members ("islamic state")."""
    before = _WORDS.findall(norm[max(0, start - 12 * NEAR_WINDOW) : start])[-NEAR_WINDOW:]
    after = _WORDS.findall(norm[end : end + 12 * NEAR_WINDOW])[:NEAR_WINDOW]
    return before, _WORDS.findall(norm[start:end]), after


_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|$)|.+", re.S)


def _lede_words(lede: str) -> frozenset[str]:
    """The words and pairs of a lede's first sentence, for the context rules of its headline."""
    first = _FIRST_SENTENCE.match(lede)
    return frozenset(_words_and_pairs(_WORDS.findall(normalise(first.group(0) if first else ""))))


@functools.lru_cache(maxsize=2)
def _article_words(text: str) -> list[str]:
    """A whole text's words, lowercased, possessives off: `theme` and `topics` read the same
    article one after the other."""
    return _possessives_off(_WORDS.findall(normalise(text)))


@functools.lru_cache(maxsize=8)
def _paragraph_words(text: str, setting: str) -> frozenset[str]:
    """A paragraph's words and pairs with its setting's, read once however many of its matches
    ask (a long paragraph with many matches would otherwise be read once per match)."""
    return frozenset(_words_and_pairs(_WORDS.findall(normalise(f"{setting}\n{text}"))))


def _possessives_off(words: list[str]) -> list[str]:
    """A possessive is its noun ("ISIS' best recruiter", "the court's ruling")."""
    return [(w.removesuffix("'s").rstrip("'") or w) if "'" in w else w for w in words]


def _words_and_pairs(words: list[str]) -> set[str]:
    words = _possessives_off(words)
    return {*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))}


_WORD_BEFORE = re.compile(r"([\w'-]+)\W*$")
_WORD_AFTER = re.compile(r"^\W*([\w'-]+)")
_PHRASE_AFTER = re.compile(r"(?:\s+[\w'-]+){1,3}")


def _neutral_by_form(entry: Entry) -> dict[str, list[str]]:
    """Each inflection of a form with its own alternatives -> those, except an inflection the
    entry lists as a form of its own: "devastating" is listed beside "devastated" (whose
    alternatives are "destroyed", "grieving") and takes the entry's, "severe"; a listed plural
    takes the entry's plural alternatives, not its singular key's."""
    listed = {fold(f) for f in entry.forms}
    out: dict[str, list[str]] = {}
    for key, alternatives in entry.neutral_by_form.items():
        own = fold(key)
        for form in expand_forms(entry.model_copy(update={"forms": [key]})):
            if form == own or form not in listed:
                out[form] = alternatives
    for key, alternatives in entry.neutral_by_form.items():
        out[fold(key)] = alternatives  # a key always keeps its own
    return out


def _word_before(norm: str, start: int) -> str | None:
    m = _WORD_BEFORE.search(norm[max(0, start - 40) : start])
    return m.group(1) if m else None


def _word_after(norm: str, end: int) -> str | None:
    m = _WORD_AFTER.search(norm[end : end + 40])
    return m.group(1) if m else None


def bundled_lexicon_path() -> Path:
    return Path(str(importlib.resources.files("annotator") / "data" / "lexicon" / "en.yaml"))


def lexicon_with_overlays(overlays: list[Path] | tuple[Path, ...] = ()) -> Lexicon:
    """The bundled lexicon with overlay files on top (the cached default when there are none)."""
    if not overlays:
        return default_lexicon()
    return Lexicon.load([bundled_lexicon_path(), *overlays])


@functools.cache
def default_lexicon() -> Lexicon:
    return Lexicon.load()
