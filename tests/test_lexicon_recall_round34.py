"""Recall, round 34: loaded words and short phrases from the editors' missed lists (issue 9)
that no entry held: labels (sickos, jingoistic, basket case, professional politicians, pols,
bumbler), belittling names for a dispute (kerfuffle, squabble), verdicts (pernicious, gimmick,
wishful thinking, simplistic, lousy, cagey), alarms (unvetted, under assault, creeping
censorship, uncontrolled immigration) and metaphors (rubber stamp, hamstrung, cudgel, dredged up,
fulminated, foundering, broadside, fizzled, stop the bleeding, political suicide, old wounds,
the man behind the curtain, a special place in hell). Each is caught in its loaded
sense and left alone in a plain one (a clerk's rubber stamp, a sprinter's hamstring, silt dredged
up from a harbor, puppies squabbling, a boat foundering at sea, a planet's retrograde motion, a
wound's bleeding, a squirrel's acorns, the wizard of a movie). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("Police said the sickos who defaced the war memorial would be caught.", "sickos",
     "sicko-label"),
    ("The opposition called the minister's speech jingoistic and reckless.", "jingoistic",
     "jingoism"),
    ("The kerfuffle over the mayor's travel expenses dragged on for a month.", "kerfuffle",
     "kerfuffle-labels"),
    ("The brouhaha over the council vote overshadowed the budget.", "brouhaha",
     "kerfuffle-labels"),
    ("Senators squabbled over the spending bill until midnight.", "squabbled", "squabbling"),
    ("Critics say the legislature has become a rubber stamp for the governor.",
     "rubber stamp for", "rubber-stamp"),
    ("The committee rubber-stamped the president's nominees within a day.", "rubber-stamped",
     "rubber-stamp"),
    ("The congressman fulminated against the new tariffs at a town hall.", "fulminated",
     "fulminate"),
    ("Both parties have used the deficit as a cudgel in the campaign.", "as a cudgel",
     "cudgel-metaphor"),
    ("The regulator was hamstrung by a hiring freeze.", "hamstrung", "hamstrung"),
    ("The senator called the state's pension fund a basket case.", "basket case",
     "basket-case"),
    ("The activist said the city police department was rotten to the core.",
     "rotten to the core", "basket-case"),
    ("The opposition dismissed the rebate as an election gimmick.", "gimmick", "gimmick"),
    ("The governor called the ruling a pernicious threat to local control.", "pernicious",
     "pernicious"),
    ("Analysts said the party's hopes of a majority were wishful thinking.", "wishful thinking",
     "wishful-thinking"),
    ("The challenger campaigned against professional politicians in the capital.",
     "professional politicians", "professional-politician"),
    ("The governor's rivals dredged up an old tax dispute before the vote.", "dredged up",
     "dredge-up"),
    ("Donors deserted the foundering campaign after the debate.", "foundering", "foundering"),
    ("The congressman warned against letting in unvetted migrants.", "unvetted", "unvetted"),
    ("The challenger ran against out-of-control spending in Washington.",
     "out-of-control spending", "out-of-control-government"),
    ("Activists urged lawmakers to close the gun-show loophole.", "gun-show loophole",
     "gun-show-loophole"),
    ("The senator was cagey about whether he would back the nominee.", "cagey", "cagey"),
    ("The minister called the opposition's housing plan simplistic.", "simplistic",
     "simplistic"),
    ("The mayor has done a lousy job on the city's schools.", "lousy", "lousy"),
    ("Campaigners called the new marriage law a retrograde step.", "retrograde", "retrograde"),
    ("The senator's plodding campaign failed to win over voters.", "plodding", "plodding"),
    ("Many voters find the party's nominee unlikable.", "unlikable", "unlikeable"),
    ("Voters said they were creeped out by the governor's comments.", "creeped out",
     "creeped-out"),
    ("The union leader fired a broadside at the government over wages.", "broadside",
     "broadsides"),
    ("State pols rushed to claim credit for the new factory.", "pols", "pols"),
    ("The pamphlet warned of the Islamisation of Europe.", "Islamisation of Europe",
     "religious-invasion"),
    ("The president's aides scrambled into damage control after the interview.",
     "damage control", "damage-control"),
    ("The prime minister rejected the lenders' terms as political blackmail.",
     "political blackmail", "blackmail-metaphor"),
    ("Gun owners told the rally their rights were under assault.", "under assault",
     "under-assault"),
    ("The columnist warned of creeping censorship on campus.", "creeping censorship",
     "creeping-isms"),
    ("The party's leaflet blamed uncontrolled immigration for the housing shortage.",
     "uncontrolled immigration", "uncontrolled-immigration"),
    ("The report said the governor's allies had stashed away campaign funds abroad.",
     "stashed away", "stashed-away"),
    ("The senator's bid for the party leadership fizzled after a week.", "fizzled", "fizzled"),
    ("Party leaders hoped the new chairman would stop the bleeding before the election.",
     "stop the bleeding", "stop-the-bleeding"),
    ("His rivals call the finance minister a bumbler.", "bumbler", "bumbler"),
    ("Strategists said cutting pensions would be political suicide for the party.",
     "political suicide", "political-suicide"),
    ("The mayor dug herself into a hole with her comments on the police.",
     "dug herself into a hole", "dug-a-hole"),
    ("The victory parade was meant to rub their noses in the defeat, the opposition said.",
     "rub their noses in", "rub-noses-in"),
    ("The pardon reopened old wounds in the divided town.", "reopened old wounds",
     "reopen-old-wounds"),
    ("Teachers marched against the misnamed education reform.", "misnamed", "misnamed"),
    ("The speaker said there is a special place in hell for disloyal officials.",
     "special place in hell", "special-place-in-hell"),
    ("The congressman said the leakers belong under the jail.", "under the jail",
     "under-the-jail"),
    ("The blog named the financier as the man behind the curtain of the campaign.",
     "man behind the curtain", "man-behind-the-curtain"),
    ("The governor hit the nail on the head in his speech on housing.",
     "hit the nail on the head", "nail-on-the-head"),
    ("The opposition leader told voters to wake up and smell the coffee.",
     "wake up and smell the coffee", "smell-the-coffee"),
    ("Generals were beating their chests about the new missiles.", "beating their chests",
     "saber-rattling"),
    ("The senator gave a rousing defense of the trade deal.", "rousing defense",
     "rousing-performance"),
]

PLAIN = [
    ("The clerk pressed a rubber stamp on each form at the counter.", "rubber-stamp"),
    ("The sprinter pulled a hamstring in the final and limped off the track.", "hamstrung"),
    ("Crews dredged up silt from the harbor floor to deepen the shipping channel.", "dredge-up"),
    ("The stadium crowd cheered when the striker scored in a late fracas at the goalmouth.",
     "kerfuffle-labels"),
    ("The two puppies squabbled over a chew toy in the kitchen.", "squabbling"),
    ("The old horse kept plodding along the muddy lane.", "plodding"),
    ("The fishing boat was foundering in heavy seas off the coast.", "foundering"),
    ("Mars appears to move in retrograde motion across the night sky.", "retrograde"),
    ("The haunted house at the fair was creepy, with ghost costumes for the actors.",
     "creeped-out"),
    ("The novel's unlikable narrator grows on the reader by the final chapter.", "unlikeable"),
    ("The nurse pressed a towel on the cut to stop the bleeding.", "stop-the-bleeding"),
    ("The firework fizzled in the damp grass of the garden.", "fizzled"),
    ("The squirrel stashed away acorns under the oak tree for winter.", "stashed-away"),
    ("The soldiers came under assault from the hills at dawn.", "under-assault"),
    ("The gardener dug a hole for the apple tree behind the shed.", "dug-a-hole"),
    ("The wizard in the old movie is just a man behind the curtain.",
     "man-behind-the-curtain"),
]


@pytest.mark.parametrize("body,word,entry", FLAGGED)
def test_loaded_use_is_flagged(body: str, word: str, entry: str) -> None:
    assert (word, entry) in _hits(body)


@pytest.mark.parametrize("body,entry", PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}


def test_examples_of_new_entries_are_flagged() -> None:
    new = {e for _, _, e in FLAGGED}
    for entry in default_lexicon().entries:
        if entry.id in new:
            for example in entry.examples:
                assert entry.id in {e for _, e in _hits(example)}, example
