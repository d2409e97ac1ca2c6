"""Speakers: the noun phrase that says something, and who a pronoun or role noun stands for.

`subject_at_start` reads the speaker phrase that opens a sentence, `subject_after(text)` the
one right after an inverted verb ("the Rev. Al Sharpton." after "said"); the one before a verb
is `subjects.subject_before`. `SpeakerBook` keeps the named speakers of an
article in order, with the role words each was introduced with ("Senator", "CNN host"), and
resolves "he"/"she"/"they" to the last named person and "the senator" to the last named
speaker the article gave that role, saying how (`named`, `pronoun`, `role_noun`). "She" skips
a person whom a title ("Mr.") or the article's own pronouns (`gender_evidence`: "Leo Park
said his ...") make a man, and "he" a woman.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..models import SpeakerHow


def words(text: str) -> frozenset[str]:
    """A set of words written as one string, for the word lists of this stage."""
    return frozenset(text.split())


def alternation(options: str) -> str:
    """The words of an "a|b|c" list as one regular expression in the form of a trie
    ("s(?:ources|urveys)"): it matches the same strings, and where what follows admits only
    one of them (a word boundary, a space), the same match; but the engine compares a few
    characters per position instead of trying every word in turn."""
    trie: dict[str, Any] = {}
    for word in set(options.split("|")):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return build(trie)


TITLE_ABBREV = (
    "Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Rev|Lt|Col|Sgt|Prof|Pres|Jr|Sr|St|Capt|Maj|Adm|"
    "Atty|Amb|Gens|Supt|Cmdr|Hon|Msgr|Fr"
)
# One word of a name: a title abbreviation, an initial ("J."), or a capitalised word; a name
# never starts with a determiner ("The report found": no name).
_DETERMINERS = r"(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|Your)\b"
_CAPW = rf"(?:(?:{TITLE_ABBREV})\.|[A-Z]\.(?:[A-Z]\.)*|(?!(?:{TITLE_ABBREV})\.)[A-Z][\w’'\-]*)"
_JOIN = r"(?:\s+(?:of|of the|for|for the|and|al|bin|ibn|de|da|del|van|von|der|le|la|&)\s+|\s+)"
NAME = rf"(?:(?!{_DETERMINERS}){_CAPW}(?:{_JOIN}{_CAPW})*)"
# Words of a role before a name: "CNN host Jake Tapper", "Pentagon spokesman John Kirby".
ROLE_WORDS = (
    "host|anchor|spokesman|spokeswoman|spokesperson|senator|governor|president|secretary|"
    "chairman|chairwoman|chair|director|manager|adviser|advisor|strategist|pollster|candidate|"
    "nominee|leader|minister|ambassador|official|aide|analyst|professor|economist|lawyer|"
    "attorney|founder|co-founder|executive|chief|officer|commentator|correspondent|reporter|"
    "editor|columnist|author|mayor|congressman|congresswoman|representative|delegate|campaign|"
    "press|general|senior|former|deputy|vice|top|national|communications|policy|political|"
    "foreign|presidential|frontrunner|front-runner|businessman|billionaire|mogul|hopeful|"
    "rival|challenger|contender|incumbent|speaker|majority|minority|whip|counsel|judge|"
    "justice|commissioner|coordinator|organizer|activist|supporter|critic|owner|ceo|magnate|"
    "tycoon|investor|entrepreneur|actor|actress|comedian|"
    "chairperson|head|founding|conservative|liberal|radio|talk|show|television|news|host"
)
_ROLE_HEAD = re.compile(ROLE_WORDS)
# The role words as a trie (`alternation`): a space must follow, so only the whole word can
# match, the same one; but the engine compares a few letters per position, not ~100 words.
_ROLE_NAME = (
    rf"(?:(?:{NAME}|[Tt]he|[Ff]ormer)\s+)?(?:(?:{alternation(ROLE_WORDS)})\s+){{1,4}}{NAME}"
)
_ROLE_WORD_SET = frozenset(ROLE_WORDS.split("|"))
# A contraction is a pronoun or auxiliary with its verb ("It's", "didn't", "they’re"): a
# clause, never part of a speaker's noun phrase ("Mexico's" is a possessive and stays).
CONTRACTION = re.compile(
    r"(?i)(?:n[’']t|[’'](?:re|ve|ll|d|m))$|"
    r"^(?:it|that|there|here|what|who|he|she|let|where|how|this)[’']s$"
)
_PRESENTING = re.compile(r"^\s*(?:[Hh]ere|[Tt]here)[’']s\s+")
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})
_PERSONAL = frozenset({"he", "she", "they"})  # a third person's pronoun: someone the book may know
# Pronouns that stand for nobody in particular: never a subject after a preposition ("For
# someone who ...") nor a speaker who goes on speaking in the next paragraph.
INDEFINITES = words("someone somebody anyone anybody everyone everybody no-one nobody") | {"no one"}
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|I|[Ww]e|[Yy]ou)"
_DET = (
    r"(?:(?:[Aa]lmost |[Nn]early |[Oo]nly |[Jj]ust |[Mm]ore than |[Aa]bout |[Ff]ewer than )?"
    r"(?:half|most|many|some|all|none|few|a majority|a third|two-thirds|a quarter|"
    r"\d+ percent|each|one|two|several) of(?: the)?|[Oo]ne|"
    r"[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|"
    r"[Oo]ther|[Bb]oth|[Aa]ll|[Tt]hese|[Tt]hose|[Ff]ew|[Tt]wo|[Tt]hree|[Nn]o|[Ee]ach|"
    rf"\d[\d,.%]*|{_CAPW}(?:\s+{_CAPW})*[’']s)"
)
# Words a subject noun phrase does not run across: verbs, conjunctions, pronouns. Read only
# in negative lookaheads ("(?!_STOP\b)"), where a trie excludes the same words.
_STOP = "(?:" + alternation(
    "is|was|are|were|be|been|has|have|had|and|but|or|that|which|who|whom|when|where|while|"
    "if|because|as|said|says|say|to|would|will|could|can|may|might|should|not|it|he|she|they|"
    "we|I|you|him|them|us|than|then|so|did|do|does|also"
) + ")"
_DETNP = rf"(?:{_DET}(?:\s+(?!{_STOP}\b)[\w’'\-&.]+){{1,6}})"
GROUP_NOUNS = (
    "officials|aides|voters|critics|supporters|analysts|experts|sources|observers|advisers|"
    "advisors|strategists|conservatives|liberals|progressives|protesters|protestors|organizers|"
    "organisers|activists|lawmakers|legislators|leaders|members|people|polls|surveys|studies|"
    "reports|documents|records|insiders|operatives|donors|delegates|residents|opponents|allies|"
    "staffers|officers|police|investigators|prosecutors|authorities|researchers|scientists|"
    "economists|pollsters|observers|watchers|spokesmen|spokeswomen|spokespeople|representatives|"
    "democrats|republicans|candidates|senators|governors|diplomats|scholars|historians|"
    "commentators|pundits|reporters|journalists|students|workers|parents|women|men|fans|"
    "evangelicals|independents|moderates|Democrats|Republicans|Americans|Evangelicals|"
    "respondents|participants|Latinos|Hispanics|whites|adults|citizens|Catholics|Christians|"
    "Muslims|Jews|millennials|veterans|conservatives|economists|lawyers|attorneys|aides|"
    "advocates|groups|campaigns|polls|surveys|associates"
)
# Nouns that head a speaker's phrase: people, organisations and the documents that speak,
# report or find (read by `subjects`, with the role and group words above).
SPEAKER_NOUNS = words(
    "official lady critic supporter analyst expert source observer adviser advisor strategist "
    "protester protestor organizer organiser lawmaker legislator member insider operative "
    "donor resident opponent ally associate staffer officer investigator prosecutor researcher "
    "scientist "
    "pollster democrat republican diplomat scholar historian commentator pundit student worker "
    "parent fan voter veteran advocate neighbor neighbour friend colleague manager teacher "
    "doctor nurse pastor priest bishop rabbi imam cleric soldier man woman person people "
    "men women boy girl child children kid kids mother father wife husband son daughter "
    "brother sister uncle aunt family families everyone someone somebody anyone nobody "
    "others another campaign committee party administration department ministry office agency "
    "group team organization organisation council court government house senate congress "
    "board union association foundation institute center centre coalition staff firm company "
    "corporation bank fund network newspaper paper magazine outlet station tribunal panel "
    "commission police military army navy regime kingdom state embassy parliament legislature "
    "pac caucus establishment white lobby university college school church charity website "
    "blog site poll survey study report statement memo email e-mail letter analysis data "
    "document filing ruling complaint lawsuit indictment release book article story column "
    "editorial ad advertisement video tweet post review audit investigation probe assessment "
    "estimate estimates figures numbers research findings polling forecast model projection "
    "transcript testimony records documents emails letters polls surveys studies reports "
    "statements memos ads videos tweets posts messages message spokesperson judge justice "
    "sheriff governor president candidate nominee leader chief executive founder owner host "
    "writer author editor columnist reporter correspondent anchor authorities prosecutors "
    "half most many some majority minority third quarter percent few all none both handful "
    "number dozens hundreds thousands millions crowd audience public electorate respondents "
    "residents citizens americans participants attendees guests hosts speech remarks "
    "comments rhetoric page words opinion contenders delegates employee employees circle camp "
    "airline airlines carrier manufacturer maker automaker retailer utility hospital clinic "
    "club league federation alliance bloc network networks channel broadcaster publication "
    "daily tabloid site website websites platform service services firm firms companies "
    "corporations banks agencies departments ministries governments parties campaigns "
    "committees councils courts judges justices panelists jury prosecution defense defence "
    "prosecutor lawyers attorneys counsel plaintiffs defendants petition letter resolution "
    "manifesto verdict surveys "
    "economist economists scientists physicians doctors nurses teachers pastors priests "
    "officers troops soldiers forces regime rebels militants insurgents group groups "
    "organizations organisations authorities officials aide aides adviser advisers staff "
    "staffers spokesman spokeswoman spokesmen spokeswomen spokespeople person persons folks "
    "family relatives neighbours neighbors friends colleagues partners investors traders "
    "analysts executives managers owners workers employees members residents voters fans "
    "viewers readers listeners users customers consumers shoppers passengers travelers "
    "travellers patients victims survivors witnesses protesters demonstrators marchers crowds "
    "generation generations millennials proponent proponents witness eyewitness bystander figure "
    "victim survivor passenger patient customer investor neighbour suit motion brief "
    "affidavit bill law legislation proposal platform agreement treaty guidelines regulation "
    "headline slogan sign banner caption note notes postcard card telegram"
)
# A modifier of a group noun: an adjective or a name, never a preposition or a verb form.
_PREP = "(?:" + alternation(  # in negative lookaheads only, as `_STOP`
    "by|in|on|at|for|with|from|of|to|about|against|over|after|before|into|during"
) + ")"
_MOD = rf"(?:(?!{_STOP}\b|{_PREP}\b)(?![\w\-]+(?:ing|ed)\b)[\w’'\-]+\s+)"
_GROUP = rf"(?:{_MOD}{{0,3}}(?i:{alternation(GROUP_NOUNS.lower())})\b)"
# "People familiar with the matter", "sources close to the campaign". The lookahead spares
# the costly phrase where none of its linking words is ahead (no group phrase or name holds
# a semicolon).
_INFORMED_AHEAD = (
    r"\s(?:briefed on|familiar with|close to|involved in|knowledgeable about|"
    r"with knowledge of|who (?:spoke|asked|requested))"
)
_INFORMED = (
    rf"(?=[^;]*?{_INFORMED_AHEAD})"
    rf"(?:{_GROUP}|{NAME})\s+(?:briefed on|familiar with|close to|involved in|knowledgeable "
    r"about|with knowledge of|who (?:spoke|asked|requested)[^,.;]{1,50}?)(?:\s+[\w’'\-]+){1,5}"
)
# "Nearly half said", "Most said": a share of the people just mentioned
_SHARE = (
    r"(?:(?:[Nn]early|[Aa]lmost|[Oo]nly|[Aa]bout|[Mm]ore than|[Jj]ust) )?(?:[Hh]alf|[Mm]ost|"
    r"[Aa] majority|[Aa] third|[Tt]wo-thirds|[Aa] quarter|\d+ percent|[Mm]any|[Ff]ew|[Ss]ome)"
)
# "Leaders of the organization", "Members of Congress"
_OF_AHEAD = r"\sof\s"
_GROUP_OF = rf"(?=[^;]*?{_OF_AHEAD})(?:(?:{_GROUP}|{NAME})\s+of\s+(?:{_DETNP}|{NAME}))"
_NP_REST = rf"{_ROLE_NAME}|{_DETNP}|{_GROUP}|{NAME}|{_SHARE}|{PRONOUN}"
_NP = rf"(?:{_INFORMED}|{_GROUP_OF}|{_NP_REST})"


def _lazy(pattern: str) -> str:
    """The same phrase, lazily, for the subject that opens a sentence ("The mayor resigned,
    citing ...")."""
    return pattern.replace("{1,6}", "{1,6}?")


_NP_LAZY = _lazy(_NP)
# What a speaker noun is attached to: "the authors of the “Growth and Opportunity Project”",
# "a longtime adviser to both Clintons", "a person close to the Clintons".
_ATTACHMENT = (
    r"(?:\s+(?:of|for|to|with|at|from|close to|familiar with)\s+(?:the\s+|both\s+)?[“\"]?"
    r"[A-Z][\w’'\-.]*(?:\s+(?:(?:of|and|&|the)\s+)?[A-Z][\w’'\-.]*)*(?<![’']s))"
)
_INFORMED_LINK = (
    r"(?:briefed on|familiar with|close to|involved in|knowledgeable about|with knowledge of)"
)
_INFORMED_HEAD = re.compile(rf"\s+{_INFORMED_LINK}\s")


def phrase_head(np: str) -> str:
    """The word a speaker phrase hangs on: its last, or the one before "familiar with",
    "close to" ("one Republican involved in the planning": "Republican")."""
    cut = _INFORMED_HEAD.search(np)
    return (np[: cut.start()] if cut else np).split()[-1]


_SUBJECT_START = re.compile(
    # "said attorney and child advocate Ana Ruiz": roles joined by "and" before the name
    rf"^\s+(?P<np>(?:the\s+|an?\s+)?(?:(?:{_CAPW}|and(?=\s+[a-z])|"
    rf"(?!{_STOP}\b|{_PREP}\b)[a-z][\w\-’']*)\s+){{0,6}}?{NAME}"
    # "said a Republican familiar with the talks", "said one official close to the mayor"
    rf"|(?:the|a|an|one|another|two|three|several)\s+(?:[\w\-’']+\s+){{0,3}}?{_INFORMED_LINK}"
    rf"(?:\s+(?!{_STOP}\b)[\w\-’'.]+){{1,5}}?"
    rf"|(?:the|a|an|one|another|two|three|several)\s+(?:(?:{NAME}|(?!{_STOP}\b)[a-z][\w\-’']*)\s+)"
    rf"{{0,4}}?(?!{_STOP}\b)[a-z][\w\-]*{_ATTACHMENT}?|{PRONOUN})"
    r"(?=\s*(?:[,.;:!?”\"(]|$|\s+(?:on|in|at|of|who|during|last|earlier|to|about|after|before|"
    r"when|while|from|told|as|and|but|said|wrote|added)\b))"
)
# Words that open sentences and are capitalised only for that: not part of a name.
OPENERS = words(
    "In On At But And So Yet When After Before While Although Though If As Then Now Still "
    "Meanwhile However Also Later Earlier Last This That Today Yesterday Instead Indeed Asked "
    "Speaking Writing Separately Similarly Finally Since Because During Under With Without "
    "For From By Of To Even Only Just Why How What Where Here There Thus Hence Nevertheless "
    "Nonetheless Moreover Furthermore Recently Previously Overall Wednesday Monday Tuesday "
    "Thursday Friday Saturday Sunday Somewhere Elsewhere Everywhere Nowhere Anywhere Once "
    "Whenever Unless Upon Ironically Soon Shortly Afterward Afterwards Eventually Ultimately "
    "Initially Originally Perhaps Maybe Again Already Besides Otherwise Regardless Next "
    "Let"  # "Let’s remember that ...": the writer's imperative, no one named
    # answers, interjections and a question's or an imperative's first word ("Yes, military
    # force should be used", "Is it ...", "Make Senators go on the record") name no one
    " Yes No Okay Well Oh Is Are Was Were Make"
)
_TITLE_ROLES = {
    "sen": "senator",
    "sens": "senator",
    "rep": "representative",
    "reps": "representative",
    "gov": "governor",
    "gen": "general",
    "rev": "reverend",
    "pres": "president",
    "dr": "doctor",
    "prof": "professor",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "amb": "ambassador",
}
_ROLE_SYNONYMS = {
    "representative": {"congressman", "congresswoman", "lawmaker"},
    "senator": {"lawmaker"},
    "congressman": {"lawmaker"},
    "congresswoman": {"lawmaker"},
}
# ("Vice President", "Deputy Prime Minister": the whole title, never "President Mike Pence")
_EPITHET_TITLE = re.compile(
    r"\b(?:(?:Vice|Deputy)\s+)?"
    r"(?:Grand Ayatollah|Ayatollah|President|Prime Minister|Minister|General|Gen\.|Mr\.?|"
    r"Mrs\.?|Ms\.?|Dr\.?|Sheikh|Sayyed|Seyed|King|Queen|Prince|Emir|Sultan|Pope|Senator|Sen\.)\s"
)
# An appositive that opens with a person's name of two words or more, not a possessive.
_APPOSED_NAME = re.compile(
    rf"\s*,\s*(?P<name>{_CAPW}(?:\s+{_CAPW})+)(?<![’']s)(?=\s*[,.;]|\s*$|\s+(?:of|from|in|at)\s)"
)
_GENDERED = re.compile(r"(Mr|Mrs|Ms|Miss)\b")
_NAME_TAIL = re.compile(rf"(?:^|\s)(?P<name>{NAME})$")
_CAPWORD = re.compile(r"\b[A-Z][\w’'\-]*")
_POSSESSED = re.compile(r"(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})[’']s\s+\S")
# As a trie (`alternation`): the same matches at a quarter of the cost of trying ~150 words
# at every position (it runs on every name the book remembers).
_GROUPISH = re.compile(
    r"\b(?:" + alternation(
        f"{GROUP_NOUNS}|campaign|committee|party|administration|department|ministry|"
        "office|agency|group|team|poll|survey|report|study|paper|newspaper|network|company|firm|"
        "organization|organisation|council|court|government|house|senate|congress|board|union|"
        "association|foundation|institute|center|centre|coalition|majority|minority|staff|"
        "panel|commission|jury|"
        # plural institutions are groups too: "Six regional newspapers ... They called her"
        "newspapers|papers|networks|groups|campaigns|committees|agencies|companies|firms|"
        "organizations|organisations|councils|courts|governments|unions|associations|"
        "foundations|institutes|coalitions|outlets|boards|parties|departments|ministries"
    ) + r")\b",
    re.IGNORECASE,
)


# A sentence's subject comes after an opening phrase ("In 2013, ", "And now ") and before its
# verb or an appositive ("Rubio, in the closing days, has preached ...").
_OPENING = (
    r"\W*(?:(?:In|On|At|After|Before|During|Since|By|For|With|As|When|While|Although|Though|"
    r"If|Until|Despite|Like|Unlike|Earlier|Later|Last|This|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b[^,;]{0,60},[”\"]?\s*"
    # a participle phrase: "Standing in front of a crowd ... by her side, Clinton turned"
    r"|[A-Z][a-z]{3,}ing\s+(?:in|on|at|to|into|from|with|for|about|up|out|over|the|a|an|his|"
    r"her|their|its)\b[^,;:“”\"]{0,160},\s*)?"
    r"(?:(?:And|But|So|Yet|Now|Still|Also|Then|Meanwhile|Instead),?\s+"
    r"(?:now\s+|then\s+|also\s+|even\s+)?)?(?:Even\s+)?"
)
_SUBJECT_OPENING = re.compile(rf"{_OPENING}(?P<np>{_NP_LAZY})(?=\s+[a-z]|\s*,)")
# The same pattern less the phrases whose lookahead cannot hold in a given sentence: a
# phrase that opens with a lookahead failing at every position never matches, so the
# alternatives after it are tried exactly as before. Most sentences hold neither "of" nor an
# "informed" link, and the pattern without them costs about half as much per sentence.
_OPENINGS = {
    (True, True): _SUBJECT_OPENING,
    (True, False): re.compile(
        rf"{_OPENING}(?P<np>(?:{_lazy(_INFORMED)}|{_lazy(_NP_REST)}))(?=\s+[a-z]|\s*,)"
    ),
    (False, True): re.compile(
        rf"{_OPENING}(?P<np>(?:{_lazy(_GROUP_OF)}|{_lazy(_NP_REST)}))(?=\s+[a-z]|\s*,)"
    ),
    (False, False): re.compile(rf"{_OPENING}(?P<np>(?:{_lazy(_NP_REST)}))(?=\s+[a-z]|\s*,)"),
}
_OF_SEARCH = re.compile(_OF_AHEAD)


def subject_at_start(text: str, start: int, end: int) -> re.Match[str] | None:
    """The noun phrase that opens a sentence, followed by its (lower-case) verb."""
    # The literal words each lookahead needs: a substring test costs less than the search.
    seg = text[start:end]
    informed = (  # may hold; the full pattern decides
        "briefed on" in seg or "familiar with" in seg or "close to" in seg
        or "involved in" in seg or "knowledgeable about" in seg or "with knowledge of" in seg
        or "who " in seg
    )
    group_of = "of" in seg and _OF_SEARCH.search(text, start, end) is not None
    return _OPENINGS[informed, group_of].match(text, start, end)


def subject_after(text: str) -> re.Match[str] | None:
    """The speaker phrase that opens `text` after a reporting verb ("said the Rev. X,")."""
    return _SUBJECT_START.match(text)


def trim_openers(np: str) -> str:
    """Drop sentence openers a capitalised run swept up ("In Iowa Trump" -> "Iowa Trump" ->
    the caller still sees a name) and surrounding punctuation."""
    words = np.strip(" ,.:;’'").split()
    while len(words) > 1 and words[0] in OPENERS:
        n = 2 if words[0] == "At" and words[1] == "least" else 1
        if words[0] in _LIMITERS and len(words) > n + 1 and _QUANTITY.match(words[n]):
            break  # "Only about 4 in 10 voters", "At least half of them": the share speaks
        words = words[n:]
    return " ".join(words)


# Openers that limit a share when a quantity follows: part of who speaks, not of the sentence.
_LIMITERS = words("Only Just At")
_QUANTITY = re.compile(
    r"(?:\d[\d,.%]*|about|around|roughly|nearly|almost|half|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|some|most|several|\w+-(?:thirds?|quarters?|fifths?))$",
    re.IGNORECASE,
)


# Words that are never a whole speaker phrase: conjunctions, verbs, object pronouns.
_MODIFIER_END = re.compile(
    r"^[A-Z][a-z]+(?:ately|ically|ously|ively|ently|antly|ially|ually|ical|ious|amic)$"
)
_URL = re.compile(r"https?:|www\.|\.\w{2,3}/")  # not "ABC News/Washington Post poll"
CONJUNCTIONS = words("or and but nor")
# ("all condemned to Hell": a quantifier alone names nobody)
_NOT_SPEAKERS = CONJUNCTIONS | words("see say saw more less fewer all")
# Words that after "the" make a phrase that names nobody ("The most", "The Year", "The next").
_POINTERS = words("above below following foregoing aforementioned")
_NOBODY = words(
    "most least more less year years week month day time first last best worst next "
    "latest same rest end top bottom moment future past way thing things"
)


# Gender as the article's own pronouns give it: a sentence that names one person and speaks
# of someone as "his" or "her" most often speaks of that person. Read outside quotation
# marks (a quote's pronouns are the speaker's, about anyone).
_IN_QUOTES = re.compile(r"“[^”]*”?|\"[^\"]*\"?|''.*?(?:''|$)")
_GENDER_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"[\"”’]?\s+(?=[A-Z\"“‘])"
)
_NAME_RUN = re.compile(
    rf"\b(?=[A-Z])(?:(?P<title>Mr|Mrs|Ms|Miss)\.?\s+|(?:{TITLE_ABBREV})\.\s+)?(?P<name>[A-Z][a-z][\w’'\-]*"
    r"(?:\s+(?:[A-Z]\.\s+)*[A-Z][a-z][\w’'\-]*)*)"
)
_PRONOUN_GENDER = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
}
# Subject, possessive and reflexive pronouns; "him" and "her" as objects ("Trump called on her
# to resign") stand for someone else as often as not, so "her" counts only before a noun.
_GENDER_WORD = re.compile(
    r"\b(?:[Hh]e|[Hh]is|[Hh]imself|[Ss]he|[Hh]erself|[Hh]er(?=\s+(?!(?:to|and|or|of|for|in|on|"
    r"at|with|that|as|a|an|the|when|while|if|because|after|before|from|by|about|over|"
    r"into|out|up|down|back|off|this|that|who|what|how|why|so|but)\b)[a-z]))\b"
)
_NOT_NAME_WORDS = words(
    "He She It We They I You The A An This That These Those His Her Its Our Their My Your "
    "Him Them Us Me Who What Which"
)


_TITLES = re.compile(rf"^(?:(?:{TITLE_ABBREV}|Miss)\.?\s+)+")


def _name_key(name: str) -> str:
    """A name without its possessive and title, for matching mentions of one person."""
    return re.sub(r"[’']s?$", "", name).lower()


_FULL_RUN = re.compile(r"[A-Z][a-z][\w’'\-]*(?:\s+(?:[A-Z]\.\s+)*[A-Z][a-z][\w’'\-]*)+")


def _full_name(run: str, fulls: dict[str, set[str]]) -> list[str]:
    """The words of a capitalised run that name someone (no pronoun or sentence opener
    before them); a full name of two words or more is noted under its last name."""
    parts = [w for w in run.split() if w not in _NOT_NAME_WORDS]
    while parts and parts[0] in OPENERS:
        parts = parts[1:]
    while len(parts) > 1 and parts[0].lower() in _ROLE_WORD_SET:
        # "Secretary Clinton" is Hillary Clinton with her title, not a second Clinton whose
        # full name would make the last name two people's
        parts = parts[1:]
    if len(parts) > 1:
        fulls.setdefault(_name_key(parts[-1]), set()).add(_name_key(" ".join(parts)))
    return parts


def gender_evidence(texts: list[str]) -> dict[str, tuple[int, int]]:
    """The (he, she) pronoun counts of each name, over the sentences that name only that
    person: a pronoun after the name, in a sentence with no gendered pronoun before it (that
    one stands for someone named earlier). "Mr."/"Mrs."/"Ms." count as three. A full name
    and its bare last name pool their counts; a last name that two full names share ("Alan
    Grayson", "Lolita Grayson") counts for nobody but each full name."""
    counts: dict[str, list[int]] = {}
    fulls: dict[str, set[str]] = {}
    for text in texts:
        for sent in _GENDER_SENTENCE.split(_IN_QUOTES.sub(" ", text)):
            if _GENDER_WORD.search(sent) is None and _GENDERED.search(sent) is None:
                # no evidence here: only the full names, for last names two people share
                for m in _FULL_RUN.finditer(sent):
                    _full_name(m.group(), fulls)
                continue
            names: dict[str, tuple[str, str | None, int]] = {}
            for m in _NAME_RUN.finditer(sent):
                parts = _full_name(m.group("name"), fulls)
                if parts:
                    key = _name_key(parts[-1])
                    names.setdefault(key, (" ".join(parts), m.group("title"), m.start()))
            if len(names) != 1:
                continue  # nobody, or several people a pronoun could stand for
            ((last, (full, title, at)),) = names.items()
            if _GENDER_WORD.search(sent, 0, at):
                continue  # "She thanked Sanders": the pronoun is someone named before
            tally = [0, 0]
            for w in _GENDER_WORD.findall(sent, at):
                tally[_PRONOUN_GENDER[w.lower()] == "she"] += 1
            if title:
                tally[title != "Mr"] += 3
            c = counts.setdefault(_name_key(full) if " " in full else last, [0, 0])
            c[0] += min(tally[0], 3)  # one sentence is one piece of evidence
            c[1] += min(tally[1], 3)
    out = {key: (c[0], c[1]) for key, c in counts.items() if len(fulls.get(key, ())) < 2}
    for last, spelled in fulls.items():
        if len(spelled) == 1 and last in out:
            # one person: "Leo Park" and "Park" pool what is said of them
            (full,) = spelled
            he, she = out.get(full, (0, 0))
            out[last] = out[full] = (he + out[last][0], she + out[last][1])
    return out


def _decided(counts: tuple[int, int]) -> str | None:
    """"he" or "she" where one has two pronouns or more and three times the other's."""
    he, she = counts
    if he >= 2 and she * 3 <= he:
        return "he"
    if she >= 2 and he * 3 <= she:
        return "she"
    return None


@dataclass
class Speaker:
    name: str | None
    how: SpeakerHow


# A role held for someone else, then that someone: "the top aide to X", "a spokesman for X".
_SERVING = re.compile(
    r"(?P<det>(?i:the|an?|one))\s+(?:[\w\-]+\s+){0,3}?"
    r"(?i:aide|adviser|advisor|spokesman|spokeswoman|spokesperson|press\s+secretary|chief\s+of\s+staff|lawyer|attorney|confidant|ally|"
    r"speechwriter|strategist|pollster|son|daughter|wife|husband|brother|sister|friend)\s+"
    r"(?:to|of|for)\s+(?P<served>(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-’']*)$"
)


@dataclass
class _Known:
    name: str
    roles: set[str] = field(default_factory=set)
    person: bool = True
    gender: str | None = None  # "he" or "she", from a title or an earlier pronoun




# A plural head: a lower-case noun in -s ("many Carrier workers", "Senate aides"), or a
# capitalised one with a suffix of people ("Republicans", "Democrats", "Voters", "Analysts");
# a place or a body whose name ends in -s ("Texas", "Athens", "The Times", "Fox News") is one.
_PLURAL_LOWER = re.compile(r"[a-z]*[^\Wsui]s")
_PLURAL_PEOPLE = re.compile(r"[A-Z][a-z\-]*(?:an|at|er|ist|st|rt|al|ic|ite|or|ant|ent|de|te|ee)s")
_ONE_BODY = words("States Reuters")  # "The United States", the agency


def plural_name(name: str) -> bool:
    """Whether a speaker phrase names many ("Republicans", "many workers"), not one."""
    last = _POSSESSIVE.sub("", name.split()[-1]) if name[-1:] in "’'" else name.split()[-1]
    return last not in _ONE_BODY and bool(
        _PLURAL_LOWER.fullmatch(last) or _PLURAL_PEOPLE.fullmatch(last)
    )


def groupish(word: str) -> bool:
    """Whether a noun names a group, an organisation or a document ("campaign", "report")."""
    return _GROUPISH.fullmatch(word.lower()) is not None


_TITLE_ABBREV_SET = frozenset(TITLE_ABBREV.split("|"))
_POSSESSIVE = re.compile(r"[’']s?$")


# What may stand before a sentence's first word: the paragraph's start, or a sentence's end
# mark, a colon, a dash or an opening bracket, with any quotation marks after it.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—–(|]|\s-)[\s\"“”‘’'»«]*$")
# A word in a label's place: followed by a colon, maybe after a short parenthesis ("TRUMP:",
# "Ruiz (D):").
_NOT_LABEL = r"(?!\s*(?:\([^)]{0,12}\))?\s*:)"
_WORD_RUN = re.compile(r"\w+")
_RUNNING_WORD = re.compile(rf"(?<!\w)\w++{_NOT_LABEL}")  # a whole word, never a part


# A web address ("Outsports.com") names a site, never a "he" or "she".
_DOMAIN = re.compile(r"\.(?:com|org|net|gov|edu|co|uk|info|io)\b", re.IGNORECASE)
# Heads of a phrase that names a medium or a body, not a person: "Xinhua, the official
# news agency" (with `_GROUPISH`).
_MEDIA_HEADS = words(
    "outlet website site blog daily tabloid magazine broadcaster channel station wire service "
    "publication journal newsletter platform"
)
_QUANTIFIERS = words("other others some many most several few all both more various numerous")
# Where an appositive's head noun ends: "a member of the board", "the agency that runs".
_HEAD_END = re.compile(r"\s(?:of|for|in|at|on|with|from|to|and|who|which|that|whose)\s")


def organisation_phrase(phrase: str) -> bool:
    """Whether a phrase that describes a name ("the official Chinese news agency", "a
    conservative website") has a medium's or a body's head noun: the name is no person."""
    cut = _HEAD_END.search(f" {phrase} ")
    head = (f" {phrase} "[: cut.start()] if cut else phrase).split()
    if not head:
        return False
    word = head[-1].strip(",.;:’'\"”").lower()
    return bool(word) and (word in _MEDIA_HEADS or _GROUPISH.fullmatch(word) is not None)


@lru_cache(maxsize=4096)
def _name_facts(name: str) -> tuple[bool, str | None]:
    """Whether a name can be a person's (not a group's, "the ..." or a possessed thing, a web
    address, a state, a plural common noun), and the gender its title gives; cached, since an
    article names the same people again."""
    from .subjects import STATES  # (subjects reads this module's word lists)

    person = not _GROUPISH.search(name)
    person = person and not name.lower().startswith(("the ", "a "))
    person = person and not _POSSESSED.match(name)  # "Lee’s Last Letter" is no "she"
    person = person and not _DOMAIN.search(name) and name not in STATES
    # "Other Netizens", "Many Republicans": a quantifier before a plural is a group
    person = person and name.split()[0].lower() not in _QUANTIFIERS
    if person and name[:1].islower():
        # "advocates in the community": people, but never one "he" or "she"
        head = phrase_head(name).lower()
        person = not (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    title = _GENDERED.match(name)
    return person, None if title is None else "he" if title.group(1) == "Mr" else "she"


@lru_cache(maxsize=4096)
def _prepared(phrase: str) -> tuple[str | None, bool]:
    """A speaker phrase trimmed for `SpeakerBook.resolve`, None when it names nobody whatever
    the article said before; and whether it is one word that may be a modifier, which names
    nobody unless the article named someone so. What the phrase alone decides is cached (an
    article names the same people again and again); every verdict is "unknown" and reads
    nothing else, so their order does not matter."""
    # "Here’s Clinton in 1992:": a presentational opener, then the speaker
    # (both patterns need an apostrophe: most phrases have none)
    apostrophe = "’" in phrase or "'" in phrase
    phrase = trim_openers(_PRESENTING.sub("", phrase) if apostrophe else phrase)
    if not phrase or (apostrophe and any(CONTRACTION.search(w) for w in phrase.split())):
        # a speaker is a noun phrase: "It's another", "didn't limit her" are clauses
        return None, False
    if not any(c.isalpha() for c in phrase):
        return None, False  # "Back in 1999, Mr. Trump ...": a year
    parts = phrase.split()
    if len(parts) > 1 and parts[0].lower() in CONJUNCTIONS:
        phrase, parts = " ".join(parts[1:]), parts[1:]  # "Or you": the phrase after it
    if len(parts) > 1 and parts[0].lower() in PRONOUNS - {"it"} and (
        parts[1].lower() not in CONJUNCTIONS  # "He or she" is a phrase
    ):
        # "I remember", "he all (but accused)": a pronoun and what follows it are no noun
        # phrase; the pronoun alone is the subject
        phrase, parts = parts[0], parts[:1]
    if len(parts) > 1 and parts[0].lower() == "whether" and parts[1].islower():
        return None, False  # "Whether you", "Whether it": a subordinate clause, no name
    if len(parts) == 2 and parts[0].lower() == "it" and parts[1].islower():
        return None, False  # "It offers": a pronoun and its verb are a clause, no name
    if _verb_inside(tuple(parts)):
        return None, False  # "Carly Fiorina Endorses Ted Cruz": a headline's clause
    # "Immediately", "Islamic", "Legal" (the caller asks the book)
    modifier = " " not in phrase and _MODIFIER_END.search(phrase) is not None
    if phrase.split()[-1].lower() in CONJUNCTIONS:
        return None, False  # "work or simply seeking": a cut coordination
    if _URL.search(phrase) or phrase.lower() in _NOT_SPEAKERS:
        return None, False  # "t.co/SkKglwQycb", "or", "see", "him"
    if phrase.startswith("that ") and len(phrase) > 5:
        phrase = phrase[5:]  # "that significant numbers of Republican voters" (not one word)
    low = phrase.lower()
    if low.split()[0] in {"the", "a", "an"} and all(w in _NOBODY for w in low.split()[1:]):
        return None, False  # "The most", "The Year": no noun that speaks
    if low.split()[-2:-1] == ["the"] and low.split()[-1] in _POINTERS:
        return None, False  # "All of the above", "the following": the page's text, nobody
    return phrase, modifier


def _verb_inside(parts: tuple[str, ...]) -> bool:
    """Whether a title-case phrase holds a verb between its words ("Carly Fiorina Endorses Ted
    Cruz", "Trump Slams Rivals"): a reporting verb's -s form capitalised inside a run of
    capitalised words is a headline's clause, never part of a name."""
    if len(parts) < 3:
        return False
    from .cues import capitalised_inflection  # (cues reads this module's word lists)

    return any(w.lower().endswith("s") and capitalised_inflection(w) for w in parts[1:-1])


_GUESS_REACH = 8  # the recent speakers a pronoun's gender guess weighs
# A word as `common_word` and `casing` see one: a run of word characters, apostrophes and
# hyphens, never part of a longer run.
_RUN = re.compile(r"[\w’'-]+")
# ... that may start with a capital: lower-case Latin letters ruled out in C, `isupper` decides
_CAPITAL_RUN = re.compile(r"(?<![\w’'-])[^\W\d_a-zß-öø-ÿ][\w’'-]*")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


class _ArticleWords:
    """Where an article writes its words (headline first, then paragraphs), read in one pass;
    whether a capitalised word is written as a name is worked out only for words asked about."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self.everywhere: set[str] = set()  # every word, as written, headline included
        self.body: set[str] = set()  # every word of the paragraphs, as written
        # each capitalised paragraph word -> where it starts (paragraph, offset); a word before
        # an apostrophe is one too for `named` ("Trump" in "Trump's", "O" in "O'Brien")
        self._capitals: dict[str, list[tuple[int, int]]] = {}
        self._before_apostrophe: dict[str, list[tuple[int, int]]] = {}
        for i, text in enumerate(texts):
            runs = _RUN.findall(text)
            self.everywhere.update(runs)
            if i == 0:
                continue
            self.body.update(runs)
            for m in _CAPITAL_RUN.finditer(text):
                run = m.group()
                if run[0].isupper():
                    self._capitals.setdefault(run, []).append((i, m.start()))
                    for j, c in enumerate(run):
                        if c in "’'" and j:
                            self._before_apostrophe.setdefault(run[:j], []).append((i, m.start()))

    def _mid(self, i: int, start: int) -> bool:
        return not _SENTENCE_START.search(self._texts[i], max(0, start - 8), start)

    def mid_sentence(self, word: str) -> bool:
        """Whether the paragraphs write the capitalised word after a sentence's first word."""
        return any(self._mid(i, start) for i, start in self._capitals.get(word, ()))

    def named(self, word: str) -> bool:
        """Whether the paragraphs write the capitalised word as a name at least once:
        mid-sentence, or before another capital ("Bernie Sanders")."""
        return any(
            self._mid(i, start)
            or _CAPITAL_NEXT.match(self._texts[i], start + len(word)) is not None
            for i, start in self._capitals.get(word, ())
        ) or any(self._mid(i, start) for i, start in self._before_apostrophe.get(word, ()))


# Common given names that are nearly always one gender's (names used for both are left out),
# for a name the article's own pronouns leave undecided. Ordinary given names only: a name
# borne by one public figure ("Kellyanne", "Reince") would fit the 2016 news it was tuned on.
_SHE_NAMES = words(
    "Hillary Jennifer Elizabeth Nancy Sarah Carly Nikki Michelle "
    "Theresa Angela Debbie Donna Mary Susan Karen Lisa Linda Barbara Patricia Margaret "
    "Jessica Ashley Emily Hannah Rebecca Rachel Laura Amy Anna Anne Ann Katherine Catherine "
    "Kathleen Kate Maria Julia Julie Heather Nicole Stephanie Melissa Amanda Christine "
    "Christina Diane Dianne Janet Joan Judy Judith Kimberly Lauren Lori Martha "
    "Paula Sharon Sheila Shirley Tammy Valerie Victoria Virginia Wendy Yvette Cynthia "
    "Deborah Elaine Ellen Evelyn Gloria Grace Helen Irene Jane Jill Joyce Katie Kirsten Liz "
    "Loretta Lucy Marsha Maxine Meghan Megan Olivia Pam Pamela Ruth Sally Samantha Sandra "
    "Sophie Tara Tina Ursula Zoe Chelsea Cheryl Madeleine Carolyn Marie"
)
_HE_NAMES = words(
    "Donald Bernie Ted Marco Ben John Joe James Robert Michael William David "
    "Richard Thomas Charles Christopher Daniel Matthew Anthony Mark Paul Steven Steve Andrew "
    "Kenneth George Edward Brian Ronald Kevin Jason Jeffrey Gary Timothy Larry Jeffery Frank "
    "Scott Eric Stephen Raymond Gregory Samuel Patrick Jack Dennis Jerry Tyler Aaron Henry "
    "Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl Arthur Gerald Roger Keith "
    "Jeremy Lawrence Sean Christian Albert Joshua Jose Willie Ralph Roy Louis Philip "
    "Bobby Johnny Bradley Mike Bill Jim Tom Tim Rick Harry Mitch Rudy Rex Jared Corey "
    "Vladimir Benjamin Justin Boris Nigel Francois Emmanuel Hassan "
    "Sergey Mikhail Dmitry Ahmed Mohammed Muhammad Hussein "
    "Martin Lincoln Joseph Howard Dick Rob Bob Ron Don Dan Ken Greg Doug Jon Jay Al Fred"
)

HE_NAMES, SHE_NAMES = _HE_NAMES, _SHE_NAMES
def _full_person_name(parts: list[str]) -> bool:
    """A given name and a surname, with at most a middle initial or given name between
    ("Jeffrey M. Jones", "Michael Patrick Leahy"); not "Grace Hopper Program", a thing named
    for someone."""
    given = _HE_NAMES | _SHE_NAMES
    if parts[0] not in given or organisation_phrase(" ".join(parts)):
        return False
    return len(parts) == 2 or (
        len(parts) == 3 and (re.fullmatch(r"[A-Z]\.", parts[1]) is not None or parts[1] in given)
    )


# An outlet's or a group's possessive before a full name with a common given name ("The
# Gazette’s Anna Ruiz", "Breitbart’s Joel Pollak"): the person, who works for it.
_OWNER_BEFORE_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.&\-]*\s+){0,3}[A-Z][\w.&\-]*(?:[’']s|s[’'])\s+"
    r"(?P<name>[A-Z][a-z][\w\-’']*(?:\s+[A-Z][\w.\-’']*){1,2})$"
)
_SAYING = (
    r"(?:said|says|told|tells|wrote|writes|added|adds|asked|tweeted|stated|explained|argued|"
    r"claimed|warned|insisted|spoke|speaks)\b"
)


class SpeakerBook:
    """The named speakers of one article, in order, for pronouns and role nouns."""

    def __init__(self, texts: list[str] | None = None) -> None:
        self.known: list[_Known] = []
        # the article's text, read for `gender_evidence` only once a pronoun needs it
        self._texts = texts or []
        self._genders: dict[str, tuple[int, int]] | None = None
        # every name in order of its latest mention, for the headline's quotes; the `known`
        # list forgets old ones (they stop being antecedents), this one does not
        self._named: dict[str, None] = {}
        self._running: dict[str, bool] = {}  # `in_running_text`, by last word
        self._running_words: set[str] | None = None  # words outside a label's place, once
        self._speaks: dict[str, bool] = {}  # `speaks`, by last word
        self._common: dict[str, bool] = {}  # `common_word`, by word
        self._cased: dict[str, str] = {}  # `casing`, by word
        self._index: _ArticleWords | None = None  # built on first need

    @property
    def last(self) -> str | None:
        return self.known[-1].name if self.known else None

    def last_person(self) -> str | None:
        return next((k.name for k in reversed(self.known) if k.person), None)

    def names(self) -> list[str]:
        return list(self._named)

    def remember(self, name: str, roles: set[str] | None = None, person: bool = True) -> None:
        if name.lower() in INDEFINITES:
            return  # "Nobody asked ... He called it shameful": no one is no antecedent
        personal, gender = _name_facts(name)
        person = person and personal
        # the same person named again keeps what is known of them: the first gender known
        # (the name is looked for in C first: most names are new or have none known)
        if gender is None and self.known:
            gender = next((k.gender for k in self.known if k.name == name and k.gender), None)
            last = name.split()[-1]
            fulls = {k.name for k in self.known if k.person and k.name != last
                     and k.name.split()[-1] == last}
            if gender is None and person and name == last and len(fulls) == 1:
                # "Yore" after "Elizabeth Yore", the only Yore the page names in full: the
                # same person ("Clinton" after Bill and Hillary Clinton could be either)
                full = fulls.pop()
                gender = next((k.gender for k in self.known if k.name == full and k.gender), None)
        self.known.append(_Known(name, roles or set(), person, gender))
        self._named.pop(name, None)
        self._named[name] = None
        if len(self._named) > 1024:  # bounded all the same: a megabyte of names
            del self._named[next(iter(self._named))]
        if len(self.known) > 64:  # bounded: only recent speakers are antecedents
            del self.known[:32]

    def _gender(self, k: _Known) -> str | None:
        """A title's or an earlier pronoun's gender, else the article's pronouns' for the
        name (full first: "Bill Clinton" and "Hillary Clinton" share a last name)."""
        if k.gender:
            return k.gender
        name = _TITLES.sub("", k.name)
        if not name:
            return None
        if self._genders is None:
            self._genders = gender_evidence(self._texts)
        # the full name, else its last word ("Democrat Ann Lee": "Lee", pooled with "Ann Lee")
        counts = self._genders.get(_name_key(name)) or self._genders.get(
            _name_key(name.split()[-1]), (0, 0)
        )
        decided = _decided(counts)
        if decided is None and " " in name and not any(counts):
            # no pronoun tells: a common given name does ("Jennifer Lopez" is no "he")
            first = name.split()[0]
            decided = "she" if first in _SHE_NAMES else "he" if first in _HE_NAMES else None
        return decided

    def _sole_candidate(self, k: _Known, low: str) -> bool:
        """Whether `k` is the only recent person a "he" or "she" could stand for. Only then
        does the pronoun tell k's gender: a guess among several ("Clinton's campaign dropped
        the mayor after he suggested") would stick to the wrong person, and a later "she"
        would skip her."""
        recent = self.known[-_GUESS_REACH:]
        return not any(
            o.person and o.name != k.name and " and " not in o.name
            and self._gender(o) in (None, low)
            for o in recent
        )

    def in_running_text(self, name: str) -> bool:
        """Whether a paragraph label's name occurs in the article other than as a label:
        "Scholes:" after "Myron Scholes said" names him; "Quick Tip:" over every tip of a
        guide, found nowhere else, is a heading that names nobody."""
        last = name.split()[-1]
        forms = {last, last.title()}  # "TRUMP:" in a transcript, "Trump" in its intro
        if _WORD_RUN.fullmatch(last):
            # one pass over the article for every label: a page of thousands of labels must
            # not cost labels x text (issue 8)
            if self._running_words is None:
                self._running_words = {
                    m.group() for t in self._texts for m in _RUNNING_WORD.finditer(t)
                }
            return not forms.isdisjoint(self._running_words)
        if last not in self._running:
            if len(self._running) >= 32:
                return False  # bounded: so many odd labels are a page's headings
            spelled = "|".join(re.escape(f) for f in sorted(forms))
            pattern = re.compile(rf"(?<!\w)(?:{spelled})(?!\w){_NOT_LABEL}")
            self._running[last] = any(pattern.search(t) for t in self._texts)
        return self._running[last]

    def speaks(self, name: str) -> bool:
        """Whether the article gives the name's last word a verb of saying within a few words
        ("Conroy said", "told Conroy", "according to Dr. Conroy"), or writes its last two words
        unquoted other than as a label ("Ana Ruiz runs the Gazette"): a name it uses for
        someone, not a topic ("Black Death:" over a story on the plague)."""
        parts = [w.strip(".,") for w in name.split()]
        last = parts[-1]
        if not all(_WORD_RUN.fullmatch(w) for w in parts[-2:]):
            return False
        key = " ".join(parts[-2:])
        if key not in self._speaks:
            if len(self._speaks) >= 32:
                return False  # bounded like `in_running_text`
            forms = "|".join(re.escape(f) for f in sorted({last, last.title(), last.lower()}))
            word = rf"(?:{forms})\b"
            # "Conroy (also) said", "said (Dr. Richard) Conroy", "according to the poll"
            named = rf"(?:{re.escape(last)}|{re.escape(last.title())})\b"  # a name, capitalised
            alternatives = [
                rf"\b{word}\s+(?:[a-z]+ly\s+|also\s+|then\s+)?{_SAYING}",
                rf"{_SAYING}\s+(?:[A-Z][\w.]*\s+){{0,3}}{named}",
                rf"according\s+to\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,3}}{word}",
            ]
            # the name written elsewhere, unquoted and not as a label ("Ratzinger: “...”"
            # where the page tells of Ratzinger): a quoted term ("the “Black Death”") is none
            alternatives.append(
                rf"(?<![“\"‘'\w])(?<![“\"‘'] ){re.escape(key)}\b(?!(?:\s+[A-Z][\w’']*)*\s*:)"
            )
            pattern = re.compile("|".join(alternatives))
            self._speaks[key] = any(pattern.search(t) for t in self._texts)
        return self._speaks[key]

    def common_word(self, phrase: str) -> bool:
        """Whether one capitalised word is a common word, not a name: the article writes it
        in lower case somewhere and never capitalised after a sentence's first word (the
        headline's title case proves nothing). A word that names speakers ("Critics",
        "Aides", "Research") is no name either, but it speaks."""
        if " " in phrase or not phrase[:1].isupper() or not phrase[1:].islower():
            return False
        from .subjects import speaker_head  # (subjects reads this module's word lists)

        if phrase.lower() in PRONOUNS or speaker_head(phrase.lower()):
            return False
        if phrase not in self._common:
            if len(self._common) >= 256:
                return False  # bounded: a page of so many one-word speakers is no prose
            if _RUN.fullmatch(phrase):
                words = self._words()
                self._common[phrase] = (
                    phrase.lower() in words.everywhere and not words.mid_sentence(phrase)
                )
            else:  # a word with a full stop ("Dr."): looked for in the text itself
                low = re.compile(rf"(?<![\w’'-]){re.escape(phrase.lower())}(?![\w’'-])")
                cap = re.compile(rf"(?<![\w’'-]){re.escape(phrase)}(?![\w’'-])")
                lower_seen = any(low.search(t) for t in self._texts)
                self._common[phrase] = lower_seen and not any(
                    not _SENTENCE_START.search(t, max(0, m.start() - 8), m.start())
                    for t in self._texts[1:]
                    for m in cap.finditer(t)
                )
        return self._common[phrase]

    def _words(self) -> _ArticleWords:
        """The article's words, indexed once: `common_word` and `casing` ask of many words
        whether and how the text writes them, and a pattern compiled and run over the whole
        text per word was a third of voice segmentation's time (issue 8)."""
        if self._index is None:
            self._index = _ArticleWords(self._texts)
        return self._index

    def casing(self, word: str) -> str:
        """How the body writes a word a title-case headline capitalises: "name" when it
        writes it capitalised after a sentence's first word or in a run of capitals ("Sen.
        Bernie Sanders"), as a name; "common" when only in lower case ("woman", "aims");
        "unknown" when not at all. A title abbreviation ("Sen.") or an acronym ("GOP") is a
        name's part."""
        word = _POSSESSIVE.sub("", word).strip(",:")
        if word.rstrip(".") in _TITLE_ABBREV_SET or (len(word) > 1 and word.isupper()):
            return "name"
        if not word[:1].isupper():
            return "name" if word in _NAME_JOINS else "common"
        if word not in self._cased:
            if len(self._cased) >= 256:
                return "unknown"  # bounded: a headline has a few words
            if _RUN.fullmatch(word):
                words = self._words()
                if words.named(word):
                    self._cased[word] = "name"
                else:
                    self._cased[word] = "common" if word.lower() in words.body else "unknown"
                return self._cased[word]
            cap = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])(?P<run>\s+[A-Z])?")
            low = re.compile(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])")
            body = self._texts[1:]
            if any(
                m.group("run") or not _SENTENCE_START.search(t, max(0, m.start() - 8), m.start())
                for t in body
                for m in cap.finditer(t)
            ):
                self._cased[word] = "name"
            else:
                self._cased[word] = "common" if any(low.search(t) for t in body) else "unknown"
        return self._cased[word]

    def indefinite(self, noun: str) -> bool:
        """Whether the body writes "a" or "an" before a noun ("a great woman"): someone unnamed."""
        key = " " + noun  # (shares `casing`'s bounded cache: words never start with a space)
        if key not in self._cased:
            if len(self._cased) >= 256:
                return False  # bounded: a headline has a few speakers
            pattern = re.compile(rf"\b(?i:an?)\s+(?:[\w\-]+\s+){{0,2}}{re.escape(noun)}\b")
            self._cased[key] = "a" if any(pattern.search(t) for t in self._texts[1:]) else ""
        return self._cased[key] == "a"

    def promote(self, name: str) -> None:
        """Make a known speaker the latest again, as the one a next "he" or "she" stands
        for (the subject of a sentence's main report over a person named inside it)."""
        for i in range(len(self.known) - 1, -1, -1):
            if self.known[i].name == name:
                self.known.append(self.known.pop(i))
                return

    def rename(self, old: str, new: str) -> None:
        """A remembered name corrected ("Biden Aims" read from a title-case headline: Biden)."""
        for k in self.known:
            if k.name == old:
                k.name = new
        if old in self._named:
            self._named.pop(old)
            self._named[new] = None

    def known_as(self, name: str) -> str | None:
        """The known speaker a name stands for ("Trump": "Donald Trump"), without making it
        the latest one; None when nobody known has that name."""
        last = name.split()[-1]
        for k in reversed(self.known):
            if k.name == name or k.name.split()[-1] == last:
                return k.name
        return None

    def personal(self, low: str, besides: str | None = None) -> Speaker:
        """The last named person "he" or "she" can stand for: "she" skips a known Mr. Smith;
        and `besides`, a name the sentence makes someone else ("After Ann Lee accused him,
        he said": not Lee)."""
        for k in reversed(self.known):
            if besides is not None and (k.name == besides or k.name.endswith(" " + besides)):
                continue
            if " " not in k.name and plural_name(k.name) and self.casing(k.name) == "common":
                continue  # "Engineers said ...": a plural noun the page writes in lower case
            # "Ann Lee and Leo Park" are two people: never one "he" or "she"
            if k.person and " and " not in k.name and self._gender(k) in (None, low):
                if self._gender(k) == low or self._sole_candidate(k, low):
                    k.gender = low
                return Speaker(k.name, "pronoun")
        return Speaker(None, "unknown")

    def resolve(self, phrase: str | None, appositive: str = "") -> Speaker:
        """A speaker phrase as found next to a reporting verb -> who it names, and how."""
        if not phrase:
            return Speaker(None, "unknown")
        owned = _OWNER_BEFORE_NAME.match(phrase)
        if owned is not None and _full_person_name(owned.group("name").split()):
            phrase = owned.group("name")  # "The Gazette’s Ana Ruiz": Ana Ruiz, of the Gazette
        prepared, modifier = _prepared(phrase)
        if prepared is None or (
            (modifier or self.common_word(prepared)) and self.known_as(prepared) is None
        ):
            # "Immediately", "Islamic", "Legal": one capitalised modifier opening a sentence
            # names nobody, unless the article named someone so before; nor does "Rather" or
            # "Having", a common word the page writes in lower case elsewhere
            return Speaker(None, "unknown")
        phrase = prepared
        low = phrase.lower()
        tail = low.rsplit(None, 2)
        if len(tail) > 1 and tail[-1] in _PERSONAL and tail[-2] not in CONJUNCTIONS:
            # "all yours.'' He": a phrase that ends on a pronoun ran on from a sentence before
            # it; the pronoun is the subject, never a name
            phrase = low = tail[-1]
        if low in PRONOUNS:
            if low in {"he", "she"}:
                return self.personal(low)
            if low in {"they", "it"}:
                for k in reversed(self.known):
                    if not k.person:  # "they" and "it" stand for a group, a paper, a poll
                        if low == "it" and plural_name(k.name):
                            # "Republicans", "many workers": never an "it"; an older
                            # name is as likely another thing as its antecedent
                            break
                        return Speaker(k.name, "pronoun")
            return Speaker(None, "unknown")
        serving = _SERVING.match(phrase)
        if serving is not None:
            # "the former top aide to President George W. Bush": someone who serves the person
            # named, not that person; "the" means one already named (the last person other
            # than the one served), "an aide to" someone new
            served = serving.group("served").split()[-1]
            for k in reversed(self.known if serving.group("det").lower() == "the" else []):
                if k.person and served not in k.name.split():
                    return Speaker(k.name, "role_noun")
            return Speaker(phrase, "role_noun")
        named = _APPOSED_NAME.match(appositive)
        if named:
            # "The finance minister, Lou Jiwei, said", "One pastor backing Cruz, Ada Lind of
            # Grace Church, said": the person is the name the appositive opens with
            name = named.group("name")
            roles = {w for w in re.findall(r"[\w\-]+", low) if w not in {"the", "a", "an"}}
            self.remember(name, roles)
            return Speaker(name, "named")
        caps = [w for w in _CAPWORD.findall(phrase) if w not in OPENERS]
        head = low.split()[-1]
        if low.startswith("the ") and len(low.split()) <= 4 and not _GROUPISH.fullmatch(head) and (
            phrase.split()[-1].islower() or _ROLE_HEAD.fullmatch(head)
        ):
            # "the senator", "the CNN host", "the Leader" (not "the Pentagon"): the last named
            # speaker given that role; "the French president", "the New Jersey governor": and
            # introduced with those words too, else someone new
            marks = {w.lower() for w in phrase.split()[1:-1] if w[:1].isupper()}
            for k in reversed(self.known):
                if head in k.roles and k.person and marks <= k.roles:
                    return Speaker(k.name, "role_noun")
            if head in _EPITHET_HEADS and not marks:
                # "the tough-talking politician said": a writer's epithet for someone already
                # named, the last person; with nobody named, nobody (never the epithet shown
                # as a name)
                return next((Speaker(k.name, "role_noun") for k in reversed(self.known)
                             if k.person and " and " not in k.name), Speaker(None, "unknown"))
        if not caps or (low.startswith(("the ", "a ", "an ")) and not _NAME_TAIL.search(phrase)):
            return Speaker(phrase, "role_noun" if low.startswith("the ") else "named")
        name, roles = _split_roles(phrase)
        if " " not in name and _MODIFIER_END.search(name) and self.known_as(name) is None:
            return Speaker(None, "unknown")  # "other Islamic states": no name left
        roles |= {w.lower() for w in re.findall(r"[\w\-]+", appositive)}
        owner = _POSSESSED.match(name)
        if owner is not None:
            # "Lee’s Last Letter Explains": the letter speaks here, but a later "she" is Lee
            self.remember(owner.group("owner"))
        # "the Clarion-Ledger", "the Pentagon": a name right after "the" is a paper or a body,
        # never a later "he" ("the senator Ann Lee" has a role between); nor is a name that
        # an appositive or the words before it make a medium ("Xinhua, the news agency,")
        titled = low.startswith("the ") and phrase[4:] == name
        lead = phrase[: len(phrase) - len(name)] if phrase.endswith(name) else ""
        body = organisation_phrase(appositive.strip(" ,")) or organisation_phrase(lead)
        self.remember(name, roles, person=not (titled or body))
        return Speaker(name, "named")


# Heads of a writer's epithet for a person that name no office ("the tough-talking
# politician", "the billionaire"). Not "the man" or "the woman", so often someone new.
_EPITHET_HEADS = words(
    "politician leader billionaire mogul tycoon firebrand populist strongman provocateur "
    "showman demagogue maverick"
)


# ("a tell-all book about Twitter" is the book's, not Twitter's)
_ATTACHED = frozenset(
    {"of", "for", "to", "with", "close", "familiar", "from", "at", "in", "on", "about"}
)
_NAME_JOINS = frozenset({"of", "the", "for", "and", "al", "bin", "ibn", "de", "da", "van", "von"})


# Roles that are never part of a name or a title ("Senator Jones" is a title; "Columnist
# George Will" is a role at a sentence start).
_PLAIN_ROLES = words(
    "columnist commentator analyst economist spokesman spokeswoman spokesperson strategist "
    "pollster author writer reporter correspondent host anchor activist lawyer historian "
    "businessman billionaire"
)


def _split_roles(phrase: str) -> tuple[str, set[str]]:
    """ "CNN host Jake Tapper" -> ("Jake Tapper", {"cnn", "host"}); a chain of epithets joined
    by "and" keeps the person's name ("Leader of ... and Oppressed Imam Ali Khamenei")."""
    # An article names the same people again and again (half the phrases are repeats): the
    # split is read from a cache, its roles copied since the caller adds to them.
    name, roles = _split_roles_once(phrase)
    return name, set(roles)


@lru_cache(maxsize=4096)
def _split_roles_once(phrase: str) -> tuple[str, frozenset[str]]:
    name = phrase
    roles: set[str] = set()
    if " and " in name and _EPITHET_TITLE.search(name.rsplit(" and ", 1)[1]):
        before, name = name.rsplit(" and ", 1)
        roles |= {w.lower() for w in before.split()}
    title = _EPITHET_TITLE.search(name)
    if title and title.start() > 0 and " " in name[title.end() :].strip():
        # "Leader of the Islamic Revolution Ayatollah Ali Khamenei": the name from its title
        roles |= {w.lower() for w in name[: title.start()].split()}
        name = name[title.start() :]
    words = name.split()
    # Lower-case role words before a trailing name: "campaign manager Robby Mook".
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1] in _NAME_JOINS):
        i -= 1
    while i < len(words) and words[i] in _NAME_JOINS:
        i += 1  # a name never starts with "of the"
    if any(w in _ATTACHED for w in words[:i]):
        # "people close to Clinton", "critics of Trump", "a spokeswoman for Mr. Trump": the
        # name is what the speakers are attached to, not who speaks
        return phrase.strip(" ,"), frozenset(roles)
    if i == 0 and len(words) >= 3 and words[0].lower() in _PLAIN_ROLES:
        i = 1  # "Columnist George Will", capitalised only because it opens the sentence
    if 0 < i < len(words) and not _GROUPISH.search(" ".join(words[i:])):
        roles |= {re.sub(r"[’']s$", "", w.lower()).strip(",") for w in words[:i]}
        name = " ".join(words[i:])
    for w in name.replace(".", " ").split():
        role = _TITLE_ROLES.get(w.lower())
        if role:
            roles.add(role)
            roles |= _ROLE_SYNONYMS.get(role, set())
        elif w[:1].isupper():
            roles.add(w.lower())  # "Senator Jones": "the Senator"; "Leader": "the Leader"
    return name.strip(" ,"), frozenset(roles)
