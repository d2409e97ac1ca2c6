"""Recall, round 28: families from the editors' missed lists, one section per family below.
Each family is caught in its loaded sense and left alone where a rule or a narrow form keeps its
plain one (a cargo unloaded on a dock, a tennis lob, a duck under a branch, a lawyer's duty to a
client, a trial for treason, a tax amnesty, potassium bromide, a football end zone, a DMCA
takedown, a truck careening off a road). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator import annotate
from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


# Verbs and adverbs that colour speech: the base forms, blows, loads, missiles, evasion,
# contempt, sly intent and a mood read into a reply.
SPEECH_FLAGGED = [
    (
        "The spokeswoman held a briefing to brag about the jobs figures.",
        "brag about",
        "speech-verb-bases",
    ),
    (
        "The editorial goes on to slam the senator's record on trade.",
        "to slam",
        "speech-verb-bases",
    ),
    (
        "The governor used the speech to rail against the state's judges.",
        "rail against",
        "speech-verb-bases",
    ),
    (
        "The senator unloaded on the newspaper's editorial board.",
        "unloaded on",
        "unloaded-on",
    ),
    (
        "The campaign lobbed misleading criticisms at its rival's tax plan.",
        "lobbed",
        "lobbed-criticism",
    ),
    (
        "The candidate built his campaign on scorning political correctness.",
        "scorning",
        "scorned",
    ),
    ("Her rival accused her of ducking debates in the spring.", "ducking", "ducking"),
    (
        "The reporter appeared to insinuate that the mayor had lied.",
        "appeared to insinuate",
        "insinuated",
    ),
    (
        "The senator snarkily thanked reporters for their concern.",
        "snarkily",
        "sarcastic-adverbs",
    ),
    ("The two candidates had a testy exchange over taxes.", "testy", "testy"),
    ("The spokesman took a snippy tone with reporters.", "snippy", "testy"),
]
SPEECH_PLAIN = [
    ("Nothing the company did last year is anything to brag about.", "speech-verb-bases"),
    ("Passengers waited by the rail at the front of the ferry.", "speech-verb-bases"),
    ("The crates were unloaded on the dock before dawn.", "unloaded-on"),
    ("She lobbed the ball over the net to win the point.", "lobbed-criticism"),
    ("The boy was ducking under the branches of the old oak.", "ducking"),
    ("Many of the courses are derisively known as goat farms.", "sarcastic-adverbs"),
    ("The hikers pushed through prickly shrubs on the trail.", "testy"),
]

# Labels pinned on people and groups.
LABELS_FLAGGED = [
    (
        "The senator has been the most zealous advocate of the trade deal.",
        "zealous advocate",
        "zealous-advocate",
    ),
    (
        "The billionaire donors are the puppetmasters of the campaign.",
        "puppetmasters",
        "puppetmasters",
    ),
    ("The columnist called the senator's plan retarded.", "retarded", "retarded-slur"),
    (
        "The columnist wrote again about Mexican rapists crossing the border.",
        "Mexican rapists",
        "ethnic-crime-labels",
    ),
]
LABELS_PLAIN = [
    (
        "Every lawyer must be a zealous advocate for her client in court.",
        "zealous-advocate",
    ),
    ("Cold weather can retard the growth of the seedlings.", "retarded-slur"),
    (
        "The colonel was convicted of treason by a military court in 1952.",
        "treason-charge",
    ),
]

# Loaded names in immigration and security debates; a multiword label with a nationality set
# between its words is listed with each nationality, singular and plural alike.
DEBATE_FLAGGED = [
    (
        "The mayor blamed illegal Mexican migrants for the rise in crime.",
        "illegal Mexican migrants",
        "illegal-nationality-migrants",
    ),
    (
        "Police said they had arrested an illegal Honduran worker at the site.",
        "illegal Honduran worker",
        "illegal-nationality-migrants",
    ),
]
DEBATE_PLAIN = [
    ("The city offered a tax amnesty to residents who owed back fees.", "amnesty-bare"),
]


# Sneers at conduct and prominence, and the writer's verdicts in a metaphor.
SNEERS_FLAGGED = [
    (
        "The paper chronicled the congressman's sexual and political escapades.",
        "escapades",
        "escapades",
    ),
    (
        "The congressman resigned after raunchy selfies surfaced.",
        "raunchy",
        "raunchy",
    ),
    (
        "The debate produced another round of cringe-worthy statements.",
        "cringe-worthy",
        "cringeworthy",
    ),
    (
        "The senator likes to hog the spotlight at every hearing.",
        "hog the spotlight",
        "hog-the-spotlight",
    ),
    (
        "The president was dancing in the end zone over the jobs report.",
        "dancing in the end zone",
        "gloating-metaphors",
    ),
    (
        "The candidate has said he wants to make nice with the Kremlin.",
        "make nice with",
        "make-nice",
    ),
    (
        "The secretary's steely fortitude won over wavering voters.",
        "steely",
        "steely",
    ),
    (
        "The campaign reprinted the newspaper's takedown of its rival.",
        "takedown",
        "takedown",
    ),
    (
        "The campaign has been careening from one controversy to the next.",
        "careening from",
        "careening",
    ),
    (
        "The primary has descended into fratricide among the party's candidates.",
        "fratricide",
        "fratricide",
    ),
    (
        "The candidate answered with evasive bromides about strength.",
        "bromides",
        "bromides",
    ),
    (
        "The president accused the field of preying on the anxieties of voters.",
        "preying on the anxieties",
        "preying-on-fears",
    ),
]
SNEERS_PLAIN = [
    ("The receiver was dancing in the end zone after the touchdown.", "gloating-metaphors"),
    ("The site received a DMCA takedown notice for the video.", "takedown"),
    ("The platform reports how many content takedowns it made each year.", "takedown"),
    ("The lab stored potassium bromide in a sealed jar.", "bromides"),
    ("The ceiling was painted a steely blue.", "steely"),
    ("The truck careened off the road and into a ditch.", "careening"),
]


FLAGGED = [*SPEECH_FLAGGED, *LABELS_FLAGGED, *DEBATE_FLAGGED, *SNEERS_FLAGGED]
PLAIN = [*SPEECH_PLAIN, *LABELS_PLAIN, *DEBATE_PLAIN, *SNEERS_PLAIN]


@pytest.mark.parametrize(("body", "text", "entry_id"), FLAGGED)
def test_family_is_flagged(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _hits(body)


@pytest.mark.parametrize(("body", "entry_id"), PLAIN)
def test_plain_sense_is_left_alone(body: str, entry_id: str) -> None:
    assert entry_id not in {e for _, e in _hits(body)}


def _flag_of(text: str, entry_id: str) -> tuple[str, str | None] | None:
    """The voice and speaker of the entry's flag in an annotated text, if it is flagged."""
    report = annotate(text=text)
    for f in report.flags:
        if f.entry_id == entry_id:
            return f.voice, f.speaker
    return None


# A charge of treason, 'amnesty' and 'radical Islam' are flagged in a speaker's words, where
# each side's term stands, and not in the outlet's own narration, where they are the topic.
def test_speakers_terms_are_flagged_with_their_speaker() -> None:
    head = "Senators debate border bill\n\n"
    amnesty = head + 'Senator Maria Lopez said: "This border bill is amnesty."'
    assert _flag_of(amnesty, "amnesty-bare") == ("quoted", "Senator Maria Lopez")
    treason = head + 'Senator Maria Lopez said: "Passing this bill is treason."'
    assert _flag_of(treason, "treason-charge") == ("quoted", "Senator Maria Lopez")
    islam = head + 'Senator Maria Lopez said: "We are at war with radical Islam."'
    assert _flag_of(islam, "radical-islam") == ("quoted", "Senator Maria Lopez")


def test_speakers_terms_are_not_flagged_in_narration() -> None:
    narration = "Hearing\n\nThe hearing on Tuesday was about radical Islam and recruitment."
    assert _flag_of(narration, "radical-islam") is None
    border = "Border bill\n\nThe border bill would grant amnesty to some migrants."
    assert _flag_of(border, "amnesty-bare") is None
