"""Attribution: reporting verbs, who they belong to, and how far what they report runs.

`find_attributions(text, sentences, quotes, book)` reads one paragraph (or a headline) and
returns every attribution it finds: the cue ("said", "accused", "according to", "a poll
found"), the speaker (named, or a pronoun or role noun resolved by the `SpeakerBook`) and the
content's extent. The mechanism is clause structure, not a list of phrasings:

1. A cue is any form of a reporting, thinking or finding verb (`cues`), unless it is used as
   a noun ("strong support for") or with a particle that makes it another verb ("added to").
2. Its speaker is the noun phrase just before it (over an appositive, "who", auxiliaries and
   adverbs), or, inverted, just after it ("..., said the Rev. Al Sharpton."); a participle
   ("adding", "saying") or a verb after "and" takes the subject of its sentence.
3. The content is what follows the cue (past an addressee, a colon and adverbials such as
   "in a statement"), to the end of the sentence; a cue that closes its sentence ("...,
   Trump said.") reports what came before it, one in mid-sentence both sides, and a verb
   whose object is usually a thing ("backed the bill") only a that-clause or a quotation.
4. "according to X" reports the rest of its sentence, a noun of saying ("criticism that",
   "Trump's claims that") its "that" clause; "X said:" closing a paragraph hands the
   next paragraph to X.
A sentence never ends inside a quotation, so a quote of several sentences is one content.
"""

from __future__ import annotations

import bisect
import re

from ..models import SpeakerHow
from .clauses import (
    OBJECT_VERBS,
    end_at_absolute,
    end_at_appositive,
    end_at_comma,
    end_at_dashed_manner,
    end_at_reason,
    end_label,
    end_object,
    end_subordinate,
    fronted,
    inside,
    manner_closes,
    occasion_to,
    past_manner,
    purpose_in_absolute,
)
from .cues import (
    ADDRESS,
    ADDRESSEE,
    APPEARS_AT,
    AS_CLAUSE,
    AS_NEXT,
    AS_ONLY,
    ASIDES,
    ATTITUDES,
    BE_BEFORE,
    CATENATIVE,
    CHARACTERIZE,
    CLAUSE_VERBS,
    FINITE_NEXT,
    FORMS,
    INVERTS,
    JUDGE_AS,
    LEAD,
    NOT_CHAIN_HEADS,
    NOT_PARTICIPLE,
    NOUN_NEXT,
    NOUNISH,
    OBJECT_THEN_AS,
    PARTICLES,
    PAST_AS_BASE,
    THAT_ONLY,
    TO_OBJECT,
    TO_PARTICLE,
    find_cues,
)
from .speakers import (
    INDEFINITES,
    NAME,
    OPENERS,
    PRONOUNS,
    TITLE_ABBREV,
    Speaker,
    SpeakerBook,
    phrase_head,
    subject_after,
    words,
)
from .subjects import Subject, speaker_head, subject_before
from .tags import (
    FRONTED_CLAUSE,
    SAYING_NOUN,
    Attribution,
    borrow_speakers,
    cut_at_according,
    cut_at_asides,
    cut_at_clause_ends,
    cut_at_closing_tags,
    cut_at_later_subjects,
    cut_at_outer_content,
    drop_object_clauses,
    mention,
    noun_attribution,
    they_subject,
    titled_quote,
)

# A passive view's agent before its "as": "dismissed by the media and voters as".
_AGENT_AS = re.compile(r"\s+by\s+(?P<np>[^\s,;:.!?“”\"][^,;:.!?“”\"]{0,60}?)\s+as\s")
# ... but not a time or a clause: "by the time it passed as", "by then".
_NOT_AGENT = re.compile(
    r"^(?:the\s+)?(?:time|end|then|now|far|way|\d)|\b(?:it|he|she|they|we|I|you)\b", re.I
)
# ... or after the label: "denounced as nativists by party elites, many of whom".
_AGENT_AFTER = re.compile(
    r"\s*by\s+(?P<np>[^\s,;:.!?“”\"][^,;:.!?“”\"]{0,60}?)\s*(?:[,;:.!?“”\"]|$|\s+(?:who|whom|"
    r"which|that|in|on|at|during|after|before|last|this|over|for|because)\b)"
)
_PARTICIPLE_END = re.compile(r"\w(?:ed|en)\s*$")
_REDUCED_RELATIVE = re.compile(
    r"\w\s*(?:,|[—–]|--)\s+(?:(?:[a-z]+ly|long|often|once|also|still)\s+)?$"
)
_AGENT_TAIL = re.compile(r"(?:\s+(?:already|also|often|now|long|still|[a-z]+ly))+$")
_QUANTIFIERS = words("some many others most few several all")
_HAVE_BE = re.compile(r"\b(?:has|have|had|having|is|are|was|were|be|been|being)\b|[’']s\b")
_BE = re.compile(r"\b(?:is|are|was|were|be|been|am|being)\b|[’']s\b")
# A form of "be" in a subject's tail ("is now saying", "he’s saying"); a possessive before a
# name ("The Blaze’s Matt Walsh provided ..., saying") is none.
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|am|being)\b|[’']s\b(?!\s+[A-Z])")
_REPORTED = re.compile(r"\s*(?:,\s*)?(?:that\b|[“\"‘:']|whether\b)")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
# The source after "according to" runs to the clause's end ("a poll by the A.F.L.-C.I.O.
# released Thursday", "a report in the Des Moines Register"), over abbreviations' periods.
_ACC_NP = re.compile(
    rf"(?P<np>(?:\b(?:{TITLE_ABBREV})\.\s+|[^,.;:!?“”\"()]|\.(?=[^\s.]))+?)"
    r"(?=\s*(?:[,;:!?“”\"()]|\.(?:\s|$))|\s+(?:who|which|that|even|while|but|and)\s|\s*$)"
)
# A sentence that opens with the poll it reports: "In a CBS News poll released Monday, 52
# percent backed ...": what follows the comma is the poll's finding, as after "according to".
_IN_POLL = re.compile(
    r"\s*In\s+(?P<np>(?P<poll>(?:an?|the|this|that|its|their)\s+(?:[^\s,;:“”\"]+\s+){0,6}?"
    r"(?:[Pp]oll|[Ss]urvey))(?:\s+(?:released|published|conducted|taken|of|among|by|for|from)\b[^,;:“”\"]{0,60})?)"
    r"\s*,\s*"
)
# A speech event with no owner named: "an interview with The Times", "remarks to reporters".
_EVENT_SOURCE = re.compile(
    r"(?:an?|the)\s+(?:\w+\s+)?(?:interview|speech|remarks|testimony|appearance|statement)"
    r"(?:\s+(?:with|to|on|at|in|before)\b|\s*$)"
)
# A dateline opening a story: a place in capitals, a date, an agency, a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z.\-]+(?:\s+[A-Z][A-Z.\-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([\w ]+\)\s*)?[—–-]+\s*"
)
_WINDOW = 300
_CLAUSE_GOES_ON = re.compile(r"\s+(?:is|are|was|were|must|should|would|will|could|can|may|might|"
                             r"had|has|have|do|does|did|of|in|from|that)\b")
# Narration after a closing tag: a place or time ("..., Ruiz said in Paris on Tuesday").
_ADJUNCT = re.compile(
    r"\s*(?:in|on|at|during|after|before|while|last|this|earlier|later|yesterday|today|"
    r"tonight)\b(?!\s+(?:that|whether|least|most|fact|part|addition|general|particular)\b)"
    # a time phrase: "the day after", "hours before", "shortly after"
    r"|\s*(?:the\s+(?:day|night|morning|evening|week)|(?:hours|days|minutes|weeks|months|"
    r"moments|shortly|soon|just|only|long))\s+(?:after|before)\b"
)

# A word in -ing after a possessive, past one modifier, is a noun whose owner speaks ("his
# stern warning that", "Rubio's warning that").
_DETERMINED = re.compile(
    r"\b(?P<owner>his|her|their|(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*(?=[’']s?\s))(?:[’']s?)?"
    r"\s+(?:[a-z]+\s+)?$"
)
_OWNER = {"his": "he", "her": "she", "their": "they"}
# Verbs of writing whose object may be the thing written, and "consider" whose object may be
# the thing thought about; after a preposition, with a determiner next ("after writing a
# scathing op-ed", "when considering the history of the theater"), they tell what someone did.
_WRITE = frozenset({"write", "post", "tweet", "retweet", "consider"})
_THING = re.compile(r"\s+(?:a|an|the|his|her|their|its|this|these|those)\s")
_QUOTED_AS = re.compile(
    r"\s+(?P<np>[A-Z][^,;:“”\"]{0,60}?)(?:,[^,;:“”\"]{1,80},)?\s+as\s+(?:saying|telling|writing)\b"
)
# A verb whose object is moved to act, the object, and "to" before the cue.
_CONTROL = re.compile(
    r"\b(?:prompt(?:s|ed|ing)?|l(?:ead|eads|ed|eading)|caus(?:e|es|ed|ing)|"
    r"spur(?:s|red|ring)?|provok(?:e|es|ed|ing)|inspir(?:e|es|ed|ing)|compel(?:s|led|ling)?|"
    r"forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|"
    r"convinc(?:e|es|ed|ing)|driv(?:e|es|ing)|drove)\s+"
    r"(?P<np>(?:[\w’'\-.]+\s+){0,4}?[\w’'\-.]+)\s+to\s+$"
)
_WHAT = re.compile(r"\b(?i:what)\s+$")
_THAT = re.compile(r"\s*(?:,\s*)?(?P<that>that)\b")
_COMMA = re.compile(r"\s*,")
# A clause of its own right after the cue, with no "that": a subject (a pronoun, or a
# determined phrase of a few words) and its finite verb ("said the case would close").
_PLAIN_CLAUSE = re.compile(
    r"\s+(?P<that>(?:he|she|they|it|we|I|you|there|(?:the|a|an|his|her|their|its|this|these|"
    r"those|our)(?:\s+[\w’'\-]+){1,4}?)\s+(?:is|was|are|were|has|have|had|will|would|could|"
    r"can|should|may|might|must|did|does|do)\b)"
)
_ADJUNCT_START = re.compile(r"\s(?i:in|during|after|before|while|because)\s")
_WITH_END = re.compile(r"\bwith\s+$")
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>[^\s,;][^,;]*)$")
_RELATIVE = re.compile(r"\s*(?:who|whose|which)\b")
_FIRST_CHAR = re.compile(r"\s*(\S)")
_PASSIVE = re.compile(
    # a contracted "is" after "it" and "are" after a plural pronoun too: "It's said that",
    # "they're criticized" (after "he" or "she", 's is mostly "has": "she's said the plan")
    r"(?:\b(?:was|were|is|are|be|been|being|am|get|got)|"
    r"(?<=\bit)['’]s|(?:(?<=\bthey)|(?<=\bwe)|(?<=\byou))['’]re)\s+"
    # "are often derided", "was also criticized"
    r"(?:(?:[a-z]+ly|often|also|still|never|always|even|again|sometimes|already)\s+)?$",
    re.IGNORECASE,
)  # "was criticized", "Just Got Asked" in a headline
# A preposition just before a verb's would-be subject makes the phrase its object.
_PREP_END = re.compile(
    r"\b(?i:after|before|since|until|following|of|in|on|at|from|during|amid|despite|over|"
    r"about|against|to|by)\s+$"
)
# "and warned", "but now said": a verb coordinated with the sentence's first
_COORD = re.compile(
    r"(?:,?\s+(?:and|but|then)|;)(?:\s+(?:now|also|later|then|still|again|even|quickly|instead))?"
    r"(?:\s+(?:on|last|this|earlier)\s+[A-Z]?[a-z]+)?\s*$"  # "but on Tuesday wrote"
)
_WORD = re.compile(r"\w")
_REPORTED_NEXT = re.compile(
    r"\s+(?:said|told|wrote|called|claimed|accused|described|showed|suggested|warned|urged|"
    r"argued|blamed|branded|labell?ed|dubbed|mocked|praised|critici[sz]ed|attacked|denounced|"
    r"condemned|alleged|insisted|stated|noted|added|asked|demanded|charged|compared|cited)\b"
)
_PLURAL_NEXT = re.compile(
    r"\s+(?!(?:is|was|has|its|his|this|us|as|thus|always|perhaps|unless|less|across|various|"
    r"yes|news|whereas|besides|towards|afterwards)\b)[a-z][a-z\-]*[^s\W]s\b(?!\s+(?:that|to)\b)"
)
_VERB_AS_SUBJECT = re.compile(r"\b(and|or|it|he|she|they|we|you|i)\s+$", re.IGNORECASE)
_COUNTED = re.compile(
    r"\b(?:the|these|those|their|its|our|your|my|some|many|several|both|few|\d+|two|three|"
    r"four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+$",
    re.IGNORECASE,
)
_CLAUSE_PRONOUN = re.compile(r",\s+(?:but|and|yet)\s+(?:he|she)\s")
# A gerund after a preposition ("tried to calm them by telling them") has the subject of the
# clause it sits in, not the sentence's first tag ("As Politico reported, ... Clinton tried").
_ONE_AFTER = re.compile(r"\s+(?:one|another)\b(?=\s*[.,;!?]|\s*$)")
_PREP_OBJECT = re.compile(
    r"\b(?i:for|about|against|among|toward|towards|upon|into)\s+$"
)
_PREP_BEFORE = re.compile(r"\b(?:by|while|after|before|without|upon|when|since|for)\s+$")
# "the candidate who launched his campaign by declaring that": a gerund after a preposition in
# a relative clause has the clause's subject, the noun before "who"
_RELATIVE_GERUND = re.compile(
    r"\s*,?\s*who\s+[^,;:“”\"]*?\b(?:by|after|before|while|when|in|without|since)\s+"
)


# "Senator Ann Lee, a Vermont Republican who faces a hard race, used the lunch to complain":
# a description in apposition after a name, as the verb's subject, stands for that name.
_NAME_APPOSED = re.compile(rf"(?:^|[;:(—–]\s*)(?P<name>{NAME}),\s*$")


def _apposed_name(text: str, s_start: int, np_start: int, np: str, cue: int) -> str | None:
    # the apposition closes with a comma before the verb ("Clinton, a top aide said," is a
    # tag of the aide's); a phrase opening the sentence ("In May, a federal judge",
    # "However, a poll") is none
    if np_start - s_start > 160:
        return None
    if np.split()[0].lower() not in {"a", "an"} or "," not in text[np_start:cue]:
        # "said Bob Lee, a delegate and Clinton supporter who has accused ...": a relative
        # clause's "who" after a description in apposition to a name is that name's
        if not _WHO_BETWEEN.match(text, np_start + len(np), cue):
            return None
        m = _DESCRIBED_NAME.search(text, s_start, np_start + len(np))
        first = m.group("name").split()[0] if m else ""
        return None if m is None or first in OPENERS or first.lower() in _PREPOSITIONS else (
            m.group("name")
        )
    if np_start - s_start > 120:
        return None
    m = _NAME_APPOSED.search(text[s_start:np_start])
    if m is None:
        return None
    first = m.group("name").split()[0]
    return None if first in OPENERS or first.lower() in _PREPOSITIONS else m.group("name")


_PREPOSITIONS = words("in on at by for from with during after before since until under")
_WHO_BETWEEN = re.compile(r"\s*who\b")
_HIM = re.compile(r"\b(?i:him|himself)\b")
_HERSELF = re.compile(r"\b(?i:herself)\b|\bher\s+(?=of|to|for|as|with|in|on|at|\W)")
# A subject's tail that is a clause of its own before a participle: "., Mr. Trump was just as
# blunt, " (after "Beaumont, Tex"); its last phrase may name a place with its state or country
# ("As they met in Ottawa, Trump was 340 miles away in Bangor, Maine, promising").
_CLAUSE_IN_TAIL = re.compile(
    rf"\.?,\s+(?P<np>{NAME})\s+(?:was|is|were|are|has|had|did|seemed|appeared|went)\b"
    r"[^,;:“”\"]*(?:\b(?:in|at|near|from|outside)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,\s+[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)*)?,\s*$"
)
# "to leave ", "to reach ": an infinitive right before a phrase makes it the verb's object.
_INFINITIVE_BEFORE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|be|have|"
    r"what|which|whom|who|where|when|how|why|whose|whatever)\s)"
    r"[a-z]{2,}\s+$"
)
# A name after a tag or a clause's start, then a description up to the phrase: "said Bob Lee,
# a delegate and ", "— Ann Ruiz, the mayor's aide and ".
_DESCRIBED_NAME = re.compile(
    rf"(?:^|[;:(—–]\s*|\b(?:said|says|added|wrote|writes|told\s+\w+)\s+)(?P<name>{NAME}),\s*"
    r"(?i:an?|the)\s+[^,;:“”\"()]*$"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a span past surrounding spaces and commas; None when no word is left."""
    while start < end and text[start] in " ,;:—–-\t":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\t":
        end -= 1
    return (start, end) if _WORD.search(text, start, end) else None


def _opens_in_quote(
    text: str, pos: int, quotes: list[tuple[int, int, bool]], starts: list[int]
) -> bool:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and quotes[i][0] <= pos < quotes[i][1]


def find_attributions(
    text: str,
    sentences: list[tuple[int, int]],
    quotes: list[tuple[int, int, bool]],
    book: SpeakerBook,
    headline: bool = False,
) -> list[Attribution]:
    """Every attribution in one paragraph, in order of its cue."""
    out: list[Attribution] = []
    starts = [q[0] for q in quotes]
    for s_start, s_end in sentences:
        dateline = _DATELINE.match(text, s_start, s_end)
        if dateline is not None:
            s_start = dateline.end()  # "PHILADELPHIA, July 25 (UPI) — ": no subject in it
        in_sentence: list[Attribution] = []
        opens_in_quote = _opens_in_quote(text, s_start, quotes, starts)
        if not opens_in_quote and _CLAUSE_PRONOUN.search(text, s_start, s_end):
            # the person a sentence opens with is who a "he" of its second clause stands for
            # ("Rep. Devin Nunes ... didn't second-guess it, but he did call for")
            mention(text, s_start, s_end, book)
        for m in _ACCORDING.finditer(text, s_start, s_end) if "ccording" in text else ():
            if inside(m.start(), quotes, starts):
                continue
            np = _ACC_NP.match(text, m.end(), min(s_end, m.end() + 120))
            if not np:
                continue
            source = np.group("np").split()
            # "according to the “...” document": a source cut short names nobody
            cut = len(source) == 1 and source[0].lower() in {"the", "a", "an", "his", "her", "its"}
            if _EVENT_SOURCE.match(np.group("np")):
                # "according to an interview with The Times at the time": the interview is
                # the last named person's, as a "he" or "she" would be
                who = book.resolve("he") if book.last_person() else book.resolve(None)
            else:
                who = book.resolve(None if cut else np.group("np"))
            a = Attribution((m.start(), np.end()), "according to", who.name, who.how)
            lead = _trim(text, s_start, m.start())
            if lead:
                a.content.append(lead)
            rest = _trim(text, np.end(), s_end)
            if rest and text[np.end() : np.end() + 2].strip()[:1] in {",", ""}:
                a.content.append(rest)
            in_sentence.append(a)
        for cue in find_cues(text, s_start, s_end, headline):
            if inside(cue[0], quotes, starts):
                continue  # a cue inside a quotation is the quoted speaker's own words
            verb = _verb_attribution(text, (s_start, s_end), cue, book, in_sentence, quotes)
            if verb is not None:
                in_sentence.append(verb)
        for m in SAYING_NOUN.finditer(text, s_start, s_end) if "that" in text else ():
            if not inside(m.start(), quotes, starts) and not any(
                a.cue[0] < m.end() and m.start() < a.cue[1] for a in in_sentence
            ):
                in_sentence.append(noun_attribution(text, (m.start(), m.end()), s_end, book))
        if in_sentence:  # (most sentences have no tag: these steps would find nothing to do)
            in_sentence.sort(key=lambda a: a.cue)
            drop_object_clauses(text, in_sentence, INVERTS)
            borrow_speakers(text, (s_start, s_end), in_sentence, book)
            _role_from_sentence(in_sentence)
        reported = any(a.content for a in in_sentence)  # ("backed the plan" reports nothing)
        poll = _IN_POLL.match(text, s_start, s_end) if not reported else None
        finding = _trim(text, poll.end(), s_end) if poll is not None else None
        if poll is not None and finding is not None:
            who = book.resolve(poll.group("poll"))  # "released Monday" names no one
            a = Attribution((poll.start("np"), poll.end("np")), "according to", who.name, who.how)
            a.content.append(finding)
            in_sentence.append(a)
            out.append(a)
        if not in_sentence and not opens_in_quote:
            # a quotation's words are speech, not narration naming the next "he" ("“Too
            # forced?” He tweeted")
            mention(text, s_start, s_end, book)
        if in_sentence:
            cut_at_clause_ends(in_sentence)
            cut_at_asides(text, (s_start, s_end), in_sentence)
            _cut_at_contrast(text, in_sentence, quotes, starts)
            _cut_at_reason(text, in_sentence, quotes, starts)
            cut_at_closing_tags(in_sentence)
            cut_at_later_subjects(text, in_sentence)
            cut_at_according(in_sentence)
            _cut_at_found_objects(text, in_sentence)
            _cut_at_fronted_clause(text, s_start, s_end, in_sentence)
            _cut_at_parenthesis(text, in_sentence)
            cut_at_outer_content(in_sentence)
            out.extend(in_sentence)
            if not opens_in_quote:
                _promote_reporter(text, in_sentence, book)
                _mention_main_subject(text, s_start, s_end, in_sentence, book)
                _mention_later_subject(text, in_sentence, book)
    return out


# Roles that name the one who acts, not someone who speaks for another.
_PRINCIPALS = words(
    "candidate nominee contender challenger hopeful front-runner frontrunner senator governor "
    "congressman congresswoman president mayor businessman businesswoman billionaire mogul "
    "tycoon"
)


def _role_from_sentence(atts: list[Attribution]) -> None:
    """"The “dirty tricks” that Ben Carson accused Cruz's campaign of ... are not ..., the
    candidate said": a role noun the article never gave anyone ("the candidate", left as the
    phrase) stands for the one person the same sentence names as a speaker."""
    for a in atts:
        if not (a.how == "role_noun" and a.speaker and a.speaker.startswith("the ") and (
            a.speaker.islower() and a.speaker.split()[-1] in _PRINCIPALS
        )):
            continue  # "the spokesman said" may well report another's act: only a principal
        # only a name inside what the role's own tag reports ("Park said the mayor told him"
        # is two people: the mayor is named inside Park's report, not the other way round)
        named = {
            b.speaker for b in atts
            if b.speaker and b.how == "named" and b.speaker[:1].isupper()
            and any(s <= b.cue[0] < e for s, e in a.content)
        }
        if len(named) == 1:
            a.speaker = next(iter(named))


# ", and by the summer, Ruiz was still unsure": a clause of its own whose subject is a name,
# after "and" or "but" and maybe an opening phrase with its comma.
_LATER_NAMED_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:[^,;:“”\"]{1,40},\s+)?"
    rf"(?P<np>(?:(?:{TITLE_ABBREV})\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,2}})"
    r"\s+(?:[a-z]+ly\s+)?(?:was|is|were|are|had|has|did|would|will|could|[a-z]+ed)\b"
)
_THAT_WORD = re.compile(r"\bthat\b")


def _mention_later_subject(text: str, atts: list[Attribution], book: SpeakerBook) -> None:
    """"No one outside the board knew of the plan, and by June, Ruiz was still unsure.": a
    name that opens a clause of its own after the sentence's last tag (with no "that" to make
    it reported) is the last person named, whom the next "she" stands for."""
    a = atts[-1]
    if not a.content or a.lemma == "according to":
        return
    m = _LATER_NAMED_CLAUSE.search(text, a.cue[1], a.content[-1][1])
    if m is None or _THAT_WORD.search(text, a.cue[1], m.start()):
        return
    if m.group("np").split()[0] not in OPENERS:
        book.resolve(m.group("np"))


def _promote_reporter(text: str, atts: list[Attribution], book: SpeakerBook) -> None:
    """"Nehlen responded to reports that Trump planned to endorse his rival. “...,” he said":
    a person named inside another's report is less salient than the reporter, the sentence's
    subject, whom the next "he" stands for; so the outermost reporter is the latest again."""
    if len(atts) < 2:
        return
    for a in atts:
        if not a.speaker or a.how == "unknown":
            continue
        inner = [
            b for b in atts
            if b is not a and b.speaker and b.speaker != a.speaker
            and any(s <= b.cue[0] < e for s, e in a.content)
            # "the harbour report, Ana Ruiz, said": a noun read as a verb, then its subject
            and not text[a.cue[1] : b.cue[0]].lstrip().startswith(",")
        ]
        outer = any(b is not a and any(s <= a.cue[0] < e for s, e in b.content) for b in atts)
        if inner and not outer:
            book.promote(a.speaker)
            return


def _mention_main_subject(
    text: str, s_start: int, s_end: int, atts: list[Attribution], book: SpeakerBook
) -> None:
    """"When Mr. Lee tried to defend his remarks, Ms. Ruiz sharply differed.": every tag is
    inside the clause that opens the sentence, so the main clause's subject is the last person
    named, whom a "she said" in the next sentence stands for."""
    fronted = FRONTED_CLAUSE.match(text, s_start, s_end)
    if fronted is not None and all(a.cue[0] < fronted.end() for a in atts):
        mention(text, fronted.end(), s_end, book)


_NOBODY = re.compile(
    r"(?i:no|neither|none|nobody|no\s+one)\b(?!\s+(?:doubt|longer|wonder|matter|surprise)\b)"
)
_INVERTED_BE = re.compile(r"\b(?:was|were|is|are)\s+$")
_NO_BEFORE = re.compile(r"\b(?i:no)\s+$")
_DETERMINER_END = re.compile(r"\b(?i:his|her|their|its|our|my|your|the|a|an|this|[\w.]+[’']s)\s+$")
_WHAT_SUBJECT = re.compile(r"\b(?i:what)\s+(?:[a-z]+ly\s+)?$")
_MODAL_BE = re.compile(
    r"\b(?i:might|may|could|can|would|will)\s+(?:[a-z]+\s+)?be\s+(?:[a-z]+ly\s+)?$"
)
_NEITHER = re.compile(r"\b(?i:neither)\b[^,;:.]{0,60}\bnor\s+$")
# "seem"/"appear" after an empty "it": unless an infinitive follows ("it appears to show"),
# the "it" is no one ("it seems to me that" is the writer's too).
_RAISING = frozenset({"seem", "appear"})
_TO_VERB = re.compile(r"\s+to\s+(?!(?:me|us|him|her|them|many|some|most|observers|critics)\b)[a-z]")
_ASIDE = re.compile(
    r"\b(?i:worth|important\s+to|fair\s+to|safe\s+to|needless\s+to|suffice\s+it\s+to|"
    r"it\s+(?:should|must|can)\s+be|it\s+bears)\s+$"
)


def _cut_at_found_objects(text: str, atts: list[Attribution]) -> None:
    """"believing there may be three, but finding only one man — an unidentified German —
    who killed himself after unleashing devastation": what a perceiving verb found is its
    object, and what follows a dash after it the writer's description; a participle
    coordinated after a comma ends the report before it."""
    for a in atts:
        if a.lemma in _PERCEIVE and not _REPORTED.match(text, a.cue[1]) and a.content:
            stop = _DESCRIBED.search(text, a.cue[1], a.content[-1][1])
            if stop is not None:
                _cut_content(a, stop.start())
    for a in atts:
        for b in atts:
            if b.cue[0] > a.cue[0] and b.speaker == a.speaker and (
                text[b.cue[0] : b.cue[1]].endswith("ing")
                and any(s < b.cue[0] < e for s, e in a.content)
            ):
                comma = _COORD_PARTICIPLE.search(text, max(0, b.cue[0] - 8), b.cue[0])
                if comma is not None:
                    _cut_content(a, comma.start())


def _cut_at_fronted_clause(
    text: str, s_start: int, s_end: int, atts: list[Attribution]
) -> None:
    """"Despite warning that the pier was unsafe, Ruiz signed the permit": a report inside a
    clause that opens the sentence ends at its comma; the main clause is narration. Not "As
    Politico reported, ...", whose report is the main clause."""
    clause = FRONTED_CLAUSE.match(text, s_start, s_end)
    if clause is None or _AS_OPENING.match(text, s_start, s_end):
        return
    comma = text.rfind(",", s_start, clause.end())
    for a in atts:
        if a.cue[0] < comma:
            _cut_content(a, comma)


# ", while her rival, Leo Park, has soared": a contrasting clause after a report's comma sets
# the writer's other fact beside it; the report ended at the comma.
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+(?=\S)")


def _cut_at_contrast(
    text: str, atts: list[Attribution], quotes: list[tuple[int, int, bool]], starts: list[int]
) -> None:
    """"Clinton argued that power is rigged against women, while her rival, Sanders, has soared
    by saying ...": a report after its cue ends at a contrasting "while" or "whereas" clause
    (outside quotation marks) that carries another speaker's report: the clause is the
    writer's, and what it reports is that other speaker's, not more of the first one's."""
    for a in atts:
        after = [e for s, e in a.content if s >= a.cue[1]]
        if not after:
            continue
        for m in _CONTRAST.finditer(text, a.cue[1], max(after)):
            if not inside(m.start(), quotes, starts) and any(
                b.speaker and b.speaker != a.speaker and b.lemma in INVERTS  # a verb of saying
                and m.end() <= b.cue[0] < max(after)
                for b in atts
            ):
                _cut_content(a, m.start())
                break


# Verbs whose infinitive is what someone means to do ("decided to act"), and the reason the
# writer then gives for it ("in part because of a spike in ...").
_VOLITION = frozenset({"decide", "plan", "intend", "seek", "refuse", "decline", "want", "prefer"})
_DIRECTIVE = frozenset({"order", "direct", "instruct", "command", "require"})
_REASON = re.compile(r"\s(?:(?:in\s+part|partly|largely|mainly|mostly)\s+)?(?:because|due\s+to)\b")


def _cut_at_reason(
    text: str, atts: list[Attribution], quotes: list[tuple[int, int, bool]], starts: list[int]
) -> None:
    """"The administration decided to act in part because of a spike in arrests": what a verb
    of intending reports is the infinitive, the act intended; a reason given after it is the
    writer's explanation, outside quotation marks."""
    for a in atts:
        after = [(s, e) for s, e in a.content if s >= a.cue[1]]
        if not after or not (
            (a.lemma in _VOLITION and text.startswith("to ", after[0][0]))
            # "ordered that the names be removed, because they failed to ...": the act
            # ordered; why it was ordered is the writer's account
            or (a.lemma in _DIRECTIVE and text.startswith(("to ", "that "), after[0][0]))
        ):
            continue
        for m in _REASON.finditer(text, after[0][0], max(e for _, e in after)):
            if not inside(m.start(), quotes, starts):
                _cut_content(a, m.start())
                break


def _cut_at_parenthesis(text: str, atts: list[Attribution]) -> None:
    """"... compromise (where two men agree on what is wrong) and diplomacy in promoting
    anarchy": a report whose cue stands inside a parenthesis ends where it closes; what
    follows is the sentence the aside sits in."""
    for a in atts:
        opened = text.rfind("(", 0, a.cue[0])
        if opened < 0 or text.rfind(")", opened, a.cue[0]) >= 0:
            continue
        closed = text.find(")", a.cue[1])
        if closed >= 0:
            _cut_content(a, closed)


def _cut_content(a: Attribution, stop: int) -> None:
    a.content = [(s, min(e, stop)) for s, e in a.content if s < stop]


_PERCEIVE = frozenset({"find", "see", "discover", "spot", "notice"})
_DESCRIBED = re.compile(r"\s+[—–]\s+|\s+-\s+")
_AS_OPENING = re.compile(r"\W*(?:As|Even as)\s")
_COORD_PARTICIPLE = re.compile(r",\s+(?:but|and)\s+$")
# What "cast" throws when it is no view: a vote, a lot, a shadow, a look.
_CAST_NOT_VIEW = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|its|our|my|your|no|some)\s+)?(?:[\w\-]+\s+)?"
    r"(?:ballots?|votes?|lots?|shadows?|spells?|eyes?|nets?|light|glances?|looks?|aspersions|"
    r"stones?|lines?|die|doubts?|pall|cloud|blame)\b",
    re.IGNORECASE,
)


def _agent(book: SpeakerBook, found: re.Match[str]) -> Speaker | None:
    """Who a passive view's agent phrase names ("by Trump already": Trump; "by some": nobody
    in particular), or None when the phrase is a time or a clause, not an agent."""
    if _NOT_AGENT.search(found.group("np")):
        return None
    np = _AGENT_TAIL.sub("", found.group("np"))
    return book.resolve(None if np.lower() in _QUANTIFIERS else np)


# A verb of saying right before "and" or "or" has no content of its own ("tweeted and deleted
# it"); the verb after the conjunction, if any, reports.
_COORDINATOR_AFTER = re.compile(r"[ \t]+(?:and|or|nor)\b")


def _verb_attribution(
    text: str,
    sentence: tuple[int, int],
    cue: tuple[int, int, str],
    book: SpeakerBook,
    earlier: list[Attribution],
    quotes: list[tuple[int, int, bool]],
) -> Attribution | None:
    quote_ends = {q[0]: q[1] for q in quotes[bisect.bisect_left(quotes, (cue[0],)) :][:1]}
    s_start, s_end = sentence
    c_start, c_end, form = cue
    lemma = FORMS.get(form, form)
    # A bounded window before the cue keeps the work per cue constant in long sentences; the
    # subject is never inside a quotation before it.
    w_start = max(s_start, c_start - _WINDOW)
    q_end = _last_quote_end(quotes, c_start)
    left = text[max(w_start, q_end) : c_start]
    title = _title_apposition(text, quotes, c_start, max(w_start, s_start))
    if title is not None:
        # "The ad, titled “Unifier?”, concludes": the quote names the subject's work, so the
        # subject stands before it; its marks blanked, the apposition reads as any other
        q_end = _last_quote_end(quotes, title[0])
        name = _MARKS.sub(lambda m: " " * len(m.group()), text[title[0] : title[1]])
        left = text[max(w_start, q_end) : title[0]] + name + text[title[1] : c_start]
    before = text[w_start:c_start]  # for what the cue follows: a comma, a quote, nothing
    np_start = c_start
    after_pos = c_end
    lower_verb = text[c_start].islower()
    subj = subject_before(left, at_start=max(w_start, q_end) <= s_start, lower_verb=lower_verb)
    absolute = _WITH_ABSOLUTE.search(left) if subj is not None and form.endswith("ing") else None
    if subj is not None and absolute is not None and subj.start < absolute.start():
        # "saw it as a sign of disarray, with Gorka noting": the absolute's own subject says
        # it, not a phrase run across its comma; blanked before it, the main clause stays out
        at = absolute.start("np")
        own = subject_before(" " * at + left[at:], at_start=True, lower_verb=lower_verb)
        subj = own if own is not None else subj
    if subj is not None and not subj.relative and subj.np.lower() in INDEFINITES and (
        _PREP_OBJECT.search(left, max(0, subj.start - 10), subj.start)
    ):
        # "For someone who had defended the ban, the shift seemed so stark": a phrase after a
        # preposition is its object, never the verb's subject
        subj = None
    # the verb an infinitive completes stands just before it: a short look back suffices
    tail_at = max(0, len(left) - 80)
    chain = CATENATIVE.search(left, tail_at) if subj is None and form == lemma else None
    if chain is not None and chain.group().split()[0].endswith("ing") and not BE_BEFORE.search(
        left, 0, chain.start()
    ):
        chain = None  # "chastised Snyder for refusing to ask": a gerund, no subject of its own
    if chain is not None:
        # "Trump continued to portray", "Cruz was quick to dismiss": the speaker is the subject
        # of the verb the cue's infinitive completes
        subj = subject_before(left[: chain.start()], at_start=max(w_start, q_end) <= s_start)
        if subj is not None and subj.head.lower() in NOT_CHAIN_HEADS:
            subj = None
    purpose = None
    if subj is None and chain is None and form == lemma:
        # "with Lewandowski taking to Twitter to call Fields ...": an infinitive of purpose
        # in an absolute clause is said by the clause's subject
        purpose = purpose_in_absolute(left, tail_at)
        if purpose is not None:
            subj = subject_before(left[: purpose.start("ing")].rstrip(), at_start=False)
        elif (occasion := occasion_to(left, tail_at)) is not None:
            # "Sanders used the question to demand": the subject of "used" demands
            subj = subject_before(left[: occasion.start()], at_start=max(w_start, q_end) <= s_start)
            if subj is not None and subj.np.lower() in {"it", "this", "that", "there"}:
                subj = None  # "it took two days to announce": no one takes the occasion
            purpose = occasion if subj is not None else None
        else:
            # "it prompted Anderson Cooper to accuse Bondi of hypocrisy": the object of a verb
            # that moves someone to act is who acts
            purpose = _CONTROL.search(left, tail_at)
            if purpose is not None:
                # only the object: blanked before it, so the verb's subject stays out
                np_at = purpose.start("np")
                subj = subject_before(" " * np_at + left[np_at : purpose.end("np")], at_start=True)
                if subj is None or subj.head.lower() in PRONOUNS - {"he", "she", "they"}:
                    purpose, subj = None, None

    after = _VERB_AS_SUBJECT.search(left, 0, subj.start) if subj is not None else None
    if subj is not None and after is not None and FORMS.get(subj.np, subj.np) != subj.np and (
        after.group(1).lower() not in {"and", "or"} or FORMS[subj.np] not in NOUNISH
    ):
        # "and forecasts demand", "it offers tools": a reporting verb's inflected form after a
        # subject pronoun, or after "and" unless it is also a noun ("and emails revealed"), is
        # a verb of its own, never the next verb's subject
        subj = None
    particle = PARTICLES.get(lemma)
    if particle and particle.match(text, c_end):
        return None
    if _COORDINATOR_AFTER.match(text, c_end):
        return None  # "put up her picture writing and wrote ...": nothing said before "and"
    if lemma in NOUNISH and form != lemma and form.endswith("s") and _COUNTED.search(left[-14:]):
        # "voters in six states said", "the reports say": an -s form right after a number or a
        # determiner is a plural noun; a verb never follows one directly
        return None
    if subj is not None and not form.endswith("ing") and (
        _NOBODY.match(subj.np) or _NEITHER.search(left, max(0, subj.start - 80), subj.start)
    ):
        # "no terrorist organization has claimed", "neither he nor Nanney echoed": nobody
        # said it, so what follows is the writer's narration (a gerund's phrase before it is
        # no subject: "makes no apologies for accusing")
        return None
    if form == "seeming" and _DETERMINER_END.search(left[-20:]):
        return None  # "his seeming tolerance of": an adjective, no report
    if form.endswith("ing") and _NO_BEFORE.search(left[-6:]):
        return None  # "there's no telling how much damage": a noun, and nobody tells
    if _WHAT_SUBJECT.search(left[-12:]):
        return None  # "spew what seems a constant stream of drivel": "what" is the subject
    if _ASIDE.search(left[-40:]):
        return None  # "It's worth noting that", "it should be noted": the writer's aside
    if lemma in AS_ONLY and not OBJECT_THEN_AS.match(text, c_end):
        return None  # "demonized conservatives for years": an attack, no view reported
    if lemma == "cast" and (_CAST_NOT_VIEW.match(text, c_end) or _BE.search(left[-12:])):
        # "cast their ballots as the polls closed", "was cast as Juliet": a vote or a part in
        # a play, not a view ("cast the candidate as “divisive”")
        return None
    if lemma in _WRITE and form.endswith("ing") and _PREP_BEFORE.search(left[-12:]) and (
        _THING.match(text, c_end)
    ):
        return None  # "after writing a scathing op-ed": the act of writing, no report
    if lemma in ASIDES and subj is not None and subj.np.lower() in {"you", "i"} and (
        text.startswith(",", c_end)
    ):
        return None  # "You see, owning catalogs has become ...": an aside, not a report
    if FINITE_NEXT.match(text, c_end) and (
        not form.endswith("ing") or _PROGRESSIVE_GAP.search(left[-40:])
    ) and not (lemma in INVERTS or lemma in CLAUSE_VERBS):
        # "One of the few people he didn't attack was Kelly": the cue sits in a clause inside
        # the sentence's subject, and what follows is the sentence's own predicate
        return None
    if lemma == "appear" and APPEARS_AT.match(text, c_end):
        return None  # "appearing in Florida" is a visit; "appears to", "appeared calm" report
    passive = _PASSIVE.search(left[-40:]) is not None
    views_as = lemma in CHARACTERIZE or lemma in JUDGE_AS
    if passive and views_as and _MODAL_BE.search(left[-40:]) and (
        AS_NEXT.match(text, c_end) or _AGENT_AS.match(text, c_end, s_end)
    ):
        return None  # "might even be seen as rude": the writer's own hedge, nobody's view
    # a reduced relative is a passive too: "His call to deport them, denounced as inhumane,"
    viewed = views_as and (passive or _REDUCED_RELATIVE.search(left[-40:]) is not None)
    participle = form.endswith(("ed", "en", "n", "t"))
    agent = _AGENT_AS.match(text, c_end, s_end) if viewed and participle else None
    who = _agent(book, agent) if agent is not None else None
    if agent is not None and who is not None:
        # "was quickly dismissed by the media and voters as an un-senatorial bumbler": the
        # agent's view
        at = agent.end()
        a = _with_content(text, sentence, cue, (who.name, who.how), c_start, at, quote_ends)
        end_label(a, text, at, s_end, quotes)
        return a
    if viewed and participle and AS_NEXT.match(text, c_end):
        # "while being portrayed as a flip-flopper": someone's view, nobody named; it ends at
        # its clause's comma ("Trump, who is seen as ..., hopes"), an agent or a new clause
        a = _with_content(text, sentence, cue, (None, "unknown"), c_start, c_end, quote_ends)
        end_label(a, text, c_end, s_end, quotes)
        # "was condemned as fearmongering by Senate Democrats": the agent's view (not after a
        # participle: "as a leader for Americans exasperated by the gridlock")
        end = a.content[-1][1] if a.content else c_end
        after = _AGENT_AFTER.match(text, end, s_end) if a.content else None
        who = _agent(book, after) if after is not None else None
        if who is not None and not _PARTICIPLE_END.search(text, max(c_end, end - 30), end):
            a.speaker, a.how = who.name, who.how
        return a
    if subj is not None and passive and (form != lemma or form not in FORMS) and not (
        form.endswith("ing") or lemma in ATTITUDES
    ):
        return None  # "was criticized by": the speaker is the agent, rarely named here
    if subj is not None and form.endswith(("ed", "en")) and not subj.tail.strip() and (
        _INVERTED_BE.search(text, max(s_start, c_start - len(left) + subj.start - 12),
                            c_start - len(left) + subj.start)
    ):
        return None  # "At no time was Assange offered a reply": a passive, its subject inverted
    if subj is not None and form.endswith("ing") and not _BE_BEFORE.search(subj.tail) and not (
        _WITH_END.search(text, max(s_start, c_start - len(left) + subj.start - 8),
                         c_start - len(left) + subj.start)
    ) and not (not subj.tail.strip() and subj.head[:1].isupper() and subj.np[:1].isupper()) and (
        not _RELATIVE_GERUND.fullmatch(subj.tail)
    ):
        # "a report charging that": a participle, not "X is charging"; but "with McCain
        # calling it a menu" and "– Ryan saying he was encouraged" give the participle its
        # subject
        subj = None
    if subj is not None and form.endswith("en") and not _HAVE_BE.search(subj.tail):
        return None  # "a written statement": a participle as an adjective
    if subj is not None and _in_inverted_speaker(text, form, subj, c_start - len(left), earlier):
        return None  # "said Ana Ruiz, head of a fund focused on water": a reduced relative
    if _in_inverted_name(text, c_start, earlier):
        return None  # "said attorney and child advocate Ana Ruiz": a role noun, not a verb
    pronoun = subj is not None and subj.np.lower() in PRONOUNS
    if (
        chain is None
        and lemma in NOUNISH
        and not form.endswith(("ed", "ing"))
        and not pronoun
        and not (subj is not None and not subj.tail.strip() and not _singular(subj))
        and not (subj is not None and form != lemma and not subj.tail.strip() and _singular(subj))
        and NOUN_NEXT.match(text, c_end)
    ):
        # "strong support for", "the report was": nouns; but a subject that agrees makes a
        # verb ("the Saudis state in", "Clinton calls on")
        return None
    if lemma in NOUNISH and form.endswith("s") and _REPORTED_NEXT.match(text, c_end):
        # "Online posts called the senator ...", "Reports said": the noun is the subject of
        # the verb of saying after it, never a verb itself
        return None
    if subj is None and lemma in NOUNISH and form == lemma and _PLURAL_NEXT.match(text, c_end):
        # "won more votes and state primaries": a noun before a plural noun, not a verb
        # coordinated with the sentence's first ("and state that")
        return None
    if (
        subj is not None
        and lemma in NOUNISH
        and form.endswith("s")
        and NOUN_NEXT.match(text, c_end)
        and _PREP_END.search(text, max(s_start, c_start - len(left) + subj.start - 12),
                             c_start - len(left) + subj.start)
    ):
        return None  # "After the Paris attacks,": a noun in a preposition's phrase
    if (
        subj is not None
        and lemma in NOUNISH
        and form != lemma
        and not subj.tail.strip()
        and subj.np.islower()
        and " " not in subj.np
        and subj.np not in PRONOUNS
    ):
        return None  # "making racist remarks": an adjective before a noun, not a subject
    if subj is not None and form == lemma and not subj.tail.strip() and _singular(subj) and (
        chain is None and purpose is None and lemma not in PAST_AS_BASE
    ):
        return None  # "an executive order signed": a verb's base form has no singular subject
    if subj is not None and _INFINITIVE_BEFORE.search(
        text, max(s_start, c_start - len(left) + subj.start - 30), c_start - len(left) + subj.start
    ):
        # "One group campaigning for Britain to leave the European Union in the June vote
        # posted": the phrase is an infinitive's object; the subject is further back, and
        # no speaker is better than the object's name
        return _with_content(text, sentence, cue, (None, "unknown"), c_start, c_end, quote_ends)
    if subj is not None:
        np_start = c_start - len(left) + subj.start  # the window ends at the cue
        opening = they_subject(text, s_start, np_start) if subj.np.lower() == "they" else None
        other: Speaker | None = None  # the pronoun's person when the sentence rules one out
        if subj.np.lower() in {"he", "she"}:
            opening = _main_subject(text, s_start, s_end, c_end) or _sentence_subject(
                text, s_start, np_start
            )
            bound = _HIM if subj.np.lower() == "he" else _HERSELF
            if opening is not None and bound.search(
                text, text.find(opening, s_start, np_start) + len(opening), np_start
            ):
                # "After Hillary Clinton accused him of sexism, he warned": "he" is the "him"
                # the name acted on, never the name itself
                other = book.personal(subj.np.lower(), book.known_as(opening) or opening)
                opening = None
        apposed = (
            _apposed_name(text, s_start, np_start, subj.np, c_start) if opening is None else None
        )
        main = _CLAUSE_IN_TAIL.match(subj.tail) if form.endswith("ing") else None
        if main is not None and opening is None and apposed is None:
            # "at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming": a clause
            # of its own between the phrase and the participle; its subject is the doer
            subj_np = main.group("np")
        else:
            subj_np = opening or apposed or subj.np
        who = other or book.resolve(subj_np, "" if main is not None else subj.tail)
        if lemma in _RAISING and subj.np.lower() == "it" and not _TO_VERB.match(text, c_end):
            # "It seems that ...", "it appears, though, that ...": an empty "it" stands for
            # no one, so the hedge is nobody's ("it appears to show" has an antecedent)
            who = Speaker(None, "unknown")
        if opening and who.name:
            who.how = "pronoun"  # found for the pronoun, in its own sentence
    else:
        opened = _ends_open(before) or (w_start == s_start and not before.strip())
        # Only verbs of saying invert ("..., said the mayor"); "endorsed Cruz" has an object.
        inverts = opened and lemma in INVERTS and not form.endswith("ing")
        inv = subject_after(text[c_end : min(s_end, c_end + _WINDOW)]) if inverts else None
        if inv is not None and not speaker_head(phrase_head(inv.group("np"))):
            inv = None  # "said Tuesday", "said the deal": no speaker after the verb
        one = _ONE_AFTER.match(text, c_end, s_end) if inverts and inv is None else None
        if inv is not None:
            # "said the company's chief executive, Leo J. Park.": the name in apposition
            who = book.resolve(inv.group("np"), text[c_end + inv.end() : s_end])
            after_pos = c_end + inv.end()
        elif one is not None:
            # "“Trump is a disgrace,” read one.": one of the messages (or people) just told of,
            # whom the tag leaves unnamed; not the last speaker, who only reported them
            who = book.resolve(None)
            after_pos = one.end()
        elif form.endswith("ing") and (owner := _DETERMINED.search(left[-60:])) is not None:
            # "his stern warning that", "Rubio's warning that": a noun whose owner speaks
            who = book.resolve(_OWNER.get(owner.group("owner"), owner.group("owner")))
            return _with_content(
                text, sentence, cue, (who.name, who.how), c_start, c_end, quote_ends
            )
        elif (form.endswith("ing") and (lemma not in NOT_PARTICIPLE or (
            # "..., casting him as a false conservative": a view, however rarely it is one
            lemma in CHARACTERIZE and AS_CLAUSE.match(text, c_end, s_end)
        ))) or _COORD.search(before[-40:]):
            # "..., adding that", "and warned that": the speaker of the sentence
            gerund = form.endswith("ing") and _PREP_BEFORE.search(before[-12:]) is not None
            fronted = FRONTED_CLAUSE.match(text, s_start, s_end)
            if fronted is not None and fronted.end() <= c_start:
                # "As the crowd began to chant, Silverman ... and joked": the verb is the main
                # clause's, not a tag's inside the clause that opens the sentence
                earlier = [b for b in earlier if b.cue[0] >= fronted.end()]
            if earlier and not gerund and earlier[-1].speaker:
                who_name, how = earlier[-1].speaker, earlier[-1].how
                return _with_content(
                    text, sentence, cue, (who_name, how), c_start, c_end, quote_ends
                )
            # "In addition to stating that ..., Clinton has vowed": the sentence's other tag,
            # found once the whole sentence is read (see `_borrow_speakers`).
            a = _with_content(text, sentence, cue, (None, "unknown"), c_start, c_end, quote_ends)
            a.borrow = True
            a.own_clause = gerund
            return a
        else:
            return None
    if subj is not None and _WHAT.search(text, max(s_start, np_start - 12), np_start) and (
        _COMMA.match(text, c_end, s_end)
    ):
        # "After Trump Heard What His Nemesis Just Said, He Unleashes": the verb's object is
        # "what", so what follows its clause is not reported ("what he called a sham" is)
        return Attribution(cue[:2], lemma, who.name, who.how, subject_at=np_start)
    if subj is not None and _plural_object_before(subj.np) and not _GAP_CLAUSE.match(text, c_end):
        # ("the ones State now says are “top secret”": the clause reported, its subject gone)
        # "The documents Trump ordered declassified involve ...": a relative clause on the
        # things named first; what follows the verb is the sentence's own predicate
        return Attribution(cue[:2], lemma, who.name, who.how, subject_at=np_start)
    a = _with_content(text, sentence, cue, (who.name, who.how), np_start, after_pos, quote_ends)
    if lemma == "call" and subj is not None and _WHAT.search(
        text, max(s_start, np_start - 12), np_start
    ):
        # "what it calls the “AI factory” of tomorrow, a new type of data center, by ...":
        # the name it gives, up to the comma; the rest is the writer's
        end_at_comma(a, text, c_end, s_end, quotes)
    a.relative = subj is not None and subj.relative
    quoted_as = _QUOTED_AS.match(text, c_end, s_end) if lemma == "quote" else None
    if quoted_as is not None:
        # "The AP quoted Wassim Bouhlel, a Nice native, as saying that ...": what follows is
        # the quoted person's, as the paper reports it
        named = book.resolve(quoted_as.group("np"))
        if named.name:
            a.speaker, a.how = named.name, named.how
            rest = _trim(text, quoted_as.end(), s_end)
            a.content = [rest] if rest else []
    end_at_absolute(a, text, c_end, s_end, quotes)
    end_at_appositive(a, text, c_end, s_end)
    end_at_dashed_manner(a, text, c_end)
    if views_as and OBJECT_THEN_AS.match(text, c_end):
        end_at_reason(a, text, c_end, s_end, quotes)
    if lemma in OBJECT_VERBS and not _REPORTED.match(text, c_end):
        end_object(a, text, c_end, s_end, quotes)
    if subj is not None and subj.relative:
        # "Huffman, who now wants Grayson removed, said ...": the clause ends at its comma
        end_at_comma(a, text, c_end, s_end, quotes)
    elif subj is not None:
        end_subordinate(a, text, (s_start, s_end), np_start, quotes)
    return a


# "The documents Trump": a determined plural common noun right before one name.
_PLURAL_THEN_NAME = re.compile(
    r"(?i:the|these|those|all the)\s+[a-z][a-z\-]*[^s\W]s\s+"
    r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,2}"
)


_GAP_CLAUSE = re.compile(
    r"\s+(?:is|are|was|were|will|would|could|can|may|might|should|must|had|has|have)\b"
)


def _plural_object_before(np: str) -> bool:
    """Whether a subject phrase is things and then the name of who acted on them: a plural
    noun cannot stand in apposition to one name ("the candidates Trump and Cruz" can)."""
    return _PLURAL_THEN_NAME.fullmatch(np) is not None


# What ends the speaker phrase of an inverted tag ("said Ana Ruiz, head of X, a fund ..."): a
# new clause's punctuation, a conjunction or a relative word.
_CLAUSE_BREAK = re.compile(
    r"[;:“”\"()]|\b(?:and|but|or|who|whom|which|that|while|as|when|where|because|although)\b"
)


def _in_inverted_speaker(
    text: str, form: str, subj: Subject, base: int, earlier: list[Attribution]
) -> bool:
    """Whether a past participle with no auxiliary sits inside the speaker phrase of an
    inverted tag before it ("..., said Ana Ruiz, director of the Lake Fund, a charity focused
    on water."): everything after "said X" up to a new clause is X's description, so the
    participle modifies a noun there; it is no finite verb and reports nothing."""
    if not form.split()[0].endswith("ed") or subj.tail.strip():  # "focused on"
        return False
    np_start = base + subj.start
    return any(
        b.speaker is not None
        and b.subject_at == b.cue[0]
        and b.lemma in INVERTS
        and not text[b.cue[0] : b.cue[1]].endswith("ing")
        and b.cue[1] <= np_start
        and not _CLAUSE_BREAK.search(text, b.cue[1], np_start)
        for b in earlier
    )


def _in_inverted_name(text: str, c_start: int, earlier: list[Attribution]) -> bool:
    """Whether a cue stands inside the speaker phrase an inverted tag before it names ("...,
    said attorney and child advocate Ana Ruiz on a show"): a word of the speaker's role."""
    for b in earlier:
        if (
            b.subject_at == b.cue[0]
            and b.lemma in INVERTS
            and b.cue[1] <= c_start
            and not text[b.cue[0] : b.cue[1]].endswith("ing")  # "saying calling X ...": no tag
        ):
            inv = subject_after(text[b.cue[1] : b.cue[1] + _WINDOW])
            if inv is not None and c_start < b.cue[1] + inv.end():
                return True
    return False


_NUMBERS = words("two three four five six seven eight nine ten")
_PLURAL_HEADS = words(
    "people police staff men women children most many some all both several few they we i you "
    "half majority"
)


_NAME_THEN_VERB = re.compile(
    rf"(?P<np>(?:(?:{TITLE_ABBREV})\.\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){{0,3}})"
    r"(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b)"
)


def _main_subject(text: str, s_start: int, s_end: int, c_end: int) -> str | None:
    """For a "he" or "she" inside a subordinate clause that opens its sentence, the name that
    opens the main clause after it, which the pronoun anticipates ("While he refused to
    release violent criminals, Mr. Obama deemed ..."); None otherwise."""
    clause = FRONTED_CLAUSE.match(text, s_start, s_end)
    if clause is None or clause.end() <= c_end:
        return None
    name = _NAME_THEN_VERB.match(text, clause.end(), s_end)
    return name.group("np") if name is not None else None


# The main clause's subject before a pronoun in the same sentence: a name opening the sentence
# or following an opening phrase's comma, then its verb ("At a rally, Trump included ...").
_OPENING_NAME = re.compile(
    rf"(?:^|,\s+)(?P<np>(?:(?:{TITLE_ABBREV})\.\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){{0,3}})"
    r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
)


# "In our interview with A. D. Sui, she": the person talked with is who "she" is; a medium
# ("an interview with Fox News, he said") is not.
_TALK_WITH = re.compile(
    r"\s*(?i:in|during)\s+(?:our|an?|his|her|their|my|the)\s+(?:[\w\-]+\s+)?(?i:interview|"
    r"conversation|chat|talk|exchange)\s+with\s+(?P<np>(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-]*)"
    r"\s*,\s*$"
)
_MEDIA = re.compile(
    r"^(?:The|This)\b|\b(?:News|Times|Post|Journal|Magazine|Radio|TV|Network|Press|Review|"
    r"Herald|Tribune|Daily|Show|Podcast|Channel|Weekly|Today)\b|\b[A-Z]{2,}\b"
)


def _sentence_subject(text: str, s_start: int, np_start: int) -> str | None:
    """For a "he" or "she" later in a sentence, the name that is the sentence's subject
    before it ("Trump included the Philippines on a list of countries he said had sent"):
    a pronoun inside a sentence refers to its subject; None when no name is its subject."""
    found = list(_OPENING_NAME.finditer(text[s_start:np_start]))
    if len(found) == 1:
        return found[0].group("np")
    talk = _TALK_WITH.match(text, s_start, np_start)
    if talk is not None and not _MEDIA.search(talk.group("np")):
        return talk.group("np")  # "In our interview with A. D. Sui, she explains": Sui
    return None


def _singular(subj: Subject) -> bool:
    """A subject phrase naming one: a name or a singular noun, not "they", "voters", "most"."""
    low = subj.head.lower()
    if low in _PLURAL_HEADS or " and " in subj.np or "percent" in subj.np or low.endswith("%") or (
        low.isdigit() or low in _NUMBERS
    ):
        return False
    return not low.endswith("s")  # "Democrats", "voters" (and a name in -s is left alone)


# ", titled “...”," before a cue: a name in apposition, not words quoted
_NAMING_BEFORE = re.compile(r",\s*(?:titled|entitled|called|named|dubbed|headlined)\s*$")
_NAMING_AFTER = re.compile(r"[\s,”\"’']*")
_MARKS = re.compile(r"[“”\"‘’]|''")


def _title_apposition(
    text: str, quotes: list[tuple[int, int, bool]], pos: int, lo: int
) -> tuple[int, int] | None:
    """The span of a quoted name in apposition just before `pos` (", titled “Unifier?”, ")."""
    i = bisect.bisect_right(quotes, (pos,)) - 1
    if i < 0 or quotes[i][1] > pos or quotes[i][0] <= lo:
        return None
    start, end = quotes[i][0], quotes[i][1]
    if _NAMING_AFTER.fullmatch(text, end, pos) is None:
        return None
    if not _NAMING_BEFORE.search(text, max(lo, start - 20), start):
        return None
    return start, end


def _last_quote_end(quotes: list[tuple[int, int, bool]], pos: int) -> int:
    i = bisect.bisect_right(quotes, (pos,)) - 1  # the last quote opening before pos
    return quotes[i][1] if i >= 0 and quotes[i][1] <= pos else 0


# A closing quotation mark may be typed as an opening one ("unusual,“ said Larry Noble").
_OPEN_BEFORE = ",”“\"’'—–-:"


# "tells voters who wonder why he is calm that he ...": the addressee runs with its relative
# clause up to the "that" of what is told; the question it holds is theirs, not his words.
_ADDRESSEE_WHO = re.compile(
    r"\s+(?:[\w\-’']+,?\s+){1,3}?(?:who|whom)\s[^.;:!?“”\"]*?(?=\sthat\s)"
)


def _addressee_who(text: str, pos: int, end: int) -> re.Match[str] | None:
    """The addressee with its relative clause, unless the clause reports speech of its own
    ("donors who ask why ..."), which stays the report it is."""
    m = _ADDRESSEE_WHO.match(text, pos, end)
    if m is None or find_cues(text, m.start(), m.end(), False):
        return None
    return m


# "the statement they're quoting is ...": a progressive cue whose object is the noun before
# it, so the sentence's predicate follows; not "what they're saying is" (a cleft).
_PROGRESSIVE_GAP = re.compile(
    r"(?<!\bwhat)(?<!\bWhat)\s+(?:they|we|you|he|she|I)"
    r"(?:[’']re|[’']s|[’']m|\s+(?:are|is|am|were|was))\s+$"
)


def _ends_open(left: str) -> bool:
    """Before an inverted "said X": a comma, a closing quote or the sentence start."""
    tail = left.rstrip()
    return bool(tail) and tail[-1] in _OPEN_BEFORE


def _with_content(
    text: str,
    sentence: tuple[int, int],
    cue: tuple[int, int, str],
    who: tuple[str | None, SpeakerHow],
    np_start: int,
    after_pos: int,
    quote_ends: dict[int, int],
) -> Attribution:
    s_start, s_end = sentence
    lemma = FORMS.get(cue[2], cue[2])
    a = Attribution(cue[:2], lemma, *who, subject_at=np_start)
    pos = after_pos
    if lemma in ADDRESS:
        addressee = _addressee_who(text, pos, s_end) or ADDRESSEE.match(text, pos, s_end)
        if addressee:
            pos = addressee.end()
    before = _trim(text, s_start, np_start)
    if before and fronted(text, *before):
        before = None  # "Horrified at the prospect, Ramos believes": how the outlet sees him
    gap = text[before[1] : np_start] if before else ""
    closing = text[max(s_start, np_start - 12) : np_start].rstrip(" ,—–-")
    closed = closing.endswith(("”", '"', "''", "“"))
    if before and closed and not titled_quote(text, s_start, np_start):
        # "“...,” Trump said at a rally in Iowa.": the quote before is the content; what
        # follows the cue is narration unless it opens a clause of its own ("that ...").
        that = _THAT.match(text, pos, s_end) or _PLAIN_CLAUSE.match(text, pos, s_end)
        after = _trim(text, that.start("that"), s_end) if that else None
        a.content.extend(x for x in (before, after) if x)
        return a
    lead = LEAD.match(text, pos, s_end)
    if lemma in THAT_ONLY and not _REPORTED.match(text, lead.end() if lead else pos) and not (
        lemma in CHARACTERIZE and AS_CLAUSE.match(text, pos, s_end)
    ):  # "an administration that they view as ineffective" reports what follows "as"
        rest = _FIRST_CHAR.match(text, lead.end() if lead else pos, s_end)
        ends = rest is None or rest.group(1) in ".!?"
        if before and any(c in gap for c in ",”\"’—–-") and ends:
            a.content.append(before)  # "Cruz will do an excellent job, Blackwell maintains."
        return a  # "maintained its lead": no report
    mid = _COMMA.match(text, pos, s_end)
    pos = lead.end() if lead else pos
    if manner_closes(text, pos, s_end):
        # "Cruz responded with vitriol, promoting ...": how he spoke, and no report after;
        # only a clause closed before the speaker ("It is over, Ruiz said with scorn.") is one
        opening = FRONTED_CLAUSE.match(text, s_start, np_start)
        if before and any(c in gap for c in ",”\"’—–-") and opening is None:
            a.content.append(before)
        return a
    pos = past_manner(text, pos, s_end)
    if text.startswith(":", pos):
        a.colon_end = not text[pos + 1 : s_end].strip() and s_end == len(text)
        pos += 1
        if not text[pos:s_end].strip():
            return a  # "In a 1963 speech, he declared:": what follows is the next paragraph
    after = _trim(text, pos, s_end)
    stop = _FIRST_CHAR.match(text, pos, s_end)
    closing_tag = (
        before is not None
        and (np_start < cue[0] or after_pos > cue[1])  # a speaker, not a participle
        and any(c in gap for c in ",”\"’—–-")
        and len(text[before[0] : before[1]].split()) >= 3
    )
    if closing_tag and before and not mid and _ADJUNCT.match(text, pos, s_end):
        a.content.append(before)  # "The plan failed, Ana Ruiz said in Paris."
        return a
    if after and lemma in TO_OBJECT and TO_PARTICLE.match(text, cue[1]):
        # "responded to Trump’s demand in a way that could cause mayhem": what is responded
        # to is the object; the manner after it is narration
        cut = _ADJUNCT_START.search(text, after[0] + 1, after[1])
        after = (after[0], cut.start()) if cut else after
    if after and not mid and not (stop and stop.group(1) in ".!?"):
        # A quotation right after the cue is the content: "said “...” on Monday."
        quote_end = quote_ends.get(after[0], after[1])
        if _CLAUSE_GOES_ON.match(text, min(quote_end, after[1]), s_end) or (
            lemma in CHARACTERIZE and AS_CLAUSE.match(text, min(quote_end, after[1]), s_end)
        ):
            # 'said "local forces" must lead': the quote opens a clause; 'portray “illegal”
            # immigrants as criminals': it opens the object of a view
            quote_end = after[1]
        a.content.append((after[0], min(quote_end, after[1])))
        return a
    # Only across a separator: "The plan failed, Trump said." but not "On Monday Trump said."
    if before and any(c in gap for c in ",”\"’—–-"):
        a.content.append(before)
    if mid and after and after_pos == cue[1]:
        # "The deficit, the office said, will grow."; but after "said Larry Sabato," comes
        # his title, not what he said
        a.content.append(after)
    return a
