"""Cues: the reporting, thinking and finding verbs, every form of each, and how they behave.

`find_cues(text, start, end, headline)` lists the cues of a stretch of text by a dictionary
look-up per word. The word lists say which verbs are also nouns (`NOUNISH`), which take an
addressee (`ADDRESS`), which put their speaker after them (`INVERTS`), which report only a
that-clause or a quotation (`THAT_ONLY`) and which particles make them other verbs
(`PARTICLES`); and how verbs sit in a clause: the verbs an infinitive cue completes
(`CATENATIVE`: "tried to portray"), the verbs that report a view with "as" (`CHARACTERIZE`),
the writer's asides ("You see,", `ASIDES`).
"""

from __future__ import annotations

import re
import string

from .speakers import words

# Verbs of attack (and "present", "interpret") that report a view only with "as" ("demonized
# conservatives as racist", "present Sanders as a traitor"): "demonized conservatives for
# years" and "presented the award" say nothing anyone said.
_AS_ONLY_LEMMAS = "demonize demonise vilify smear present interpret construe"
# Reporting, thinking and finding verbs, by lemma; every form is a cue.
CUE_LEMMAS = (
    "say tell add state note stress emphasize emphasise assert declare explain warn insist "
    "argue claim write tweet post announce remark underline underscore affirm reply respond "
    "urge maintain observe conclude acknowledge admit reiterate highlight vow pledge threaten "
    "allege confirm deny predict recall caution suggest comment ask report accuse praise "
    "criticize criticise blame condemn denounce slam blast attack defend endorse oppose reject "
    "dismiss question complain concede contend counter retort quip joke boast brag lament mock "
    "charge estimate disclose reveal indicate signal hint propose promise demand cite agree "
    "disagree assure repeat forecast hope believe think fear worry feel expect want know "
    "wonder doubt suspect guess figure reckon imagine consider see view find show learn "
    "describe dub brand label call scoff fume muse speculate mention testify tout hail "
    "applaud welcome support back recommend advise decry lambaste castigate chide rebuke "
    "scold ridicule deride insult blast tease credit thank predict acknowledge point_out "
    "call_for go_on_to_say seem appear offer decline refer_to seek plan order refuse point_to "
    "express discuss prefer remind name sign decide list talk_about speak_about focus_on "
    "intend elaborate continue answer email invoke echo recount rail_against knock compare "
    "portray request outline shout chant yell quote retweet imply assail rip_into lash_out "
    "weigh_in challenge recite rebut favor eviscerate excoriate bemoan reassure brag_about "
    "bash trash hammer encourage apologize apologise characterize characterise paint frame "
    "advocate champion float ponder reminisce lobby make_clear make_it_clear go_after "
    "cast_doubt cast distance press interject regard depict put_it scoff proclaim exclaim "
    "shoot_back fire_back react read opine speak_of push_for lay_out spell_out embrace cheer_on "
    "carp gripe grouse grumble vent " + _AS_ONLY_LEMMAS
)
IRREGULAR = {
    "say": "said says saying",
    "tell": "told tells telling",
    "write": "wrote writes writing written",
    "think": "thought thinks thinking",
    "find": "found finds finding",
    "show": "showed shows showing shown",
    "know": "knew knows knowing known",
    "see": "saw sees seeing seen",
    "feel": "felt feels feeling",
    "go": "went goes going gone",
    "seek": "sought seeks seeking",
    "speak": "spoke speaks speaking spoken",
    "make": "made makes making",
    "cast": "casts casting",
    "put": "puts putting",
    "shoot": "shot shoots shooting",
    "read": "reads reading",
    "lay": "laid lays laying",
}
DOUBLE = {
    "admit", "quip", "regret", "submit", "rebut", "snap", "dub", "omit", "plan", "refer", "slam",
    "rip", "chat",
}
# Verbs whose base and -s forms are also common nouns ("strong support for", "the report on"):
# those forms are cues only where no noun's company follows them.
NOUNISH = words(
    "support report attack state note call question comment remark post view back charge claim "
    "hope fear promise pledge tweet credit figure mention demand doubt estimate signal hint "
    "repeat counter joke praise blame welcome find guess show offer plan order list name sign "
    "decline express challenge quote request outline favor echo email answer shout chant knock "
    "compare"
)
NOUN_NEXT = re.compile(
    r"\s*(?:[,.;:!?)’”\"]|(?:for|of|on|in|from|among|with|by|at|as|about|over|against|is|was|"
    r"are|were|has|have|had|and|or|will|would|could|can|may|might|should|team|staff|group)\b|$)"
)
# Particles that turn a verb of saying into another verb: "added to his portfolio", "backed
# down", "called off", "signed on", "showed up".
PARTICLES = {
    "add": re.compile(r"\s+(?:to|up)\b"),
    # "calling the government's rosy picture into question" doubts it, names nothing
    "call": re.compile(r"\s+(?:off|up|in)\b|(?:\s+[\w’'\-]+){1,12}\s+into\s+question\b"),
    "back": re.compile(r"\s+(?:down|off|away|up)\b"),
    "sign": re.compile(r"\s+(?:on|up|off)\b"),
    # "She's shown glimpses of her skill": a display, not a finding ("showed no sign of
    # backing down" stays: PolNeAR reads it as the person's stance)
    "show": re.compile(r"\s+(?:up|glimpses)\b"),
    "post": re.compile(r"\s+(?:up|bail)\b"),
    # "the Center for Strategic and International Studies think tank": a noun, no one thinks
    "think": re.compile(r"[\s-]+tanks?\b"),
    # "seemed like a spent force", "seemed a spent force": how someone looked, no report
    "seem": re.compile(r"\s+(?:like|a|an)\b"),
    "continue": re.compile(r"\s+(?:to|on|with|in|at)\b"),  # "continued to lead in the polls"
    # "found it difficult to overcome": an experience, not a finding ("found it likely that")
    "find": re.compile(r"\s+it\s+(?!that\b|likely\b|unlikely\b|probable\b)[a-z]"),
    # "boasts an unusually long battery life", "boasts over 200 shops": has, says nothing
    # ("boasted the crowd was huge" may report, so "the" stays a cue)
    "boast": re.compile(r"\s+(?:an?|more|over|nearly|almost|some|\d)\b"),
    # "claimed responsibility for the slaying": owning a deed, not a statement about it
    "claim": re.compile(r"\s+(?:(?:no|any|full|sole)\s+)?(?:responsibility|credit)\b"),
    # "felt almost absurd", "feels irresponsible": how something seemed, no report
    "feel": re.compile(
        r"(?:\s+(?:almost|very|so|too|quite|rather|somewhat|really|pretty|oddly|strangely|"
        r"increasingly|slightly))*\s+(?!that\b|it\b|like\b|the\b|a\b|an\b|this\b|there\b|"
        r"as\b|if\b|strongly\b|compelled\b|obliged\b)[a-z][\w\-]*"
        r"(?=\s*(?:[.,;:!?—–]|$|\s+(?:to|for|about|and|but)\b))"
    ),
}
# Verbs whose object is usually a thing or a person ("maintained its lead", "backed the bill"):
# they report only a clause with "that", a quotation or what follows a colon. ("continued his
# scathing remarks": the remarks go on, its object is no content.)
THAT_ONLY = words(
    "maintain underline underscore observe figure view guess back name challenge answer shout "
    "continue carp gripe grouse yell sign compare excoriate eviscerate press interject regard "
    "depict read react cast"
) | {"put it"}
# Verbs of saying, the ones that put their speaker after them ("..., said the mayor").
INVERTS = words(
    "say add tell write ask explain note continue argue insist reply respond recall conclude "
    "declare warn observe remark quip joke counter retort acknowledge admit concede agree "
    "report claim state announce predict complain tweet post caution urge offer suggest "
    "wonder muse recount scoff proclaim exclaim react read snap opine"
) | {"shoot back", "fire back"}
# Verbs that take whom they address before what they say: "told reporters that".
ADDRESS = {"tell", "ask", "urge", "warn", "assure", "remind", "advise", "promise", "thank"}


def _inflect(lemma: str) -> list[str]:
    if " " in lemma:
        head, rest = lemma.split(" ", 1)
        return [f"{f} {rest}" for f in _inflect(head)]
    if lemma in IRREGULAR:
        return [lemma, *IRREGULAR[lemma].split()]
    stem = lemma + lemma[-1] if lemma in DOUBLE else lemma
    if lemma.endswith("e"):
        ed, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        ed, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        ed, ing = stem + "ed", stem + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        s = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        s = lemma[:-1] + "ies"
    else:
        s = lemma + "s"
    return [lemma, s, ed, ing]


FORMS: dict[str, str] = {}  # form -> lemma
for _lemma in dict.fromkeys(CUE_LEMMAS.split()):
    _l = _lemma.replace("_", " ")
    for _form in _inflect(_l):
        FORMS.setdefault(_form, _l)


def capitalised_inflection(word: str) -> bool:
    """A capitalised inflected form of a reporting verb that is not also a noun ("Endorses",
    "Slams"; not "Post" or "States"): inside a run of capitalised words, a headline's verb."""
    low = word.lower()
    lemma = FORMS.get(low)
    return word[:1].isupper() and lemma is not None and low != lemma and lemma not in NOUNISH


# Cues are found word by word (a dictionary look-up per word, not one pattern of hundreds of
# alternatives): a form's first word, then the rest of a multi-word form if it has one.
_FIRST: dict[str, list[str]] = {}
for _form in sorted(FORMS, key=len, reverse=True):
    _FIRST.setdefault(_form.split()[0], []).append(_form)
_ALPHA = re.compile(r"[A-Za-z]+")
_FIRST_WORDS = frozenset(_FIRST)
# Any other verb in -ed or -s that takes a that-clause reports it ("Trump conceded that",
# "Cruz maintains that"); its subject must still be a speaker's phrase (`subjects`).
_THAT_VERB = re.compile(r"(?<![A-Za-z])([a-z]{3,}ed|[a-z]{4,}s)(?= that\b)")
# Adjectives of belief after a form of "be", with the that-clause they report: "his supporters
# are optimistic that he'll make a comeback", "Mr. Ackman is convinced that".
ATTITUDES = words(
    "skeptical sceptical confident convinced worried concerned hopeful optimistic pessimistic "
    "sure certain adamant aware afraid doubtful fearful"
)
_ATTITUDE = re.compile(
    r"\b(?:is|are|was|were|be|been|remain|remains|remained|seem|seems|seemed|am)\s+"
    rf"(?:[a-z]+ly\s+)?(?P<adj>{'|'.join(sorted(ATTITUDES))})(?=\s+that\b)"
)
# A word in -s after a determiner, a number or a preposition is a plural noun, and "that"
# after it a relative pronoun: "three rulings that together compose", "of carriers that sell".
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|these|those|their|his|her|its|our|my|your|some|many|several|all|other|"
    r"both|few|two|three|four|five|six|seven|eight|nine|ten|\d+|of|for|with|in|on|by|from|"
    r"to|about|against|among|[a-z]+(?:al|ic|ous|ive|ful|ary))\s+$",  # "commercial carriers"
    re.IGNORECASE,
)
_OPENING_SAID = re.compile(
    r"\W{0,3}(Said|Says|Added|Wrote|Continued|Explained|Noted|Replied|Responded|Countered|"
    r"Concluded|Recalled|Declared|Insisted|Tweeted)\s+(?=[A-Z])"
)
_NOT_THAT_VERBS = words(
    "does makes means comes goes gets seems needs ensures ensured requires required assumed "
    "provided provides given says said"
)


def find_cues(text: str, start: int, end: int, headline: bool) -> list[tuple[int, int, str]]:
    """(start, end, form) of every cue in text[start:end]; headlines capitalise every word.
    A form not in `FORMS` is a verb found by the that-clause it takes.

    The words of the stretch are collected at once and met with the cue words as sets; only
    the few that are cue words are then located, so the work per word stays in C."""
    out: list[tuple[int, int, str]] = []
    seg = text[start:end]
    low = seg.lower() if headline else seg
    for word in _FIRST_WORDS.intersection(_ALPHA.findall(low)):
        i = low.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or low[i - 1] not in _LETTERS) and (j == len(low) or low[j] not in _LETTERS):
                form = _form_at(text, start + i, start + j, word, end, headline)
                if form is not None:
                    out.append((start + i, start + i + len(form), form))
            i = low.find(word, j)
    opening = _OPENING_SAID.match(text, start, end) if not headline else None
    if opening is not None:
        # "Said Dorothy Poynter, who grew up with Ali, “...”": the verb opens the sentence
        out.append((opening.start(1), opening.end(1), opening.group(1).lower()))
    if " that" in seg:
        found = {c[0] for c in out}
        for m in _THAT_VERB.finditer(text, start, end):
            word = m.group(1)
            if m.start() not in found and word not in _NOT_THAT_VERBS and not (
                m.start() and text[m.start() - 1] in "-’'"
            ) and not _NOUN_BEFORE.search(text, max(start, m.start() - 12), m.start()):
                out.append((m.start(1), m.end(1), word))
        for m in _ATTITUDE.finditer(text, start, end):
            if m.start("adj") not in found:
                out.append((m.start("adj"), m.end("adj"), m.group("adj")))
    out.sort()
    return out


# The ASCII letters that would make a found word part of a longer one (a set look-up, not a
# call per occurrence).
_LETTERS = frozenset(string.ascii_letters)


def _form_at(text: str, s: int, e: int, word: str, end: int, headline: bool) -> str | None:
    """The longest cue form that starts with `word` at text[s:e] ("point" -> "point out")."""
    for form in _FIRST[word]:
        stop = s + len(form)
        tail = text[e:stop]
        if (
            stop <= end
            and (tail.lower() if headline else tail) == form[len(word) :]
            and not (stop < len(text) and (text[stop].isalnum() or text[stop] == "-"))
            and not (s and text[s - 1] in "-’'")  # "Democratic-backed"
            and not (form == "state" and _STATE_NOUN.match(text, stop))
        ):
            return form
    return None


# "state" before a word that no verb of saying takes next is the noun: "governors, state
# party chairs", "state Sen. Ada Lind"; the verb goes on with a clause or its object.
_STATE_NOUN = re.compile(
    r"\s+(?!(?:that|the|a|an|his|her|their|its|this|these|those|it|they|he|she|we|what|how|"
    r"why|whether|when|where|clearly|explicitly|plainly|simply|publicly|openly|flatly|only|"
    r"otherwise|as|in|on)\b)[A-Za-z]"
)


# How verbs behave around their content and subject (read by `attribution`).
FINITE_NEXT = re.compile(
    r"\s+(?:is|are|was|were|has|have|had)\s+(?!(?:been\s+)?(?:told|asked|said)\b)"
)
# Verbs of thinking take a clause whose subject may stand before them ("which the OECD says
# had", "what he thinks is"); other verbs followed by "was" sit inside the subject.
CLAUSE_VERBS = words(
    "think believe know feel expect fear hope suspect guess reckon imagine consider find show "
    "suggest estimate predict conclude"
)
# A verb or adjective whose infinitive is the cue: "tried to portray", "was quick to
# dismiss", "continues to insist", "refused to say" (the subject stands before it).
CATENATIVE = re.compile(
    r"(?:\b(?:try|tries|tried|trying|attempt|attempts|attempted|attempting|continue|continues|"
    r"continued|continuing|fail|fails|failed|tend|tends|tended|refuse|refuses|refused|refusing|"
    r"struggle|struggles|struggled|struggling|begin|begins|began|begun|start|starts|started|"
    r"seek|seeks|sought|seeking|want|wants|wanted|need|needs|needed|plan|plans|planned|"
    r"intend|intends|intended|hope|hopes|hoped|vow|vows|vowed|decline|declines|declined|"
    r"choose|chooses|chose|chosen|agree|agrees|agreed|promise|promises|promised|threaten|"
    r"threatens|threatened|proceed|proceeds|proceeded|went on|rushed|moved|appeared|seemed|"
    # habitual "used to boast", not the participle of "a term Rubio has used to describe"
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bbe\s)"
    r"(?<!\bbeen\s)(?<![’']s\s)(?<![’']ve\s)(?<![’']d\s)used)"
    r"|\b(?:is|are|was|were|be|been|seemed|appeared)\s+(?:(?:\w+ly|more|less|much|far)\s+){0,2}"
    r"(?:quick|eager|ready|"
    r"willing|unwilling|able|unable|likely|unlikely|expected|careful|reluctant|happy|keen|"
    r"first|set|sure|due))"
    r"(?:\s+not)?\s+to\s+(?:not\s+)?$"
)
BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|am)\s+(?:\w+ly\s+)?$")
NOT_CHAIN_HEADS = words("it there this that which what")
TO_OBJECT = words("respond reply")
TO_PARTICLE = re.compile(r"\s+to\b", re.IGNORECASE)
# Verbs that characterise someone or something "as" something: a view reported.
AS_ONLY = words(_AS_ONLY_LEMMAS)
CHARACTERIZE = words(
    "view see regard portray paint cast describe depict characterize characterise brand "
    "label dismiss frame dub"
) | AS_ONLY
# Verbs of praise and blame whose passive with "as" reports a view nobody is named for ("was
# widely condemned as fearmongering", "has been hailed as a breakthrough"): the label after
# "as" is the critics' or admirers', not the writer's. (Not "named", "listed" or "known as",
# which state a fact.)
JUDGE_AS = words(
    "condemn denounce deride decry criticize criticise slam blast attack hail praise tout mock "
    "ridicule lambaste castigate assail excoriate reject rebuke bash trash knock applaud "
    "welcome champion chide scold eviscerate"
)
# ("presented herself just as many others would", "worded so as not to": a comparison)
OBJECT_THEN_AS = re.compile(
    r"(?:\s+[“\"‘]?[\w’'\-]+[”\"’]?){0,6}?(?<!\bjust)(?<!\bso)(?<!\bsuch)(?<!\bwell)(?<!\bsame)"
    r"\s+as\s"
)
# Verbs whose past is their base form: "As Vulture put it", "the paper cast him as".
PAST_AS_BASE = frozenset({"put it", "cast", "read", "forecast"})
AS_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?as\s")
# (a word in scare quotes is one of them: 'portray “illegal” immigrants as')
AS_CLAUSE = re.compile(r"(?:\s+(?:[^\s,;:!?“”\"]+|[“\"][^\s,;:!?“”\"]+[”\"])){0,8}?\s+as\s")
# Verbs that with "you" or "I" and a comma are asides of the writer's ("You see,", "I mean,").
ASIDES = frozenset({"see", "know", "mean", "guess", "think", "imagine", "suppose", "bet"})
ADVERBIAL = (
    r"(?:on (?:[A-Z]\w+|the \w+ (?:show|program))"
    r"|in (?:an?|the|his|her|their|its) (?:[\w\-’']+ ){0,3}?"
    r"(?:statement|interview|speech|tweet|post|op-ed|email|e-mail|letter|memo|video|appearance|"
    r"message|release|column|essay|book|editorial|conversation|call|address|remarks|filing|"
    r"briefing|ad|statements|posting|note|broadcast|podcast|documentary|story)"
    r"|at an? (?:[\w\-’']+ ){0,3}?(?:rally|event|conference|debate|briefing|hearing|meeting|"
    r"hall|forum|dinner|fundraiser|speech|luncheon|breakfast|gathering|summit|stop)"
    r"|last (?:week|month|year|night|\w+day)|this (?:week|month|year|morning|afternoon|evening)"
    r"|(?:earlier|later|recently|repeatedly|publicly|privately|again|also|often|previously|"
    r"once|then|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|flatly|bluntly|simply|frankly|openly|explicitly|quietly|angrily|firmly)"
    r"|(?:in|during|after|before) (?:an?|the|his|her|their) [\w\-’']+(?: [\w\-’']+)?)"
)
# Patterns below are used with match(text, pos): they anchor at pos without "^".
LEAD = re.compile(rf"(?:\s*,?\s*{ADVERBIAL}\b)*\s*,?\s*")  # "that" is part of the content
_FINITE = r"(?:is|was|are|were|will|would|could|can|may|might|should|must|had|has|have)"
# Words that end a noun phrase rather than head it: a clause's, a preposition's, a pronoun.
_NOT_HEAD = (
    rf"(?:{_FINITE}|to|that|whether|if|he|she|it|they|we|I|you|there|of|in|on|at|for|with|"
    r"by|from|about|and|or|but|who|which|this|these|those|his|her|their|its|the|a|an|"
    r"[a-z]+ly)\b"
)
ADDRESSEE = re.compile(
    r"\s+(?:him|her|them|us|me|you|reporters|journalists|supporters|voters|the crowd|"
    # "told the Muslim invaders to leave": a capitalised modifier of a determined noun, which
    # belongs to the addressee the writer names, not to what was told
    rf"(?:the|a|an|his|her|their)\s+[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*\s+(?!{_NOT_HEAD})"
    r"[a-z][\w\-]*|"
    r"listeners|viewers|readers|(?:the\s+|(?!(?:whether|if|that|why|how|what|when|about|for|"
    r"to)\b)[a-z][\w\-]*\s+){0,2}[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*|"
    rf"(?:the|a|an|his|her|their)\s+[\w\-]+(?:\s+(?!(?:{_FINITE}|to|that)\b)[\w\-]+)?)"
    r"(?=[\s,.:;])"
    # "warned the (ferry) plan would fail", "warned Leo Park would": the subject of what is
    # reported, no addressee ("told reporters he was" keeps one)
    rf"(?!(?:\s+(?!(?:he|she|it|they|we|I|you|that|this)\b)[\w\-]+)?\s+{_FINITE}\b)"
)
# Verbs whose bare participle is narration, not a report: "supporting the party's candidates",
# "opposing sides", "appearing in Florida", "welcoming the show".
NOT_PARTICIPLE = words(
    "support oppose appear welcome back endorse post continue decline lobby name champion "
    "float frame paint cast distance sign list order"
)
APPEARS_AT = re.compile(r"\s*(?:in|at|on|with|before|alongside|together|onstage)\b")
