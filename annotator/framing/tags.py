"""What the tags of one sentence do to each other, once all are read.

A participle with no subject of its own ("..., saying", "In addition to stating ...") borrows
the speaker of another tag or of the sentence (`borrow_speakers`); a tag that closes the
sentence ("..., Fox found.") or an "according to" tag ends the content of the tags before it
(`cut_at_closing_tags`, `cut_at_according`), and a subordinate clause ends the reports inside
it (`cut_at_clause_ends`); and a person named as the subject of a sentence
with no tag is remembered as the antecedent of a "he" to come (`mention`). A relative clause
on the object of an attack ("slamming candidates who think ...") is the attacker's
description, not the object's report (`drop_object_clauses`); a noun of saying with its "that"
clause ("Democratic criticism that ...") is a tag of its own (`noun_attribution`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import SpeakerHow
from .cues import AS_CLAUSE
from .speakers import (
    CONTRACTION,
    NAME,
    OPENERS,
    ROLE_WORDS,
    SpeakerBook,
    alternation,
    subject_at_start,
    trim_openers,
    words,
)
from .subjects import speaker_head

_FOR_TO = re.compile(rf"\bfor\s+(?P<np>{NAME})\s+to\s+[a-z]")
# A subordinate clause opening a sentence: "While he refused ..., Mr. Obama deemed".
FRONTED_CLAUSE = re.compile(
    r"\W*(?:(?:But|And|Yet)\s+(?i:despite|in\s+spite\s+of)|While|Although|Though|When|"
    r"Whenever|After|Before|As|If|Because|Since|Even as|Even though|Once|Until|Unless|Despite|"
    r"Where|Whereas|In what|"
    r"In spite of)\s[^,;:“”\"]*(?:,\s+|[“\"][^,;:“”\"]*,[”\"]\s+)"
)


@dataclass
class Attribution:
    cue: tuple[int, int]
    lemma: str
    speaker: str | None
    how: SpeakerHow
    content: list[tuple[int, int]] = field(default_factory=list)
    subject_at: int = -1  # where the speaker phrase starts, when it precedes the cue
    colon_end: bool = False  # "X said:" closing the paragraph: the next paragraph is X's
    borrow: bool = False  # a participle: the speaker is its sentence's
    relative: bool = False  # the cue's verb is in a relative clause ("X, who said ...")
    clause_end: int = -1  # where its subordinate clause ends ("When X said ..., Y")
    own_clause: bool = False  # a gerund after a preposition: its clause's subject speaks


# A noun of saying with its "that" clause is reported speech: "Democratic criticism that he is
# caving", "Trump's claims that", "accusations that". A "that" followed by a verb opens a
# relative clause instead ("charges that could bring ten years").
SAYING_NOUN = re.compile(
    r"\b(?:criticisms?|accusations?|claims?|charges?|allegations?|assertions?|complaints?|"
    r"suggestions?|insinuations?|warnings?|contentions?|insistence|denials?|"
    r"statements?(?=\s+by\s))"  # not "said in a statement that"
    # whose it is may follow the noun: "a statement by actor George Clooney that"
    r"(?P<by>\s+by\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*)?"
    r"(?:\s+(?:is|was)(?=\s+that\b))?"  # "X's claim is that ...": the clause after the copula
    r"\s+(?=that\s+(?!(?:is|are|was|were|has|have|had|could|would|will|may|might|can|should|"
    r"must|do|does|did|be|been|not|also)\b)[a-zA-Z“\"])"
)
# Who makes the claim, from the word before the noun: a possessive ("Trump's claims"), a
# possessive pronoun ("his claims"), a party adjective ("Democratic criticism").
_CLAIMANT = re.compile(
    r"(?:(?P<poss>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)[’']s?|(?P<pron>his|her|their|its)|"
    r"(?P<party>Democratic|Republican|GOP))\s+(?:[a-z]+\s+){0,2}$"
)
_CLAUSE_END = re.compile(r"[,;]|\s[—–]\s|\s--\s|\s\(")
_BY = re.compile(r"\w+\s+by\s+(?P<np>[^\s].*?)(?:\s+(?:is|was))?\s*$")
_PARTY = {"Democratic": "Democrats", "Republican": "Republicans", "GOP": "Republicans"}
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}


def noun_attribution(
    text: str, noun: tuple[int, int], s_end: int, book: SpeakerBook
) -> Attribution:
    """ "avoid Democratic criticism that he is caving": the "that" clause is reported."""
    by = _CLAIMANT.search(text, max(0, noun[0] - 60), noun[0])
    phrase = None
    after = _BY.match(text, noun[0], noun[1])
    if after is not None:
        phrase = after.group("np")
    elif by is not None and by.group("poss"):
        phrase = by.group("poss")
    elif by is not None and by.group("pron"):
        phrase = _PRONOUN_OF[by.group("pron")]
    elif by is not None and by.group("party"):
        phrase = _PARTY[by.group("party")]
    who = book.resolve(phrase)
    lemma = text[noun[0] : noun[1]].split()[0].lower()
    a = Attribution(noun, lemma, who.name, who.how)
    # the claim ends at its clause's comma: "Despite claims that he is a crusader, Mr.
    # Sanders has found"
    end = _CLAUSE_END.search(text, noun[1], s_end)
    stop = end.start() if end else s_end
    content = (noun[1] + len(text[noun[1] : stop]) - len(text[noun[1] : stop].lstrip()), stop)
    while content[1] > content[0] and text[content[1] - 1] in " ,;:—–-":
        content = (content[0], content[1] - 1)
    if content[1] > content[0]:
        a.content.append(content)
    return a



# Before a trailing participle: a comma or "and", and maybe an adverb ("..., forcefully
# denouncing")
_TRAILING = re.compile(r"(?:,|\sand)\s*(?:[a-z]+ly\s+)?$")


# A name and its finite verb ("Leo Park, has soared", "Mrs. Clinton tried"), then no comma
# up to the gerund's preposition.
_NAMED_DOER = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|while|as|when|whereas|after|before)\s+)"
    rf"(?P<np>{NAME})(?<![’'])(?<![’']s),?\s+(?:(?:has|have|had|is|was|were|are|will|"
    r"would|could|can|did|does)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|tried|went|made|won|lost|"
    r"took|gave|rose|ran|spent|kept|became|began)\b[^,;:“”\"]{0,80}?\s(?:by|while|after|"
    r"before|without|upon|when|since|for)\s+$"
)


# "Patricia Smith, the mother of ..., is “absolutely wrong” for saying": who is judged for a
# saying said it (not the one who judges).
_JUDGED_FOR = re.compile(
    rf"(?P<np>{NAME})(?<![’'])(?<![’']s)(?:,[^;:]{{0,120}}?)?\s+(?:is|was|are|were)\s+"
    r"[^;:.]{0,40}?\bfor\s+$"
)


def _last_named_doer(text: str, start: int, cue: int) -> str | None:
    """The name whose verb a gerund after a preposition modifies, where a name is the
    subject of the last finite verb before it; None otherwise."""
    m = _NAMED_DOER.search(text, max(start, cue - 200), cue)
    if m is None and text.endswith("for ", 0, cue):
        m = _JUDGED_FOR.search(text, max(start, cue - 200), cue)
    if m is None or m.group("np").split()[0] in OPENERS:
        return None
    return m.group("np")


def borrow_speakers(
    text: str, sentence: tuple[int, int], atts: list[Attribution], book: SpeakerBook
) -> None:
    """A participle's speaker: the nearest tag of its sentence with a speaker, else the
    sentence's opening name."""
    for a in atts:
        if not a.borrow:
            continue
        # A verb coordinated with the sentence's first ("... but on Tuesday wrote that she
        # agreed") does not take its speaker from a tag inside what it reports.
        finite = not text[a.cue[0] : a.cue[1]].endswith("ing")
        others = [
            b for b in atts if b.speaker and not b.borrow
            and not (finite and any(s <= b.cue[0] < e for s, e in a.content))
        ]
        fronted = FRONTED_CLAUSE.match(text, sentence[0], sentence[1])
        if fronted is not None and fronted.end() <= a.cue[0]:
            # "As the crowd began to chant, Silverman ... and joked": a tag inside the clause
            # that opens the sentence is not the main clause's subject speaking
            others = [b for b in others if b.cue[0] >= fronted.end()]
        aside = dashed_aside(text, sentence, a.cue[0])
        if aside is not None and not finite:
            # "The bluster that propelled Trump -- denouncing ... -- has fueled the unease many
            # women feel": the aside's participle is not said by a tag outside it
            others = [b for b in others if aside[0] <= b.cue[0] < aside[1]]
            if not others and AS_CLAUSE.match(text, a.cue[1], sentence[1]):
                # "denouncing Mexicans as ...": a verdict whose doer is named in the phrase
                # the aside spells out, not read here; a report of someone unknown, not the
                # writer's narration (which "-- offering cargo delivery --" stays)
                a.borrow = False
                continue
        if _TRAILING.search(text, max(0, a.cue[0] - 40), a.cue[0]):
            # "Rubio hit back, saying Christie was ...": a trailing participle is said by the
            # clause before it; a tag after it is inside what it reports ("As Obama lectured
            # and defended his record, Trump said": the "and" verb is Obama's)
            others = [b for b in others if b.cue[0] < a.cue[0]]
        if a.own_clause:
            # "..., while her rival, Leo Park, has soared in the polls by saying": a gerund
            # after a preposition is said by the named subject of the verb it modifies
            named = _last_named_doer(text, sentence[0], a.cue[0])
            if named is not None:
                who = book.resolve(named)
                if who.name:
                    a.speaker, a.how = who.name, who.how
                    continue
        if others and a.own_clause:
            # "..., Clinton tried to calm them by telling them": the clause's own subject
            clause = text.rfind(", ", sentence[0], a.cue[0])
            at = clause + 2 if clause >= 0 else sentence[0]
            sent = subject_at_start(text, at, a.cue[0])
            nxt = _NEXT_WORD.match(text, sent.end("np"), a.cue[0]) if sent is not None else None
            # after a comma, a clause of its own; at the sentence's start, a subject before its
            # verb ("One month after announcing" is a time)
            if sent is not None and (
                _clause_subject(text, sent)
                if clause >= 0
                else nxt is not None and nxt.group(1) not in _NOT_VERBS
            ):
                who = book.resolve(whole_np(text, sent, a.cue[0]))
                a.speaker, a.how = who.name, who.how
                continue
        if others:
            near = min(others, key=lambda b: abs(b.cue[0] - a.cue[0]))
            a.speaker, a.how = near.speaker, near.how
            continue
        # The nearest clause's own subject ("..., Mrs. Clinton shook her head and said", "At
        # an event in Ames, Iowa, Mrs. Clinton spoke, saying"), else the sentence's ("The
        # mayor resigned, citing ...").
        sent = None
        clause = a.cue[0]
        while sent is None:
            clause = text.rfind(", ", sentence[0], clause)
            if clause < 0:
                break
            # "..., and he has battled with X, at one point calling": a coordinated clause's
            # own subject, past its conjunction
            conj = _CONJ.match(text, clause + 2, a.cue[0])
            sent = subject_at_start(text, conj.end() if conj else clause + 2, a.cue[0])
            if sent is not None and not _clause_subject(text, sent):
                sent = None
        if sent is None or sent.group("np").split()[0] in OPENERS:
            sent = subject_at_start(text, *sentence)
        if sent is None or CONTRACTION.search(sent.group("np").split()[0]):
            # "There’s still time for Cruz to build bridges, even after calling McConnell a
            # liar": the infinitive's subject is the clause's doer
            doer = _FOR_TO.search(text, sentence[0], a.cue[0])
            if doer is not None:
                who = book.resolve(doer.group("np"))
                a.speaker, a.how = who.name, who.how
                continue
        first_comma = text.find(", ", sentence[0], a.cue[0])
        opener = sent.group("np").split()[0] if sent is not None else ""
        if first_comma > 0 and (
            opener.endswith("ing") or opener in OPENERS or opener.lower() in _OPENING_PREPOSITIONS
        ):
            # "Walking home, Ana ...", "Shortly after the vote, the founders had mobilized,
            # warning": the subject of the clause after the opening phrase
            sent = subject_at_start(text, first_comma + 2, a.cue[0])
        if sent and sent.end("np") < a.cue[0] and not imperative(text, sent, *sentence):
            np = whole_np(text, sent, a.cue[0])
            alone = len(np.split()) == 1 and sent.start("np") == sentence[0]
            if np.split()[0] not in OPENERS and speaker_head(np.split()[-1], alone):
                who = book.resolve(np)
                a.speaker, a.how = who.name, who.how
                # "Hours later, she issued a statement calling for": the sentence has a
                # subject, just not one read here ("Hours" is no name): its report stays a
                # report, of someone unknown
                a.borrow = a.borrow and not (who.name is None and book.common_word(np))


# A preposition opening a sentence opens a phrase, not its subject ("Amid the uproar, ...").
_OPENING_PREPOSITIONS = words(
    "amid amidst after before despite during following since until without among against "
    "throughout beyond besides unlike like"
)


def they_subject(text: str, s_start: int, at: int) -> str | None:
    """The plural subject that opens a sentence, for a "they" later in it ("Both
    Cuban-Americans had to answer videos showing that they supported"); None when the
    sentence opens with no such subject."""
    sent = subject_at_start(text, s_start, at)
    if sent is None or sent.end("np") >= at:
        return None
    np = whole_np(text, sent, at)
    head = np.split()[-1]
    if np.split()[0] in OPENERS or not speaker_head(head) or not head.endswith("s"):
        return None
    return np


def whole_np(text: str, sent: re.Match[str], limit: int) -> str:
    """A sentence's subject phrase whole: the lazy phrase stops before its head noun ("two
    liberal Hispanic groups", "The former secretary") and a name in apposition after it ("The
    Washington Post columnist Ruth Marcus has")."""
    np = trim_openers(sent.group("np"))
    more = _HEAD_NEXT.match(text, sent.end("np"), limit)
    end = sent.end("np")
    if more is not None and np.split()[-1].isdigit():
        # "The 60 second ad": the lazy phrase stops at the number; its unit word leads on
        # to the head
        head = _HEAD_NEXT.match(text, more.end(), limit)
        if head is not None and speaker_head(head.group(1)):
            np += " " + more.group(1)
            more = head
    while more is not None and speaker_head(more.group(1)):
        np += " " + more.group(1)
        end = more.end()
        more = _HEAD_NEXT.match(text, more.end(), limit)
    if end == sent.end("np") and _MODIFIER_RUN.fullmatch(np):
        # "A London borough has passed": the lazy phrase stops at the capitals, which modify
        # the lower-case head after them; the head is the noun that a verb or an aside follows
        head = _HEAD_NEXT.match(text, end, limit)
        if head is not None and _noun_like(head[1]) and (
            _ASIDE_NEXT.match(text, head.end(), limit)
            or ((verb := _HEAD_NEXT.match(text, head.end(), limit)) and _finite(verb[1]))
        ):
            np += " " + head[1]
            end = head.end()
    if end != sent.end("np") and (name := _NAME_NEXT.match(text, end, limit)):
        np += " " + name.group(1)
        end = name.end()
    if _ROLE_END.search(np) and (more_role := _AND_ROLE_NAME.match(text, end, limit)):
        # "former Acme CEO and senate candidate Jane Doe opened up": two titles joined by
        # "and" before one name; the subject is the name, not the first title alone
        np += more_role.group(0).rstrip()
    return np


def _clause_subject(text: str, sent: re.Match[str]) -> bool:
    """A clause after a comma opens with its subject when a name is followed by a verb:
    "..., Mrs. Clinton tried", not "..., Iowa, and" or "..., a liberal columnist who"."""
    np = sent.group("np").split()
    after = text[sent.end("np") : sent.end("np") + 3].lstrip()
    if len(np) == 1 and np[0] in _CLAUSE_PRONOUNS:
        return after[:1].islower()  # "..., and he has battled"
    return (
        np[0][:1].isupper()
        and np[0] not in OPENERS
        and np[0].lower() not in {"the", "a", "an", "this", "that", "his", "her", "its", "their"}
        and after[:1].islower()
        and speaker_head(np[-1])
    )


_DASHED = re.compile(r"\s*[A-Z][\w’'.\- ]{1,60}?(?P<par>\s—[^—]{1,120}—)\s+[a-z]")
_CONJ = re.compile(r"(?:and|but|yet|so)\s+")
_CLAUSE_PRONOUNS = frozenset({"he", "she"})
_PARENTHESIS = re.compile(r"\s*[A-Z][\w’'.\- ]{1,60}?(?P<par>\s\([^()]{1,40}\))(?:\s+[a-z]|,)")
_HEAD_NEXT = re.compile(r"\s([a-z][\w\-]*)")
# An article and capitalised words only: "A London", "The Trump", "A YouGov".
_MODIFIER_RUN = re.compile(r"(?:A|An|The)(?:\s+[A-Z][\w’'\-]*){1,3}")
_ASIDE_NEXT = re.compile(r"\s*[,–—]")  # "A London borough – which has ... – has voted"
_FINITE = words("has have had will would could can may might must should did does is are were")


def _noun_like(word: str) -> bool:
    """A lower-case word that may be a noun ("borough", "poll"), not a verb ("has", "voted")."""
    return not (
        word in _FINITE
        or word.endswith(("ed", "ing", "ly"))
        or (not word.endswith("s") and _VERB_LIKE.fullmatch(word) is not None)
    )


def _finite(word: str) -> bool:
    """A lower-case word that reads as a finite verb ("has", "found", "says")."""
    return word in _FINITE or _VERB_LIKE.fullmatch(word) is not None


_NAME_NEXT = re.compile(r"\s((?:[A-Z][\w’'\-]*\s){0,2}[A-Z][\w’'\-]*)(?=\s+[a-z])")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_ROLE_NEXT = re.compile(rf"\s+(?:{alternation(ROLE_WORDS)})\s+(?:and\s+)?")
# A subject that is a name's possession: "Trump’s attempt", "Ann Lee's plan".
_OWNER_OPENS = re.compile(r"(?P<owner>(?:[A-Z][\w\-.]*\s+){0,2}[A-Z][\w\-]*)[’']s\s+[a-z]")
# A subject phrase ending in a title ("Acme CEO", "the former governor"), which a second title
# and the person's name may follow after "and".
_ROLE_END = re.compile(r"(?:\b[A-Z]{2,4}|\b[a-z][\w\-]*)$")
_AND_ROLE_NAME = re.compile(
    r"\s+and\s+(?:[a-z][\w\-]*\s+){1,3}(?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*(?=\s+[a-z])"
    rf"(?!\s+(?:{alternation(ROLE_WORDS)})\b)"
    # "and former Maryland governor Martin O'Malley": a place before the second role
    r"|\s+and\s+(?:[a-z][\w\-]*\s+){1,2}[A-Z][\w’'\-.]*\s+(?:[a-z][\w\-]*\s+){1,2}"
    r"(?:[A-Z][\w’'\-.]*\s+){0,2}[A-Z][\w’'\-]*(?=\s+[a-z])"
)
# A determiner or possessive right after one capitalised word opening a sentence: the word is
# a verb with its object ("Consider the case of", "Enjoy the comfort", "Imagine a city"), an
# imperative that names nobody; a name is followed by its verb, not by "the".
_OBJECT_START = words("the a an our your my their his her its this these those every")


def imperative(text: str, sent: re.Match[str], s_start: int, end: int) -> bool:
    """Whether the subject found at `s_start` is one word that opens its sentence and takes a
    determiner after it, an imperative verb rather than anyone who speaks."""
    np = sent.group("np").split()
    nxt = _NEXT_WORD.match(text, sent.end("np"), end)
    return (
        len(np) == 1
        and sent.start("np") == s_start
        and nxt is not None
        and nxt.group(1) in _OBJECT_START
    )


# Words after a sentence's opening phrase that show it is not the subject of a verb.
_FINITE_NEXT = re.compile(r"\s+(?:are|were|is|was|have|has|had|will|would|can|could|do|did)\b")
_NOT_VERBS = words(
    "in on at of for with from by to about into over under near around through during after "
    "before since until and or but who which that whose"
)


_DEMONYM = re.compile(r"(?:an|ian|ese|ish|i)$")
_VERB_LIKE = re.compile(r"[a-z]+(?:s|ed)|said|told|wrote|made|took|gave|was|had|did|saw|got")
_ADJECTIVE = re.compile(r"(?:ar|al|ous|ive|ic|able|ible|ful|less|ent|ant|ish|ary|ory)$")
# Endings of abstract nouns, which name no one ("Thickness should not be confused with ...").
_ABSTRACT = re.compile(r"[a-z]{3}(?:ness|ity|tion|sion|ism|ship|hood)$")


def people_adjective(np: list[str], next_word: str | None, any_capital: bool = False) -> bool:
    """Whether a phrase read as a subject is "The" and a people's adjective ("The Australian")
    whose noun follows in lower case ("government"), not a verb; with `any_capital`, any
    capitalised word there ("The Hebrew word")."""
    return len(np) == 2 and np[0] == "The" and (
        any_capital or _DEMONYM.search(np[1]) is not None
    ) and next_word is not None and not _VERB_LIKE.fullmatch(next_word)


_HEADING_LINKS = frozenset({"of", "to", "for", "in", "on", "with", "and", "vs"})
_SENTENCE_CLOSE = re.compile(r"[.!?:][\s\"”’')]*$")


def mention(text: str, s_start: int, s_end: int, book: SpeakerBook) -> None:
    """A person named as the subject of a sentence with no reporting verb ("Trump also took
    swipes at Bush.") is who a "he" in the next sentence most likely stands for."""
    # "George Wallace (a Democrat) was ...": a parenthesis after the name is read past
    # and so is an aside between dashes ("Gov. Ann Lee — who is running again — made")
    par = _PARENTHESIS.match(text, s_start, s_end) if "(" in text else None
    if par is None and "—" in text:
        par = _DASHED.match(text, s_start, s_end)
    if par is not None:
        text = text[: par.start("par")] + " " * (par.end("par") - par.start("par")) + text[
            par.end("par") :
        ]
    sent = subject_at_start(text, s_start, s_end)
    if sent is None:
        return
    np = trim_openers(sent.group("np")).split()
    if len(np) == 1 and _ROLE_NEXT.match(text, sent.end("np"), s_end):
        # "Long-shot candidate and former governor Martin O'Malley joined": the capital is
        # a modifier of the role; the phrase runs on to the name
        whole = whole_np(text, sent, s_end)
        if whole.split()[-1][:1].isupper() and whole.split()[0] not in OPENERS:
            book.resolve(whole)
            return
    if text[max(s_start, sent.start("np") - 2) : sent.start("np")] == ", " and text.startswith(
        ",", sent.end("np")
    ):
        return  # "At a rally in Birmingham, Alabama, on Saturday, ...": the place's state
    nxt = _NEXT_WORD.match(text, sent.end("np"), s_end)
    if len(np) == 1 and nxt is not None and nxt.group(1) in _NOT_VERBS:
        return  # "Somewhere in there, he ...": one word before a preposition is no subject
    if len(np) == 1 and nxt is not None and _FINITE_NEXT.match(text, nxt.end(), s_end):
        # "Harsh comments are earning ...": a verb follows the word read as the verb, so
        # that word is the noun of the subject and the capital an adjective's
        return
    if imperative(text, sent, s_start, s_end):
        return  # "Consider the case of Ms. Ortiz.": the next "she" is hers, not "Consider"
    if people_adjective(np, nxt.group(1) if nxt is not None else None):
        # "The Australian government and its prime minister have ...": a people's adjective
        # before a common noun; no name a later "they" could stand for
        return
    if len(np) == 1 and (_ADJECTIVE.search(np[0]) or _ABSTRACT.search(np[0])) and (
        book.known_as(np[0]) is None
    ):
        # "Similar firearms sell for $200.", "Thickness should not be ...": one capital opening
        # a sentence proves no name, and an adjective's or an abstract noun's ending makes one
        # unlikely unless the article named them before
        return
    if np and len(np) <= 4 and np[0] not in OPENERS and all(w[:1].isupper() for w in np) and (
        speaker_head(np[-1], alone_at_start=len(np) == 1)
    ):
        if nxt is not None and nxt.group(1) in _HEADING_LINKS and not _SENTENCE_CLOSE.search(
            text, s_start, s_end
        ):
            # "The Importance of Catering Software", "The Ultimate Guide to Moving": a heading
            # line cut at its preposition; the words before it are nothing a later "it" or
            # "they" stands for
            return
        book.resolve(" ".join(np))
        return
    owner = _OWNER_OPENS.match(" ".join(np))
    if owner is not None and owner.group("owner").split()[0] not in OPENERS:
        # "Trump’s attempt ... did not last long. Within minutes, he called": the person whose
        # act opens the sentence is who the next "he" stands for
        book.resolve(owner.group("owner"))


def cut_at_according(atts: list[Attribution]) -> None:
    """"..., with 56 percent viewing him positively, according to a poll": another report's
    content stops where an "according to" tag of its sentence begins; the tag is narration.
    An unnamed source ("people close to the campaign", "sources in the meetings") is a
    conduit: where its sentence names who said something ("his advisers called the charges
    absurd, according to people close to the campaign"), those words stay that speaker's. A
    named source (a paper, a report) keeps what it reports, as the reader is told it."""
    for acc in atts:
        if acc.lemma != "according to":
            continue
        for a in atts:
            if a is not acc:
                a.content = [
                    (s, min(e, acc.cue[0])) if s < acc.cue[0] < e else (s, e)
                    for s, e in a.content
                    if not acc.cue[0] <= s < acc.cue[1]
                ]
        if acc.speaker and any(w[:1].isupper() for w in acc.speaker.split()):
            continue
        for a in atts:
            if a is not acc and a.speaker and a.lemma != "according to":
                for s, e in a.content:
                    acc.content = _without(acc.content, s, e)


def _without(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Spans less the stretch start..end."""
    out = []
    for s, e in spans:
        if e <= start or s >= end:
            out.append((s, e))
            continue
        if s < start:
            out.append((s, start))
        if e > end:
            out.append((end, e))
    return out


_ASIDE_DASH = re.compile(r"\s(?:--|—|–)\s")


def dashed_aside(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int] | None:
    """The aside between a pair of dashes that holds `pos` (after the opening dash, up to the
    closing one); dashes pair up in order within the sentence."""
    if "-" not in text and "—" not in text and "–" not in text:
        return None
    dashes = list(_ASIDE_DASH.finditer(text, *sentence))
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        if opening.end() <= pos < closing.start():
            return opening.end(), closing.start()
    return None


def cut_at_asides(text: str, sentence: tuple[int, int], atts: list[Attribution]) -> None:
    """A participle inside a dashed aside ("-- denouncing Mexicans as ..., proposing ... --")
    reports up to the closing dash: the main clause goes on after it."""
    for a in atts:
        if not text[a.cue[0] : a.cue[1]].endswith("ing"):
            continue
        aside = dashed_aside(text, sentence, a.cue[0])
        if aside is not None:
            a.content = [(s, min(e, aside[1])) for s, e in a.content if s < aside[1]]


def cut_at_clause_ends(atts: list[Attribution]) -> None:
    """"When Maddow pointed out that Sanders calls it X, Clinton seized on it": a report
    inside a subordinate clause ends where the clause does."""
    for a in atts:
        if a.clause_end < 0:
            continue
        for b in atts:
            if a.cue[1] <= b.cue[0] < a.clause_end:
                b.content = [(s, min(e, a.clause_end)) for s, e in b.content if s < a.clause_end]


def cut_at_outer_content(atts: list[Attribution]) -> None:
    """"Ruiz, who says Park is attacking her because ..., said voters ...": a report whose cue
    stands inside another's content is part of it, so it ends where that content ends (the
    relative clause's comma), not in the main clause."""
    for a in atts:
        if not a.relative:
            continue  # other contents run to the sentence's end, which bounds nothing
        for s, e in a.content:
            for b in atts:
                # its subject inside too: "Friends who have seen him say that" is the main
                # verb after a relative clause read too long
                if b is not a and s <= b.subject_at and b.cue[1] <= e:
                    b.content = [(bs, min(be, e)) for bs, be in b.content if bs < e]


def cut_at_closing_tags(atts: list[Attribution]) -> None:
    """"Clinton kept her lead among X, Fox found.": a later tag that reports what came before
    it ends the content of an earlier cue at its speaker."""
    for i, b in enumerate(atts):
        if not b.content or b.content[0][1] > b.subject_at:
            continue  # b reports what follows it
        for a in atts[:i]:
            a.content = [(s, min(e, b.subject_at)) for s, e in a.content if s < b.subject_at]


_THAT = re.compile(r"\bthat\b")
_SUBORDINATE = re.compile(
    r".*\b(?:While|After|Although|Though|Whereas|As|When|Before|Since|If|Even as|Even though|"
    r"while|after|although|though|whereas|when|before|since)\s+[^,;]*$"
)
# (", whom he attacked": a relative clause of the object, with its own subject)
_NEW_CLAUSE = re.compile(r",\s*(?:(?:and|but|while|whereas|yet|so|whom)\s+)?$")


def drop_object_clauses(text: str, atts: list[Attribution], inverts: frozenset[str]) -> None:
    """"slamming candidates who think they can “outsource” ...": a relative clause on the
    object of a verb like "slam" or "praise" is how that verb's speaker describes whom they
    attack; the object's own verb reports nothing of the object's. Verbs of saying are left
    out: "said Larry Sabato, who thinks" is Sabato's own view."""
    keep = []
    for b in atts:
        inner = b.relative and any(
            a.cue[1] <= b.subject_at
            and a.lemma not in inverts
            and not text[a.cue[1] : b.subject_at].strip()
            and any(s <= b.subject_at < e for s, e in a.content)
            for a in atts
        )
        if not inner:
            keep.append(b)
    atts[:] = keep


def cut_at_later_subjects(text: str, atts: list[Attribution]) -> None:
    """"While Clinton pledged to work with both parties, Sanders insisted that ...": a tag
    whose subject opens a clause of its own after a comma ends the content of the tags
    before it (a report inside a report, "Trump said Clinton wants ...", has no comma and
    stays the outer speaker's)."""
    for i, b in enumerate(atts):
        if not (0 <= b.subject_at < b.cue[0]) or b.borrow:
            continue
        comma = _NEW_CLAUSE.search(text, max(0, b.subject_at - 12), b.subject_at)
        if comma is None:
            continue
        cut = comma.start()
        for a in atts[:i]:
            if a.cue[1] > cut or a.lemma == "according to":
                continue
            # "Prosecutors argued that although Lazar confessed, he showed": a that-clause
            # runs on past its own inner comma, unless the report is itself subordinate
            # ("While Comey has said that ..., Lewandowski said")
            if _THAT.search(text, a.cue[1], cut) and not _SUBORDINATE.match(
                text, max(0, a.subject_at - 12, a.cue[0] - 200), a.cue[0]
            ):
                continue
            # pieces after the comma ("As POLITICO revealed, the RNC agreed") stay whole
            a.content = [(s, min(e, cut)) if s < cut else (s, e) for s, e in a.content]


_TITLE_BEFORE = re.compile(
    r"(?:[’']s|\b(?:on|in|of|at|from|titled|called|named|show|program|book|film|column))\s*$"
)


def titled_quote(text: str, s_start: int, np_start: int) -> bool:
    """The quote before a subject names a show, book or column ("On Fox News’s “Hannity,”
    Newt Gingrich said"), so it is no speaker's words."""
    close = len(text[:np_start].rstrip(" ,—–-")) - 1
    mark = text[close]
    opener = "“" if mark == "”" else mark
    start = text.rfind(opener, s_start, close - (1 if mark == "'" else 0))
    return start > s_start and bool(_TITLE_BEFORE.search(text, s_start, start))
