"""Recall, round three (issue 9, class 5): the outlet's colour and snark that editors missed most
(tactics cast as tricks, colour verbs of saying, verdict adverbs, sneering labels for people of
every side, evasion and surrender verbs, headline hype). Each entry is caught in its loaded sense
and left alone in its literal one (chess, football, magic, film, markets). Every sentence here
is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _flags(body: str, headline: str = "") -> list[tuple[str, str, list[str]]]:
    return [
        (f.text, f.entry_id, f.neutral)
        for f in flag(Article(headline=headline, body=body), default_lexicon())
    ]


@pytest.mark.parametrize(
    ("headline", "body", "text", "entry_id"),
    [
        ("", "The filibuster was a last gambit by the minority leader.", "gambit", "snark-tactics"),
        (
            "",
            "The lawsuit is a Hail Mary attempt to stop the count.",
            "Hail Mary attempt",
            "snark-tactics",
        ),
        ("", "The hearing was political kabuki.", "political kabuki", "snark-tactics"),
        ("", "In a year this wacky, the polls mean little.", "wacky", "wacky-labels"),
        ("", "The governor romped to victory in five primaries.", "romped", "romp"),
        ("", "Republicans cried foul over the new district map.", "cried foul", "cry-foul"),
        ("", "Many lawmakers are clamoring for less federal involvement.", "clamoring", "cry-foul"),
        ("", "The senator bristled at the question.", "bristled", "cry-foul"),
        ("", "The agency was woefully unprepared for the inquiry.", "woefully", "comment-adverbs"),
        (
            "",
            "The candidate's fawning remarks about the autocrat drew criticism.",
            "fawning",
            "fawning",
        ),
        ("", "The reviled tax was repealed after a year.", "reviled", "reviled"),
        (
            "",
            "The mayor offered a revisionist history of the strike.",
            "revisionist history",
            "revisionist-history",
        ),
        (
            "",
            "The spokesman called the scandal a nothingburger.",
            "nothingburger",
            "outrage-dismissals",
        ),
        (
            "",
            "The mayor dismissed the protesters as limousine liberals.",
            "limousine liberals",
            "snark-people-labels",
        ),
        (
            "",
            "The pastor warned about Bible thumpers in the party.",
            "Bible thumpers",
            "snark-people-labels",
        ),
        (
            "",
            "The thin-skinned senator left the briefing early.",
            "thin-skinned",
            "temperament-labels",
        ),
        ("", "The donor's son was given a plum job at the embassy.", "plum job", "sinecure-labels"),
        ("", "The campaign shared a doctored video of the debate.", "doctored video", "doctored"),
        ("Senator Unloads On Cabinet Pick", "", "Unloads On", "headline-hype-verbs"),
        (
            "",
            "The spokeswoman dodged questions about the audit.",
            "dodged questions",
            "dodge-verbs",
        ),
        ("", "The ministry stonewalled the inquiry for months.", "stonewalled", "dodge-verbs"),
        (
            "",
            "The committee knuckled under to the donors' demands.",
            "knuckled under",
            "capitulation",
        ),
        ("", "The bill was written for well-heeled donors.", "well-heeled", "moneyed-labels"),
        ("", "The debate turned into a pissing match.", "pissing match", "squabble-labels"),
        ("", "The council defended its junket to Paris.", "junket", "junket-labels"),
        (
            "",
            "The group's puppet masters in the capital set its agenda.",
            "puppet masters",
            "string-pullers",
        ),
    ],
)
def test_snark_found(headline: str, body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body, headline)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("She opened with the queen's gambit against the champion.", "gambit"),
        ("The quarterback threw a Hail Mary pass in the final seconds.", "Hail Mary"),
        ("The magician's sleight of hand delighted the audience at the theater.", "sleight"),
        ("The movie is a wacky comedy about two brothers.", "wacky"),
        ("The team romped to a 5-0 win, with two goals from the striker.", "romp"),
        ("The referee chided the players for diving.", "chided"),
        ("The film's press junket drew critics from abroad.", "junket"),
        ("The cheerleaders for the home team danced at halftime.", "cheerleaders"),
        ("Her fawning fans waited outside the theater for the singer.", "fawning"),
        ("The senator refuted the report on Tuesday.", "refuted"),
    ],
)
def test_snark_literal_sense_not_flagged(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "neutral"),
    [
        (
            "The lawsuit is a Hail Mary attempt to stop the count.",
            "Hail Mary attempt",
            "last-ditch attempt",
        ),
        ("Critics are crying foul over the map.", "crying foul", "objecting"),
        ("Many lawmakers are clamoring for less federal involvement.", "clamoring", "calling"),
        ("The ministry stonewalled the inquiry for months.", "stonewalled", "refused to cooperate"),
        ("The campaign shared a doctored photo of the rally.", "doctored photo", "altered photo"),
        (
            "The mayor dismissed the protesters as tree huggers.",
            "tree huggers",
            "environmentalists",
        ),
        ("He called them Bernie Bros on air.", "Bernie Bros", "Sanders supporters"),
    ],
)
def test_snark_neutral_fits_the_form(body: str, text: str, neutral: str) -> None:
    got = {t: n for t, _, n in _flags(body)}
    assert neutral in got[text]


def test_headline_hype_verb_only_in_a_headline() -> None:
    """'Unloads On' sells a statement as a blow in a headline; body narration is left alone."""
    assert not [
        e for _, e, _ in _flags("The truck unloads on Main Street.") if e == "headline-hype-verbs"
    ]


@pytest.mark.parametrize(
    ("headline", "body", "text", "entry_id"),
    [
        (
            "",
            "The governor's floundering campaign replaced its manager.",
            "floundering",
            "flailing-verbs",
        ),
        ("", "Critics say the program is in a death spiral.", "death spiral", "decline-idioms"),
        ("", "A gaggle of lobbyists waited outside the chamber.", "gaggle of", "motley-groups"),
        (
            "",
            "The aide said the reporter twisted his words.",
            "twisted his words",
            "distortion-verbs",
        ),
        (
            "",
            "The question clearly struck a nerve at the White House.",
            "struck a nerve",
            "nerve-idioms",
        ),
        (
            "",
            "Rivals were tripping over themselves to endorse the plan.",
            "tripping over themselves",
            "eager-deference",
        ),
        ("", "The minister feigned surprise at the figures.", "feigned", "feigned"),
        ("Mayor Just Destroyed The Council", "", "Just Destroyed", "clickbait-headlines"),
    ],
)
def test_round_four_found(headline: str, body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body, headline)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # Flailing, sputtering and imploding are literal away from public affairs.
        ("The swimmer was flailing in the water before the lifeguard reached him.", "flailing"),
        ("The engine sputtered and died on the highway.", "sputtered"),
        ("The star imploded into a black hole.", "imploded"),
        ("The patient was on life support for a week.", "life support"),
        (
            "The city council voted to raise the parking fee; the old lot was imploded in May.",
            "imploded",
        ),
    ],
)
def test_round_four_literal_sense_not_flagged(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "entry_id", "neutral"),
    [
        ("The flyer called the workers ragheads.", "ragheads", "slurs", "Muslims"),
        (
            "The rally speaker called the students crisis actors.",
            "crisis actors",
            "conspiracy-labels",
            "survivors",
        ),
        (
            "The pamphlet warned of a Muslim invasion of Europe.",
            "Muslim invasion",
            "religious-invasion",
            "Muslim immigration",
        ),
        (
            "Critics call the senator a Russian asset.",
            "Russian asset",
            "conspiracy-labels",
            "(say what ties are shown)",
        ),
    ],
)
def test_slurs_and_conspiracy_labels_found(
    body: str, text: str, entry_id: str, neutral: str
) -> None:
    got = {(t, e): n for t, e, n in _flags(body)}
    assert neutral in got[(text, entry_id)]


@pytest.mark.parametrize(
    "body",
    [
        "The EU extended the Russian asset freeze.",
        "Russian asset managers left London.",
        "The sauerkraut was served with sausages.",
    ],
)
def test_russian_assets_as_money_and_words_inside_words_not_flagged(body: str) -> None:
    assert not [e for _, e, _ in _flags(body) if e in ("slurs", "conspiracy-labels")]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        (
            "The governor signed what he called an election integrity law.",
            "election integrity",
            "election-frames",
        ),
        (
            "The bill was written by a powerful lobby group.",
            "powerful lobby group",
            "powerful-lobby",
        ),
        (
            "The senator's filibuster was a stunt aimed at the governor.",
            "stunt",
            "political-stunts",
        ),
        (
            "Make no mistake, the lawsuit is a Hail Mary by the campaign.",
            "Hail Mary",
            "political-stunts",
        ),
        ("The governor railed about the budget for an hour.", "railed about", "railed-at"),
        ("Critics accused her of playing the gender card.", "gender card", "card-playing"),
        ("The bill would clear the morass of rules on permits.", "morass", "morass"),
    ],
)
def test_round_six_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # A stunt in film, flying or sport, and the prayer, are not political colour.
        ("The stunt double was injured on the film set.", "stunt"),
        ("The pilot's aerial stunts thrilled the crowd at the air show.", "stunts"),
        ("Worshippers recited the Hail Mary at the vigil.", "Hail Mary"),
        ("Protesters said the mayor's stunt riders blocked the parade.", "stunt"),
    ],
)
def test_round_six_literal_sense_not_flagged(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        ("The senator cozied up to the industry's lobbyists.", "cozied up to", "cozy-ties"),
        ("The candidate waffled on the trade deal.", "waffled", "waffling"),
        ("The governor called his rival a blowhard.", "blowhard", "bloviators"),
    ],
)
def test_round_seven_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


def test_bemoaned_is_left_to_the_writer() -> None:
    """'bemoaned' read as trivial on PolNeAR train (five hits, mostly a politician lamenting a
    trend), so the colour-verb entry leaves it out."""
    assert not [
        e
        for _, e, _ in _flags("The senator bemoaned the decline of manufacturing.")
        if e == "cry-foul"
    ]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        ("The minister blithely dismissed the warnings.", "blithely", "verdict-adverbs"),
        (
            "The governor, dogged by scandal, announced his retirement.",
            "dogged by scandal",
            "scandal-cloud",
        ),
    ],
)
def test_round_eight_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


@pytest.mark.parametrize(
    ("body", "text", "entry_id", "neutral"),
    [
        (
            "The post called her Killary and worse.",
            "Killary",
            "derisive-nicknames",
            "Hillary Clinton",
        ),
        ("Critics of the GQP rallied outside.", "GQP", "derisive-nicknames", "Republican Party"),
        ("The senator kept calling it the China virus.", "China virus", "china-virus", "COVID-19"),
    ],
)
def test_nicknames_of_every_side_found(body: str, text: str, entry_id: str, neutral: str) -> None:
    got = {(t, e): n for t, e, n in _flags(body)}
    assert neutral in got[(text, entry_id)]


def test_sleaze_adjective_found() -> None:
    assert ("smarmy", "sleaze-adjectives") in [
        (t, e) for t, e, _ in _flags("The senator called the lobbyist smarmy.")
    ]
