"""Wrong senses the twenty-sixth and twenty-seventh readings found: literal animals in garden
and pest text, art criticism's terms, scripture read out, works' titles, technical senses,
idioms and slang. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in flag(Article(headline=headline, body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        # nature, garden and pest control: the animals themselves
        ("Marigolds draw beneficial insects and shelter predators such as lacewings.", "predators"),
        ("Mint keeps ants, fleas and cockroaches away from the pantry.", "cockroaches"),
        ("Ask the exterminator which pests come back; cockroaches often do.", "cockroaches"),
        ("Choose the least toxic spray you can find for the roses.", "toxic"),
        # (scripture read out is kept in the JSON, hidden: tests/test_sense_round33.py)
        # a work's title with its year
        ("Her series Masks (1999) and Buffoons (2003) toured Europe.", "Buffoons"),
        # art and literary criticism
        ("The painter's late canvases drift into the grotesque and the dreamlike.", "grotesque"),
        ("In her novel she treats the affair as farce.", "farce"),
        ("The new exhibition is a provocative mix of sculpture and sound.", "provocative"),
        # computing
        ("Drag the pointer over the small icon in the corner.", "icon"),
        ("Set the libs dir in the build config before you compile.", "libs"),
        ("The patch makes it easy to neutralize it: the malware never loads.", "neutralize"),
        # idioms and slang
        ("Our guide covers the good, the bad and the ugly of renting a van.", "ugly"),
        ("The rival chain is its evil twin on the other side of town.", "evil"),
        ("There is nothing evil about a second helping of pie.", "evil"),
        ("Don't worry about making a fool of yourself on the dance floor.", "fool"),
        ("The village is steeped in legend and old songs.", "legend"),
        ("A local legend dating back centuries tells of a drowned bell.", "legend"),
        ("Shoppers can score wicked deals on winter coats this week.", "wicked"),
        ("With the right light you will get a crazy shot of the bay.", "crazy"),
        ("Worn pads make a screeching sound when you brake.", "screeching"),
        ("The convoy came to a screeching halt at the gate.", "screeching"),
        ("Reviewers keep raving about the new espresso machine.", "raving"),
        ("Fold the corner of the paper over the plate and tape it.", "paper over"),
        ("Beaten in the primary, the governor is staggering into the next race.", "staggering"),
        ("Grasping the basics of statistics takes a week of practice.", "Grasping"),
        ("Shoppers complain about the tyranny of choice in the cereal aisle.", "tyranny"),
        ("She won a MacArthur “Genius” grant for her work on soil.", "Genius"),
        ("Eight solvents in the samples are listed as toxic or hazardous.", "toxic"),
    ],
)
def test_not_flagged(body: str, not_flagged: str) -> None:
    assert not_flagged not in _texts(body)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the loaded senses stay
        ("The minister called the protesters cockroaches.", "cockroaches"),
        ("Police said the man was a predator who targeted teenagers online.", "predator"),
        ("The senator called the hearing a farce staged for the cameras.", "farce"),
        ("He called his opponents traitors at the rally.", "traitors"),
        ("“They are traitors,” said Mark Jones, the party chairman.", "traitors"),
        ("The pastor read Psalm 23. Later he said “the traitors will pay”.", "traitors"),
        ("The mayor called the plan a provocative stunt by the council.", "provocative"),
        ("Critics said the company was grasping at straws.", "grasping at straws"),
        ("A greedy landlord raised the rent twice.", "greedy"),
        ("He said the senator was making a fool of the voters.", "fool"),
        ("The show made the coach legendary overnight.", "legendary"),
        ("The regime's tyranny lasted four decades.", "tyranny"),
        ("The toxic rhetoric of the campaign worried voters.", "toxic"),
        ("Critics mocked the crazy scheme as a giveaway.", "crazy"),
    ],
)
def test_still_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        ("Its range is claimed at around 300 miles on one charge.", "claimed"),
        ("Viewers were then asked to name the loser of the debate.", "loser"),
        ("Rinse the jars and thoroughly dry them before filling.", "thoroughly"),
        ("The fund held toxic securities backed by subprime loans.", "toxic"),
        ("Sort the shelves first. Be ruthless - if you never wear it, give it away.", "ruthless"),
    ],
)
def test_plain_senses(body: str, not_flagged: str) -> None:
    assert not_flagged not in _texts(body)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The governor claimed at a rally that the count was rigged.", "claimed"),
        ("He called his rival a loser on television.", "loser"),
        ("Critics say the chairman can be ruthless with rivals.", "ruthless"),
        ("The report was thoroughly discredited by auditors.", "thoroughly"),
    ],
)
def test_loaded_senses_stay(body: str, flagged: str) -> None:
    assert flagged in _texts(body)
