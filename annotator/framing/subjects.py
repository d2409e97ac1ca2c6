"""The subject of a reporting verb: one backward scan over the words before the cue.

`subject_before(text)` reads the speaker phrase that ends `text` ("Sen. Ted Cruz, the Texas
Republican, has also", "A spokeswoman for Mr. Trump did not", "he"). It tokenises the bounded
window once and walks back from the verb: past auxiliaries, adverbs, time tags ("on Friday"),
a party tag ("(D-N.D.)") and "who"; past up to three appositive segments between commas or
dashes; then over one noun phrase, which never crosses clause punctuation, a verb or a bare
preposition. The phrase must be headed like a speaker (`speaker_head`): a name, a pronoun, a
role, group, organisation or document noun. Anything else ("The PR effort comes ahead of
the", "her former record", "Like") is no subject, and the verb's speaker stays unknown.
The work per cue is a constant: one pass over at most `REACH` characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import (
    CONTRACTION,
    GROUP_NOUNS,
    OPENERS,
    PRONOUNS,
    ROLE_WORDS,
    SPEAKER_NOUNS,
    TITLE_ABBREV,
    words,
)

REACH = 260  # characters before a cue where its subject may start

# The first two kinds start with a capital: the lookahead spares trying ~30 abbreviations at
# every other position (same tokens, a fifth less time).
_TOKEN = re.compile(
    rf"(?=[A-Z])(?:(?:{TITLE_ABBREV})\.|(?:[A-Z]\.)+(?![a-z]))|\([^()]{{1,40}}\)|--|(?<=\s)-(?=\s)|"
    r"\d+(?:\.\d+)?%|"
    # a contracted auxiliary after a pronoun is a word of its own, so "He'd called them liars"
    # and "She's said" have the subject "He" / "She" ("Trump's" is a possessive, "who's" stays
    # whole); the look-ahead first, so that most words fail at once
    r"(?=\w{1,4}[’'][dlrsv])"
    r"(?i:\b(?:he|she|it)(?=[’']s\b)|\b(?:i|you|he|she|it|we|they|who)(?=[’'](?:d|ve|ll|re)\b))|"
    r"[’'](?:d|ve|ll|re|s)\b|"
    r"[\w][\w’'\-&]*(?:\.(?=\w)[\w’'\-&]*)*|[,;:“”\"—–()]"
)
_AUX = words(
    "overall has have had also will would could can may might must should did does do is are "
    "was were "
    "been be not never later then again previously repeatedly already often still just "
    "recently even long once first further always now separately too nevertheless "
    "nonetheless instead thus therefore remain remains remained "
    "'d ’d 've ’ve 'll ’ll 're ’re 's ’s"
)
_TIME_HEAD = words(
    "on in last this earlier late"
)
# Two-word adverbs between a subject and its verb.
_ADVERB_PAIRS = frozenset({
    ("in", "particular"), ("for", "example"), ("for", "instance"), ("of", "course"),
    ("in", "turn"), ("at", "least"), ("in", "fact"), ("by", "contrast"), ("in", "private"),
    ("in", "public"), ("as", "well"),
})
# Three-word time adverbials between a subject (or its auxiliary) and the verb.
_TIME_TRIPLES = frozenset({
    ("at", "the", "time"), ("in", "the", "past"), ("in", "the", "meantime"),
    ("over", "the", "years"), ("in", "recent", "days"), ("in", "recent", "weeks"),
    ("in", "recent", "months"), ("in", "recent", "years"), ("in", "the", "end"),
})
_TIME_NOUN = words("week month year night morning afternoon evening weekend day")
_DETERMINERS = words(
    "the a an his her their its our my your this that these those another every each no "
    "some many most several other both all few one two three four five any such"
)
# Words a subject phrase never runs across (verbs, conjunctions, prepositions, relatives).
_STOP = words(
    "is was are were be been has have had and but or nor that which who whom whose when where "
    "while if because as said says say to would will could can may might should not it he she "
    "they we i you him them us than then so did do does also by in on at for with from of about "
    "against over after before into during under through since until without among between "
    "toward towards upon like unlike despite via per amid ahead behind across around near "
    "there here what how why whether though although just only even"
)
# Prepositions that attach a phrase to a speaker noun: "a spokeswoman for Mr. Trump", "people
# familiar with the matter", "leaders of the party", "an aide to the senator".
_PP = words("of for at with to on in from about")
_PP_BRIDGE = words("familiar close briefed involved knowledgeable")
_DASHES = {"—", "–", "--", "-"}
_QUOTES = {"“", "”", '"'}

# Role words that only modify a role ("senior adviser", "political strategist") head nothing:
# "big political names" is no speaker.
_MODIFIERS = words(
    "senior former deputy vice top national communications policy political foreign "
    "presidential founding radio talk television"
)
_ROLE = set(ROLE_WORDS.split("|")) - _MODIFIERS
_GROUP = {w.lower() for w in GROUP_NOUNS.split("|")}
_HEADS = _ROLE | _GROUP | SPEAKER_NOUNS
_THOSE = words("those many most some few all others")
_PLURAL_NOUNS = words("people police staff men women children folks")
# Shares that stand alone for the people just mentioned: "Most said", "Both want".
_SHARE = words("most both many some all several few half none")
_SHARE_ADVERBS = words("nearly almost virtually only just about roughly some more fewer less")
# Agent nouns name people: "-ist", "-ian", "-man", "-er", "-or", "-ee" ("the speechwriter",
# "the appointee"), less the common nouns with those endings.
_AGENT = re.compile(
    r"(?:ist|ian|man|men|woman|women|person|people|eer|er|or|ee|ant)s?$"
)
_NOT_AGENT = words(
    "order orders number numbers border borders matter matters water power powers other "
    "former latter corner quarter center centre computer chamber error errors factor factors "
    "sector sectors mirror cancer dollar dollars manner manners summer winter september october "
    "november december per after over under never ever either neither whether rather together "
    "however further later earlier better letter letters paper papers floor door doors favor "
    "honor honour labor labour color colour behavior behaviour rumor rumors tenor terror horror "
    "anchor meter liter ounce fee fees tree trees committee agree degree coffee free "
    "plan man-made important significant relevant constant recent instant distant pleasant "
    "restaurant want giant elephant major minor "
    # an abstract noun the ending catches: "The answer did not rebut" (a reply, not a person)
    "answer answers"
)
_POSSESSIVE_DET = words("his her their its our my your")
_PUBLISHED = words("released published aired issued unveiled posted filed launched")
_DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight")
_FULL_MONTHS = words(
    "January February March April May June July August September October November December"
)
_MONTHS = _FULL_MONTHS | words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")


# A party and state tag in apposition: "R-S.C.", "D-Ill.", "R -S.C." (as some pages space it).
_PARTY_TAG = re.compile(r"(?:R|D|I|Ind)\s*[-–]\s*[A-Z][A-Za-z.]*")
_RELATIVES = words("who whom which")
_PREPOSITIONS = words(
    "at in on from with by for of to about into over under after before during since until "
    "without among between through toward towards upon despite via per amid behind across "
    "around near"
)


@dataclass(frozen=True)
class Subject:
    np: str  # the speaker phrase
    start: int  # where it starts in the scanned text
    end: int  # where it ends
    tail: str  # what stands between it and the verb (appositive, auxiliaries)
    head: str  # the word that names the speaker ("spokeswoman" in "a spokeswoman for X")
    relative: bool = False  # "X, who now wants ...": the verb is in a relative clause


def speaker_head(head: str, alone_at_start: bool = False) -> bool:
    """Whether a phrase ending in `head` can say something: a name, a pronoun, a role, group,
    organisation or document noun. `alone_at_start`: the word opens its sentence by itself,
    where a capital proves nothing ("Like", "Leaked")."""
    dotted = head.endswith(".")
    head = head.strip(".,")
    low = head.lower()
    if low in PRONOUNS:
        return True
    if low in _SHARE:
        return True
    # (every contraction holds an apostrophe: most heads skip the pattern)
    if (("’" in low or "'" in low) and CONTRACTION.search(low)) or low in _POSSESSIVE_DET:
        # "We’re", "didn't": a verb, not a phrase ending; "her" determines a noun
        return False
    if head[:1].isupper():
        if head in _MONTHS and (alone_at_start or dotted or head in _FULL_MONTHS):
            # "June", "Jan.": a date; but a name may end on a short form ("Ai Jun", "Kim Jan")
            return False
        if head in OPENERS or _POSSESSIVE_END.search(head):
            return False  # a possessive determines a noun that is not there
        # At the sentence start a capital proves nothing: "Like", "Another", "Leaked".
        return not alone_at_start or not (
            low in _DETERMINERS
            or low in _STOP
            # "Leaked", "Rallying"; not "Ted", "King", "Reed"
            or (len(head) > 4 and _PARTICIPLE_END.search(head))
            or (len(head) > 6 and low.endswith("ly"))  # "Finally", not "Kelly"
        )
    if head[:1].isdigit():
        return head.endswith("%")  # "49% say"
    return _noun_speaks(low)


_POSSESSIVE_END = re.compile(r"[’']s?$")  # "Trump's", "the Clintons’"
_PARTICIPLE_END = re.compile(r"(?:ing|[^e]ed)$")
_FRACTION = re.compile(r"(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|halves)")


def _noun_speaks(low: str) -> bool:
    # a plural of a speaker noun speaks too ("rivals", "outlets"); so does a share of people
    # ("Two-thirds of Democratic insiders said")
    if low in _HEADS or _FRACTION.fullmatch(low):
        return True
    return (low.endswith("s") and low[:-1] in _HEADS) or (
        bool(_AGENT.search(low)) and low not in _NOT_AGENT
        # "wants", "plans": the -s form of a word the ending catches is no agent either
        and not (low.endswith("s") and low[:-1] in _NOT_AGENT)
    )


def subject_before(text: str, at_start: bool = False, lower_verb: bool = False) -> Subject | None:
    """The speaker phrase that ends `text`, with its appositive and auxiliaries; None when
    the words before the verb are not a speaker's phrase. `at_start`: `text` begins its
    sentence, where a capital alone proves no name. `lower_verb`: the verb after `text` is in
    lower case, so a capitalised "Will" or "May" before it is a name, not a headline's modal.

    Of the phrases that could be the subject, the one nearest the verb that starts after a
    comma or a dash wins: "In her speech, Merkel, who ..., warned" is Merkel's."""
    near = text[-120:]
    base = len(text) - REACH if "," in near or "—" in near or "–" in near else len(text) - 120
    base = max(0, base)
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, base)]
    if toks and base and text[base - 1].isalnum() and toks[0][0] == base:
        del toks[0]  # a word cut by the window
    if lower_verb and toks and toks[-1][2][:1].isupper() and toks[-1][2].lower() in _AUX:
        at_start = False  # "Will wrote": a modal never stands before a finite verb
    i, relative = _skip_auxiliaries(toks, len(toks), lower_verb)
    if i <= 0:
        return None
    ends = _candidate_ends(toks, i)
    found: list[tuple[int, int, str]] = []  # token start, token end and head of each phrase
    for end in ends:
        if end > 1 and toks[end - 1][2].startswith("(") and len(toks[end - 1][2]) > 2:
            end -= 1  # "Rep. Bobby Scott (D-Va.), ranking member, said": past the party tag
        phrase = _phrase_start(toks, end, at_start)
        if phrase is None and end != i and _names_next(toks, end):
            # "One delegate not on the slate, Kelly Smit, told": the appositive names the
            # speaker (`SpeakerBook.resolve` reads it from the tail)
            phrase = (_words_back(toks, end - 1), toks[end + 1][2])
        if phrase is not None and _PARTY_TAG.fullmatch(text, toks[phrase[0]][0], toks[end - 1][1]):
            phrase = None  # "Gowdy, R-S.C., said": a party and state tag names nobody
        if phrase is not None and end != i and phrase[0] > 0 and (
            toks[phrase[0] - 1][2] in _RELATIVES
        ):
            phrase = None  # "a major who Gowdy, R-S.C., fired": a relative clause's subject
        if phrase is not None and at_start and phrase[0] == 1 and end != i and (
            toks[0][2].lower() in _PREPOSITIONS
        ):
            phrase = None  # "At the Museum of Modern Art, ...": an opening phrase's object
        if phrase is not None:
            found.append((phrase[0], end, phrase[1]))
    lo = max(0, i - 40)
    if not found and lo + 1 < i and text.find("who", toks[lo + 1][0], toks[i - 1][1]) != -1:
        # "The judges who ruled that ..., for instance, said": the noun before "who" (looked
        # for only where the words hold "who" at all: most cues have no subject and no "who")
        for w in range(i - 1, lo, -1):
            if toks[w][2] in _QUOTES or toks[w][2] in {";", ":"}:
                break
            if toks[w][2] == "who":
                phrase = _phrase_start(toks, w, at_start)
                if phrase is not None:
                    found.append((phrase[0], w, phrase[1]))
                break
    if not found:
        return None
    found.sort()
    apart = [f for f in found[1:] if f[0] > 0 and toks[f[0] - 1][2] in {",", *_DASHES}]
    s, e, head = apart[-1] if apart else found[0]
    opening = _relative_before(toks, s, lo, at_start) if e < i else None
    if opening is not None:
        s, e, head = opening
    if toks[s][2] in _BECOMING:
        # "Those familiar with him before he became Pope Francis say": a predicate after a
        # copula is what someone became, never who speaks
        return None
    start, end = toks[s][0], toks[e - 1][1]
    return Subject(text[start:end], start, end, text[end:], head, relative and e == i)


_BECOMING = frozenset({"became", "become", "becomes", "becoming"})


def _relative_before(
    toks: list[tuple[int, int, str]], s: int, lo: int, at_start: bool
) -> tuple[int, int, str] | None:
    """"Sandy Lee, who lost her son in Aurora, Colorado, in 2012, said": a phrase set off by
    commas after a relative clause's "who" is inside the clause, so the subject is the phrase
    before ", who"; None when no such clause opens before `s`."""
    for k in range(s - 1, max(lo, 1) - 1, -1):
        w = toks[k][2]
        if w in _QUOTES or w in {";", ":"}:
            return None
        if w in {"who", "which"} and toks[k - 1][2] == ",":
            phrase = _phrase_start(toks, k - 1, at_start)
            return (phrase[0], k - 1, phrase[1]) if phrase is not None else None
    return None


def _names_next(toks: list[tuple[int, int, str]], end: int) -> bool:
    """A name of two capitalised words or more right after the comma at `end`."""
    nxt = [t[2] for t in toks[end + 1 : end + 3]]
    return toks[end][2] == "," and len(nxt) == 2 and all(w[:1].isupper() for w in nxt)


def _skip_auxiliaries(
    toks: list[tuple[int, int, str]], i: int, names_aux: bool = False
) -> tuple[int, bool]:
    """Index just past the subject's last word: back over auxiliaries, adverbs, time and party
    tags and a relative "who" ("Trump, who has long", "Ana Ruiz (D-Ore.) on Tuesday"); and
    whether the verb is in a relative clause."""
    while i > 0:
        w = toks[i - 1][2]
        low = w.lower()
        if names_aux and w[:1].isupper() and low in _AUX:
            return i, False  # "George Will has said", "“...,” Will wrote": a name
        adverb = low.endswith("ly") and low not in _HEADS  # not "family", "ally"
        if low in _AUX or (w.islower() and (adverb or low.endswith(("n’t", "n't")))):
            i -= 1
        elif low in {"both", "either", "all", "each"} and i >= 2 and (
            toks[i - 2][2].lower() in _AUX
            or (toks[i - 2][2][:1].isalnum() and toks[i - 2][2].lower() not in _DETERMINERS)
        ):
            # "who has both endorsed", "have all characterized", "Obama on a hot mic both
            # offered": a quantifier after its noun is no head of its own
            i -= 1
        elif w.startswith("(") and len(w) > 2:
            i -= 1  # "(D-N.D.)"
        elif low in {"himself", "herself", "itself", "themselves"}:
            i -= 1  # "Ford itself said"
        elif w in {"here", "there"} and i >= 2 and toks[i - 2][2][:1].isalnum():
            i -= 1  # "officials here say", "proponents of tighter rules there say"
        elif w == "," and i >= 2 and toks[i - 2][2].startswith("(") and len(toks[i - 2][2]) > 2:
            i -= 2  # "Gov. John Kasich (R-OH), said": the comma closes the party tag
        elif i >= 2 and toks[i - 2][2].lower() in _TIME_HEAD and (
            w in _TIME_NOUN or w[:1].isupper()
        ):
            i -= 2  # "on Friday", "last week", "in Iowa"
            if i > 0 and toks[i - 1][2].lower() in {"earlier", "late"}:
                i -= 1
        elif (i >= 3 and w.isdigit() and len(w) <= 2 and toks[i - 2][2] in _MONTHS
              and toks[i - 3][2].lower() in _TIME_HEAD):
            i -= 3  # "on Jan 5"
        elif i >= 3 and (toks[i - 2][2].lower(), low) in _ADVERB_PAIRS:
            i -= 2  # "Britain and France in particular feared"
        elif i >= 4 and tuple(t[2].lower() for t in toks[i - 3 : i]) in _TIME_TRIPLES:
            i -= 3  # "Trump at the time said", "Beck, who has in the past described"
        elif w in _DAYS and i >= 2 and toks[i - 2][2][:1].isalnum():
            i -= 1  # "The leading candidates for president Thursday lashed out"
        elif low in _PUBLISHED and i >= 2 and toks[i - 2][2][:1].isalnum() and (
            toks[i - 2][2].lower() not in _AUX
        ):
            i -= 1  # "A campaign TV ad released Thursday accuses": the ad accuses
        elif low in {"who", "which"}:
            i -= 1
            if i > 0 and toks[i - 1][2] in {",", "–", "—", "--"}:  # (or "Kim – who blasts")
                i -= 1
                # "spoke with Cruz as well, who said": the antecedent is before the adverb
                if i >= 3 and (toks[i - 2][2].lower(), toks[i - 1][2].lower()) == ("as", "well"):
                    i -= 2
                elif i >= 2 and toks[i - 1][2].lower() == "too":
                    i -= 1
            return i, True
        else:
            return i, False
    return i, False


def _candidate_ends(toks: list[tuple[int, int, str]], i: int) -> list[int]:
    """Where the subject phrase may end: right before the auxiliaries, or, past an appositive
    (", the Texas Republican," or "— the host —"), before each of up to three commas."""
    last = toks[i - 1][2]
    if last == ",":
        ends, j, segments, place = [], i - 1, 0, -1
        start_char = toks[i - 1][0]
        for k in range(i - 2, -1, -1):
            w = toks[k][2]
            if w in _QUOTES or w in {";", ":"} or start_char - toks[k][0] > 200:
                break
            if w == "," and j == i - 1 and _state(toks, k, j):
                place = k  # "the mayor of Oakland, California,": a place and its state
            if w == ",":
                if k < j - 1:
                    ends.append(k)
                j, segments, start_char = k, segments + 1, toks[k][0]
                if segments >= 3:
                    break
        at = ends.index(place) if place in ends else -1
        if 0 <= at < len(ends) - 1 and (
            toks[ends[at + 1] + 1][2].lower() in {"the", "a", "an"}
            or toks[ends[at + 1] + 1][2].islower()
        ):
            # "Libby Schaaf, the mayor of Oakland, California, said": the state closes the
            # appositive, whose noun is not the subject the commas before it set apart (but
            # "On Wednesday, Bishop Gainer of Harrisburg, Pennsylvania, ordered" is no
            # appositive)
            ends.remove(place)
        return ends
    if last in _DASHES:
        for k in range(i - 2, max(-1, i - 40), -1):
            w = toks[k][2]
            if w in _QUOTES:
                break
            if w in _DASHES:
                return [k] if k < i - 2 else []
        return []
    return [i]


STATES = words(
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}


def _state(toks: list[tuple[int, int, str]], k: int, j: int) -> bool:
    """Whether the words between the commas at k and j name the state of the place before k
    ("Oakland, California,")."""
    return k > 0 and toks[k - 1][2][:1].isupper() and (
        " ".join(t[2] for t in toks[k + 1 : j]) in STATES
    )


def _phrase_start(
    toks: list[tuple[int, int, str]], end: int, at_start: bool
) -> tuple[int, str] | None:
    """Token index where the speaker phrase ending before `end` starts; None when the words
    there are no speaker's phrase (no words, a fragment, a head that cannot speak); with the
    phrase's head word."""
    k = end - 1
    head = toks[k][2] if k >= 0 else ""
    if not head or not (head[0].isalnum() or head[0] == "("):
        return None
    if head.lower() in PRONOUNS:
        return k, head
    if _CITATION.fullmatch(head):
        # "Jude 7 declares", "Ezekiel 16:49-50 declares": a book and the place cited in it
        j = k
        while j > 0 and (toks[j][2] == ":" or _CITATION.fullmatch(toks[j][2])):
            j -= 1
        if j < k and toks[j][2].isalpha() and toks[j][2][:1].isupper():
            cited = _phrase_start(toks, j + 1, False)
            if cited is not None:
                return cited
    if k >= 2 and toks[k - 1][2] == "in" and _number(head) and _number(toks[k - 2][2]):
        start = _words_back(toks, k - 2)
        if start > 0 and toks[start - 1][2].lower() in _SHARE_ADVERBS:
            start -= 1
        return start, head  # "About one in five", "Six in 10"
    if k >= 1 and head.endswith("ed") and toks[k - 1][2].lower() in _THOSE:
        return k - 1, toks[k - 1][2]  # "those surveyed", "many polled"
    start = _words_back(toks, k)
    first = toks[start][2]
    if start < k and first[:1].isupper() and first.lower().endswith("ing"):
        start += 1  # "Rallying hundreds of workers, Clinton": the participle is no name
    elif (
        start < k
        and first.islower()
        and first not in _DETERMINERS
        and start > 0
        and toks[start - 1][2].lower() in _AUX
    ):
        return None  # "Trump also struck populist notes": a verb, not a modifier
    alone = start == end - 1 and (
        at_start if start == 0 else toks[start - 1][2] in {":", ";", "(", *_DASHES}
    )
    head_ok = speaker_head(toks[k][2], alone)
    low = head.lower()
    if not head_ok and alone and end == len(toks) and speaker_head(head) and not (
        low.endswith("ly") or low in _DETERMINERS or low in _STOP
    ):
        # "Schilling told", "Boreing said": one capital right before the verb is its subject;
        # a participle opening a sentence ("Rallying workers, Clinton") is not followed by one
        head_ok = True
    # A speaker noun with its attachment: "a spokeswoman for Mr. Trump", "people familiar
    # with the matter", "members of Congress": the head is the noun before the preposition,
    # itself a phrase of its own ("the leaders", "Members", "officials"), never a verb's
    # object ("would not comment on the order").
    if start >= 2 and _attached(toks, start - 1, head_ok):
        j = start - 2
        bridged = toks[j][2] in _PP_BRIDGE and j >= 1
        j -= bridged
        noun = toks[j][2]
        inner_ok = head_ok or bridged or (
            head.lower() not in _STOP and head.lower() not in _DETERMINERS and not head.isdigit()
        )
        named_back = False
        if inner_ok and not _noun_speaks(noun.lower()) and not bridged:
            # "The deputy head of China’s delegation to the forum", "Bishop Leo Park of the
            # Catholic diocese of Salem": one more attachment back
            inner = _words_back(toks, j)
            if inner >= 2 and _attached(toks, inner - 1, False):
                back = toks[inner - 2][2]
                named_back = _named(back) and not _noun_speaks(back.lower())
                if _noun_speaks(back.lower()) or named_back:
                    j = inner - 2
                    noun = back
        if inner_ok and (_noun_speaks(noun.lower()) or named_back):
            outer = _words_back(toks, j)
            first = toks[outer][2]
            if first.lower() in _DETERMINERS or first[:1].isupper() or noun.endswith("s") or (
                noun.lower() in _PLURAL_NOUNS
            ):
                return _share_before(toks, outer), noun
    if start >= 2 and toks[start - 1][2] == "of" and _GERUND.fullmatch(toks[start - 2][2]) and (
        toks[start - 2][2] not in _ING_NOUNS
    ):
        # "the current slandering of American Muslims echoed": the act is the subject, and
        # whom it is done to does not speak
        return None
    return (_share_before(toks, start), head) if head_ok else None


# Words that count a share of a group: "half of voters", "a majority of the delegates".
_SHARES = words(
    "half third thirds quarter quarters fifth fifths majority majorities minority plurality "
    "percent most many some all none few both each one two three four five six seven eight "
    "nine ten dozens"
)


def _share_before(toks: list[tuple[int, int, str]], start: int) -> int:
    """Start of the speaker phrase with the share of it that speaks: "Four in 10 voters",
    "Nearly half of voters", "Large majorities of Republican voters" (the group alone would
    credit all of it)."""
    if start >= 2 and toks[start - 1][2] == "in" and _number(toks[start - 2][2]) and (
        _number(toks[start][2])
    ):
        share = start - 2  # "Four in 10 voters"
    elif start >= 2 and toks[start - 1][2] == "of" and (
        toks[start - 2][2].lower().rsplit("-", 1)[-1] in _SHARES
        or toks[start - 2][2].rstrip("%").isdigit()
    ):
        share = _words_back(toks, start - 2)  # "a majority of", "three-quarters of"
    elif start >= 1 and [t[2].lower() for t in toks[start - 1 : start + 1]] == ["at", "least"]:
        return start - 1  # "At least 20 senators": "least" read as the phrase's modifier
    elif start >= 2 and [t[2].lower() for t in toks[start - 2 : start]] == ["at", "least"] and (
        _number(toks[start][2])
    ):
        return start - 2  # "At least one senator"
    else:
        return start
    while share > 0 and toks[share - 1][2].lower() in _SHARE_ADVERBS:
        share -= 1  # "Only about 4 in 10"
    if share >= 1 and [t[2].lower() for t in toks[share - 1 : share + 1]] == ["at", "least"]:
        share -= 1  # "At least half": "least" already read as a modifier of "half"
    return share


_GERUND = re.compile(r"[a-z]{3,}ing")
_CITATION = re.compile(r"\d{1,3}(?:[\-–]\d{1,3})?")
# Nouns in -ing that are no act: "a string of aides", "the wing of the party".
_ING_NOUNS = words("string spring thing wing ring king building morning evening offspring")


def _named(word: str) -> bool:
    """A capitalised word that may end a name ("Bishop Leo Park of the diocese of Salem")."""
    return word[:1].isupper() and word not in OPENERS and not _POSSESSIVE_END.search(word)


def _attached(toks: list[tuple[int, int, str]], p: int, speaks: bool) -> bool:
    """Whether toks[p] is a preposition attaching what follows to a noun before it ("an aide
    to the senator", "a letter to committee members": `speaks`, the phrase after it names
    someone); "to" before a bare verb is an infinitive ("people to flee due to ...")."""
    if toks[p][2] not in _PP:
        return False
    if toks[p][2] != "to" or p + 1 >= len(toks) or speaks:
        return True
    nxt = toks[p + 1][2]
    return nxt[:1].isupper() or nxt.lower() in _DETERMINERS or nxt[:1].isdigit()


def _words_back(toks: list[tuple[int, int, str]], k: int) -> int:
    """Start of the noun phrase whose last word is toks[k]: back over names (with "of",
    "al", "bin" inside them), modifiers and possessives to a determiner, at most ten words."""
    start = k
    j = k - 1
    capital_run = toks[k][2][:1].isupper()
    while j >= 0 and k - j < 10:
        w = toks[j][2]
        low = w.lower()
        if not (w[:1].isalnum()) or (("’" in w or "'" in w) and CONTRACTION.search(w)):
            break  # "It's another", "didn't limit her": a clause before the phrase
        if low in {"that", "this"} and toks[j + 1][2][:1].isupper():
            return j + 1  # "a charge that Colorado Republican leaders denied": a relative
        if low in {"most", "many", "few", "other", "several"} and j > 0 and re.search(
            r"[’']s?$", toks[j - 1][2]
        ) and toks[j - 1][2][:1].isupper():
            start = j - 1  # "Sanders's most passionate supporters": a possessive before it
            j -= 2
            continue
        if low in _DETERMINERS and w not in {"No"}:
            # "Nearly a third", "more than half of the"
            if j > 0 and toks[j - 1][2].lower() in _SHARE_ADVERBS:
                return j - 1
            if j > 1 and toks[j - 1][2] == "than" and toks[j - 2][2].lower() in _SHARE_ADVERBS:
                return j - 2
            if j > 1 and toks[j - 1][2] in {"and", "or"} and _coordinated(toks[j - 2][2], w):
                return _words_back(toks, j - 2)  # "Sanders and his aides"
            return j
        if low in {"of", "for", "and", "al", "bin", "ibn", "de", "da", "del", "van", "von",
                   "der", "le", "la", "&"} and capital_run and j > 0 and \
                toks[j - 1][2][:1].isupper() and toks[start][2][:1].isupper() and \
                toks[j - 1][2].lower() not in _HEADS:  # "Critics of Ruiz" is no name
            start = j - 1  # "Bernie Sanders of Vermont", "Department of State"
            j -= 2
            continue
        if low in {"and", "or"} and j > 0 and _coordinated(toks[j - 1][2], toks[start][2]):
            start = _words_back(toks, j - 1)  # "Sanders and his aides", "Current and former"
            break
        if low in _STOP or (w.islower() and (
            # a compound in -ing is an adjective ("the tough-talking politician"), not a verb
            (low.endswith("ing") and "-" not in low)
            or (low.endswith("ly") and low not in _HEADS)  # not "family"
        )):
            break
        if w.islower() and low.endswith("ed") and low not in _HEADS:
            # "the embattled governor" keeps its adjective only under a determiner
            if j > 0 and toks[j - 1][2].lower() in _DETERMINERS:
                start = j
                j -= 1
                continue
            break
        start = j
        j -= 1
    if 1 < start < k and toks[start - 1][2] == "To":
        # "Under Pressure To Repudiate General Who Called": in a headline's title case the
        # word after an infinitive's "To" is its verb, not the first word of a name
        start += 1
    return start


_PAIRED_ADJECTIVES = words(
    "current former past present future local state federal national foreign domestic senior "
    "junior young old new male female black white liberal conservative republican democratic"
)


def _coordinated(before: str, after: str) -> bool:
    """Whether "before and after" joins two speakers ("Sanders and his aides", "Miller and
    some advocates") or two of their modifiers ("Current and former officials")."""
    if before.lower() in _PAIRED_ADJECTIVES and after.lower() in _PAIRED_ADJECTIVES:
        return True
    return (before[:1].isupper() and speaker_head(before)) or (
        before.islower() and _noun_speaks(before.lower()) and not before.endswith("ed")
    )


_NUMBER_WORDS = words("one two three four five six seven eight nine ten")


def _number(word: str) -> bool:
    return word.isdigit() or word.lower() in _NUMBER_WORDS
