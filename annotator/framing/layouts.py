"""Layouts that say who speaks without a reporting verb next to the words: interviews
printed as questions and answers ("Q: ..." / "A: ..."), and a quote after a colon ("Rubio
fired back: “...”", `colon_speaker`).

An answer is quoted speech of the person interviewed: the person the headline and the
paragraphs before the first question name most often, when one is named more often than any
other; otherwise the answer is quoted with its speaker unknown (a wrong name costs more trust
than none). A question is the interviewer's, the outlet's own words. A quote a speaker's report
introduces as another person's words is that person's (`recounted_speaker`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ..models import SpeakerHow
from .cues import capitalised_inflection
from .quotes import opens_with_quote
from .speakers import (
    HE_NAMES,
    NAME,
    OPENERS,
    ROLE_WORDS,
    SHE_NAMES,
    Speaker,
    SpeakerBook,
    groupish,
    subject_at_start,
    trim_openers,
    words,
)
from .subjects import STATES, speaker_head

_COLON = re.compile(r":\s*$")
# Putting out a document, then a comma and its words: "issued a statement, “...”".
_ISSUED = re.compile(
    r"\b(?:issued|issues|released|releases|put out|posted|posts|sent|sends|published)\s+"
    r"(?:an?|the|his|her|its|their)\s+(?:[\w\-’']+\s+){0,2}?"
    r"(?P<doc>statement|message|tweet|note|letter|post|release)\s*,\s*$"
)

# "Q:", "Q.", "A:", "Question:", "Answer:" opening a paragraph or following a question in it;
# a transcript may name who asks or answers, in capitals ("BACON Q:", "GILANI A:").
QA_LABEL = re.compile(
    r"^\s*(?:(?P<who>[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+)?)\s+)?"
    r"(?P<label>Q|A|Question|Answer)\s*:\s+(?=\S)"
)
_INLINE_ANSWER = re.compile(r"\s(?:A|Answer)\s*:\s+(?=\S)")
_INLINE_QUESTION = re.compile(r"\s(?:Q|Question)\s*:\s+(?=\S)")
# A person's full name: two capitalised words or more ("Ana Ruiz", "Leo J. Park").
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'\-]+)+\b")
_NOT_PEOPLE = re.compile(
    r"\b(?:House|Court|Party|Committee|Department|University|Street|News|Times|Post|Press|"
    r"Company|Group|Council|Senate|Congress|Office|Agency|Institute|Center|Foundation|"
    r"Association|Union|Republic|States|Kingdom|City|County|Island|Islands|River)\b"
)


def interviewee(headline: str, intro: list[str], book: SpeakerBook) -> Speaker:
    """The person an interview is with: the full name whose surname the headline and the
    paragraphs before the first question mention most often; unknown on a tie or when
    nobody is named."""
    texts = [headline, *intro]
    full: dict[str, str] = {}
    for text in texts:
        for m in _FULL_NAME.finditer(text):
            words = m.group().split()
            while words and (words[0] in OPENERS or words[0] in {"The", "A", "An"}):
                words = words[1:]
            if len(words) >= 2 and not _NOT_PEOPLE.search(m.group()):
                full.setdefault(words[-1], " ".join(words))
    counts = Counter(
        {last: sum(len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", t)) for t in texts)
         for last in full}
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return Speaker(None, "unknown")
    return book.resolve(full[ranked[0][0]])


def answer_spans(para: str) -> list[tuple[int, int]]:
    """The answers in a question-and-answer paragraph: after "A:" to the next "Q:" or the
    end; the whole paragraph past its label when it opens with "A:"."""
    label = QA_LABEL.match(para)
    if label is None:
        return []
    if label.group("label")[0] == "A":
        starts = [label.end()]
    else:
        starts = [m.end() for m in _INLINE_ANSWER.finditer(para)]
    out = []
    for s in starts:
        q = _INLINE_QUESTION.search(para, s)
        out.append((s, q.start() if q else len(para)))
    return out


# "labeled as a “witch hunt” by Democrats": a naming verb before the quote, its agent after.
_NAMED_AS = re.compile(
    r"\b(?:label+ed|called|branded|described|dubbed|termed|denounced|derided|decried|"
    r"dismissed|characteri[sz]ed|portrayed|painted|condemned|slammed|mocked|smeared|"
    r"vilified|pilloried|tarred|attacked|cast)\s+"
    r"(?:as\s+)?(?:(?:a|an|the)\s+)?[“\"‘']?$"
)
_BY_AGENT = re.compile(
    r"[”\"’']?\s*by\s+(?P<np>(?:(?:the|some|many|most|his|her|their)\s+)?"
    r"[\w.’'\-]+(?:\s+[A-Z][\w.’'\-]*){0,3})(?=\s*(?:[,;.:)—–]|--|$)|\s+(?:on|in|at|"
    r"after|during|last|this|earlier|yesterday|today)\b)"
)


def agent_speaker(
    text: str, start: int, end: int, book: SpeakerBook
) -> tuple[str | None, SpeakerHow] | None:
    """The agent of a naming verb in the passive is who used the quoted label: "often
    labeled as a “witch hunt” by Democrats" is the Democrats' phrase, not the sentence's
    subject's."""
    if not _NAMED_AS.search(text, max(0, start - 60), start + 1):
        return None
    agent = _BY_AGENT.match(text, end)
    if agent is None:
        return None
    np = agent.group("np")
    if not speaker_head(np.split()[-1]):
        return None
    who = book.resolve(np)
    return (who.name, who.how) if who.name else None


# "Donald Trump's “woman's card” remark": a name's possessive right before a quotation that a
# noun of speech right after it names as their words.
_POSSESSOR = re.compile(rf"(?P<np>{NAME})['’]s\s*[“\"‘']?$")
_SPEECH_NOUN = re.compile(
    r"[”\"’']?\s+(?:remarks?|comments?|claims?|lines?|quips?|jabs?|tweets?|labels?|slurs?|"
    r"insults?|phrases?|slogans?|promises?|pledges?|vows?|warnings?|charges?|nicknames?|"
    r"accusations?|boasts?|assertions?|characteri[sz]ations?|descriptions?|statements?)\b"
)


def possessor_speaker(
    text: str, start: int, end: int, book: SpeakerBook
) -> tuple[str | None, SpeakerHow] | None:
    """The owner of a remark the quotation is: "mocked Donald Trump's “woman's card” remark"
    quotes Trump, whoever the sentence's subject is."""
    owner = _POSSESSOR.search(text, max(0, start - 80), start + 1)
    if owner is None or not _SPEECH_NOUN.match(text, end):
        return None
    who = book.resolve(owner.group("np"))
    return (who.name, who.how) if who.name else None


def colon_speaker(
    text: str, start: int, book: SpeakerBook, labels: bool = True
) -> tuple[str | None, SpeakerHow] | None:
    """"Rubio fired back: “...”": a quote after a colon is said by the subject of the clause
    before the colon, when that subject names someone; a clause that names nobody ("with a
    smile:") hands over to the one before it in the same sentence ("Kelly responded, with a
    smile: “...”")."""
    if _COLON.search(text, max(0, start - 4), start):
        colon = text.rindex(":", 0, start)
    else:
        # "Lind issued a statement, “...”": the comma after the document she put out
        # hands its quote to her as a colon would
        issued = _ISSUED.search(text, max(0, start - 120), start)
        if issued is None:
            return None
        colon = issued.end("doc")
    lo = max(0, colon - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, colon)]
    lo = ends[-1] if ends else lo
    clauses = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, colon)]
    label = _DASH_LABEL.search(text, lo, colon + 1) if labels else None
    if label is not None and label.group("name").split()[0] not in OPENERS and not (
        _owned_thing(label.group("name").split(), book)
    ):
        # "Pollsters agree - Carl Bialik: “...”": a digest's byline label after a dash
        dash_name = _without_verb(label.group("name"))
        bare = not text[label.start() : label.start("name")].strip()  # no dash before it
        if bare and dash_name is not None and not personal_label(dash_name, book):
            return None  # "Election Strategy: “...”": a caption's label names nobody
        who = book.resolve(dash_name)
        return (who.name, who.how) if who.name else None
    doer = _WITH_DOER.search(text, lo, colon)
    if doer is not None and doer.group("np").split()[0] not in OPENERS and (
        doer.group("np")[:1].isupper() or speaker_head(doer.group("np").split()[-1])
    ):
        # "..., with Trump reportedly yelling: “...”": the absolute's subject speaks
        who = book.resolve(doer.group("np"))
        return (who.name, who.how) if who.name else None
    starts = [lo, *clauses]
    for k in range(len(starts) - 1, max(-1, len(starts) - 5), -1):
        clause = starts[k]
        # "..., to which O'Malley interjected:": the subject follows the relative's opening
        relative = _WHICH_OPENS.match(text, clause, colon)
        clause = relative.end() if relative else clause
        subj = subject_at_start(text, clause, colon)
        if subj is not None and trim_openers(subj.group("np")) in STATES:
            continue  # "At a rally in Birmingham, Alabama, on Saturday": the town's state
        if subj is not None and k > 0:
            apposed = _apposed_to(text, starts[k - 1], clause, subj.end("np"), colon)
            if apposed is not None:
                # "Rep. Ann Voss, Republican of Ohio, tried it:": a title set off by commas
                # describes the name before it, who speaks
                who = book.resolve(*apposed)
                return (who.name, who.how) if who.name else None
        np = trim_openers(subj.group("np")).split() if subj else []
        if len(np) > 1 and np[0] in _SPEECH_OPENERS:
            np = np[1:]  # "Said Ada Lind, founder of X:": a name never opens with its verb
        if subj is not None:
            # "The Clinton campaign": the lazy phrase stops before its head noun
            more = _NEXT_WORD.match(text, subj.end("np"), colon)
            while more is not None and speaker_head(more.group(1)):
                np.append(more.group(1))
                more = _NEXT_WORD.match(text, more.end(), colon)
        if len(np) == 1 and (np[0].lower() in _ROLES or np[0] in _NOT_SPEAKING):
            # "Former harbour master Ada Lind:", "Watch the video below:": a role or an
            # imperative opens the clause, no subject that speaks
            break
        if (
            np
            and (len(np) == 1 or any(w[:1].isupper() for w in np[1:]))
            and speaker_head(np[-1], alone_at_start=len(np) == 1)
        ):
            if _label_only(text, lo, subj, colon) and not personal_label(" ".join(np), book):
                return None  # "Black Death: ‘...’": a topic's label, no verb, names nobody
            who = book.resolve(" ".join(np))
            return (who.name, who.how) if who.name else None
    # "The timing does not surprise pollster Ada Lind: “...”", "Former harbour master Ada
    # Lind: “...”": no subject speaks, but a person's full name closes the clause
    # (a quote that follows, not a paragraph closing on a colon: "... at the State
    # Department:" over a list hands the list to nobody)
    named = _NAME_BEFORE_COLON.search(text, lo, colon) if labels else None
    if named is not None:
        name = named.group("name").split()
        if name[0] in _SPEECH_OPENERS:
            name = name[1:]  # "Stated Stone:", "Added Ada Lind:"
        if name and (capitalised_inflection(name[-1]) or name[-1] in _SPEAKS):
            return None  # "A Sister Speaks:": a headline's clause, its subject cut
        if _owned_thing(name, book):
            return None  # "Candidate’s True Politics:": a thing of someone's, a caption
        if name and not any(w in _NOT_SPEAKING or w.isupper() for w in name):
            if not text[lo : named.start()].strip() and not personal_label(" ".join(name), book):
                return None  # "Election Strategy: “...”": a caption's label names nobody
            who = book.resolve(" ".join(name))
            return (who.name, who.how) if who.name else None
    return None  # "The rule is simple:" names nobody


def personal_label(name: str, book: SpeakerBook) -> bool:
    """A label in title case that can be someone: a common given name ("Ann Lee:"), a role or
    group noun ("Historians:", "Spokesman:"), or a name the article gives a verb of saying
    ("Scholes:" where "Scholes said"), or one word that is no common word ("Ruiz:"). A topic
    ("Black Death:", "Election Strategy:", "Dinner:") names nobody."""
    parts = [w.strip(".,") for w in name.split()]
    if any(w in HE_NAMES or w in SHE_NAMES for w in parts):
        return True
    head = parts[-1].lower()
    if head in _ROLES or head.removesuffix("s") in _ROLES or groupish(head) or (
        parts[0] in _TITLES
    ):
        return True
    if len(parts) == 1 and not book.common_word(parts[0]):
        return True  # "Ruiz: “...”", a headline's surname; not "Dinner:", a common word
    return book.speaks(name)


_TITLES = words(
    "Mr Mrs Ms Dr Sen Rep Gov President Senator Governor Judge Justice Rev Father Pope "
    "Bishop Cardinal Archbishop Prof Professor Gen General Secretary Minister Mayor Sheriff"
)


def _label_only(text: str, lo: int, subj: re.Match[str] | None, colon: int) -> bool:
    """The subject is all the clause before the colon: a label, with no verb of its own."""
    return subj is not None and not text[lo : subj.start()].strip() and (
        not text[subj.end("np") : colon].strip(" ’'\"“”‘")
    )


def _owned_thing(np: list[str], book: SpeakerBook) -> bool:
    """A label naming something of someone's ("Candidate’s True Politics:", "The Mayor’s
    Plan:"), not a person: a possessive before a head that is no speaker noun and no name
    the page knows ("Breitbart’s Joel Pollak:" is a person)."""
    return (
        any(w.endswith(("’s", "'s")) for w in np[:-1])
        and not speaker_head(np[-1].lower())
        and book.known_as(np[-1]) is None
    )


_NEXT_WORD = re.compile(r"\s([a-z][\w\-]*)")
_WHICH_OPENS = re.compile(r"\s*(?:to|at|after|upon|on|in|with)\s+which(?:\s+point)?\s")
# An absolute clause that ends on the colon: "with Trump reportedly yelling:", "with the
# mayor adding:".
_WITH_DOER = re.compile(
    rf"\b[Ww]ith\s+(?P<np>{NAME}|(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*)"
    r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\s*$"
)


def _apposed_to(
    text: str, before: int, clause: int, np_end: int, colon: int
) -> tuple[str, str] | None:
    """(name, appositive) when the phrase opening `clause` is set off by commas right after
    a clause that is only a speaker's phrase ("Rep. Ann Voss, Republican of Ohio, said")."""
    if text[clause - 2 : clause].strip() != ",":
        return None
    if not text.startswith(",", np_end):
        # "Mitt Romney, the 2012 Republican presidential nominee, tweeted": the phrase's
        # head is lower case after its capitals, up to the comma
        rest = _APPOSED_REST.match(text, np_end, colon)
        if rest is None or any(w.endswith("ed") for w in rest.group(0).split()):
            return None
        np_end = rest.end() - 1
    prev = subject_at_start(text, before, colon)
    if prev is None or text[prev.end("np") : clause].strip() != ",":
        return None
    np = trim_openers(prev.group("np"))
    if not np[:1].isupper() or not speaker_head(np.split()[-1]):
        return None
    return np, text[prev.end("np") : np_end + 1]


_APPOSED_REST = re.compile(r"(?:\s+[a-z][a-z\-]*){1,3},")
_ROLES = frozenset(ROLE_WORDS.split("|"))
# Two or more capitalised words, none an initial, right before the colon
_NAME_BEFORE_COLON = re.compile(
    r"(?<![\w’'.\-])(?P<name>[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*)+)\s*$"
)
# Verbs of speaking with no reported object, which no cue list holds.
_SPEAKS = words("Speaks Talks Testifies Reacts")


def _without_verb(name: str) -> str | None:
    """A label that is a headline's subject and verb ("Mayor Lind Warns:") without the verb;
    None for someone it leaves unnamed ("A Sister Speaks:")."""
    parts = name.split()
    if len(parts) > 1 and (capitalised_inflection(parts[-1]) or parts[-1] in _SPEAKS):
        parts = parts[:-1]
        if parts[0] in {"A", "An", "One"}:
            return None
    return " ".join(parts)


_SPEECH_OPENERS = words(
    "Said Stated Added Continued Explained Noted Replied Responded Countered Concluded "
    "Recalled Declared Insisted Tweeted Wrote Asked Answered Remarked Observed Argued"
)
_NOT_SPEAKING = words(
    "Watch Video Read More Below Here Statement Statements Transcript Full Text Update Note "
    "Editor Photo Photos Live Breaking News Tweet Tweets Post Excerpt Excerpts Highlights "
    "Below Above Following Subscribe Sign Click Related Source Sources Quote Quotes Says Said"
)
_DASH_LABEL = re.compile(
    r"(?:^|\s[-–—]+\s*(?:More from\s+)?)(?P<name>[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|and|&))*)"
    r"\s*:$"
)
# (a closing quote may be doubled apostrophes, as some papers print them: "yours.'' He")
_SENTENCE_END = re.compile(r"[.!?](?:''|[\"”’])?\s+")
_CLAUSE_BREAK = re.compile(r"[,;]\s+|\s*(?:[—–]|--)\s*")


# "Clinton told the audience of Trump’s descriptions of women as “pigs”": a quote that a
# speaker's report introduces as another person's words is that person's.
_INNER_WORDS = re.compile(
    r"(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})[’']s?\s+(?:[a-z][\w\-]*\s+){0,3}?"
    r"(?:descriptions?|words|remarks?|comments?|refrain|slogan|phrase|line|quip|claims?|"
    r"promises?|pledge|vow|characterizations?|labels?|insults?|tweets?|speech|statements?|"
    r"rhetoric|catchphrase|motto|nicknames?|terms?|mantra|boast|taunts?|jibes?|jabs?)\b"
)
_AS_QUOTE = re.compile(r"(?:(?![,:;—–]|\b(?:is|are|was|were)\b).)*\bas\s*$")
# Only a noun that takes "as" itself makes the quote the words described ("descriptions of
# women as"); after "remarks" or "rhetoric" the "as" is the verb's: "Hollande denounced Trump’s
# remarks as “hurtful”" is Hollande's verdict.
_AS_NOUNS = re.compile(
    r"(?:descriptions?|characteri[sz]ations?|depictions?|portrayals?|references?|labels?)\b"
)


def recounted_speaker(
    text: str, cue_end: int, start: int, book: SpeakerBook
) -> tuple[str | None, SpeakerHow] | None:
    """Whose words a quote inside a report is, when the report introduces them as another
    person's ("Clinton told the audience of Trump’s descriptions of women as “pigs”": Trump's);
    None when the quote is the reporting speaker's own."""
    found = list(_INNER_WORDS.finditer(text, max(cue_end, start - 160), start))
    inner = found[-1] if found else None
    # "Ryan said Obama’s words “amount to ...”", "called Clinton’s remarks a “new low”": the
    # quote is the speaker's verdict on the words; only "as" makes it the words themselves
    if inner is None or not _AS_QUOTE.fullmatch(text, inner.end(), start):
        return None
    if not _AS_NOUNS.search(inner.group(0)):
        return None
    named = book.known_as(inner.group("name")) or trim_openers(inner.group("name"))
    return (named, "named") if named[:1].isupper() else (None, "unknown")


# A paragraph that is only a handle ("@RMAlvarado52."): the signature under a post an article
# reprints.
_SIGNATURE = re.compile(r"\s*(?P<name>@\w{2,30})\.?\s*")
# A reader's letter is signed by a name and the writer's town, on one line or two ("Debby
# James." then "Mission Viejo, Calif."; "— Ana Ruiz, Tucson, Ariz."). The town is what tells a
# signature from a title-case heading, so a name alone signs nothing.
_PLACE = r"[A-Z][\w’'\-]*\.?(?:\s+[A-Z][\w’'\-]*\.?){0,2},\s*[A-Z][\w]*\.?(?:\s+[A-Z][\w]*\.?)?"
_WRITER = re.compile(
    r"\s*(?:[—–\-]+\s*)?(?P<name>[A-Z][a-z’'\-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z’'\-]+|[JS]r\.)){1,3})"
    rf"(?:,\s*(?P<place>{_PLACE}))?\.?\s*"
)
_TOWN = re.compile(rf"\s*{_PLACE}\.?\s*")
_HEADING_WORDS = 3  # a paragraph this short is a heading ("TWITTER.", "Readers respond")
_RUN_GAP = 4  # signatures of one series stand at most this many paragraphs apart
# a letter runs to this many paragraphs: how far apart two signatures of a series stand, and
# how near a heading above the first must be for the first to sign back to it
_LETTER_REACH = 8


def _signature(paragraphs: list[str], i: int) -> tuple[str, int, bool] | None:
    """The name signing at paragraph i, the last paragraph of the signature (the town's,
    when it stands on a line of its own) and whether a town or handle proves it a signature;
    None when paragraph i signs nothing. A name alone ("Ernie Helton.") is only a candidate:
    a title-case heading looks the same."""
    p = paragraphs[i]
    if len(p) >= 60:
        return None
    if (m := _SIGNATURE.fullmatch(p)) is not None:
        return m.group("name"), i, True
    m = _WRITER.fullmatch(p)
    if m is None or _NOT_PEOPLE.search(m.group("name")):
        return None
    if m.group("place"):
        return m.group("name"), i, True
    nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
    if len(nxt) < 40 and _TOWN.fullmatch(nxt):
        return m.group("name"), i + 1, True
    # a name alone, with the period a signature line ends with ("Ernie Helton.")
    return (m.group("name"), i, False) if p.rstrip().endswith(".") else None


class Signature(NamedTuple):
    first: int  # the first paragraph it signs
    name: str  # the name or handle signing
    quotation: bool  # what it signs is a quotation (readers' quotes, not a letter)


def signatures(paragraphs: list[str]) -> dict[int, Signature]:
    """Posts and letters signed after their text: for each signature paragraph, the first
    paragraph it signs, the name or handle, and whether what it signs is a quotation. A page
    prints them as a series, so only a run of two signatures or more, each a few paragraphs
    from the next, is read. A signature signs the paragraphs since the one before it, or only
    the paragraph just above it where a heading stands between or it opens the run; a letter
    opening the run signs back to the heading above it ("LETTERS."), as a letter is several
    paragraphs under one. A quotation just above a signature is all it signs ("“...”" over
    "― Ana Ruiz, Tucson"): the marks say where the reader's words begin, so the page's own
    introduction above them stays the outlet's."""
    found: list[tuple[int, str, int]] = []
    proven: set[int] = set()  # the signatures a town or a handle proves
    i = 0
    while i < len(paragraphs):
        sig = _signature(paragraphs, i)
        if sig is not None:
            found.append((i, sig[0], sig[1]))
            if sig[2]:
                proven.add(i)
            i = sig[1]
        i += 1
    runs: list[list[tuple[int, str, int]]] = []
    for found_sig in found:
        reach = _RUN_GAP if found_sig[1].startswith("@") else _LETTER_REACH  # letters run longer
        if runs and found_sig[0] - runs[-1][-1][2] <= reach:
            runs[-1].append(found_sig)
        else:
            runs.append([found_sig])
    out: dict[int, Signature] = {}
    for run in runs:
        # names alone sign only in a series that a town or a handle proves a letters page
        # ("Martin Litwak." over "Olympia, Wash.", then "Ernie Helton."): elsewhere a run of
        # short title-case lines is headings
        if len(run) < 2 or not any(i in proven for i, _, _ in run):
            continue
        # a page of readers' quotations signs every one under its marks; a letter that
        # happens to end on a quotation keeps the paragraphs above it
        floors = [0, *(end + 1 for _, _, end in run[:-1])]
        quotes = [
            quotation_above(paragraphs, i, floor)
            for (i, _, _), floor in zip(run, floors, strict=True)
        ]
        quoted = all(q is not None for q in quotes)
        last = -1
        for (i, name, end), first in zip(run, quotes, strict=True):
            if quoted and first is not None:
                out[i] = Signature(first, name, True)
            elif i > 0 and i - 1 != last:
                block = range(last + 1, i)
                if last < 0 and not name.startswith("@"):
                    block = range(_heading_above(paragraphs, i), i)
                whole = (last >= 0 or not name.startswith("@")) and all(
                    len(paragraphs[j].split()) > _HEADING_WORDS for j in block
                )
                out[i] = Signature(block.start if whole else i - 1, name, False)
            last = end
    return out


def quotation_above(paragraphs: list[str], i: int, floor: int) -> int | None:
    """The paragraph where a quotation ending just above paragraph i opens, not above
    `floor`; None when the paragraph above is not wholly a quotation. A quotation over several
    paragraphs opens each with a mark and closes only the last (the printers' convention)."""
    j = i - 1
    if j < floor or not (
        opens_with_quote(paragraphs[j]) and _WHOLE_QUOTE_END.search(paragraphs[j])
    ):
        return None
    while j > floor and opens_with_quote(paragraphs[j - 1]) and not _WHOLE_QUOTE_END.search(
        paragraphs[j - 1]
    ):
        j -= 1
    return j


# a paragraph closing with its quotation: a closing mark, then at most a stop
_WHOLE_QUOTE_END = re.compile(r"[”\"’»]\W{0,2}\s*$")


def _heading_above(paragraphs: list[str], i: int) -> int:
    """The paragraph after the nearest heading above paragraph i, within reach; i - 1 when
    none is near (then only the paragraph just above is signed)."""
    for j in range(i - 1, max(-1, i - 1 - _LETTER_REACH), -1):
        if len(paragraphs[j].split()) <= _HEADING_WORDS:
            return j + 1
    return 0 if i <= _LETTER_REACH else i - 1


# A document that speaks ("the note says", "the letter reads") speaks for whoever wrote it, when
# the text named them with it: "a handwritten note from Donald J. Trump", "Park's letter".
_DOCUMENTS = (
    r"note|notes|letter|letters|memo|memos|memorandum|email|e-mail|emails|message|messages|"
    r"card|postcard|telegram|text"
)
_DOCUMENT_SUBJECT = re.compile(
    rf"(?i:the|this|that|one|another)\s+(?:[a-z\-]+\s+)?(?P<doc>{_DOCUMENTS})"
)  # "One message ... said": one of the messages the text named
_NOUN_GAP = r"(?:[\w,\-]+\s+){0,3}?"  # modifiers: "a framed, handwritten note"
_WROTE = r"(?:posted|sent|wrote|left|published|tweeted|emailed|texted|signed)"


def document_author(
    text: str, speaker: str | None, before: int, book: SpeakerBook
) -> Speaker | None:
    """The writer of the document a speaker phrase names ("the note"), from where the text
    before `before` named the document with its writer: "a note from X", "a letter signed by
    X", "X's note"; None when the phrase names no document or nobody was named with it."""
    if not speaker:
        return None
    subj = _DOCUMENT_SUBJECT.fullmatch(speaker)
    if subj is None:
        return None
    doc = re.escape(subj.group("doc").lower().removesuffix("s"))
    found = list(
        re.finditer(
            rf"\b(?i:{doc})s?\s+(?:(?:sent|written|signed)\s+)?(?:from|by)\s+(?P<a>{NAME})"
            rf"|(?P<b>{NAME})[’']s?\s+{_NOUN_GAP}(?i:{doc})s?\b"
            # "Mateen also posted messages on Facebook": who wrote or sent them
            rf"|(?P<c>{NAME})\s+(?:(?:[a-z]+ly|also|then|later)\s+)?{_WROTE}\s+"
            rf"{_NOUN_GAP}(?i:{doc})s?\b",
            text[:before],
        )
    )
    if not found:
        return None
    last = found[-1]
    who = book.resolve(last.group("a") or last.group("b") or last.group("c"))
    return who if who.name else None


# "“...,” Hannity started.": a quote closed by a comma (or ? or !) and then a name and one verb
# ending the sentence. Any verb there tells who spoke (started, chimed in, shot back), though
# it is no verb of saying on its own.
# The verb may invert ("“...!” beamed Ann Lee of Madison.") and the sentence may go on with
# how or when it was said ("..., Ann Lee gushed as she waved.", "..., Lee scoffed, waving").
_TAIL_TAG = re.compile(
    rf"\s+(?P<name>{NAME})\s+(?:[a-z]+ly\s+)?[a-z]+ed(?:\s+(?:in|up|on|back))?"
    r"(?:\s*(?:[.!](?=\s|$)|$)|\s*,\s+[a-z]+ing\b|\s+(?:as|while|when)\s)"
    rf"|\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?P<after>{NAME})(?=\s*(?:[,.;!?](?=\s|$)|$))"
)


# A dash and a name closing the paragraph right after a quotation: its author's credit.
_DASH_CREDIT = re.compile(rf"\s*[—–\-]{{1,2}}\s*(?P<name>{NAME})\s*(?:,[^.“”\"]{{0,80}})?\.?\s*$")


def tail_speaker(text: str, start: int, end: int, book: SpeakerBook) -> Speaker | None:
    """Who speaks a quote that a name and a verb close ("“...,” Hannity started."); None when
    the quote does not end its clause with a comma, ? or ! or no name follows."""
    credit = _DASH_CREDIT.match(text, end) if start < end else None
    if credit is not None:
        # "“How absurd to ...!” -Ann Lee" closing the paragraph: an epigraph and its author
        who = book.resolve(credit.group("name"))
        return who if who.name else None
    if start == end or text[start:end].rstrip("”\"’'")[-1:] not in {",", "?", "!"}:
        return None
    tail = _TAIL_TAG.match(text, end)
    if tail is None:
        return None
    who = book.resolve(tail.group("name") or tail.group("after"))
    return who if who.name else None


# A post's length limit: a post reprinted a sentence per line, signed under its last line,
# runs back over at most this many characters of text (links left out); 140 for a post
# dated before November 2017, when Twitter doubled its limit.
POST_CHARS, OLD_POST_CHARS = 280, 140
_LINK = re.compile(r"\S*https?://\S+|\bpic\.twitter\.com/\S+")
_CREDIT_DATE = re.compile(
    r"\(@\w+\)\s*(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+\d{1,2},\s+(?P<year>\d{4})"
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def post_limit(credit: str) -> int:
    """The length limit of the post a credit line signs, by its date."""
    m = _CREDIT_DATE.search(credit)
    if m is None or m.group("month") not in _MONTHS:
        return POST_CHARS
    when = (int(m.group("year")), _MONTHS.index(m.group("month")) + 1)
    return OLD_POST_CHARS if when < (2017, 11) else POST_CHARS


_INNER_STOP = re.compile(r"[.!?][”\"’']?\s+[“\"]?[A-Z]")


def sentence_per_line(paragraphs: list[str]) -> bool:
    """A page printed a sentence per line (as PTC prints its articles): hardly any longer
    paragraph holds a second sentence."""
    longer = [p for p in paragraphs if len(p) >= 60]
    return len(longer) >= 5 and sum(
        _INNER_STOP.search(p) is not None for p in longer
    ) <= 0.2 * len(longer)


def post_lines(paragraphs: list[str], signed: int, name: str, per_line: bool) -> int:
    """The first paragraph of a post whose signature ("— Ana Ruiz (@anaruiz) May 2, 2018")
    stands in or under paragraph `signed - 1`, on a page that prints a sentence per line
    (elsewhere a post is a paragraph): back while the lines fit in one post, up to a line that
    introduces something (ends with ":"), names the poster (narration about the post), holds
    another post's credit or is empty. `per_line`: `sentence_per_line(paragraphs)`."""
    if not per_line:
        return signed - 1
    last = name.split()[-1]
    limit = post_limit(paragraphs[signed]) if signed < len(paragraphs) else POST_CHARS
    total = 0
    first = signed
    for j in range(signed - 1, -1, -1):
        text = _LINK.sub("", paragraphs[j]).strip()
        total += len(text)
        if (
            not text or total > limit or text.endswith(":") or "(@" in text
            or re.search(rf"\b{re.escape(last)}\b", text)
        ):  # "(@": another post's credit
            break
        first = j
    return first
