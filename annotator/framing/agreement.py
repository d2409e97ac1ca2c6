"""Make an entry's neutral alternatives agree in number with the form a page used.

An entry lists one set of alternatives for all its forms, often in one number: "terrorist"
and "terrorists" share "militants", "gunmen", so a label for one man was offered a group. When
the entry's own list shows which number the page used (`number_of`), each alternative whose
head noun names people or things counted one by one is made to agree. Advice in parentheses,
names (capitalised), verb phrases and abstract nouns ("migration", "leadership") are left as
they are.
"""

from __future__ import annotations

import re
from typing import Literal

Number = Literal["singular", "plural"]

_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children"}
_IRREGULAR_SINGULAR = {v: k for k, v in _IRREGULAR.items()}
# A word ending in s that is not a plural ("news", "politics", "status", "crisis", "class").
_NOT_PLURAL = re.compile(r"(?:ss|us|is|politics|economics|news|series|species|'s)$")
# Only alternatives naming people (or their roles) are inflected: a label for one man is
# not "militants", but an abstract alternative ("migration", "pressure", "leadership") has
# no number to agree, and event nouns ("operation") read as well in the singular.
_PERSON = re.compile(r"(?:er|or|ist|ant|ent|ian|ee|man|men|person|people|ary|ic|crat|iot|ite)$")
_PERSON_WORDS = frozenset({"official", "criminal", "radical", "liberal", "rival", "ally",
                           "enemy", "citizen", "member", "aide", "candidate", "nominee",
                           "general", "boss", "thug", "youth", "chief", "figure", "advocate",
                           "delegate", "executive", "tabloid", "outlet"})
# Person nouns without a plural ("the dead", "staff").
_MASS = re.compile(r"(?:people|staff|police|dead)$")
_VERBS = frozenset({"made", "said", "gave", "took", "told", "ran", "spread", "sought",
                    "promoted", "spoke", "wrote"})
# Arabic and Hebrew plurals English borrows ("mujahid", "mujahideen"; "fedayeen").
_LOAN_PLURAL = ("een", "in", "im", "un")
# Heads of forms naming a group, whose alternatives name its members in the plural.
_COLLECTIVE = frozenset({"cult", "army", "group", "regime", "party", "movement", "swamp",
                         "cartel", "mafia", "gang", "mob", "horde", "camp", "bloc", "network",
                         "elite", "establishment", "axis", "front", "force", "militia"})
# Words that start a qualifier after the head noun ("immigrants living in the country").
_TAIL = frozenset({"in", "of", "who", "whose", "that", "with", "without", "from", "for", "to",
                   "on", "at", "living", "accused", "convicted", "("})


def _words_end(word: str, endings: tuple[str, ...]) -> str | None:
    for end in endings:
        if word.endswith(end):
            return end
    return None


def plural(word: str) -> str:
    for one, many in _IRREGULAR.items():
        if word == one or (word.endswith(one) and len(word) - len(one) > 2):
            return word[: -len(one)] + many  # "gunman", not "human"
    return regular_plural(word)


def regular_plural(word: str) -> str:
    """The plural by the spelling rules alone (also a verb's third person: "denies")."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if _words_end(word, ("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(word: str) -> str:
    for many, one in _IRREGULAR_SINGULAR.items():
        if word == many or (word.endswith(many) and len(word) - len(many) > 2):
            return word[: -len(many)] + one
    if not word.endswith("s") or _NOT_PLURAL.search(word) or len(word) < 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if _words_end(word, ("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def number_of(matched: str, forms: frozenset[str], listed: frozenset[str]) -> Number | None:
    """The number of the matched form, when the entry's own list tells it. Plural: its
    singular is a listed form ("illegal immigrants" of "illegal immigrant"). Singular: the
    form and its plural are both listed ("terrorist", "terrorists"), so the entry's author
    treated it as a count noun with one list for both. Otherwise None: a plural the automaton
    adds to "glorious army" or "collateral damage" does not make the form a count noun whose
    alternatives ("soldiers", "civilian deaths") should be singular."""
    head, _, last = matched.rpartition(" ")
    prefix = f"{head} " if head else ""
    if matched.endswith("'s") or not last.isalpha() or matched not in forms:
        return None
    one = singular(last)
    if one != last and prefix + one in listed:
        return "plural"
    if any(last.endswith(end) and prefix + last[: -len(end)] in listed for end in _LOAN_PLURAL):
        return "plural"  # "mujahideen" of "mujahid", though "mujahideens" is listed too
    if (
        one == last
        and last not in _COLLECTIVE  # one "cult" or "army" has many members
        and matched in listed
        and prefix + plural(last) in listed
    ):
        return "singular"
    return None


def _names_people(word: str) -> bool:
    base = singular(word)
    return (
        word.isalpha()
        and word.islower()
        and not base.endswith("ment")  # "government", "displacement"
        and (base in _PERSON_WORDS or word in _IRREGULAR_SINGULAR or bool(_PERSON.search(base)))
    )


def agree(alternative: str, number: Number) -> str:
    """The alternative with its head noun in the number given: the word before what
    qualifies it ("person who ..."), else the last word."""
    if alternative.startswith("("):
        return alternative  # advice, not a word to put in the text
    words = alternative.split(" ")
    if words[0] in _VERBS:
        return alternative  # a verb phrase ("made false statements") has no number to agree
    at = len(words) - 1
    for i, word in enumerate(words[1:], 1):
        if word in _TAIL or word.startswith("("):
            at = i - 1
            break
    word = words[at]
    if not _names_people(word) or (number == "plural" and _MASS.search(word)):
        return alternative
    if number == "singular":
        new = singular(word)
    else:
        is_plural = word in _IRREGULAR_SINGULAR or singular(word) != word
        new = word if is_plural else plural(word)
    return " ".join([*words[:at], new, *words[at + 1 :]])
