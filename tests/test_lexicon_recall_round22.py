"""Recall after the twenty-second reading (issue 9): the outlet's praise of a politician's skill,
lifestyle headline hype, carpetbagger and tool-of labels, antics, cavorting, ostrich and
poisoned-well idioms, verbal assaults, deflecting, scare tactics, a cancer figure for
politics, political correctness as a taunt. Each family is caught in its loaded sense and left
alone where a rule keeps its plain one (a comedian's antics, a deflected shot, a tumour
spreading, a poisoned village well, a king's coronation, sharks smelling blood). Every
sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        (
            "The mayor, a consummate tactician, won the vote.",
            "consummate tactician",
            "consummate-praise",
        ),
        (
            "The senator skillfully navigated the budget fight.",
            "skillfully navigated",
            "consummate-praise",
        ),
        ("Tea lovers rejoice: a cup a day may help.", "lovers rejoice", "lifestyle-hype"),
        (
            "Nutritionists list the surprising health benefits of beans.",
            "surprising health benefits",
            "lifestyle-hype",
        ),
        (
            "Berries are packed with powerhouse antioxidants, she said.",
            "powerhouse antioxidants",
            "lifestyle-hype",
        ),
        ("The congressman called his challenger a carpetbagger.", "carpetbagger", "carpetbagger"),
        (
            "The campaign called the senator a tool of big money interests.",
            "tool of big money interests",
            "tool-of-interests",
        ),
        ("The governor's antics on social media worried the party's donors.", "antics", "antics"),
        (
            "The challenger accused the congressman of cavorting with lobbyists in the election.",
            "cavorting",
            "cavorting",
        ),
        (
            "The economist said the central bank had its head in the sand.",
            "head in the sand",
            "head-in-sand",
        ),
        (
            "Critics say the senator poisoned the well before the talks began.",
            "poisoned the well",
            "poisoned-well",
        ),
        (
            "The president's tweets were a verbal assault on the judge in the election.",
            "verbal assault",
            "verbal-assault",
        ),
        (
            "Asked about his tax returns at the campaign rally, the candidate deflected.",
            "deflected",
            "deflected-question",
        ),
        ("The governor dismissed the report as a scare tactic.", "scare tactic", "scare-tactic"),
        (
            "The host warned the movement could metastasize inside the party.",
            "metastasize",
            "metastasize-politics",
        ),
        (
            "He blamed political correctness run amok for the cancelled talk.",
            "political correctness run amok",
            "political-correctness-taunt",
        ),
        (
            "The nominee has a checkered business history.",
            "checkered business history",
            "checkered-business",
        ),
        (
            "The convention formally crowned the Republican nominee.",
            "crowned the Republican nominee",
            "coronation-nomination",
        ),
        (
            "Her rivals call the primary a coronation for the party's favourite.",
            "coronation",
            "coronation-nomination",
        ),
        (
            "The candidates came out for blood in the second debate.",
            "out for blood",
            "blood-politics",
        ),
        ("The senator's speech cribbed lines from a rival's address.", "cribbed", "cribbed"),
        (
            "He denied being part of the so-called Republican establishment.",
            "so-called Republican establishment",
            "so-called-establishment",
        ),
        (
            "Many believe the mayor has already proven herself unfit.",
            "Many believe",
            "weasel-many-believe",
        ),
        (
            "The minister cherry-picked figures from the budget report.",
            "cherry-picked",
            "cherry-picked",
        ),
        (
            "The senator has a casual relationship with the truth.",
            "casual relationship with the truth",
            "truth-relationship",
        ),
        ("A ragtag band of activists filed the petition.", "ragtag", "ragtag"),
        ("The senator's donor is fabulously wealthy.", "fabulously wealthy", "filthy-rich"),
    ],
)
def test_family_is_flagged(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _hits(body)


@pytest.mark.parametrize(
    ("body", "entry_id"),
    [
        ("The comedian's antics on stage had the audience laughing all night.", "antics"),
        (
            "The goalkeeper deflected the shot wide in the second half of the match.",
            "deflected-question",
        ),
        (
            "Doctors found the tumour had metastasized to the patient's liver.",
            "metastasize-politics",
        ),
        ("Soldiers poisoned the well as the armed militia fled the village.", "poisoned-well"),
        ("Children cavorting in the fountain cooled off on a hot day.", "cavorting"),
        ("The king's coronation drew crowds to the cathedral in London.", "coronation-nomination"),
        ("You need not be filthy rich to start saving for retirement.", "filthy-rich"),
        ("Use git to cherry-pick the commit onto the release branch.", "cherry-picked"),
        ("Divers said the sharks could smell blood in the water near the reef.", "blood-politics"),
    ],
)
def test_plain_sense_is_left_alone(body: str, entry_id: str) -> None:
    assert entry_id not in {e for _, e in _hits(body)}
