"""Recall of loaded language in the outlet's own voice (issue 9, class 5): colour verbs of attack
and speech, characterising adverbs and dismissive words, doubt words in narration, and partisan
labels of every side. Each class is caught in its loaded sense and left alone in its literal one.
Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _flags(body: str, headline: str = "") -> list[tuple[str, str, str]]:
    return [
        (f.text, f.entry_id, f.voice)
        for f in flag(Article(headline=headline, body=body), default_lexicon())
    ]


@pytest.mark.parametrize(
    ("headline", "body", "text", "entry_id"),
    [
        # Colour verbs of attack and speech, in the outlet's narration or headline
        ("Senators pile on the governor", "", "pile on", "piled-on"),
        ("", "Rivals heaped scorn on the plan.", "heaped scorn on", "piled-on"),
        (
            "",
            "Both men spent the night flinging personal attacks.",
            "flinging personal attacks",
            "hurled-insults",
        ),
        ("", "She lobbed insults at the moderator.", "lobbed insults", "hurled-insults"),
        ("", "The mayor responded by ripping into the council.", "ripping into", "took-shots-at"),
        ("", "He kept taking shots at his predecessor.", "taking shots at", "took-shots-at"),
        ("", "'Not on my watch,' the chairman boomed.", "boomed", "boomed"),
        ("", "The union leader was speechifying at the rally.", "speechifying", "boomed"),
        ("", "The senator assailed the nominee over the memo.", "assailed", "assailed"),
        ("", "Goaded by her rival, the mayor changed course.", "Goaded by", "goaded"),
        ("Republicans Blast Governor Over Budget", "", "Blast", "headline-attack-verbs"),
        ("Lawmakers slam new tariff plan", "", "slam", "headline-attack-verbs"),
        # Characterising adverbs and adjectives, dismissive words
        ("", "The minister angrily dismissed the report.", "angrily", "manner-adverbs"),
        ("", "She deftly changed the subject.", "deftly", "manner-adverbs"),
        (
            "",
            "His remarks were seemingly incongruous with the plan.",
            "seemingly incongruous",
            "insinuating-adverbs",
        ),
        (
            "",
            "The memo conveniently left out the costs.",
            "conveniently left out",
            "insinuating-adverbs",
        ),
        ("", "Both unions raised their old bugaboos.", "bugaboos", "dismissive-nouns"),
        ("", "The owner has a penchant for lawsuits.", "penchant for", "dismissive-nouns"),
        ("", "Aides spent the week schmoozing delegates.", "schmoozing", "dismissive-nouns"),
        ("", "Critics called the plan a cop-out.", "cop-out", "dismissive-nouns"),
        ("", "The upstart politicians won seats in three states.", "upstart", "dismissive-nouns"),
        ("", "The campaign jet guzzles fuel.", "guzzles", "guzzles"),
        ("", "The primary has turned into a slugfest.", "slugfest", "slugfest"),
        (
            "",
            "The famously shoot-from-the-lip mayor stayed silent.",
            "shoot-from-the-lip",
            "slugfest",
        ),
        ("Governor's Massive Budget Demand", "", "Massive", "headline-hype"),
        ("", "Tech powerhouse Zentro unveiled a phone.", "Tech powerhouse", "puffery-epithets"),
        # Doubt words in narration
        ("", "The developer claims his fortune tops $9 billion.", "claims his", "claims-verb"),
        ("", "The supposed moderate signed every bill.", "supposed", "supposed"),
        # Partisan labels, every side alike
        (
            "",
            "The group runs an abortion business in the city.",
            "abortion business",
            "abortion-business",
        ),
        (
            "",
            "Opponents said the law kept forced birthers happy.",
            "forced birthers",
            "abortion-business",
        ),
        (
            "",
            "The bill protects the unborn baby, its sponsor said.",
            "unborn baby",
            "abortion-contested",
        ),
        ("", "She called the embryo a clump of cells.", "clump of cells", "abortion-contested"),
        (
            "",
            "The party's radical stance on taxes cost it votes.",
            "radical stance",
            "radical-stance",
        ),
        ("", "The mayor wants weapons of war off our streets.", "weapons of war", "gun-terms"),
        ("", "He mocked the anti-gunners in the statehouse.", "anti-gunners", "gun-terms"),
        (
            "",
            "The senator said the rival party wants open borders.",
            "open borders",
            "immigration-labels",
        ),
        ("", "Nativists packed the town hall.", "Nativists", "immigration-labels"),
        (
            "",
            "The minister dismissed his critics as climate alarmists.",
            "climate alarmists",
            "climate-labels",
        ),
        (
            "",
            "The columnist called the senator a climate denier.",
            "climate denier",
            "climate-labels",
        ),
        ("", "Police broke up a pro-Hamas rally downtown.", "pro-Hamas", "israel-palestine-labels"),
        ("", "The blogger called the minister a Zionazi.", "Zionazi", "israel-palestine-labels"),
        (
            "",
            "The spokesman blamed anti-China forces for the unrest.",
            "anti-China forces",
            "china-labels",
        ),
        ("", "The senator again called it the Wuhan virus.", "Wuhan virus", "china-labels"),
        (
            "",
            "The channel blamed the collective West for the war.",
            "collective West",
            "russia-ukraine-labels",
        ),
        (
            "",
            "The volunteer said rashists had shelled the village.",
            "rashists",
            "russia-ukraine-labels",
        ),
        ("", "The Trump-hating columnist wrote again.", "Trump-hating", "hating-labels"),
        ("", "The union said the bullying of its members must stop.", "bullying", "bullying"),
        ("", "He blamed deep-state bureaucrats for the leak.", "deep-state", "deep-state"),
        ("", "Critics called the inquiry a star-chamber proceeding.", "star-chamber", "show-trial"),
        ("", "Right-wingers flooded the comment section.", "Right-wingers", "wingers"),
        ("", "The left-wingers in the party voted no.", "left-wingers", "wingers"),
        # read16's missed words: a contempt for critics, likening to a diseased animal, a verdict
        ("", "The governor waved away the naysayers.", "naysayers", "naysayers"),
        ("", "He spoke before an audience of rabid partisans.", "rabid partisans", "zealot"),
        ("", "The memo showed a striking callousness toward the tenants.", "callousness",
         "heartless"),
    ],
)
def test_loaded_word_found(headline: str, body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body, headline)]


@pytest.mark.parametrize(
    ("headline", "body", "word"),
    [
        # Literal senses: explosions, sport, weather, the economy, cooking, objects
        ("Blast Kills 12 In Market", "", "Blast"),
        ("Massive blast rocks port", "", "blast"),
        ("", "It was a blast, the guests agreed.", "blast"),
        ("", "Books were piled on the floor.", "piled on"),
        ("", "The striker piled on the pressure in the second half.", "piled on"),
        ("", "Thunder boomed over the valley all night.", "boomed"),
        ("", "Exports boomed as the economy recovered.", "boomed"),
        ("", "The striker took shots at goal all afternoon.", "took shots at"),
        ("", "Gunmen took shots at the convoy.", "took shots at"),
        ("", "The suspect bludgeoned him to death.", "bludgeoned"),
        ("", "The wrestler pummeled his opponent in the ring.", "pummeled"),
        ("", "The students guzzled beer after the exam.", "guzzled"),
        ("", "The hotel is conveniently located near the station.", "conveniently"),
        ("", "The quarterback deftly sidestepped a defender.", "deftly"),
        ("", "Fans watched the boxing slugfest in the stadium.", "slugfest"),
        ("", "Elves and orcs fight in the new film.", "orcs"),
        ("", "A rabid raccoon bit two hikers near the lake.", "rabid"),
        # Doubt words in their other senses
        ("", "The train is supposed to leave at noon.", "supposed"),
        ("", "The disease claims his life within months.", "claims"),
        ("", "Her claim to the throne was disputed.", "claim to"),
        ("", "The flood claims their lives every decade.", "claims"),
        ("", "Teachers spoke about bullying at the school board.", "bullying"),
        ("", "Asked if he was ever bullied, he said no.", "bullied"),
        ("", "Officials said voters could conveniently cast a ballot by mail.", "conveniently"),
    ],
)
def test_literal_sense_not_flagged(headline: str, body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body, headline) if word.lower() in t.lower()]


def test_a_headline_verb_of_attack_is_the_outlets_word_only_in_the_headline() -> None:
    """'Blast' and 'slam' dramatise in a headline; in body narration they are left to the
    entries that list their past and -ing forms ("blasted", "slammed")."""
    assert ("slam", "headline-attack-verbs") in [
        (t, e) for t, e, _ in _flags("", "Governors slam new tariff plan")
    ]
    assert not [
        e
        for _, e, _ in _flags("Governors slam the plan in every speech.")
        if e == "headline-attack-verbs"
    ]


@pytest.mark.parametrize(
    ("body", "text", "neutral"),
    [
        ("Both unions raised their old bugaboos.", "bugaboos", "concerns"),
        ("The owner has a penchant for lawsuits.", "penchant for", "(describe the conduct)"),
        ("Lawmakers debated the heartbeat bill.", "heartbeat bill", "six-week abortion ban"),
        (
            "The mayor wants weapons of war off our streets.",
            "weapons of war",
            "semi-automatic rifles",
        ),
    ],
)
def test_neutral_alternative_fits_the_form(body: str, text: str, neutral: str) -> None:
    """An entry of mixed forms suggests the alternative of the form matched, not the first."""
    got = {f.text: f.neutral for f in flag(Article(headline="", body=body), default_lexicon())}
    assert neutral in got[text]


@pytest.mark.parametrize(
    ("headline", "body", "text", "entry_id"),
    [
        # Round 2 (editors' fresh reading): rebuke, temper, pleading, stalling
        ("", "The campaign dressed down its rival in a statement.", "dressed down", "dressed-down"),
        ("", "The mayor lost his cool with a heckler.", "lost his cool", "lost-temper"),
        ("", "The governor all but pleaded with donors.", "all but pleaded", "all-but-begged"),
        ("", "The agency is dragging its feet on the rule.", "dragging its feet", "dragging-feet"),
        # Temperament, courage and results
        ("", "A defiant senator refused to testify.", "defiant", "temperament-adjectives"),
        ("", "She stridently opposed the deal.", "stridently", "temperament-adjectives"),
        ("", "Lawmakers are cowering before the White House.", "cowering", "cowering"),
        ("", "The governor trounced his challenger.", "trounced", "vanquished"),
        ("", "She won a crushing victory in the primary.", "crushing victory", "vanquished"),
        ("Rivals trade cheap shots", "", "cheap shots", "low-blows"),
        (
            "",
            "The veto rubbed salt in the wounds of the families.",
            "rubbed salt in the wounds",
            "low-blows",
        ),
        (
            "",
            "The candidate was accused of whipping up hatred.",
            "whipping up hatred",
            "stoking-fear",
        ),
        (
            "",
            "The candidate gave a rousing speech in Ohio.",
            "rousing speech",
            "rousing-performance",
        ),
        ("", "The agency was plagued by mismanagement.", "plagued by mismanagement", "plagued-by"),
        # Labels of every side
        ("", "The ultra-liberal council voted.", "ultra-liberal", "ultra-labels"),
        ("", "The ultra-conservative bloc walked out.", "ultra-conservative", "ultra-labels"),
        ("", "A violent minority threw bottles.", "violent minority", "radical-minority"),
        ("", "He attacked the vulture capitalists.", "vulture capitalists", "economic-labels"),
        ("", "She called the tax break corporate welfare.", "corporate welfare", "economic-labels"),
        ("", "Voters got a push poll about the mayor.", "push poll", "push-poll"),
        ("", "The city descended into chaos overnight.", "descended into chaos", "chaos-metaphor"),
        ("", "Weeks of violent riots closed the airport.", "violent riots", "riot-labels"),
        ("", "The mostly peaceful protests went on.", "mostly peaceful protests", "riot-labels"),
        ("", "Beijing accused London of meddling in the city.", "meddling", "meddling"),
    ],
)
def test_round_two_loaded_word_found(headline: str, body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body, headline)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("He dressed down in jeans for the town hall.", "dressed down"),
        ("The injured runner was dragging his feet across the line.", "dragging"),
        ("The goalkeeper was defiant as the striker lined up the penalty.", "defiant"),
        ("Civilians were cowering in basements during the airstrikes.", "cowering"),
        ("Staff cowered under their desks.", "cowered"),
        ("The boxer landed a low blow in the third round of the boxing match.", "low blow"),
        ("Rising prices stoked fears of inflation on the markets, investors said.", "stoked fears"),
        ("Calls were routed to the new centre.", "routed"),
        (
            "The network descended into chaos after the software update crashed every server.",
            "chaos",
        ),
        ("Investigators described Russian meddling in the 2016 election.", "meddling"),
    ],
)
def test_round_two_literal_sense_not_flagged(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        ("The governor snubbed the summit.", "snubbed", "snubbed"),
        ("Critics called the pension system stingy.", "stingy", "coddled"),
        (
            "She said her rival was temperamentally unfit.",
            "temperamentally unfit",
            "unfit-for-office",
        ),
        ("He has a checkered past in business.", "checkered past", "spotty-record"),
        ("An unprincipled campaign followed.", "unprincipled", "unprincipled"),
        ("The straight-talking mayor won again.", "straight-talking", "truth-teller"),
        ("The drills were dismissed as saber-rattling.", "saber-rattling", "saber-rattling"),
        (
            "His allies said they would not let anyone steal the nomination.",
            "steal the nomination",
            "stolen-vote",
        ),
        ("Democrats called it a stolen seat.", "stolen seat", "stolen-vote"),
        ("The union blamed jobs stolen by cheap imports.", "jobs stolen", "stolen-vote"),
        (
            "He said the airport looked like a third world country.",
            "third world country",
            "third-world",
        ),
        (
            "She called the visa rule modern-day slavery.",
            "modern-day slavery",
            "modern-day-slavery",
        ),
        ("The mayor was engulfed in scandal.", "engulfed in scandal", "engulfed-in-scandal"),
    ],
)
def test_round_two_labels_and_verdicts_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Serve the coddled eggs warm.", "coddled"),
        ("Doctors found the pilot medically unfit to serve.", "unfit"),
        ("The patient caught an opportunistic infection.", "opportunistic"),
        ("Parliament passed the Modern Slavery Act.", "slavery"),
    ],
)
def test_round_two_verdict_words_literal_sense_not_flagged(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        # words the tuning readings' editors listed as missed, in sentences of our own
        ("The agency supposedly lost the records.", "supposedly", "purported"),
        ("Critics accused the mayor of fear mongering about crime.", "fear mongering", "panic"),
        ("The column mocked the hysterics of the gun lobby.", "hysterics", "hysteria"),
        ("The rumour was made up out of whole cloth.", "out of whole cloth", "out-of-thin-air"),
        ("He called the merger unpatriotic.", "unpatriotic", "anti-american"),
        ("She said the charges were trumped-up.", "trumped-up", "phony"),
        ("The firm is gaming the system, the senator said.", "gaming the system", "rigged"),
        ("The rail plan is pie in the sky, the mayor said.", "pie in the sky", "dismissive-nouns"),
    ],
)
def test_labels_the_tuning_readings_missed(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        # kinds of word the tuning readings' editors listed as missed, in sentences of our own
        ("The convention was in a state of pandemonium.", "pandemonium", "pandemonium"),
        ("The drug behemoth raised its prices again.", "behemoth", "behemoth"),
        ("The ministry mishandled the inquiry for months.", "mishandled", "mishandled"),
        ("The debate was full of incendiary rhetoric.", "incendiary rhetoric",
         "incendiary-rhetoric"),
        ("He traded crude insults with his rival.", "crude insults", "incendiary-rhetoric"),
        ("He was known in the chamber as a bomb-thrower.", "bomb-thrower", "bomb-thrower"),
        ('"He lied to the committee," the senator said.', "lied", "lying-accusation"),
        ('"I think she is lying about the memo," a voter said.', "lying about", "lying-accusation"),
        ('"This is the lie that his campaign rests on," she said.', "the lie that",
         "lying-accusation"),
        ("He vowed to fight amnesty for immigrants in the country illegally.", "amnesty for",
         "amnesty-immigration"),
        ("The governor did her best to evade the question.", "evade the question",
         "evaded-question"),
        ("Critics called the merger corporate tax dodging.", "tax dodging", "tax-dodging"),
        ("The lenders bilked borrowers with hidden fees.", "bilked", "bilked"),
        ("He warned about porous borders in the south.", "porous borders", "porous-border"),
        ('She called the ban "cruel, prejudiced and wrong."', "prejudiced", "prejudiced"),
        ('"She is one of the Never Trumpers," the president said.', "Never Trumpers",
         "never-trumper"),
        ('"That bastard has to go," the senator told donors.', "bastard", "bastard"),
        ("The mayor is talking out of both sides of his mouth.",
         "out of both sides of his mouth", "both-sides-of-mouth"),
        ("Activists praised her for speaking truth to power.", "speaking truth to power",
         "truth-to-power"),
        ("The donation is raising eyebrows among donors.", "raising eyebrows", "raised-eyebrows"),
        ("The governor was publicly miffed at the snub.", "miffed", "miffed"),
        ("The senator met his old nemesis at the hearing.", "nemesis", "nemesis"),
        ("The council fumbled its answer to the audit.", "fumbled", "fumbled"),
        ("She named her hand-picked deputy to the board.", "her hand-picked", "hand-picked"),
        ("The ruling was a wrecking ball for the agency.", "wrecking ball", "wrecking-ball"),
        ("Organisers stacked the audience with supporters.", "stacked the audience",
         "stacked-the-deck"),
    ],
)
def test_kinds_the_tuning_readings_missed(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the same words in another sense, left alone
        ("The wounded man was lying on the floor.", "lying"),
        ("He pleaded guilty to lying to investigators.", "lying to"),
        ("The aide admitted he lied to the FBI, prosecutors said.", "lied"),
        ("The former adviser was convicted of lying to Congress.", "lying"),
        ("The rebels were offered an amnesty by the new government.", "amnesty"),
        ("Amnesty International published its report.", "amnesty"),
        ("Police announced a knife amnesty for the city.", "amnesty"),
        ("The airline reported fewer mishandled bags this year.", "mishandled"),
        ("He fumbled for his keys at the door.", "fumbled"),
        ("The winery sells hand-picked grapes.", "hand-picked"),
        ("The evidence would have prejudiced the jury.", "prejudiced"),
        ("The king's bastard son claimed the throne.", "bastard"),
        ("The demolition crew swung the wrecking ball at the old mill building.", "wrecking"),
        ("The striker met his old nemesis in the league final.", "nemesis"),
    ],
)
def test_kinds_the_tuning_readings_missed_other_sense(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        # hype, violent idioms, mockery and herding verbs, in sentences of our own
        ("Her most explosive claim concerned the budget.", "explosive claim", "explosive-claims"),
        ('"Heads will roll for this," the minister said.', "Heads will roll", "heads-will-roll"),
        ("The column said critics claimed the sky was falling.", "the sky was falling",
         "sky-is-falling"),
        ("He made fire-breathing vows on trade.", "fire-breathing", "fire-breathing"),
        ("The carnival-like contest drew a dozen candidates.", "carnival-like", "carnival-like"),
        ("The lenders destroyed the economy, the columnist wrote.", "destroyed the economy",
         "destroyed-economy"),
        ("He vowed to round up immigrants without papers.", "round up", "round-up-migrants"),
        ("The boy was ripped from his father's arms.", "ripped from his", "ripped-from-arms"),
        ("The drug maker jacked up the price of insulin.", "jacked up", "jacked-up"),
        ("He said he hates radical Muslims in government.", "radical Muslims", "radical-muslims"),
        ("It was the hopeful view mouthed by the chairman.", "mouthed by", "mouthed-by"),
        ("The chaotic Republican race entered its last month.", "chaotic", "chaotic"),
    ],
)
def test_hype_idioms_and_herding_verbs_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Police rounded up the stray cattle after the storm.", "rounded up"),
        ("Round up the figures to the nearest dollar.", "round up"),
        ("Here is our weekly round up of immigration news.", "round up"),
        ("The mechanic jacked up the car to change the tyre.", "jacked"),
        ("The phone was ripped from her hands by the wind.", "ripped"),
        ("The dragon in the film is a fire-breathing beast.", "fire-breathing"),
        ("The storm left the coast in a chaotic state after the flood.", "chaotic"),
        ("Chemists stored the explosive charges in a bunker.", "explosive"),
    ],
)
def test_hype_idioms_and_herding_verbs_other_sense(body: str, word: str) -> None:
    assert not [t for t, _, _ in _flags(body) if word.lower() in t.lower()]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        # sneering labels from either side, and a verdict on motive
        ("The blogger mocked the marchers as moonbats.", "moonbats", "epithets-every-side"),
        ("The forum called the senator's voters Cult 45.", "Cult 45", "epithets-every-side"),
        ("He dismissed the beach crowds as covidiots.", "covidiots", "epithets-every-side"),
        ("The lawmaker called the pipeline protesters eco-terrorists.", "eco-terrorists",
         "epithets-every-side"),
        ("Her grievance-driven campaign drew large crowds.", "grievance-driven",
         "grievance-politics"),
    ],
)
def test_epithets_of_every_side_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in [(t, e) for t, e, _ in _flags(body)]
