"""Recall, round 37e (issue 9): the vocabulary of headlines and decks that frames in the outlet's
own voice, of every side alike: verbs that dramatise what people said or did (dunked on, clapped
back, teed off on, swatted down, rammed through, took a chainsaw to), verdicts that score an
exchange (got owned, wiped the floor with, dropped the mic), labels that inflate (a party's civil
war, the internet erupting, a shitshow, a shock resignation) and mocking accounts of a reaction
(flipped out, hit the panic button, went rogue, threw under the bus). Headlines are written in
Title Case or capitals, so each is checked there too; each word with a plain sense (a slam dunk,
a golfer teeing off, a truck ramming through gates, a clerk's panic button) is left alone there.
Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article

_BODY = "Officials spoke to reporters on Tuesday."


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The governor dunked on her rival's housing plan in a post on Tuesday.", "dunked on",
     "dunked-on"),
    ("The union's clapback at the mayor was shared thousands of times.", "clapback",
     "clapped-back"),
    ("The former aide teed off on the White House in a radio interview.", "teed off on",
     "teed-off-on"),
    ("The appeals court swatted down the lawsuit in a two-page order.", "swatted down",
     "slapped-down"),
    ("Downing Street slapped down the minister over his remarks on tax.", "slapped down",
     "slapped-down"),
    ("The congressman got owned by a high school student at the town hall.", "got owned",
     "got-owned"),
    ("The minister dropped the mic with a two-word reply to the opposition leader.",
     "dropped the mic", "mic-drop"),
    ("Social media erupted after the candidate's remarks on pensions.", "Social media erupted",
     "internet-erupts"),
    ("The vote on the budget reopened the Tory civil war over Europe.", "Tory civil war",
     "party-civil-war"),
    ("Activists warned of a Democratic civil war over the primary.", "Democratic civil war",
     "party-civil-war"),
    ("The mayor threw her own housing chief under the bus at the hearing.", "under the bus",
     "under-the-bus"),
    ("Officials said the ambassador had gone rogue in his talks with the rebels.", "gone rogue",
     "went-rogue"),
    ("Labour strategists hit the panic button after the poll.", "hit the panic button",
     "panic-button"),
    ("The challenger wiped the floor with the incumbent in Tuesday's debate.",
     "wiped the floor with", "wiped-the-floor"),
    ("The senator flipped out when reporters asked about the loan.", "flipped out",
     "lost-it-anger"),
    ("An aide called the rollout of the new benefits system a shitshow.", "shitshow",
     "shitshow"),
    ("The minister's shock resignation left the coalition short of a majority.",
     "shock resignation", "shock-headlinese"),
    ("Republicans rammed through the bill in a late-night vote.", "rammed through",
     "rammed-through"),
    ("The new government took a chainsaw to the foreign aid budget.", "took a chainsaw to",
     "sledgehammer-to"),
    ("After the defeat, the knives are out for the party chairman.", "the knives are out for",
     "knives-out-party"),
    ("The court's ruling was a body blow to the government's migration plan.", "body blow",
     "gut-punch"),
    ("Critics called the minister's tweet a spectacular own goal.", "own goal", "own-goal"),
    ("The candidate's car-crash interview on the radio dominated the morning.",
     "car-crash interview", "car-crash-interview"),
    ("The minister's hilarious answer on train fares was shared thousands of times.",
     "hilarious", "hype-kickers"),
    ("The retired judge's letter perfectly sums up what is wrong with the bill.",
     "perfectly sums up", "nailed-it"),
    ("The governor landed a zinger about her opponent's voting record.", "zinger", "zinger"),
    ("Party leaders circled the wagons around the embattled treasurer.", "circled the wagons",
     "circling-wagons"),
    ("The council buckled to pressure from developers and scrapped the height limit.",
     "buckled to pressure", "buckled-to-pressure"),
    ("The minister squirmed as the committee asked about the contract.", "squirmed",
     "squirmed"),
    ("The budget deal kneecapped the new consumer agency before it opened.", "kneecapped",
     "kneecapped"),
    ("The chancellor tore a strip off the bank chiefs at the hearing.", "tore a strip off",
     "tore-a-strip-off"),
    ("The row over the budget turned into open warfare between the finance minister and his "
     "deputy.", "open warfare", "open-warfare"),
    ("The opposition called the planning reforms a dog's breakfast.", "dog's breakfast",
     "freak-show"),
    ("The summit was a love-in between the two presidents, with no deal on trade.", "love-in",
     "lovefest"),
    ("Red-faced officials withdrew the government tender after the error was found.",
     "Red-faced", "red-faced"),
    ("The cabinet bust-up over the airport was leaked within an hour.", "bust-up", "bust-up"),
    ("The by-election result was a political earthquake for the governing party.",
     "political earthquake", "political-earthquake"),
    ("Aides said the president melted down over the leaked memo.", "melted down over",
     "lost-it-anger"),
    ("The chancellor moans about the unions at every party conference.", "moans about",
     "whinge-verbs"),
    ("The minister pooh-poohed the report's findings on child poverty.", "pooh-poohed",
     "whinge-verbs"),
    ("The party chairman gloats over the rival party's poll slump.", "gloats over", "gloats"),
    ("The premier chickened out of the televised debate at the last minute.", "chickened out",
     "chickened-out"),
    ("The columnist called the migrants' testimony a sob story.", "sob story", "sob-story"),
    ("Critics of the ad campaign clutched their pearls, the senator's aide said.",
     "clutched their pearls", "clutching-pearls"),
    ("The young mayor became a media darling after his first budget.", "media darling",
     "media-darling"),
    ("The senator's fanboys flooded the hearing's comment section.", "fanboys", "fanboy"),
    ("The opposition called the new parking rules bonkers.", "bonkers", "bonkers"),
    ("The out-of-touch minister said families could simply buy cheaper cars.", "out-of-touch",
     "out-of-touch"),
    ("The governor's heartwarming visit to the flooded school was filmed by his staff.",
     "heartwarming", "heartwarming"),
    ("The minister sensationally quit the cabinet on Friday night.", "sensationally",
     "sensational"),
    ("Progressive activists got triggered by the senator's joke about pronouns.",
     "got triggered", "got-triggered"),
    ("The government dithered for months over the flood defences.", "dithered", "dithered"),
    ("The party faces an electoral wipeout in the north, the poll suggests.",
     "electoral wipeout", "electoral-wipeout"),
    ("The governing party took a hammering in the local elections.", "took a hammering",
     "took-a-hammering"),
    ("The by-election result stuns the ruling party.", "stuns", "stuns"),
    ("The minister brushed off the hullabaloo over his expenses.", "hullabaloo", "hullabaloo"),
    ("The government's backflip on the fuel tax angered its own backbenchers.", "backflip",
     "backflip"),
    ("The candidate refused to answer what his aides called a gotcha question on abortion.",
     "gotcha question", "gotcha-question"),
    ("The Senate primary has become a knife fight between two former allies.", "knife fight",
     "knife-fight-politics"),
    ("Critics called the new stadium the governor's vanity project.", "vanity project",
     "vanity-project"),
    ("In a desperate bid for votes, the party promised to scrap the toll.", "desperate bid",
     "desperate-bid"),
    ("The opposition said party donors had their snouts in the trough.", "snouts in the trough",
     "public-trough"),
    ("Nothing to see here, the ministry said of the missing files.", "Nothing to see here",
     "nothing-to-see-here"),
]

# The outlet's own headline, in Title Case or capitals.
HEADLINES = [
    ("Senator Tees Off On President Over Tariffs", "Tees Off On", "teed-off-on"),
    ("Mayor Swats Down Council Plan", "Swats Down", "slapped-down"),
    ("Congressman Gets Owned By Teen At Town Hall", "Gets Owned", "got-owned"),
    ("GOP Civil War Erupts Over Speaker Vote", "GOP Civil War", "party-civil-war"),
    ("Governor Throws Aide Under The Bus", "Under The Bus", "under-the-bus"),
    ("Democrats Hit The Panic Button", "Hit The Panic Button", "panic-button"),
    ("Senator Wipes The Floor With Rival In Debate", "Wipes The Floor With", "wiped-the-floor"),
    ("Twitter Erupts After Debate", "Twitter Erupts", "internet-erupts"),
    ("GOP Rams Through Tax Bill", "Rams Through", "rammed-through"),
    ("LABOUR CIVIL WAR: LEADER FACES REVOLT", "LABOUR CIVIL WAR", "party-civil-war"),
    ("Minister's Tweet Is A Spectacular Own Goal For Government", "Own Goal", "own-goal"),
    ("Senator Absolutely Nails It On Border Security", "Absolutely Nails", "nailed-it"),
    ("Red-Faced Council Scraps Parking Fines", "Red-Faced", "red-faced"),
    ("Chancellor Tears A Strip Off Bank Bosses", "Tears A Strip Off", "tore-a-strip-off"),
    ("Treasury Buckles To Pressure On Fuel Duty", "Buckles To Pressure", "buckled-to-pressure"),
    ("Premier Chickens Out Of TV Debate", "Chickens Out", "chickened-out"),
    ("Tories Face Electoral Wipeout", "Electoral Wipeout", "electoral-wipeout"),
    ("YIKES: Governor's Approval Sinks", "YIKES", "kicker-interjections"),
    ("Minister Moans About Strikes", "Moans About", "whinge-verbs"),
    ("Labour Chief Gloats Over Tory Slump", "Gloats Over", "gloats"),
    ("Senate Race Turns Into Knife Fight", "Knife Fight", "knife-fight-politics"),
    ("Labour Takes A Kicking In Council Elections", "Takes A Kicking", "took-a-hammering"),
    ("Premier's Backflip On Fuel Tax", "Backflip", "backflip"),
    ("By-Election Result Stuns Ruling Party", "Stuns", "stuns"),
]

PLAIN = [
    ("The center dunked on the defender in the fourth quarter.", "dunked-on"),
    ("He made a slam dunk on the final play of the game.", "dunked-on"),
    ("The golfer teed off on the first hole at dawn.", "teed-off-on"),
    ("She slapped down a twenty-dollar bill on the counter.", "slapped-down"),
    ("The wrestler won the smackdown in front of a sold-out arena.", "slapped-down"),
    ("Children who get schooled at home take state tests.", "got-owned"),
    ("The singer dropped the mic and walked off the stage after the song.", "mic-drop"),
    ("A man was trapped under the bus after the crash.", "under-the-bus"),
    ("The droid goes rogue in the third film of the series.", "went-rogue"),
    ("The clerk pressed the panic button when the gunman entered the bank.", "panic-button"),
    ("Investors hit the panic button on Friday.", "panic-button"),
    ("The truck rammed through the gates of the embassy.", "rammed-through"),
    ("Protesters rammed through the police line outside parliament.", "rammed-through"),
    ("The gardener took a chainsaw to the old oak tree.", "sledgehammer-to"),
    ("The patient was losing her mind, her doctors said, as the dementia advanced.",
     "lost-it-anger"),
    ("The striker's own goal handed the visitors a 2-1 win.", "own-goal"),
    ("The soap opera's ratings fell after the lead actor left.", "freak-show"),
    ("The circus freak show toured the Midwest in the 1920s.", "freak-show"),
    ("The hospital said the red-faced baby was healthy.", "red-faced"),
    ("The senator, red-faced with anger, left the chamber.", "red-faced"),
    ("He ate a Zinger burger before the rally.", "zinger"),
    ("The wagon train would circle the wagons at night, the historian wrote.",
     "circling-wagons"),
    ("The knives are out of stock, the shop said.", "knives-out-party"),
    ("The worms were squirming in the soil.", "squirmed"),
    ("The boxer landed a body blow in the third round.", "gut-punch"),
    ("She nailed it to the church door.", "nailed-it"),
    ("The comedian's new film is hilarious from start to finish.", "hype-kickers"),
    ("The wind moans over the hills.", "whinge-verbs"),
    ("The crows that nest in the park woke the street.", "gloats"),
    ("The rabbit ran scared across the field.", "chickened-out"),
    ("He wriggled out of his coat.", "chickened-out"),
    ("The soldier was declared brain-dead at the hospital.", "bonkers"),
    ("The Barmy Army sang through the final session.", "bonkers"),
    ("The fire alarm got triggered by smoke.", "got-triggered"),
    ("Patients can get triggered by loud noises, the therapist said.", "got-triggered"),
    ("The image uses dithering to smooth gradients.", "dithered"),
    ("The novel's fanboys queued for the sequel.", "fanboy"),
    ("We found a heartwarming dinner of soup and bread at the inn.", "heartwarming"),
    ("The resort offers sensational views of the bay.", "sensational"),
    ("Shares took a hammering on Friday as the bank warned on profits.", "took-a-hammering"),
    ("The coast took a battering from the storm.", "took-a-hammering"),
    ("The gymnast landed a backflip on the beam.", "backflip"),
    ("The sale had a white elephant stall run by the church.", "vanity-project"),
    ("The couple bought a money pit of a farmhouse.", "vanity-project"),
    ("The knife fight outside the bar left two men injured.", "knife-fight-politics"),
    ("The hikers made a desperate attempt to reach the summit before the storm.",
     "desperate-bid"),
    ("Doctors made a desperate attempt to save the boy's life.", "desperate-bid"),
    ("The pigs had their snouts in the trough.", "public-trough"),
    ("The new dress stuns on the red carpet.", "stuns"),
    ("The magician's palaver delighted the children at the show.", "hullabaloo"),
]


@pytest.mark.parametrize(("body", "text", "entry"), FLAGGED)
def test_loaded_use_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(("headline", "text", "entry"), HEADLINES)
def test_headline_use_is_flagged(headline: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(_BODY, headline)


@pytest.mark.parametrize(("body", "entry"), PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}
