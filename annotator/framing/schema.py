"""The schema of a framing lexicon file (YAML), version 1.

An entry lists the surface forms of one loaded term; the matcher compiles every form of every
entry into one automaton. Context rules are checked only on candidate matches.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..factories import empty_dict, empty_list

Category = Literal[
    "glorifying",  # honorifics and epithets that glorify ("martyr", "Imam of the Ummah")
    "name_calling",  # labels that denigrate a person or group ("terrorist regime", "thugs")
    "loaded",  # loaded nouns, verbs and adjectives ("slaughter", "heinous")
    "fear",  # appeals to fear and threats ("existential threat")
    "certainty",  # certainty and exaggeration ("certainly", "definitely")
    "doubt",  # epistemic doubt ("so-called", "alleged")
    "attribution",  # loaded attribution verbs ("claimed", "admitted", "slammed")
    "euphemism",  # softening terms ("collateral damage")
    "puffery",  # promotional praise ("world-class", "legendary")
    "contested_name",  # geopolitical names where each side has its own term
]

Technique = Literal[
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Doubt",
    "Exaggeration,Minimisation",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Causal_Oversimplification",
    "Slogans",
    "Appeal_to_Authority",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
    "Repetition",
]

Severity = Literal["low", "medium", "high"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Context(_Strict):
    """Rules applied to a candidate match; any rule that fires drops the candidate."""

    # Drop the match when one of these phrases (case-insensitive) contains it: proper names,
    # technical senses ("Martyrs' Square", "tax regime").
    exceptions: list[str] = Field(default_factory=empty_list)
    # Drop when the word right before / after the match is one of these (lowercase).
    not_after: list[str] = Field(default_factory=empty_list)
    not_before: list[str] = Field(default_factory=empty_list)
    # Only flag when the match starts with a capital letter (a title before a name), or only
    # when it does not (a common noun whose capitalised form is a name).
    case: Literal["any", "capitalised", "lowercase"] = "any"
    # Drop when a word of one of these word classes (the file's `word_classes`: "finance",
    # "sport", ...) stands within a few words: the term's technical or everyday sense
    # ("invest aggressively", "nitrogen fixation", "financial ruin").
    not_near: list[str] = Field(default_factory=empty_list)
    # Only flag when a word of one of these classes stands within a few words: the loaded
    # sense needs its setting ("eliminated" near "militants", not near "tournament").
    near: list[str] = Field(default_factory=empty_list)
    # Drop when a word of one of these classes stands anywhere in the same paragraph: a
    # paragraph about the Islamic State uses "terrorist group" as wire copy does.
    not_in_paragraph: list[str] = Field(default_factory=empty_list)
    # Out of the default view (still flagged, under --all and in the JSON) when a speaker uses it
    # and a word of one of these classes stands in the same paragraph (or its headline and the
    # paragraph before): a witness's or official's plain reaction to what happened ("there was
    # carnage on the road", "another horrific attack"). In the outlet's narration the same
    # adjective is the outlet's own choice and stays in view...
    plain_in_paragraph: list[str] = Field(default_factory=empty_list)
    # ... unless this is True: the word names the event itself ("the bloodshed"), as wire copy
    # does.
    plain_in_narration: bool = False
    # Out of the default view in any voice, the outlet's narration included, when a word of one
    # of these classes stands within three words of the match: the crime named beside it is an
    # atrocity by any account ("this tragic crime against humanity", "called the KKK
    # abhorrent"), so the strong word is the standard one. A word farther off in the paragraph
    # may name another, contested event ("alleged massacres" beside a genocide resolution).
    plain_beside: list[str] = Field(default_factory=empty_list)
    # Only flag in an article about the conflict or field the term belongs to: the article names
    # words of one of these classes at least twice, or the paragraph (or its headline and the
    # paragraph before) names one. A contested name or euphemism is one only in its conflict: a
    # "security barrier" at a street festival is a barrier, "pacified" in a speech about a
    # candidacy is not a military euphemism.
    topic: list[str] = Field(default_factory=empty_list)
    # Not flagged in an article about the field one of these classes names (its words at least
    # twice, counted as `topic` counts): the field's own term spelt like a loaded word ("mocks"
    # and "mocking" in an article about software tests are test doubles, not ridicule).
    not_topic: list[str] = Field(default_factory=empty_list)
    # Only flag when the word right after the match belongs to one of these classes: "so-called"
    # casts doubt before a word others use in earnest ("so-called experts"), while before
    # jargon it only introduces a name ("so-called ghost guns").
    followed_by: list[str] = Field(default_factory=empty_list)
    # "clause": a verb of saying flagged only where it reports what was said (a that-clause, a
    # clause, a quotation, or a tag after one: "claimed the vote was rigged", "..., he
    # claimed."), not with a plain object ("claimed the body", "boasting stable lakes").
    complement: Literal["any", "clause"] = "any"
    # False: not flagged in a headline, where a short form is how headlines save space ("Dems
    # React To Debate"); in body text the same word is the outlet's choice.
    headline: bool = True
    # Not flagged in the words of a speaker whose name or description holds a word of one of
    # these classes: a group's own shorthand for itself ("the Dems", said a Democrat) labels
    # no one.
    not_by: list[str] = Field(default_factory=empty_list)
    # False: not flagged in the outlet's own body narration, only in a headline or a speaker's
    # words (epistemic adverbs such as "certainly" are register in narration, rhetoric there).
    outlet_body: bool = True
    # Forms (as listed in `forms`) that wire copy itself uses for the act they name ("touted",
    # "decried", "assailed", "took a swipe at"): flagged, in the JSON and under --all, but out
    # of the default view in the outlet's narration, where a wire editor would not query them.
    # The entry's other forms ("gushed", "pummeled", "tore into") are colour and stay in view.
    wire_forms: list[str] = Field(default_factory=empty_list)
    # Word classes: in the outlet's narration, a match whose next word belongs to one of them is
    # the wire's own usage, out of the default view like `wire_forms` ("a purported video": the
    # standard hedge for a record not yet verified; "a purported communist" stays in view).
    wire_before: list[str] = Field(default_factory=empty_list)


class Entry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    language: str = "en"
    forms: list[str] = Field(min_length=1)
    # "auto": plurals of labels and the -s/-ing forms of past-tense verbs (see lexicon.py);
    # "noun"/"verb": all regular forms of the last word; "none": the forms exactly as listed.
    inflect: Literal["auto", "none", "noun", "verb", "adjective"] = "auto"
    category: Category
    technique: Technique
    severity: Severity
    why: str = Field(min_length=10, max_length=300)
    neutral: list[str] = Field(default_factory=empty_list)  # neutral alternatives
    # Alternatives for forms whose sense `neutral` does not fit, keyed by the form as listed
    # (its inflections too): "tyranny" is not replaced by "leader" as "tyrant" is.
    neutral_by_form: dict[str, list[str]] = Field(default_factory=empty_dict)
    # For contested names: the other side's term, which is an alternative but not neutral.
    other_side: list[str] = Field(default_factory=empty_list)
    context: Context = Field(default_factory=Context)
    examples: list[str] = Field(default_factory=empty_list)  # our own sentences, never corpus text
    # Why the severity differs from the curator's first choice, with the evidence (the editors'
    # judgements and the gold sets' precision, as bench/entry_evidence.py counts them).
    calibration: str = ""


class LexiconFile(_Strict):
    schema_version: Literal[1]
    # Named lists of lowercase words that mark a domain or sense, shared by entries' `not_near`.
    word_classes: dict[str, list[str]] = Field(default_factory=empty_dict)
    entries: list[Entry] = Field(default_factory=empty_list)
