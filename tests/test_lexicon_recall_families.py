"""Recall, round four (issue 9, point 5): the families behind the editors' missed lists of the
sixteenth to twentieth readings (verdict adjectives, labels for critics, the press and the
capital, idioms of judgement, colour verbs of saying, puffery). Each family is caught in its
loaded sense and, where the word has a plain sense, left alone there. Every sentence here is
our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _flags(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        ("The governor's dismal fundraising alarmed her aides.", "dismal", "dismal-verdict"),
        ("Turnout in the suburbs was abysmal for the party.", "abysmal", "dismal-verdict"),
        ("Donors drifted away from the faltering campaign.", "faltering", "faltering"),
        ("The senator delivered another jeremiad against the treaty.", "jeremiad", "jeremiad"),
        ("The gadfly councilman forced a third vote on the budget.", "gadfly", "gadfly"),
        ("A hedge fund kingpin is bankrolling the referendum.", "kingpin", "kingpin"),
        ("The reality-television showman promised voters a wall.", "showman", "showman"),
        ("The party fears its increasingly rabid anti-tax wing.", "rabid", "rabid"),
        ("Activists targeted squishy Republicans in the primary.", "squishy", "squishy"),
        ("The regulator turned a blind eye to the losses.", "turned a blind eye", "blind-eye"),
        ("Critics said the union had sold its soul.", "sold its soul", "sold-soul"),
        (
            "The memo said seats on the panel were for sale to the highest bidder.",
            "for sale to the highest bidder",
            "sold-soul",
        ),
        ("The minister waved away the doom and gloom.", "doom and gloom", "doom-and-gloom"),
        ("Opponents called the grants a pay-to-play scheme.", "pay-to-play", "pay-to-play"),
        (
            "She vowed to end the culture of corruption at city hall.",
            "culture of corruption",
            "culture-of-corruption",
        ),
        ("The tariff became the campaign's favorite whipping boy.", "whipping boy", "whipping-boy"),
        ("The candidate blamed the liberal media for the poll.", "liberal media", "media-labels"),
        ("He promised to take on the Washington cartel.", "Washington cartel", "washington-cartel"),
        ("Crowds in Ohio lined up to see the Donald on Friday.", "the Donald", "the-donald"),
        ("The chairman mocked the hand-wringers in his caucus.", "hand-wringers", "hand-wringers"),
        ("The columnist called it a knuckleheaded decision.", "knuckleheaded", "knucklehead"),
        ("The ad treats small-town voters as rubes.", "rubes", "rubes"),
        ("The minister accused the tabloids of rumor-mongering.", "rumor-mongering", "mongering"),
        ("The White House spin masters were busy on Sunday.", "spin masters", "spin-masters"),
        ("The candidate boasts that his plan will create jobs.", "boasts", "boasts"),
        ("The senator preached unity at the rally.", "preached", "preached"),
        ("The governor whacks the president over tariffs.", "whacks", "whacks"),
        ("The council is caving to pressure from developers.", "caving to", "caved-to"),
        ("The mayor minced no words about the budget.", "minced no words", "minced-no-words"),
        ("The company sells an industry-leading battery.", "industry-leading", "industry-leading"),
        ("She is among the most gifted politicians of her era.", "most gifted", "most-gifted"),
    ],
)
def test_family_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _flags(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the plain senses the context rules keep out
        ("The forecast is for dismal, rainy weather all weekend.", "dismal"),
        ("Police arrested the drug kingpin at the border.", "kingpin"),
        ("Rangers shot a rabid raccoon near the school.", "rabid"),
        ("The running shoe feels squishy on hard roads.", "squishy"),
        ("The pastor preached on Sunday about forgiveness.", "preached"),
        ("The pope, who preached mercy, visited the prison.", "preached"),
        ("The hotel boasts a pool and a spa.", "boasts"),
        ("The phone boasts a camera that works in the dark.", "boasts"),
        ("The new game is free, not pay-to-play, the studio said.", "pay-to-play"),
        ("The circus showman trained the horses himself.", "showman"),
        ("The Donald Trump Jr. book tour began on Monday.", "the donald"),
        ("Caroline Flack hosted the show for years.", "flack"),
        ("The roof caved in after the storm.", "caved"),
        # forms left out at the gates (a plain or wire sense, or BABE and PTC gold against them)
        ("The talks faltered after the leader left.", "faltered"),
        ("The ill-fated flight left Lisbon at noon.", "ill-fated"),
        ("The Democrat candidate spoke in Ohio.", "democrat candidate"),
        ("State-run media reported the visit.", "state-run media"),
        ("The bill drew much hand-wringing in the caucus.", "hand-wringing"),
    ],
)
def test_plain_sense_not_flagged(body: str, word: str) -> None:
    assert not [t for t, e in _flags(body) if word in t.lower() and e != "caved"]
