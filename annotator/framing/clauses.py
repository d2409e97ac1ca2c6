"""How far a report runs: the clauses around a reporting verb that are not what it reports.

`attribution` finds a cue, its speaker and its content; these helpers keep the outlet's own
narration out of that content:

- a subordinate clause that opens its sentence ends at its comma ("When Trump attacked a
  judge, Hispanic Americans were outraged": `end_clause`);
- the object of a verb of praise, attack or mention ends where a clause with a new subject
  begins ("endorsed her ... – and Bill Clinton caused a furor": `end_object`);
- an absolute clause is a clause of its own ("denied it, with Lewandowski taking to Twitter
  to call ...": `end_at_absolute`), and an infinitive of purpose in it has its subject
  (`purpose_in_absolute`);
- a participle or adjective phrase opening the sentence describes the speaker ("Horrified at
  the prospect, Ramos believes": `fronted`), and how something was said stands between the cue
  and what was said ("described, in fairly blistering terms, a set of": `past_manner`).
"""

from __future__ import annotations

import bisect
import re

from .cues import LEAD
from .speakers import words
from .tags import Attribution

Quotes = list[tuple[int, int, bool]]

# Verbs of praise, attack and mention, whose object is a thing or a person (what follows it
# after a clause break is narration), unlike verbs of saying and thinking.
OBJECT_VERBS = words(
    "endorse praise attack criticize criticise blame condemn denounce slam blast defend oppose "
    "reject dismiss question mock welcome support back recommend decry lambaste castigate "
    "chide rebuke scold ridicule deride insult tease credit thank offer echo invoke cite "
    "mention highlight tout hail applaud champion advocate trash bash hammer knock assail "
    "eviscerate excoriate tweet retweet post express discuss outline float"
) | {"rip into", "go after", "lash out", "rail against", "call for", "talk about", "focus on",
     "point to", "refer to"}
# A clause of its own after the object: a semicolon, or "and" / "but" after a comma or a dash
# followed by a new subject and its verb ("– and former President Bill Clinton caused"), not
# the same subject's next verb (", and have pledged") nor a list's last item (", and Gulf
# State allies to").
_OBJECT_END = re.compile(
    r";|(?:,|\s[—–])\s+(?:and|but|yet)\s+(?=(?:(?:the|an?|his|her|their|its)\s+(?:[\w’'\-]+\s+)"
    r"{0,3}?[\w\-]+|(?:former\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]*|he|she|they|we|I)\s+"
    r"(?:[a-z]+ed|is|was|were|are|has|have|had|will|would|could|can|did|does|said|says|took|"
    r"made|went|came|gave|won|lost|told|got|ran|saw|left|began)\b)"
)
# Where and when it was said, after the object: "praised the board at a press conference in
# Salem on Monday", "attacked her during a speech": the circumstance is the outlet's.
_OBJECT_SCENE = re.compile(
    r"\s(?:(?:at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-’']+\s+){0,3}?"
    r"(?:rally|event|conference|debate|briefing|hearing|meeting|hall|forum|dinner|fundraiser|"
    r"speech|luncheon|breakfast|gathering|summit|stop|appearance|interview|address)"
    r"|in\s+(?:an?|the|his|her|their|its)\s+(?:[\w\-’']+\s+){0,3}?"
    r"(?:statement|interview|speech|tweet|post|op-ed|email|letter|memo|video|appearance|"
    r"message|release|column|essay|editorial|address|remarks|filing|briefing|ad|broadcast))\b"
)
_THAT_AFTER = re.compile(r"(?:\s+[\w\-’']+){0,4}?\s+that\b")
_WORD_THEN_COMMA = re.compile(r"\w[^\w,]*,")
# A subordinating conjunction before a verb's subject ("when Warren railed against"), not
# "as", whose clause reports the main one ("As Trump said, ...").
_SUBORDINATE_END = re.compile(
    r"\b(?i:when|whenever|while|after|before|because|since|although|though|if|once|until)\s+$"
)
_QUOTE_AFTER_COMMA = re.compile(r",\s*(?:[“\"‘]|'')")
# An absolute clause: "..., with Lewandowski taking to Twitter to call": its subject, its
# participle and an infinitive of purpose.
_WITH_ING_TO = re.compile(
    r"\bwith\s+(?:[A-Z][\w’'.\-]*\s+){1,4}(?P<ing>[a-z]+ing)\b[^,;:“”\"]{0,40}\bto\s+$"
)
_ABSOLUTE = re.compile(r",\s+with\s+(?:[A-Z][\w’'.\-]*\s+){1,4}[a-z]+ing\b")
# A participle or adjective opening the sentence with its phrase, and nothing more, before the
# speaker: "Horrified at the prospect of ..., Ramos believes" describes the speaker.
_FRONTED = re.compile(
    r"[A-Z][a-z]+(?:ed|en|ing|ful|ous|ive|ant|ent)\s+(?:at|by|about|with|over|from|after|"
    r"for|of|into|under|toward|towards|against|to|in|on)\b[^,;:“”\"]*$"
)
# How something was said, between the cue and what was said: a manner adverb before a comma,
# a preposition, "that", a quotation or a determiner (so not an adjective: "said costly
# delays"), or "in ... terms".
# The feelings and tones a writer gives someone's speaking ("responded with vitriol", "said
# in seething fury", "with a withering tone"): the writer's words about how, never what.
MANNER_NOUNS = (
    r"(?:vitriol|fury|anger|rage|scorn|contempt|disdain|derision|sarcasm|venom|glee|relish|"
    r"indignation|outrage|exasperation|frustration|disgust|bitterness|passion|gusto|bluster|"
    r"bombast|hostility|ferocity|vehemence|tone|tones|voice)"
)
_MANNER_NOUN = re.compile(
    r"\s*,?\s*(?:with|in)\s+(?:(?:a|an|his|her|their|its|[a-z]+ly|barely|thinly)\s+){0,2}"
    r"(?:[a-z][\w\-]*\s+){0,2}?" + MANNER_NOUNS + r"\b(?!\s+(?:of|over|at|about)\b)"
)
_MANNER = re.compile(
    r"\s*,?\s*(?:in\s+(?:[\w\-]+\s+){0,3}?terms\b|(?!(?:only|early|likely)\b)[a-z]{3,}ly\b"
    r"(?=\s*(?:[,.;:“\"‘]|(?:that|to|at|in|on|during|about|with|against|for|of|over|after|"
    r"before|when|as|the|a|an|his|her|their|its|him|them)\b)))\s*,?"
)


def inside(pos: int, quotes: Quotes, starts: list[int]) -> bool:
    """Whether pos lies inside a quotation (starts: the quotations' start offsets)."""
    i = bisect.bisect_left(starts, pos) - 1
    return i >= 0 and quotes[i][0] < pos < quotes[i][1]


def _cut(a: Attribution, stop: int) -> None:
    a.content = [(s, min(e, stop)) for s, e in a.content if s < stop]


def end_object(a: Attribution, text: str, c_end: int, s_end: int, quotes: Quotes) -> None:
    """"endorsed her – they appeared together – and Bill Clinton caused a furor": what a verb
    of praise or attack takes is a thing or a person, and the sentence goes on in the
    outlet's words in a clause of its own (a dash alone often spells the object out: "echoed
    Clinton's criticism — that ...")."""
    starts = [q[0] for q in quotes]
    scenes = [
        m for m in _OBJECT_SCENE.finditer(text, c_end, s_end)
        if not _THAT_AFTER.match(text, m.end(), s_end)  # "frustration in an interview that"
    ]
    ends = [*_OBJECT_END.finditer(text, c_end, s_end), *scenes]
    for m in sorted(ends, key=lambda m: m.start()):
        if not inside(m.start(), quotes, starts):
            _cut(a, m.start())
            return


def end_clause(a: Attribution, text: str, s_end: int, quotes: Quotes) -> None:
    """End a content after the cue at the first comma outside quotation marks that follows a
    word of it ("attacked a judge, ..."; not the comma of "said, “...”"), or at the close of a
    quotation that ends with a comma; the tags inside the clause end there too
    (`tags.cut_at_clause_ends`)."""
    after = [(s, e) for s, e in a.content if s >= a.cue[1]]
    if not after:
        return
    starts = [q[0] for q in quotes]
    for m in _WORD_THEN_COMMA.finditer(text, after[0][0], s_end):
        stop = m.end() - 1
        i = bisect.bisect_right(starts, stop) - 1
        if i >= 0 and quotes[i][0] < stop < quotes[i][1]:
            if text[m.end() : quotes[i][1]].strip("'\"”’»"):
                continue  # a comma inside the quotation
            stop = quotes[i][1]  # “I will win,” the crowd cheered: the quote closes the clause
        _cut(a, stop)
        a.clause_end = stop
        return


def end_subordinate(
    a: Attribution, text: str, sentence: tuple[int, int], np_start: int, quotes: Quotes
) -> None:
    """A tag whose subject follows a subordinating conjunction. Opening its sentence (or a
    "that" clause), the subordinate clause ends at its comma: "When Trump attacked a judge,
    Hispanic Americans were outraged", "that when Warren railed against Wall Street, ''she is
    speaking for all of us''". After the main clause it runs on ("..., after Trump told a
    town hall in Salem, New Hampshire that"), but a quotation after its comma is the main
    clause's."""
    s_start, s_end = sentence
    sub = _SUBORDINATE_END.search(text, max(s_start, np_start - 12), np_start)
    if sub is None:
        return
    lead = text[s_start : sub.start()].strip(" “\"‘'")
    if not lead or lead.endswith(" that"):
        end_clause(a, text, s_end, quotes)
        return
    main = _QUOTE_AFTER_COMMA.search(text, a.cue[1], s_end)
    if main is not None and not inside(main.start(), quotes, [q[0] for q in quotes]):
        _cut(a, main.start())


def end_at_comma(a: Attribution, text: str, c_end: int, s_end: int, quotes: Quotes) -> None:
    """"Huffman, who now wants Grayson removed, said ...": a relative clause's report ends at
    its comma."""
    starts = [q[0] for q in quotes]
    stop = next((m.start() for m in re.finditer(",", text[c_end:s_end])
                 if not inside(c_end + m.start(), quotes, starts)
                 or _closing_comma(text, c_end + m.start(), quotes, starts) is not None), None)
    stop = s_end if stop is None else c_end + stop
    closed = _closing_comma(text, stop, quotes, starts) if stop < s_end else None
    stop = closed if closed is not None else stop
    a.content = [(s, min(e, stop)) for s, e in a.content if c_end <= s < stop]


# Where the label of a passive view ends ("was denounced as nativists by party elites",
# "rejected as unsubstantiated and the men ordered deported", "who was regarded as a
# lightweight — was"): its agent, a clause coordinated with a new subject or a dash; "as a
# thug and a liar" goes on.
_LABEL_END = re.compile(r"\s(?:by\s|and\s+(?:the|his|her|their|its|our)\s|[—–]|--)")


def end_label(a: Attribution, text: str, c_end: int, s_end: int, quotes: Quotes) -> None:
    """"was widely criticized as sloppy, while the planning ...": the label after a passive
    verb of view ends at its clause's comma, its agent or a new clause."""
    end_at_comma(a, text, c_end, s_end, quotes)
    _cut_at_first(a, _LABEL_END, text, c_end, s_end, quotes)


# A clause of the writer's after a view's label: "presents itself as a barometer of public
# sentiment, as the country's direct democracy allows ...".
_REASON = re.compile(
    r",\s+(?:as|because|since|while|whereas|although|though)\s+(?:the|a|an|its|his|her|their|"
    r"it|he|she|they|this|that|these|those|[A-Z])"
)


def end_at_reason(a: Attribution, text: str, c_end: int, s_end: int, quotes: Quotes) -> None:
    """A view's label ("X as Y") ends before a comma that opens a clause of reason or contrast."""
    _cut_at_first(a, _REASON, text, c_end, s_end, quotes)


def _cut_at_first(
    a: Attribution, pattern: re.Pattern[str], text: str, c_end: int, s_end: int, quotes: Quotes
) -> None:
    """End the content at the first match of `pattern` after the cue outside quotation marks."""
    starts = [q[0] for q in quotes]
    for m in pattern.finditer(text, c_end, s_end):
        if not inside(m.start(), quotes, starts):
            _cut(a, m.start())
            return


def _closing_comma(text: str, pos: int, quotes: Quotes, starts: list[int]) -> int | None:
    """Where the quotation ends whose comma at `pos` is its last character ("whose presidency
    “will lead to war,” clearly intended"): the comma punctuates the clause around the quote,
    as American style puts it inside the marks. None for a comma inside the quoted words."""
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0 or not quotes[i][0] < pos < quotes[i][1]:
        return None
    return quotes[i][1] if not text[pos + 1 : quotes[i][1]].strip("'\"”’»") else None


def end_at_absolute(a: Attribution, text: str, c_end: int, s_end: int, quotes: Quotes) -> None:
    """"denied it happened, with Lewandowski taking to Twitter to ...": a clause of its own."""
    absolute = _ABSOLUTE.search(text, c_end, s_end)
    if absolute is not None and not inside(absolute.start(), quotes, [q[0] for q in quotes]):
        _cut(a, absolute.start())


# A clause's finite verb, for telling a noun phrase from a clause: "responsibility for that
# attack" and "the worst bloodshed since 1945" have none.
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|did|does|"
    r"do|said|says)\b|[“”\"]"
)
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s")


def end_at_appositive(a: Attribution, text: str, c_end: int, s_end: int) -> None:
    """"asserted responsibility for that attack, the worst bloodshed on French soil since
    World War II": a verb whose object is a noun phrase reports the phrase; an appositive
    after it, a noun phrase with no verb, is the outlet's description of it."""
    if not a.content or a.content[-1][0] < c_end or a.content[-1][1] > s_end:
        return
    start, end = a.content[-1]
    if text.startswith(("that", "“", '"', "‘", "whether"), start):
        return
    for m in _APPOSITIVE.finditer(text, start, end):
        before = text[start : m.start()].split()
        if before and before[-1][:1].isupper():
            continue  # "Gregory Hicks, the former deputy": who a name is, as the source told it
        if _FINITE.search(text, start, m.start()) is None and (
            _FINITE.search(text, m.end(), end) is None
        ):
            _cut(a, m.start())
            return


# A dash and then only how or when the act was done: "- most directly and pointedly for the
# past two weeks", "— repeatedly, since June".
_DASHED_MANNER = re.compile(
    r"\s*(?:[—–]|\s-|--)\s*(?:(?:most|more|very|quite|so|but|and)\s+)*[a-z]+ly"
    r"(?:,?\s+(?:and|or|but)\s+(?:(?:most|more|very|quite|so)\s+)*[a-z]+ly)?"
    r"(?:\s+(?:for|since|over|during|in|throughout)\s+[^,.;:!?—–“”\"]{1,40})?[.!?]?$"
)


def end_at_dashed_manner(a: Attribution, text: str, c_end: int) -> None:
    """"asked the campaign to release the speeches - most directly and pointedly for the
    past two weeks": what follows a dash after the report and tells only how or when the
    speaker acted (an adverb, maybe a time phrase) is the writer's account of the act, not
    part of what was said."""
    if not a.content or a.content[-1][0] < c_end:
        return
    start, end = a.content[-1]
    for m in re.finditer(r"\s(?:[—–]|-|--)\s|[—–]", text[start:end]):
        at = start + m.start()
        if _DASHED_MANNER.match(text, at, end):
            _cut(a, at)
            return


def purpose_in_absolute(left: str, start: int) -> re.Match[str] | None:
    """The absolute clause an infinitive cue at the end of `left` completes ("with
    Lewandowski taking to Twitter to"); its group "ing" is the participle after the subject."""
    return _WITH_ING_TO.search(left, start)


# "Kale used the question to demand", "took the occasion to attack": an infinitive of purpose
# after a verb of taking an occasion; the verb's subject is who speaks.
_OCCASION_TO = re.compile(
    r"\b(?:used|uses|use|took|takes|seized\s+on|seized\s+upon|seizes\s+on)\s+"
    r"(?:[\w’'\-]+\s+){1,4}?to\s+$"
    # "Lee went to Ohio on Monday to tell voters": a trip's purpose is the traveller's
    r"|\b(?:went|goes|go|came|comes|traveled|travelled|travels|flew|flies|headed|heads|"
    r"returned|returns|stopped\s+by|showed\s+up|turned\s+up)\s+"
    r"(?:(?:to|in|at|on|into|before|back|home|there|here|by)\b[\w’'\-\s.]{0,50}?\s+)?to\s+$"
)


def occasion_to(left: str, start: int) -> re.Match[str] | None:
    """The verb of taking an occasion that an infinitive cue at the end of `left` completes."""
    return _OCCASION_TO.search(left, start)


def fronted(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], before a speaker, is a participle or adjective phrase that
    describes them ("Horrified at the prospect of ...") rather than words they report."""
    return _FRONTED.match(text, start, end) is not None


def manner_closes(text: str, pos: int, s_end: int) -> bool:
    """Whether a manner of feeling or tone right after the cue ends its clause ("Cruz responded
    with vitriol, promoting ...", "... said with contempt."): the verb reports nothing after."""
    manner = _MANNER_NOUN.match(text, pos, s_end)
    return manner is not None and _CLAUSE_CLOSES.match(text, manner.end(), s_end) is not None


_CLAUSE_CLOSES = re.compile(r"\s*(?:[,;.!?)]|[—–]|$)(?!\s*(?:that|whether)\b)")


def past_manner(text: str, pos: int, s_end: int) -> int:
    """Past how something was said, after a cue: "attacked viciously during", "described, in
    fairly blistering terms, a set of" (the outlet's judgement; what follows is the report)."""
    while (manner := _MANNER.match(text, pos, s_end) or _MANNER_NOUN.match(text, pos, s_end)):
        pos = manner.end()
        lead = LEAD.match(text, pos, s_end)
        pos = lead.end() if lead else pos
    return pos
