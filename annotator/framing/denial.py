"""Is a loaded word denied, hedged, imagined, or only the name of a charge someone makes?

The lexicon matches words; whether the text applies them is a question of the words around:

- **Negation.** "not a terrorist", "never a puppet", "not completely unfounded", "not at all
  unprecedented", "weren't trying to be traitors", "it's not as if he whitewashed the facts":
  the label is denied.
- **Labelling denied, refused, withdrawn or imagined.** "she doesn't call her rivals dummies",
  "denied calling him stupid", "refused to describe it as terrorism", "apologised for calling
  them thugs", "you may say that's inhumane": the article recounts a label not applied, taken
  back or only anticipated (a mention, not a use).
- **Self-report.** "I never claimed to be a journalist": a verb of saying speakers use of
  their own words casts no doubt on them.
- **Hedges.** "almost certainly", "probably inevitable": certainty words that are qualified.
- **Self-criticism.** "I have been arrogant", "we made some horrendous mistakes": a speaker's
  verdict on their own conduct smears no one. A wider self-reference ("we were a bit
  foolish", "my generation was cynical") is kept but out of the default view
  (`self_reference`).
- **A charge named.** "would not be accused of rigging the contest", "police deny accusations
  of brutality": the word names what someone else alleges; "lying to the FBI" names the
  offence of false statements.
- **A label rejected.** "to think that we are all crooks, that's simply wrong", "it is a myth
  that they are freeloaders": the speaker states the label in order to reject it.
- **A joke.** "I've wrecked your career, huh?", "we're the villains here," she joked: said in
  jest, not meant.
- **Aimed at no one.** "saying something stupid", "nothing crazy": an insult after an
  indefinite pronoun describes an act in general, not a person or a group; "someone who will be
  seen as a firebrand" describes a hypothetical person.
- **An ideology's origin.** "the founding father of fascism": the historical movement, named.
- **A crowd's derision.** "the crowd booed and jeered him", "he was heckled": the audience's
  literal act, not a verb the outlet chose for one person's words.

    >>> from annotator.framing.lexicon import Candidate
    >>> from annotator.framing.schema import Entry
    >>> e = Entry(id="traitor", forms=["traitor"], category="name_calling",
    ...           technique="Name_Calling,Labeling", severity="medium", why="A charge of treason.")
    >>> negated("They weren't trying to be traitors.", Candidate(26, 34, e))
    True
"""

from __future__ import annotations

import re

from .lexicon import Candidate

WORD = re.compile(r"[^\W\d_][\w'’\-]*")

_NEGATORS = frozenset({"not", "never", "nor", "neither", "hardly"})
_NEGATED_COPULAS = frozenset({"isn't", "wasn't", "aren't", "weren't", "ain't"})
# Negated modals deny a predicate only through "be" ("won't be the end of the world"); before
# a verb they still use it ("won't slaughter").
_NEGATED_MODALS = frozenset(
    {"won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "needn't"}
)
# A denied label is a predicate: "is not a terrorist", "I'm not crazy", "not some fanatic". A
# negated verb ("did not annihilate", "can't whitewash") still uses the loaded word.
_COPULAS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "i'm",
        "we're",
        "they're",
        "you're",
        "he's",
        "she's",
        "it's",
        "isn't",
        "wasn't",
        "aren't",
        "weren't",
        "nor",
        "neither",
    }
)
_HEDGES = frozenset(
    [
        "almost",
        "nearly",
        "probably",
        "likely",
        "perhaps",
        "maybe",
        "possibly",
        "arguably",
        "seemingly",
        "apparently",
    ]
)
_BRIDGE = frozenset(
    [
        # degree words between a negator and its label: "not completely unfounded"
        "completely",
        "entirely",
        "wholly",
        "altogether",
        "necessarily",
        "particularly",
        "very",
        "a",
        "an",
        "the",
        "really",
        "just",
        "merely",
        "simply",
        "exactly",
        "quite",
        "be",
        "been",
        "being",
        "some",
        "any",
        "his",
        "her",
        "their",
        "its",
        "our",
        "your",
        "my",
        "so",
        "such",
        # "I am not that cynical", "not too bright", "not overly dramatic"
        "that",
        "too",
        "overly",
        "terribly",
    ]
)
# Verbs that pass a denial on to a predicate through "to be": "weren't trying to be traitors",
# "is not meant to be cruel", "never wanted to be a martyr". Without "be" the loaded word is a
# negated verb and still used ("not going to slaughter").
_TO_BE_BRIDGE = frozenset(
    {"trying", "try", "tried", "meant", "want", "wanted", "seem", "seemed", "seeking", "to"}
)
# A denied supposition: "it's not as if he whitewashed the facts" ("not like" is also "dislike"),
# or a cleft that denies its clause: "It wasn't that he was a tyrant. It's just that ...".
_NOT_AS_IF = re.compile(
    r"(?:(?:\bnot|n't|\bnever)\s+(?:as\s+if|as\s+though)|"
    r"\bit(?:['’]s|\s+is|\s+was)\s+not\s+that|\bit\s+(?:isn|wasn)['’]t\s+that)\b"
    r"[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)
# Labelling denied or only imagined: "she doesn't call her opponents dummies", "you may say
# that's inhumane". The speaker contrasts or anticipates the label rather than applying it.
# "call for", "call on", "called off" ask or cancel; they label nothing ("did not call for the
# resignation of the corrupt mayor" still uses "corrupt"). "refer to ... as" and "describe ...
# as" label like "call" ("not once referring to his rivals as 'Little Marco'").
_LABELLING = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?!\s+(?:for|on|off|up|in|out|back|into|upon)\b)|"
    r"label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|"
    r"(?:refer(?:s|red|ring)?\s+to|describ(?:e|es|ed|ing))\b[^.;:!?\"“”]{0,50}?\bas)\b"
    r"(?=[^.;:!?\"“”]{0,40}$)",
    re.IGNORECASE,
)
_NEGATOR_BEFORE = re.compile(r"(?:\bnot|n't|\bnever)\s+((?:[\w'’]+\s+){0,5})$", re.IGNORECASE)
# A verb that denies, refuses or takes back the labelling, joined to it only by function words:
# "denied calling him stupid", "denied that he had ever called", "refused to call it
# terrorism", "apologised for calling them thugs". The label is recounted as not applied, or
# withdrawn. ("Crime declined after officials called it ..." is no such joint.)
_DENIER_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|refus(?:e|es|ed|ing|al)|declin(?:e|es|ed|ing)|"
    r"avoid(?:s|ed|ing)?|stop(?:s|ped|ping)?\s+short\s+of|regrett?(?:s|ed|ing)?|"
    r"apologi[sz](?:e|es|ed|ing)\s+for|retract(?:s|ed|ing)?|walk(?:s|ed|ing)?\s+back)\s+"
    r"(?:(?:to|that|having|ever|he|she|they|it|i|we|you|had|has|have|ever|once|publicly|"
    r"directly|personally|being)\s+){0,4}$",
    re.IGNORECASE,
)
# Words after a negator that turn the denial into an assertion: "didn't hesitate to call them",
# or that join a second, asserted clause: "denied wrongdoing and called the inquiry a farce".
_NOT_A_DENIAL = frozenset(
    {"only", "just", "merely", "hesitate", "hesitated", "shy", "stop", "stopped", "fail",
     "failed", "refrain", "mind", "cease", "ceased", "wait", "waited", "even", "and", "but",
     "then", "instead", "yet"}
)
_ANTICIPATED = re.compile(
    r"\b(?:you|some|people|critics|others|one)\s+(?:may|might|could|would|can)\s+"
    r"(?:say|call|think|argue)\b[^.;:!?\"“”]{0,30}$",
    re.IGNORECASE,
)


# A denied belief whose clause gives the label: "I don't think I'm a divisive person", "we
# don't believe he is corrupt". The speaker states the label in order to deny it.
_BELIEF_DENIED = re.compile(
    r"(?:\bnot|n't|n’t|\bnever)\s+(?:really\s+)?(?:think|believe|consider|feel)\s+(?:that\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:[\w]+['’](?:m|s|re)|am|is|are|was|were|be)\s+"
    r"(?:(?:a|an|the|particularly)\s+)?$",  # not "so": "I didn't think he was so cruel" is surprise
    re.IGNORECASE,
)
# A clause the writer disclaims as a suggestion: "that's not to suggest his remarks are making
# people racist", "I'm not saying that she is corrupt". The label is named to be set aside.
# "did not say who paid the corrupt officials" reports what went unsaid, and stays; so does
# what follows a comma ("..., any more than his sexist remarks are ..."), the writer's own.
_DISCLAIMED = re.compile(
    r"(?:\bnot|n't|n’t)\s+(?:to\s+(?:suggest|say|imply)|suggesting|saying|implying)\s+"
    r"(?!(?:who|what|when|where|why|how|whether|which|if|much|so|or|and)\b)[^.,;:!?\"“”]{0,120}$",
    re.IGNORECASE,
)
# A label someone fears being given names it without giving it: "are we afraid of being called
# hypocrites", "fear of being branded a racist".
_FEARED_LABEL = re.compile(
    r"\b(?:afraid|fear|fears|feared|fearful|scared|worried|worry|wary|terrified)"
    r"(?:\s+of)?\s+being\s+"
    r"(?:called|labell?ed|branded|seen\s+as|dismissed\s+as|painted\s+as|tarred\s+as)\s+"
    r"(?:an?\s+|the\s+)?[\"“‘']?$",
    re.IGNORECASE,
)


# A quoted label someone would or might be given, in a passive of seeing or naming: 'she will
# be thought of as "Islamophobic" by her base', 'would be seen as "weak"'. The writer names how
# others may see someone; the quotation marks show the label is mentioned, not applied.
_EXPECTED_LABEL = re.compile(
    r"\b(?:will|would|could|might|may|can|to)\s+(?:\w+\s+)?be\s+(?:\w+ly\s+)?"
    r"(?:thought\s+of\s+as|seen\s+as|viewed\s+as|regarded\s+as|perceived\s+as|"
    r"considered|branded(?:\s+as)?|labell?ed(?:\s+as)?|called|painted\s+as|dismissed\s+as)\s+"
    r"(?:an?\s+|the\s+)?[\"“‘']$",
    re.IGNORECASE,
)


def feared_label(text: str, c: Candidate) -> bool:
    """The match is a label someone fears being given, or a quoted one they would be given
    (above): named, not given; flagged (the question around it may still be loaded) but out of
    the default view."""
    if c.entry.category not in _NEGATABLE:
        return False
    lo = max(0, c.start - 60)
    return bool(
        _FEARED_LABEL.search(text, lo, c.start) or _EXPECTED_LABEL.search(text, lo, c.start)
    )


# An insult in a classifying genitive after "a": "a fool's errand", "a fool's paradise". The
# phrase names a kind of thing (a futile task), not anyone's; "the fool's speech" or "this
# idiot's plan" points at someone and stays. PTC's annotators mark some of these as loaded, so
# the flag is kept, out of view.
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_GENITIVE_AFTER = re.compile(r"['’]s\s+[a-z]")


def classifying_genitive(text: str, c: Candidate) -> bool:
    """The match is an insult in "a fool's errand" (above); not "a fanatic's fanatic", the
    insult made stronger and said of someone."""
    if c.entry.category != "name_calling":
        return False
    # a window, not the whole paragraph: one paragraph can hold thousands of matches
    word = text[c.start : c.end].lower()
    low = text[c.end : c.end + len(word) + 8].lower()
    after = _GENITIVE_AFTER.match(low)
    if after is None or not _A_BEFORE.search(text, max(0, c.start - 6), c.start):
        return False
    return not low.startswith(word, after.end() - 1)


# A vice or an ideology opposed, not a person labelled: "I have always opposed bigotry in all
# its forms", "a critic of fascism who was jailed in the war". A noun of the lexicon's
# `vice_nouns` class as the bare object of a verb or noun of opposing names the vice; said of
# someone ("the bigotry of the mayor", "his bigotry", "bigotry by officials") it is a label
# again, and the article or possessive before it, or the "of"/"by" after, shows that.
_OPPOSING_BEFORE = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing)|fight(?:s|ing)?|fought|condemn(?:s|ed|ing)?|"
    r"denounc(?:e|es|ed|ing)|reject(?:s|ed|ing)?|combat(?:s|ed|ing)?|resist(?:s|ed|ing)?|"
    r"against|(?:critic|opponent|enemy|foe)s?\s+of|enemies\s+of|"
    r"(?:opposition|resistance)\s+to)\s+"
    r"(?:(?:all|any|every)\s+(?:forms?\s+of\s+)?)?$",
    re.IGNORECASE,
)
_SAID_OF_AFTER = re.compile(r"(?:['’]s?\b|\s+(?:of|by|from|among|within)\b)", re.IGNORECASE)


# A vice before the match in a list of them: "against hatred and xenophobia", "racism, bigotry".
_LISTED_BEFORE = re.compile(r"([\w-]+)\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$")


def vice_opposed(text: str, c: Candidate, vices: frozenset[str]) -> bool:
    """The match is a vice's name as what someone opposes (above), alone or in a list of vices
    the verb governs: flagged, out of the default view."""
    if text[c.start : c.end].lower() not in vices or _SAID_OF_AFTER.match(text, c.end):
        return False
    start = c.start
    for _ in range(3):  # walk back over the vices listed before it
        listed = _LISTED_BEFORE.search(text, max(0, start - 30), start)
        if listed is None or listed.group(1).lower() not in vices:
            break
        start = listed.start()
    return bool(_OPPOSING_BEFORE.search(text, max(0, start - 40), start))


# A capital sin (the lexicon's `capital_sins` class) listed with another, or after "the sin of",
# names a sin in a moral or theological account ("spiritual pride and avarice are worse than sins
# of the flesh"); it charges no one.
_SIN_OF_BEFORE = re.compile(
    r"\b(?:sins?|vices?)\s+(?:of|like|such\s+as)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_LISTED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:[\w-]+\s+)?([\w-]+)")


def named_sin(text: str, c: Candidate, sins: frozenset[str]) -> bool:
    """The match names one of `sins` (above): in a list with another one, or after "the sin
    of"."""
    if text[c.start : c.end].lower() not in sins:
        return False
    if _SIN_OF_BEFORE.search(text, max(0, c.start - 30), c.start):
        return True
    before = _LISTED_BEFORE.search(text, max(0, c.start - 30), c.start)
    after = _LISTED_AFTER.match(text, c.end)
    return any(m is not None and m.group(1).lower() in sins for m in (before, after))


# A claim with no one who makes it: "detained on the fact that someone claims that a relative
# is a danger", "anyone claiming that the economy is in decline". The verb names a kind of
# statement, hypothetical or general, and doubts no one's words.
_INDEFINITE_SUBJECT = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|whoever|everyone|everybody|nobody|no\s+one)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


# A verb of saying whose subject is an event, not a speaker: "news coverage raged about",
# "the debate stormed on", "the controversy howled". It tells how intense the event was. Not
# the object of "of": "critics of the war claimed" has critics as its subject.
_EVENT_SUBJECT = re.compile(
    r"\b(?:coverage|debates?|controvers(?:y|ies)|storms?|battles?|"
    r"fighting|fires?|wildfires?|blazes?|winds?|arguments?|disputes?|feuds?|conflicts?|"
    r"speculation|rumou?rs?|outcry|furor|furore|uproar|scandals?)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_OF_THE = re.compile(
    r"\bof\s+(?:(?:the|this|that|a|an|its|their|his|her)\s+)?(?:\w+\s+)?$", re.IGNORECASE
)
# What someone did not say, in a list of things they might have done instead: "rather than
# lamenting ..., reasserting ..., and insisting that", "instead of claiming that". The gerund
# after "rather than" or "instead of", or later in a list of gerunds that follows it, reports
# no statement.
_INSTEAD_BEFORE = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+", re.IGNORECASE)
_LIST_JOINT = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:\w+ly\s+)?$", re.IGNORECASE)
_GERUND_ITEM = re.compile(r"^[^.;:!?\"“”]*$")


def _unsaid(text: str, c: Candidate) -> bool:
    if not text[c.start : c.end].lower().endswith("ing"):
        return False
    if _INSTEAD_BEFORE.search(text, max(0, c.start - 30), c.start):
        return True
    if not _LIST_JOINT.search(text, max(0, c.start - 12), c.start):
        return False
    lo = max(0, c.start - 250)
    opens = list(_INSTEAD.finditer(text, lo, c.start))
    if not opens:
        return False
    span = text[opens[-1].end() : c.start]
    if not _GERUND_ITEM.match(span):
        return False  # a sentence or a quotation ends between them
    # every item of the list opens with a gerund: "lamenting ..., reasserting ..., and"
    items = re.split(r",\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+", span)
    heads = [i.split()[0].lower() for i in items if i.strip()]
    return bool(heads) and all(h.endswith("ing") for h in heads)


def generic_claim(text: str, c: Candidate) -> bool:
    """The match is a verb of saying whose subject is an indefinite pronoun or an event, or one
    named as not done (above): flagged, out of the default view."""
    if c.entry.category != "attribution":
        return False
    lo = max(0, c.start - 40)
    if _INDEFINITE_SUBJECT.search(text, lo, c.start):
        return True
    event = _EVENT_SUBJECT.search(text, lo, c.start)
    if event and not _OF_THE.search(text, max(0, event.start() - 30), event.start()):
        return True
    return _unsaid(text, c)


# A label only imagined as said by someone: "if my kids called people morons, I'd chastise them".
_IF_BEFORE = re.compile(r"\bif\s+(?:[\w'’]+\s+){1,3}$", re.IGNORECASE)


# "refused to call the party slaughter as terrorism": a match followed by "as" is the thing
# described, not the label the verb would give it.
_AS_AFTER = re.compile(r"[\"”’']?\s+as\b", re.IGNORECASE)


def _label_denied(text: str, start: int, end: int) -> bool:
    """The label is the object of a negated or hypothetical verb of labelling."""
    lo = max(0, start - 120)
    if _AS_AFTER.match(text, end):
        return False
    if _ANTICIPATED.search(text, lo, start):
        return True
    verbs = list(_LABELLING.finditer(text, lo, start))  # the nearest: "didn't call X but called Y"
    if not verbs:
        return False
    verb = verbs[-1]
    if _IF_BEFORE.search(text, max(0, verb.start() - 40), verb.start()):
        return True  # "if my kids called people morons": a hypothetical, not a use
    if _DENIER_BEFORE.search(text, lo, verb.start()):
        return True
    negator = _NEGATOR_BEFORE.search(text, lo, verb.start())
    return negator is not None and not (
        {w.lower() for w in WORD.findall(negator.group(1))} & _NOT_A_DENIAL
    )


# Between a subject and its verb, with the negators: "I have never claimed", "we did not".
_AUXILIARIES = frozenset(
    {"have", "had", "did", "do", "has", "would", "will", "also", "always", "just"}
)
_NEGATABLE = frozenset({"name_calling", "loaded", "glorifying", "fear", "certainty", "puffery"})


def _words_before(text: str, start: int, n: int) -> list[tuple[int, str]]:
    lo = max(0, start - 16 * n)
    return [(m.start(), m.group()) for m in WORD.finditer(text, lo, start)][-n:]


# Degree phrases that deny: "nowhere near racist", "far from a traitor", "no more racist than
# Mickey Mouse" ("no more" only with its "than": "no more lies" is a demand). Not "anything
# but", which affirms as often ("can do anything but paper over", "to suggest it is anything but
# horrible is outrageous").
_DENYING_DEGREE = re.compile(
    r"\b(?:nowhere\s+near|far\s+from|no\s+more)\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
_NO_MORE = re.compile(r"\bno\s+more\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_THAN_AFTER = re.compile(r"[^.;:!?]{0,60}?\bthan\b")


# "there's nothing evil about them", "nothing racist in it": the quality denied of something.
_NOTHING_BEFORE = re.compile(
    r"\bnothing\s+(?:(?:at\s+all|inherently|particularly|remotely|really|especially)\s+)?$",
    re.IGNORECASE,
)
_NOTHING_AFTER = re.compile(r"\s+(?:about|in|to)\b", re.IGNORECASE)
# Degree phrases of more than one word between a negator and its label: "not at all
# unprecedented", "not in the least racist", "not all that extreme", "not remotely corrupt".
# (Single words that bridge are in `_BRIDGE`; "all" alone is not one: "not all terrorists".)
_NEGATED_DEGREE = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:at\s+all|in\s+the\s+least|the\s+least\s+bit|all\s+that|"
    r"one\s+bit|in\s+any\s+way|by\s+any\s+means|remotely|inherently|especially)\s+)+"
    r"(?:(?:a|an|so|that|very)\s+)?$",
    re.IGNORECASE,
)


# A denied label with its own adjectives: "is not some deluded fanatic raving on a corner",
# "not a violent extremist" (adjectives only: "not a problem for virtuous women" denies
# nothing of the label).
_NEGATED_NP = re.compile(
    r"(?:\b(?i:not|never)|n['’]t)\s+(?:(?:even|just|merely|simply|really)\s+)?"
    r"(?:a|an|some|any)\s+(?:(?!(?:for|of|to|in|on|with|by|at|from|about|than|that|as|and|or|"
    r"but|who|which)\b)[a-z][\w\-]*\s+){1,2}$"
)


def negated(text: str, c: Candidate) -> bool:
    if c.entry.category not in _NEGATABLE:
        return False
    if _NEGATED_NP.search(text, max(0, c.start - 60), c.start):
        return True
    if _NOTHING_BEFORE.search(text, max(0, c.start - 40), c.start) and _NOTHING_AFTER.match(
        text, c.end
    ):
        return True
    if _NEGATED_DEGREE.search(text, max(0, c.start - 60), c.start):
        return True
    found = _words_before(text, c.start, 7)
    before = [w.lower() for _, w in found]
    to_be = len(before) > 1 and before[-2:] == ["to", "be"]
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        copular = word.replace("’", "'") in _NEGATED_COPULAS  # "isn't", "wasn't"
        if (
            word.replace("’", "'") in _NEGATED_MODALS
            and "be" in before[i + 1 :]
            and not text[c.start : c.end].endswith("ed")  # "won't be bullied" defies a charge
        ):
            return True  # "won't be the end of the world": the state denied
        if word in _NEGATORS or copular:
            if not found[i][1].islower():
                return False  # "Never Trumpers": a capitalised negator is part of a name
            bridged = i < len(before) - 1  # "not a", "never the", "not so"
            # "I’m not stupid": a typographic apostrophe is the same copula
            return bridged or copular or (i > 0 and before[i - 1].replace("’", "'") in _COPULAS)
        if word not in _BRIDGE and not (to_be and word in _TO_BE_BRIDGE):
            break
    if _NOT_AS_IF.search(text, max(0, c.start - 80), c.start):
        return True
    if _DENYING_DEGREE.search(text, max(0, c.start - 30), c.start) and (
        not _NO_MORE.search(text, max(0, c.start - 30), c.start)
        or _THAN_AFTER.match(text, c.end)
    ):
        return True
    if _label_denied(text, c.start, c.end):
        return True
    if _BELIEF_DENIED.search(text, max(0, c.start - 80), c.start):
        return True
    if _DISCLAIMED.search(text, max(0, c.start - 160), c.start):
        return True
    return c.entry.category == "certainty" and bool(before) and before[-1] in _HEDGES


_FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i'd", "we'd"})


def self_report(text: str, c: Candidate) -> bool:
    """A verb of saying the speaker uses of themselves ("I never claimed to be a journalist",
    "we admitted it"): a description of their own words, not anyone's doubt about them."""
    if c.entry.category != "attribution":
        return False
    before = [w.lower().replace("’", "'") for _, w in _words_before(text, c.start, 4)]
    for word in reversed(before):
        if word in _FIRST_PERSON:
            return True
        if not (word.endswith("ly") or word in _NEGATORS or word in _AUXILIARIES):
            return False
    return False


# Self-criticism: "I have been arrogant", "I was childish", "we made some horrendous mistakes".
# A speaker's verdict on their own conduct smears no one (seventeenth to nineteenth readings:
# apologies and confessions were judged trivial). The word must follow the first-person copula
# or "made"/"committed" directly (a few fillers apart), so "we are under brutal attack" and "we
# are the enemy of the corrupt regime" stay.
# A contraction joins its subject with no space ("I’m bitter and cynical"): only the full verbs
# take the space.
_SELF_VERDICT = re.compile(
    r"\b(?:I|[Ww]e)(?:(?P<be>\s+(?:have|had)\s+been|['’]ve\s+been|\s+(?:was|were|[Aa]m|are)|"
    r"['’]m|['’]re)|(?:\s+have|\s+had|['’]ve)?\s+(?:made|make|committed|commit))\s+"
    r"(?:(?:so|very|too|really|truly|often|sometimes|at\s+times|some|a|an|many|several|such|"
    r"terribly|incredibly|deeply|plain|just)\s+){0,2}"
    r"(?:[a-z][\w-]*,?\s+(?:and|or)\s+)?$"  # "I was childish and stupid": both
)
# "I cannot believe how stupid I was": the verdict before its first-person subject.
_HOW_BEFORE = re.compile(r"\bhow\s+(?:(?:very|so|incredibly|utterly)\s+)?$", re.IGNORECASE)
_SELF_AFTER = re.compile(
    r"\s+(?:I|we)\s+(?:was|were|am|are|had\s+been|have\s+been|['’]d\s+been)\b", re.IGNORECASE
)
_OWN_CONDUCT = re.compile(
    r"\s+(?:mistakes?|errors?|blunders?|misjudg(?:e)?ments?|choices|decisions?|misstep)\b",
    re.IGNORECASE,
)


# "they think we are fools", "as if I was a criminal": someone else's view of the speaker; a
# plain "if" is the speaker's own hypothesis ("if we are profiteers we are bad ones")
_VIEW_OF_SELF = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|that|"
    r"(?<=\bas\s)if|"
    r"say|says|said|call|calls|called)\s+$",
    re.IGNORECASE,
)
# "people actually believe I'm a racist or I'm ...": a belief verb earlier in the clause
_OTHERS_BELIEVE = re.compile(
    r"\b(?:think|thinks|thought|believe|believes|believed|assume|assumes|assumed|say|says|said|"
    r"call|calls|called|accuse\w*|claim\w*)\b[^.;:!?\"“”]{0,50}$",
    re.IGNORECASE,
)
# "I was viciously attacked by": a passive, whose adverb judges the doer, not the speaker
_PASSIVE_AFTER = re.compile(r"\s+(?:[a-z]+ed|by)\b")


# The same verdict reported in an apology: "he apologized, saying it was 'childish' to
# name-call", "she apologised and said her remarks were insensitive". The subject must be the
# apologiser's own act ("it", "that", "his remarks"), so "apologized, saying the rival's plan
# was stupid" stays.
_APOLOGY_VERDICT = re.compile(
    r"\bapologi[sz](?:e|es|ed|ing)\b[^.;!?]{0,40}?\b(?:saying|said|says|admitting|admitted|"
    r"acknowledging|acknowledged|conceding|conceded)\s+(?:that\s+)?(?:it|this|that|his|her|their|"
    r"my|our)\b[^.;!?\"“”]{0,40}?\b(?:was|were|is|are|had\s+been)\s+"
    r"(?:(?:so|very|too|really|deeply|plain|just)\s+)?[\"“‘']?$",
    re.IGNORECASE,
)


def _passive(text: str, c: Candidate) -> bool:
    """The match is the participle of a verb the entry lists ("I've been smeared": "smear",
    "smearing"): a passive, done to the speaker by someone else."""
    word = text[c.start : c.end].lower()
    if not word.endswith("ed"):
        return False
    stems = {word[:-2], word[:-1], word[:-3] if word[-3:-2] == word[-4:-3] else word[:-2]}
    return any(f.lower() in stems or f.lower() in {s + "ing" for s in stems}
               for f in c.entry.forms)


def self_criticism(text: str, c: Candidate) -> bool:
    """A speaker's loaded verdict on their own conduct ("I have been arrogant", "we made some
    horrendous mistakes", or in an apology: "apologized, saying it was childish"): a
    confession, not a charge against anyone."""
    if c.entry.category not in ("loaded", "name_calling"):
        return False
    if _APOLOGY_VERDICT.search(text, max(0, c.start - 140), c.start):
        return True
    if _HOW_BEFORE.search(text, max(0, c.start - 30), c.start) and _SELF_AFTER.match(text, c.end):
        return True
    m = _SELF_VERDICT.search(text, max(0, c.start - 60), c.start)
    if m is None or _VIEW_OF_SELF.search(text, max(0, m.start() - 20), m.start()):
        return False
    if _OTHERS_BELIEVE.search(text, max(0, m.start() - 60), m.start()):
        return False  # "people believe I'm a racist or I'm transphobic": their view, listed
    if m.group("be") is not None:
        return not (_PASSIVE_AFTER.match(text, c.end) or _passive(text, c))
    return bool(_OWN_CONDUCT.match(text, c.end))


# A speaker's word for themselves or their own side: "we were a bit foolish", "I was pretty
# cynical at first", "my generation was naive and cynical". The subject is the first person (or
# a noun of theirs), joined to the word by a linking verb and at most a few degree words, so
# "we are under brutal attack" and "we fought the corrupt regime" stay. Wider than
# `self_criticism` (which drops a confession outright): flagged, but out of the default view.
_DEGREE = (
    r"(?:[a-z]+ly|a\s+bit|a\s+little|a\s+tad|kind\s+of|sort\s+of|pretty|rather|quite|so|very|too|"
    r"just|all|both|still|also|even|more|most|less|somewhat|plain|being|such|a|an|the|same|"
    r"little|bit|maybe|perhaps|probably|not)"
)
_OWN_SUBJECT = re.compile(
    # "let's be provocative": the speaker's own plan for themselves
    r"\b(?:(?:[Ll]et['’]s|[Ll]et\s+us)\s+be"
    r"|(?:I|[Ww]e)(?:['’]m|['’]re|['’]ve\s+been|['’]d\s+been|['’]ll\s+be|\s+(?:am|are|was|"
    r"were|have\s+been|had\s+been|will\s+be|would\s+be|felt|feel|seem|seemed|looked|look|got|"
    r"get|became|become|remain|remained|stay|stayed))"
    # "my generation was", opening a clause ("anything but a moment in our past is outrageous":
    # "our past" is no subject)
    r"|(?:^|(?<=[.!?;:,“\"‘—–(]\s)|(?<=[“\"‘(])|(?<=\band\s)|(?<=\bbut\s)|(?<=\bbecause\s)"
    r"|(?<=\bso\s)|(?<=\bthat\s))"
    r"(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?[\w-]+\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been))"
    rf"\s+(?:{_DEGREE}\s+){{0,3}}(?:[a-z][\w-]*,?\s+(?:and|or)\s+)?[\"“‘']?$"
)


def self_reference(text: str, c: Candidate) -> bool:
    """A negative word a speaker says of themselves or their own side (above)."""
    if c.entry.category not in ("loaded", "name_calling"):
        return False
    m = _OWN_SUBJECT.search(text, max(0, c.start - 80), c.start)
    if m is None or _VIEW_OF_SELF.search(text, max(0, m.start() - 20), m.start()):
        return False
    if _OTHERS_BELIEVE.search(text, max(0, m.start() - 60), m.start()):
        return False  # "they think we're crazy": someone else's view of the speaker
    possessive = text[c.end : c.end + 1] in ("'", "’") or text[c.end - 2 : c.end] in ("'s", "’s")
    if possessive or _POSSESSOR_AFTER.match(text, c.end):
        return False  # "we were the corrupt regime's victims", "the thugs' victims": others
    return not (_PASSIVE_AFTER.match(text, c.end) or _passive(text, c))


_POSSESSOR_AFTER = re.compile(r"\s+[\w-]+(?:['’]s\b|s['’])")


# The name of a charge denied or only feared: "police deny accusations of brutality", "so he
# would not be accused of rigging the contest", "he would be accused of “bigotry”". The word
# names what someone else alleges (careful reporting, issue 9 class 7). An unattributed charge
# ("was accused of grandstanding", "allegations of pandering" in a headline) is the outlet's
# own framing and stays, as does a word that only describes the act charged ("denied the
# shocking act").
_CHARGE_BEFORE = re.compile(
    r"(?:(?:(?:\bnot|n't|\bnever|\bavoid\w*)\s+(?:be\s+|being\s+|been\s+)?"
    # or only imagined: "he would be accused of “Islamophobia” and “bigotry”"
    r"|\b(?:would|could|might)\s+(?:\w+ly\s+)?(?:be|get)\s+)accused\s+of"
    r"(?:\s+[“\"‘][^”\"’]{1,40}[”\"’]\s+(?:and|or))?\s*[“\"‘]?|"
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:the\s+)?(?:accusations?|allegations?|charges?|claims?)\s+"
    r"(?:of\s+|that\s+)?)?)\s*$",
    re.IGNORECASE,
)
_CHARGE_ENDS = re.compile(
    r"\s*(?:$|[^\w\s]|(?:the|a|an|his|her|their|its|and|or|in|of|by|against|at|on|to|with|for|"
    r"from|during|after|over)\b)",
    re.IGNORECASE,
)


# Lying to the bodies that take statements under the law ("lying to the FBI", "lied to
# Congress", "lying to federal investigators") is the name of an offence (false statements,
# perjury), charged, pleaded or tried, not the speaker's verdict on someone's honesty ("lied to
# the American people", "she lied to me" and a senator's "he lied to the committee" stay).
_LIE_FORM = re.compile(r"(?:lied|lying|lie|lies)\b(?:\s+to)?$", re.IGNORECASE)
_OFFICIAL_HEARER = re.compile(
    r"(?:\s+to)?\s+(?:(?:the|a|federal|congressional|military|U\.S\.|US|police|grand)\s+)*"
    r"(?:FBI|F\.B\.I\.|Congress|investigators|agents|prosecutors|jur(?:y|ors)|police|"
    r"detectives|court|judge|inspectors|auditors|regulators|recruiters|Secret\s+Service)\b",
    re.IGNORECASE,
)


def named_offence(text: str, c: Candidate) -> bool:
    """A lie-word followed by the official body lied to: the offence of false statements."""
    return bool(_LIE_FORM.search(text[c.start : c.end]) and _OFFICIAL_HEARER.match(text, c.end))


def named_charge(text: str, c: Candidate) -> bool:
    if c.entry.category in ("loaded", "name_calling") and named_offence(text, c):
        return True
    return (
        c.entry.category in ("loaded", "name_calling")
        and bool(_CHARGE_BEFORE.search(text, max(0, c.start - 60), c.start))
        and bool(_CHARGE_ENDS.match(text, c.end))
    )


# A label stated in order to reject it: a proposition opened by "to think that", "the idea
# that" ... which the same sentence then calls wrong ("..., I think that's quite wrong", "the
# notion that they are crooks is offensive"), or which follows a verdict ("it is a myth that",
# "it's wrong to say"). A label merely reported ("the claim that they are crooks spread") is
# still the claimant's use.
_PROPOSITION_BEFORE = re.compile(
    r"\b(?:to\s+(?:think|say|suggest|claim|believe)|(?:the|this|that)\s+(?:\w+\s+)?(?:idea|notion|claim|myth|"
    r"stereotype|assumption|suggestion|belief|perception))\s+(?:that\b)?[^.;!?\"“”]{0,100}$",
    re.IGNORECASE,
)
_WRONG = (
    r"(?:wrong|false|untrue|not\s+true|a\s+myth|a\s+lie|absurd|ridiculous|nonsense|offensive|"
    r"unfair|a\s+stereotype|baseless)"
)
_REJECTED_AFTER = re.compile(
    rf"^[^.;!?\"“”]{{0,100}}?(?:\b(?:that|this|it)\s*(?:'s|’s|\s+is|\s+was)|\s(?:is|was))\s+"
    rf"(?:(?:quite|simply|just|completely|totally|plainly|so|very|all)\s+)?{_WRONG}\b",
    re.IGNORECASE,
)
# A verdict before the proposition: untrue "that ...", or wrong "to say ..." ("it's wrong that
# the corrupt elites won" judges an event and still uses the label).
_UNTRUE = r"(?:false|untrue|not\s+true|a\s+myth|a\s+lie|nonsense|baseless)"
_VERDICT_BEFORE = re.compile(
    rf"\b(?:it\s*(?:'s|’s|\s+is|\s+was)|that\s*(?:'s|’s|\s+is))\s+"
    rf"(?:(?:quite|simply|just|completely|totally|plainly)\s+)?"
    rf"(?:{_UNTRUE}\s+that|{_WRONG}\s+to\s+(?:say|think|suggest|claim|call\s+\w+))"
    r"\b[^.;!?\"“”]{0,80}$",
    re.IGNORECASE,
)
_REJECTABLE = frozenset({"name_calling", "loaded", "fear"})
# "the idea that America is somehow on the verge of collapse": "somehow" inside the proposition
# is the speaker's disbelief, as a verdict after it would be.
_SOMEHOW = re.compile(r"\bsomehow\b", re.IGNORECASE)


# A proposition the speaker dismisses before stating it: "the unfounded perception that Trump
# is racist", "the false claim that they are traitors".
_DISMISSED_PROPOSITION = re.compile(
    r"\b(?:unfounded|false|baseless|groundless|unfair|unjust|absurd|ridiculous|wrong|mistaken|"
    r"erroneous|misguided|debunked|discredited)\s+(?:(?:and|,)\s*[\w-]+\s+)?(?:idea|notion|"
    r"claim|myth|perception|belief|assumption|suggestion|accusation|charge|allegation|narrative|"
    r"stereotype|impression|view)s?\s+that\b[^.;!?\"“”]{0,100}$",
    re.IGNORECASE,
)


def rejected(text: str, c: Candidate) -> bool:
    """The label is stated in order to be rejected (see the patterns above)."""
    if c.entry.category not in _REJECTABLE:
        return False
    lo = max(0, c.start - 140)
    if _VERDICT_BEFORE.search(text, lo, c.start):
        return True
    if _DISMISSED_PROPOSITION.search(text, lo, c.start):
        return True
    proposition = _PROPOSITION_BEFORE.search(text, lo, c.start)
    return bool(
        proposition
        and (
            _REJECTED_AFTER.match(text[c.end : c.end + 140])
            or _SOMEHOW.search(text, proposition.start(), c.start)
        )
    )


# A joke marks itself: a sentence ending in a teasing "huh?" or "eh?", a tag saying it was a
# joke ("she joked", "he quipped"), laughter noted in a transcript, or a "blah, blah, blah"
# that parodies stock rhetoric ("the other guy's a crook, blah, blah, blah"). Words said in
# jest or mimicry are not the speaker's framing of anyone.
_JOKE_AFTER = re.compile(
    r"^[^.!?\n]{0,100}?(?:,\s*(?:huh|eh)\?|\((?:laughs|laughter)\)|\[(?:laughs|laughter)\]|"
    r"\bjust\s+kidding\b|\b(?:blah|yadd?a),?\s+(?:blah|yadd?a)\b)"
    r"|^[^.!?\n]{0,100}?[.!?,]?[\"”’']+\s*,?\s*(?:[\w.’'-]+\s+){0,3}"  # the tag's speaker
    r"(?:joked|quipped|teased|kidded|deadpanned)\b",  # not "laughed": a sneer can laugh
)
_JOKE_BEFORE = re.compile(
    r"\b(?:(?:joked|quipped|kidded)\s+that|jokingly)\b[^.!?\n]{0,60}$",
    re.IGNORECASE,
)


# A label others are said to pin on the speaker ("people looked at me like I'm a traitor", "as
# if we were criminals"), or one a distortion is said to produce ("twisted to make him appear
# xenophobic", "distorted to make them look like extremists"): the sentence reports or rejects
# the charge, nobody in it applies the label.
_PINNED_ON_SPEAKER = re.compile(
    r"\b(?:like|as\s+if|as\s+though)\s+(?:I|we)(?:['’]m|['’]re|\s+am|\s+are|\s+was|\s+were)\s+"
    r"(?:(?:some|a|an|the|some\s+kind\s+of|some\s+sort\s+of)\s+)?$",
    re.IGNORECASE,
)
# "to call us liars", "they branded me a traitor": the speaker mentions the label the other side
# pins on them, to reject it; the speaker labels no one (`labels_speaker`).
_LABELS_SPEAKER = re.compile(
    r"\b(?:call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?)"
    r"\s+(?:us|me)\s+(?:(?:a|an|the|a\s+bunch\s+of)\s+)?[\"“‘']?$",  # "calling me ‘Little Marco’"
    re.IGNORECASE,
)
# "people actually believe I'm a racist or I'm transphobic": the speaker reports what others
# think of them (the verb's subject is not the speaker), to reject it.
_BELIEVED_OF_SPEAKER = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)\b(?:believes?|believed|think|thinks|thought|assumes?|assumed|"
    r"claims?|claimed|says?|said)\s+(?:that\s+)?"
    r"(?:(?:I|we)(?:['’]m|['’]re|\s+am|\s+are|\s+was|\s+were)\s+(?:(?:a|an|some)\s+)?"
    r"(?:[\w-]+\s+(?:or|and)\s+)?){1,2}$",
    re.IGNORECASE,
)
_ASKED = re.compile(r"[^.!?\n]{0,120}\?")
# "If he were a bigot he wouldn't have ...": a label in a supposition contrary to fact.
_SUPPOSED = re.compile(
    r"\bif\s+(?:he|she|they|I|we|you|it)\s+(?:were|was)\s+(?:(?:really|truly|actually)\s+)?"
    r"(?:(?:a|an)\s+)?$",
    re.IGNORECASE,
)
_MADE_TO_APPEAR = re.compile(
    r"\b(?:distort\w*|twist\w*|mischaracteri[sz]\w*|misrepresent\w*|spun|doctored|edited)\b"
    r"[^.!?;]{0,40}?\bmake\s+\w+\s+(?:appear|look|seem|sound)\s+(?:like\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)


def pinned_by_others(text: str, c: Candidate) -> bool:
    """The label is one others pin on the speaker or think of them, a supposition contrary to
    fact, or the product of a distortion (above)."""
    if c.entry.category not in ("loaded", "name_calling"):
        return False
    lo = max(0, c.start - 100)
    if any(rx.search(text, lo, c.start) for rx in (_PINNED_ON_SPEAKER, _SUPPOSED, _MADE_TO_APPEAR)):
        return True
    # "Do they think we are fools?" asks in outrage, a verdict on them: only a statement of
    # what others believe reports a charge
    return bool(_BELIEVED_OF_SPEAKER.search(text, lo, c.start)) and not _ASKED.match(text, c.end)


def labels_speaker(text: str, c: Candidate) -> bool:
    """The label is the object of a labelling verb aimed at the first person ("to call us
    liars"): in the speaker's own quoted words it mentions the other side's charge. (A headline
    that writes "wrong to call me a liar" for someone chose the word itself.)"""
    return c.entry.category in ("loaded", "name_calling") and bool(
        _LABELS_SPEAKER.search(text, max(0, c.start - 100), c.start)
    )


def in_jest(text: str, c: Candidate) -> bool:
    """The sentence holding the match is marked as a joke (see the patterns above)."""
    return bool(
        _JOKE_AFTER.match(text[c.end : c.end + 160])
        or _JOKE_BEFORE.search(text, max(0, c.start - 80), c.start)
    )


# "saying something stupid", "did anything crazy": the adjective qualifies an indefinite pronoun,
# an act in general, so it labels nobody (a name's insult has a person or group to attach to).
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:some|any|no|every)thing\s+(?:so\s+|that\s+|really\s+|very\s+)?$",
    re.IGNORECASE,
)


# "in terms of divisive: ...": the bare word after "in terms of", with nothing for it to qualify
# before the punctuation, is a word named as a topic (often another's word being answered).
_TOPIC_BEFORE = re.compile(r"\bin\s+terms\s+of\s+[\"“‘']?$", re.IGNORECASE)
_BARE_AFTER = re.compile(r"[\"”’']?\s*[:;,.!?—–]")


# "It's crazy that ...", "it is kind of insane to", "yeah, it's kind of crazy.": one insult
# adjective said of "it", a situation or an idea put after it, names no person or group. ("That's
# nativism", "it's all a fraud" are labels, not this.)
_SITUATION_BEFORE = re.compile(
    r"\bit(?:['’]s|\s+is|\s+was|\s+seems|\s+sounds|\s+looks)\s+"
    r"(?:(?:just|so|really|pretty|kind\s+of|sort\s+of|a\s+little|a\s+bit|absolutely|totally|"
    r"completely|frankly|simply|quite|almost|too)\s+)*$",
    re.IGNORECASE,
)
_SITUATION_AFTER = re.compile(r"\s*(?:(?:that|to|when|how|what|if|because)\b|[.,!?;:—–\"”’])")


# "Be ruthless - if you never use it, sell it.", "Be brutal with your first draft": advice that
# opens a sentence with "Be" tells the reader how to go about a task; it describes no one.
_ADVICE_BEFORE = re.compile(
    r"(?:^|[.!?:;•]\s+|\n\s*|[-–—]\s+)Be\s+(?:(?:really|truly|totally|absolutely|a\s+bit|a\s+little)\s+)?$"
)
_ADVICE_AFTER = re.compile(r"\s*(?:(?:with|about|when|in|and|if)\b|[.,!?;:—–-])")


# "pick someone who will be perceived as a liberal firebrand": a label for a hypothetical person
# names a kind, not anyone ("he is someone who is a liar" labels him: a copula before it).
_SOMEONE_WHO = re.compile(
    r"\b(?<!is\s)(?<!was\s)(?<!['’]s\s)(?:someone|somebody)\s+(?:who|that)\s+"
    r"(?:[\w'’]+\s+){0,4}?(?:as|be|is)\s+(?:a|an)\s+(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)


def aimed_at_no_one(text: str, c: Candidate) -> bool:
    """An insult adjective after an indefinite pronoun ("saying something stupid") or said of
    a situation ("it's crazy that"), or named bare as a topic ("in terms of divisive: ...")."""
    if _TOPIC_BEFORE.search(text, max(0, c.start - 20), c.start) and _BARE_AFTER.match(
        text, c.end
    ):
        return c.entry.category in _REJECTABLE
    if (
        c.entry.category in _REJECTABLE
        and _ADVICE_BEFORE.search(text, max(0, c.start - 40), c.start)
        and _ADVICE_AFTER.match(text, c.end)
    ):
        return True
    if c.entry.category != "name_calling":
        return False
    lo = max(0, c.start - 40)
    if _INDEFINITE_BEFORE.search(text, lo, c.start):
        return True
    if _SOMEONE_WHO.search(text, max(0, c.start - 90), c.start):
        return True
    one_word = " " not in text[c.start : c.end].strip()
    return bool(
        one_word
        and _SITUATION_BEFORE.search(text, lo, c.start)
        and _SITUATION_AFTER.match(text, c.end)
    )


# Felt emotion: a word naming a feeling someone has ("I am horrified", "kind of horrified by
# him", "the anger and frustration and disgust voters feel") or a fear word the speaker
# softens ("a little terrifying") reports an emotion; it charges no one with anything
# (twenty-eighth and twenty-ninth readings: wrong sense or trivial every time).
_FEELING_WORDS = frozenset(
    {
        "horrified", "terrified", "petrified", "disgusted", "appalled", "sickened", "nauseated",
        "frightened", "scared", "dismayed", "saddened", "disgust", "horror", "dread",
    }
)  # fmt: skip
_FEELING_NOUNS = (
    r"anger|frustration|fear|fears|sadness|grief|anxiety|dismay|shock|disbelief|despair|"
    r"resentment|exasperation|bitterness|sorrow|confusion|alarm|disgust|horror|dread|outrage"
)
_FEELING_LIST_BEFORE = re.compile(
    rf"\b(?:{_FEELING_NOUNS})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", re.IGNORECASE
)
_FEELING_LIST_AFTER = re.compile(
    rf"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:{_FEELING_NOUNS})\b", re.IGNORECASE
)
# The first person feeling it: "I am", "I’m", "we were", "I feel", with degree words and an
# opening quotation mark between ("I Am ‘Horrified’").
_FIRST_PERSON_FEELS = re.compile(
    r"\b(?:I|we)(?:['’]m|['’]re|\s+(?:am|are|was|were|feel|felt|have\s+been|had\s+been)|"
    r"['’]ve\s+been)\s+(?:(?:so|very|really|truly|deeply|utterly|absolutely|just|actually|"
    r"quite|pretty|kind\s+of|sort\s+of|a\s+little|a\s+bit)\s+)*[\"“‘']?$",
    re.IGNORECASE,
)
# A degree word that softens the feeling to a personal reaction: "a little terrifying", "kind
# of horrified". A fear appeal does not hedge its alarm.
_SOFTENED = re.compile(
    r"\b(?:a\s+little|a\s+bit|a\s+tad|kind\s+of|sort\s+of|somewhat|slightly|mildly)\s+"
    r"(?:(?:actually|really)\s+)?$",
    re.IGNORECASE,
)


def felt_emotion(text: str, c: Candidate) -> bool:
    """The match names a feeling the first person has, one in a list of feelings, or a fear
    word softened to a personal reaction (see the patterns above)."""
    word = text[c.start : c.end].lower()
    feeling = word in _FEELING_WORDS
    if not feeling and c.entry.category != "fear":
        return False
    lo = max(0, c.start - 60)
    if _SOFTENED.search(text, lo, c.start):
        return True
    if not feeling:
        return False
    # "I am terrified" is testimony of fear that moves an audience (PTC's gold marks it loaded
    # language); "I am horrified by him" reports a reaction.
    first_person = c.entry.category != "fear" and _FIRST_PERSON_FEELS.search(text, lo, c.start)
    return bool(
        first_person
        or _FEELING_LIST_BEFORE.search(text, lo, c.start)
        or _FEELING_LIST_AFTER.match(text, c.end)
    )


# A feeling state reported: an emotion verb's participle said of people after a verb of being
# or feeling ("Germans have been outraged", "my father would be so appalled", "voters are
# disgusted with both parties", "how terrified they are"). It tells how someone feels, and
# the readings judged it trivial every time; the word that characterises a target ("an
# outrageous claim", "appalling conduct") is another form and stays. PTC's annotators mark some
# intensified ones ("deeply scandalized"), so the flag is kept out of view, not dropped.
# "Devastated" said of a place ("the city was devastated by the closures") is the plain account of
# a loss, out of view as well. Not "should be outraged", "have every right to be outraged" (a
# call to feel).
_STATE_WORDS = frozenset(
    {
        "outraged", "appalled", "horrified", "terrified", "petrified", "disgusted", "sickened",
        "scandalized", "scandalised", "incensed", "enraged", "infuriated", "angered", "dismayed",
        "humiliated", "frightened", "scared", "shocked", "stunned", "aghast", "heartbroken",
        "devastated",
    }
)  # fmt: skip
_STATE_DEGREE = (
    r"(?:(?:so|very|really|truly|deeply|utterly|absolutely|just|quite|pretty|rightly|"
    r"understandably|visibly|clearly|particularly|especially|increasingly|more|most|too|all|"
    r"also|still|not|even|genuinely|rather|equally|similarly|already|often)\s+)*"
)
_STATE_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|feel|feels|felt|feeling|seem|seems|seemed|"
    r"grew|grow|grows|become|becomes|became|remain|remains|remained|got|get|gets|looked|"
    rf"appeared)\s+{_STATE_DEGREE}[\"“‘']?$",
    re.IGNORECASE,
)
_CALL_TO_FEEL = re.compile(
    r"\b(?:should|must|ought\s+to|need\s+to|needs\s+to|(?:every\s+)?(?:right|reason)\s+to)\s+"
    rf"(?:\w+\s+)?be\s+{_STATE_DEGREE}"
    r"[\"“‘']?$",
    re.IGNORECASE,
)
# "how terrified they are", "how outraged many voters feel"
_HOW_BEFORE = re.compile(rf"\bhow\s+{_STATE_DEGREE}$", re.IGNORECASE)
_HOW_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,3}?(?:am|is|are|was|were|feel|feels|felt|seem|seemed|have\s+been)\b",
    re.IGNORECASE,
)


# The participle as an adjunct with its cause: "many are leaving the Church, disgusted by her
# cowardice, ... scandalized by the praise": how they felt about something, as above.
_ADJUNCT_BEFORE = re.compile(rf"(?:[,;(—–]|\band|^)\s*{_STATE_DEGREE}$", re.IGNORECASE)
_CAUSE_AFTER = re.compile(r"\s+(?:by|at|with|over)\s+\w", re.IGNORECASE)


# "Absurd as it may sound, ...": the speaker grants how a claim sounds, and calls nothing absurd.
_CONCESSIVE = re.compile(
    r"\s+as\s+(?:it|this|that|they|these|those)\s+(?:may|might|must|does|did|do|can|could)\s+"
    r"(?:sound|seem|appear|look)\b",
    re.IGNORECASE,
)


def concessive(text: str, c: Candidate) -> bool:
    """The match opens a concession about how something sounds (above)."""
    return bool(_CONCESSIVE.match(text, c.end))


def felt_state(text: str, c: Candidate) -> bool:
    """The match is an emotion participle reporting how someone feels (above)."""
    if text[c.start : c.end].lower() not in _STATE_WORDS:
        return False
    lo = max(0, c.start - 60)
    if c.entry.category == "fear" and _FIRST_PERSON_FEELS.search(text, lo, c.start):
        return False  # "I am terrified": testimony of fear (see `felt_emotion`)
    if _STATE_BEFORE.search(text, lo, c.start):
        return not _CALL_TO_FEEL.search(text, lo, c.start)
    if _ADJUNCT_BEFORE.search(text, lo, c.start) and _CAUSE_AFTER.match(text, c.end):
        return True
    return bool(_HOW_BEFORE.search(text, lo, c.start) and _HOW_AFTER.match(text, c.end))


# Qualities named as the categories of a survey or a rating: "the strengths most correlated with
# a vote were inspiring, cares about individuals, visionary and courageous". The list names
# the categories voters rate; it praises no one.
_QUALITIES_BEFORE = re.compile(
    r"\b(?:traits|qualities|attributes|characteristics|dimensions|strengths|categories|"
    r"measures|ratings)\b[^.;!?\"“”]{0,100}?\b(?:were|are|was|is|include|included|including)\s+"
    r"[^.;!?]{0,80}$",
    re.IGNORECASE,
)
_IN_LIST = re.compile(r"(?:,|\band|\bor)\s*$|^\s*(?:,|and\b|or\b)", re.IGNORECASE)


def named_quality(text: str, c: Candidate) -> bool:
    """A praising word listed among the qualities a survey or rating measures (above)."""
    if c.entry.category not in ("puffery", "glorifying"):
        return False
    before = text[max(0, c.start - 12) : c.start]
    after = text[c.end : c.end + 8]
    listed = bool(_IN_LIST.search(before) or _IN_LIST.match(after))
    return listed and bool(_QUALITIES_BEFORE.search(text, max(0, c.start - 200), c.start))


# "the founding father of fascism", "the birth of fascism": an ideology's name after a word for
# its origin names the historical movement (its founder, its beginnings), it labels no one now.
_ORIGIN_OF = re.compile(
    r"\b(?:(?:founding\s+)?fathers?|godfather|founders?|inventors?|birth|birthplace|cradle|"
    r"origins?)\s+of\s+(?:(?:modern|italian|german|european)\s+)?$",
    re.IGNORECASE,
)


def ideology_origin(text: str, c: Candidate) -> bool:
    """An ideology's name (a form ending in "-ism") after a word for its origin (above)."""
    if c.entry.category != "name_calling" or not text[c.start : c.end].lower().endswith("ism"):
        return False
    return bool(_ORIGIN_OF.search(text, max(0, c.start - 40), c.start))


# A crowd's sounds of derision ("the crowd booed and jeered him", "supporters began shouting,
# pointing, jeering", "he was heckled"): the literal act of an audience, reported as wire copy
# reports it, not the outlet's colour for one person's words.
_CROWD_SOUNDS = re.compile(
    r"(?:jeer|boo|heckl|catcall|hoot|howl|shriek|screech)(?:s|ed|d|ing|e|es)?$", re.IGNORECASE
)
_CROWD_BEFORE = re.compile(
    r"\b(?:crowds?|audiences?|supporters|protesters|protestors|demonstrators|fans|spectators|"
    r"onlookers|hecklers|delegates|attendees|mob|hundreds|thousands)"
    r"(?:\s*,?\s+(?:and|then|typically|loudly|began|begin|started|[a-z]+(?:ing|ed))\b)*"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|get)\s+(?:loudly\s+)?$")


def crowd_derision(text: str, c: Candidate) -> bool:
    """A verb of derisive sound whose subject is a crowd, or in the passive (above)."""
    word = text[c.start : c.end]
    if c.entry.category != "attribution" or not _CROWD_SOUNDS.match(word):
        return False
    lo = max(0, c.start - 80)
    if _CROWD_BEFORE.search(text, lo, c.start):
        return True
    return word.lower().endswith("ed") and bool(_PASSIVE_BE.search(text, lo, c.start))
