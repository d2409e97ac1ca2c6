"""Recall after the twenty-first reading (issue 9): families editors listed as missed on
political copy (win verbs as colour, party-insider labels, feud words, heat and howling for
criticism, belittling and verdict adverbs, desperation read into a move). Each family is caught
in its loaded sense and left alone where a rule keeps its plain one (weapons, crushing by
weight, the legal standard of review, sound, auctions). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str) -> list[tuple[str, str]]:
    return [(f.text, f.entry_id) for f in flag(Article(headline="", body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        ("The senator crushed the governor in the primary election.", "crushed", "crushed-rival"),
        ("The plan drew howls of outrage.", "howls of outrage", "howls-of-outrage"),
        ("Republicans in Congress called the email a smoking gun.", "smoking gun", "smoking-gun"),
        ("The senator has a muddled stance on trade.", "muddled stance", "muddled"),
        ("The party raised a paltry sum from small donors.", "paltry", "piddling"),
        ("The campaign built a data juggernaut in Iowa.", "juggernaut", "juggernaut"),
        ("Activists blamed profit-hungry gun makers.", "profit-hungry", "hungry-compounds"),
        ("Voters accused party bosses of rigging it.", "party bosses", "party-bosses"),
        ("A longtime foe of the governor filed the lawsuit.", "longtime foe", "longtime-foe"),
        ("The mayor gave an incendiary press conference.", "incendiary", "incendiary"),
        ("The minister disgracefully refused to answer.", "disgracefully", "judgement-adverbs"),
        ("After weeks of sniping, the two candidates met.", "sniping", "sniping"),
        ("The ad was a not-so-subtle dig at her rival.", "not-so-subtle dig", "veiled-dig"),
        ("Aides called the attack a desperate ploy by the mayor.", "desperate ploy", "desperation"),
        ("Critics called the governor's pardon capricious.", "capricious", "capricious"),
        ("The candidate's rabid fans booed the reporters.", "rabid fans", "rabid-fans"),
        ("He dismissed the senator as a failed candidate.", "failed candidate", "failed-candidate"),
        ("The host called the young men gangbangers.", "gangbangers", "gangbangers"),
        ("The campaign said its rival had sunk to a new low.", "sunk to a new low", "new-low"),
        (
            "Rival candidates cling to the hope of a contested convention.",
            "cling to the hope",
            "cling-to-hope",
        ),
        ("The gunman's murderous attack shocked the city.", "murderous", "murderous"),
    ],
)
def test_family_is_flagged(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _hits(body)


@pytest.mark.parametrize(
    ("body", "entry_id"),
    [
        # crushing by weight, and a result in the markets
        ("Two workers were crushed by a falling wall near the election office.", "crushed-rival"),
        ("The tax rise crushed consumer spending and the economy shrank.", "crushed-rival"),
        # the weapon sense
        ("Police found an incendiary device outside the campaign office.", "incendiary"),
        # the legal standard of review
        ("The judge found the agency's rule arbitrary and capricious.", "capricious"),
        # of a vine, outside public affairs
        ("The grape is capricious for one that gives such robust wine.", "capricious"),
        # sound, and an unclear point of law
        ("With the bass boost on, the sound was muddled.", "muddled"),
        # auction bidding
        ("Bid sniping lets buyers win online auctions at the last second.", "sniping"),
        # the Chinese party's title
        ("The Communist Party boss of the province was removed.", "party-bosses"),
        # a figure in a poll
        ("The president's approval reached a new low of 38 percent.", "new-low"),
    ],
)
def test_plain_sense_is_not_flagged(body: str, entry_id: str) -> None:
    assert entry_id not in {e for _, e in _hits(body)}
