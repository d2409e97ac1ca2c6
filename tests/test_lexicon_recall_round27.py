"""Recall, round 27 (issue 9): the outlet's own characterising words, one family per section
below. Each family is caught in its loaded sense and left alone where a rule or a narrow form
keeps its plain one (a gunfight, jets scrambled to intercept, a detective solving a mystery, a
plane crash, a rugby match, a history lecture, a museum, a media company's assets). Every
sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str) -> list[tuple[str, str]]:
    article = Article(headline="", body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


# The writer's adverbs of alarm, coldness, relief, reputation and intent.
ADVERBS_FLAGGED = [
    (
        "Turnout among young voters fell alarmingly in the last election.",
        "alarmingly",
        "alarm-adverbs",
    ),
    (
        "The minister curtly dismissed the question about her expenses.",
        "curtly",
        "curt-adverbs",
    ),
    ("The senator's speech was mercifully brief.", "mercifully", "relief-adverbs"),
    (
        "The famously thin-skinned developer threatened to sue the paper.",
        "famously thin-skinned",
        "famously-character",
    ),
    (
        "The governor pointedly declined to endorse his party's nominee.",
        "pointedly",
        "pointedly",
    ),
]
ADVERBS_PLAIN = [
    ("The chef is famously fond of fresh herbs from her garden.", "famously-character"),
]

# Verbs that make a reply or a reaction into a fight or a panic.
SPEECH_FLAGGED = [
    (
        "The senator fired back at critics of her tax plan on Sunday.",
        "fired back",
        "fired-back",
    ),
    (
        "The White House scrambled to contain the fallout from the aide's remarks.",
        "scrambled to contain",
        "scrambled-to",
    ),
]
SPEECH_PLAIN = [
    (
        "Soldiers fired back after gunmen opened fire on the patrol near the border.",
        "fired-back",
    ),
    ("Jets scrambled to intercept the bomber over the sea.", "scrambled-to"),
]

# Pictures of collapse and scandal.
COLLAPSE_FLAGGED = [
    (
        "The ceasefire deal began to unravel within a week.",
        "began to unravel",
        "unravelling",
    ),
    (
        "After the vote, the prime minister's authority lay in tatters.",
        "in tatters",
        "in-tatters",
    ),
    (
        "The ministry, rocked by allegations of bribery, replaced its chief.",
        "rocked by allegations",
        "rocked-by-scandal",
    ),
    (
        "The mayor, embroiled in a scandal over contracts, resigned.",
        "embroiled in a scandal",
        "embroiled-in",
    ),
    (
        "Economists warned that the currency was teetering on the brink.",
        "teetering on the brink",
        "teetering-brink",
    ),
    (
        "The minister's shambolic interview dominated the morning news.",
        "shambolic",
        "shambolic",
    ),
    (
        "Insiders expected the bill to crash and burn in the Senate.",
        "crash and burn",
        "crash-and-burn",
    ),
    (
        "The senator won the nomination after a bruising primary.",
        "bruising primary",
        "bruising-contest",
    ),
    ("Critics called the coalition a house of cards.", "a house of cards", "house-of-cards"),
]
COLLAPSE_PLAIN = [
    ("Detectives began to unravel the mystery of the missing ledger.", "unravelling"),
    ("The small plane crashed and burned in a field outside the town.", "crash-and-burn"),
    ("The children built a house of cards on the kitchen table.", "house-of-cards"),
    ("The rugby side suffered a bruising defeat to the champions.", "bruising-contest"),
    (
        "The vase was teetering on the edge of the shelf when the cat jumped.",
        "teetering-brink",
    ),
]

# State-media labels and their counterparts' labels.
STATE_FLAGGED = [
    (
        "State media accused the activists of colluding with external forces.",
        "colluding with external forces",
        "external-forces",
    ),
    (
        "The editorial blamed black-clad rioters for the unrest in the city.",
        "black-clad rioters",
        "hong-kong-rioters",
    ),
    (
        "The foreign ministry called the protests an attempted color revolution.",
        "color revolution",
        "colour-revolution",
    ),
    (
        "The envoy said Kiev's Western curators had ordered the strike.",
        "Kiev's Western curators",
        "kremlin-west-labels",
    ),
    (
        "The minister vowed to defeat Hamas-ISIS within a year.",
        "Hamas-ISIS",
        "counter-axis-labels",
    ),
    (
        "The blogger wrote that the khokhols would soon surrender.",
        "khokhols",
        "russia-ukraine-slurs",
    ),
    (
        "The columnist warned that Emperor Xi would never tolerate dissent.",
        "Emperor Xi",
        "autocrat-monikers",
    ),
]
STATE_PLAIN = [
    ("Western curators at the museum chose the paintings for the show.", "kremlin-west-labels"),
    (
        "Scholars of the colour revolutions of the 2000s in Georgia and Ukraine met in Tbilisi.",
        "colour-revolution",
    ),
    (
        "A lecture on the history of the color revolution in Georgia drew students.",
        "colour-revolution",
    ),
]

# Partisan pejoratives of the US left and right.
PARTISAN_FLAGGED = [
    (
        "The speaker called the rival movement's philosophy semi-fascism.",
        "semi-fascism",
        "semi-fascism",
    ),
    (
        "The blogger mocked the Trumpists who lined up for the rally.",
        "Trumpists",
        "partisan-cult-labels",
    ),
    ("Activists derided the new group as Blue MAGA.", "Blue MAGA", "partisan-cult-labels"),
    (
        "The candidate told supporters the legacy media would bury the story.",
        "legacy media",
        "press-pejoratives",
    ),
    (
        "Party elders said the young staffers had drunk the Kool-Aid.",
        "drunk the Kool-Aid",
        "kool-aid",
    ),
    ("The ad called the senator Moscow Mitch.", "Moscow Mitch", "campaign-nicknames"),
    (
        "The group spent millions to defeat election deniers running for secretary of state.",
        "election deniers",
        "election-deniers",
    ),
]
PARTISAN_PLAIN = [
    ("Disney and other legacy media companies are cutting jobs.", "press-pejoratives"),
]


FLAGGED = [*ADVERBS_FLAGGED, *SPEECH_FLAGGED, *COLLAPSE_FLAGGED, *STATE_FLAGGED, *PARTISAN_FLAGGED]
PLAIN = [*ADVERBS_PLAIN, *SPEECH_PLAIN, *COLLAPSE_PLAIN, *STATE_PLAIN, *PARTISAN_PLAIN]


@pytest.mark.parametrize(("body", "text", "entry_id"), FLAGGED)
def test_family_is_flagged(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _hits(body)


@pytest.mark.parametrize(("body", "entry_id"), PLAIN)
def test_plain_sense_is_left_alone(body: str, entry_id: str) -> None:
    assert entry_id not in {e for _, e in _hits(body)}
