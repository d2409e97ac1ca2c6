"""Recall, round 37c: loaded words for actions, plans and things (issue 9), written from
knowledge of news and political language across sides (left, right, state media, business,
activists, Britain's press) and gated on ptc-tune, BABE dev and random web pages: verbs that
characterise an act (flouted, sabotaged a deal, rammed through, gutted a law, bankrolled,
foisted, trampled on rights, torpedoed, cooked the books, lining their pockets, kneecapped,
defanged, dithered, double-crossed, hushed up, plundered, weaseled out of, cut and run),
nouns for plans and events (a giveaway, a stitch-up, a spending spree, a tax grab, a
smokescreen, a Trojan horse, a red herring, a white elephant, a shell game, an election bribe,
debt-trap diplomacy, a judicial coup, court-packing, a slippery slope, pork-laden bills, a
liberal wish list, Project Fear, junk science) and adjectives that judge (bloated, asinine,
ill-judged, shoddy, calamitous, sclerotic, skittish, cushy terms). Each is caught in its loaded
sense and, where it has one, left alone in its plain sense (a house gutted by fire or for a
renovation, a pipeline sabotaged in a war, a truck that rammed through a gate, a prize
giveaway, a wound stitched up, a bloated stomach, the malware, pickled herring, spayed and
neutered pets, a SPAC, a fishing trip, Vikings' plunder, medieval bloodletting, Roosevelt's
plan, real floodgates, a skittish horse, a back scratcher, settlers' wagons). Every sentence
here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The minister flouted the rules he had written for everyone else.", "flouted",
     "flouted-rules"),
    ("The senator sabotaged the talks to deny the governor a win.", "sabotaged",
     "sabotaged-figurative"),
    ("Party leaders rammed through the budget bill before the recess.", "rammed through",
     "rammed-through"),
    ("The committee gutted the clean water rules in a late-night vote.", "gutted", "gutted-law"),
    ("A handful of oil executives bankrolled the campaign.", "bankrolled", "bankrolled"),
    ("Opponents called the corporate tax cut a giveaway to donors.", "giveaway",
     "tax-giveaway"),
    ("The rules were foisted on small businesses without a hearing.", "foisted", "foisted"),
    ("The governor trampled on the rights of peaceful protesters.", "trampled on",
     "trampled-rights"),
    ("The senator torpedoed the bipartisan deal at the last minute.", "torpedoed", "torpedoed"),
    ("The opposition said the treasury had cooked the books to hide the deficit.",
     "cooked the books", "cooked-books"),
    ("Backbenchers said the leadership contest was a stitch-up.", "stitch-up", "stitch-up"),
    ("The opposition attacked the government's spending spree before the election.",
     "spending spree", "spending-spree"),
    ("The mayor's allies were lining their pockets with city contracts.", "lining their pockets",
     "lining-pockets"),
    ("Business groups called the new levy a tax grab.", "tax grab", "tax-grab"),
    ("The candidate promised to cut the bloated bureaucracy in the government.", "bloated",
     "bloated"),
    ("The opposition called the inquiry a smokescreen for cuts.", "smokescreen", "smokescreen"),
    ("Critics said the trade pact was a Trojan horse for deregulation.", "Trojan horse",
     "trojan-horse"),
    ("The minister said the row over the deficit was a red herring.", "red herring",
     "red-herring"),
    ("Critics said the new stadium would become a white elephant.", "white elephant",
     "white-elephant"),
    ("The opposition called the new airport the mayor's vanity project.", "vanity project",
     "vanity-project"),
    ("Unions said the new code of conduct was window dressing.", "window dressing",
     "window-dressing"),
    ("The leadership kneecapped the reform bill in committee.", "kneecapped", "kneecapped"),
    ("The amendment defanged the ethics watchdog.", "defanged", "defanged"),
    ("Critics said the ruling neutered the agency.", "neutered", "defanged"),
    ("The government dithered for months over the border checks.", "dithered", "dithering"),
    ("The coalition has lurched from crisis to crisis since the election.",
     "lurched from crisis to crisis", "lurching-crises"),
    ("Union leaders said the minister had double-crossed them on pensions.", "double-crossed",
     "double-crossed"),
    ("The opposition said the board appointments were jobs for the boys.", "jobs for the boys",
     "jobs-for-the-boys"),
    ("Campaigners said the consultation was a box-ticking exercise.", "box-ticking exercise",
     "talking-shop"),
    ("The mayor attacked the gold-plated pensions of senior officials.", "gold-plated pensions",
     "gold-plated"),
    ("The candidate's soak-the-rich budget alarmed investors.", "soak-the-rich", "soak-the-rich"),
    ("The report said contractors were milking the system for years.", "milking the system",
     "bled-dry"),
    ("Critics said the legal defence fund was just another grift.", "grift", "grift"),
    ("The senator called the budget's accounting a shell game.", "shell game", "con-job"),

    ("The chancellor said the opposition's plans relied on a magic money tree.",
     "magic money tree", "voodoo-economics"),
    ("The opposition called the fuel tax cut an election bribe.", "election bribe",
     "election-bribe"),
    ("The tax credit was a sop to rural voters.", "sop to", "sop-to"),
    ("Lawmakers refused to give the president a blank check for the war.", "blank check",
     "blank-check"),
    ("The White House called the subpoena a partisan fishing expedition.", "fishing expedition",
     "fishing-expedition"),
    ("The brand's shirts are sewn in sweatshops abroad, the campaign said.", "sweatshops",
     "sweatshop"),
    ("Unions accused the energy companies of profiteering during the crisis.", "profiteering",
     "profiteering"),
    ("The senator blamed greedflation for the rising cost of groceries.", "greedflation",
     "greedflation"),
    ("Workers accused the chain of union-busting after two organisers were fired.",
     "union-busting", "union-busting"),
    ("Washington accused Beijing of debt-trap diplomacy in Africa.", "debt-trap diplomacy",
     "diplomacy-charges"),
    ("The ministry accused foreign media of sowing discord between the two countries.",
     "sowing discord", "sowing-discord"),
    ("The governor called the federal rule asinine.", "asinine", "asinine"),
    ("The minister's ill-judged remarks angered farmers.", "ill-judged", "ill-advised"),
    ("The inquiry condemned the agency's shoddy handling of the complaints.", "shoddy",
     "shoddy"),
    ("The minister's calamitous budget sent the pound lower.", "calamitous", "calamitous"),

    ("The senator said the bill was part of a socialist agenda.", "socialist agenda",
     "sinister-agenda"),
    ("The union blamed corporate greed for the price rises.", "corporate greed",
     "corporate-greed"),
    ("The candidate called corporate campaign donations legalized bribery.",
     "legalized bribery", "legalized-bribery"),
    ("The opposition said the ruling family had plundered the country's oil wealth.",
     "plundered", "plundered"),
    ("The government kicked the report into the long grass.", "into the long grass",
     "long-grass"),
    ("The opposition called the court's ruling a judicial coup.", "judicial coup",
     "coup-metaphor"),
    ("The newsroom braced for more bloodletting after the merger.", "bloodletting",
     "bloodletting"),
    ("Commuters called the new rail fares daylight robbery.", "daylight robbery", "rip-off"),
    ("Critics called the high-speed rail line a money pit.", "money pit", "money-pit"),
    ("Republicans said the proposal would pack the court with liberal judges.",
     "pack the court", "court-packing"),
    ("Opponents said legalising the drug was a slippery slope.", "slippery slope",
     "slippery-slope"),
    ("The diocese hushed up the abuse for decades.", "hushed up", "hushed-up"),
    ("The candidate promised to shake up the sclerotic bureaucracy.", "sclerotic",
     "sclerotic"),
    ("The ministry buckled under pressure and dropped the rule.", "buckled under pressure",
     "buckled-under"),
    ("Campaigners said the climate pledge was a hollow gesture.", "hollow gesture",
     "hollow-gesture"),
    ("Unions called the pay offer a sticking plaster solution to the staffing crisis.",
     "sticking plaster solution", "band-aid-fix"),
    ("Teachers accused the ministry of moving the goalposts on pay.", "moving the goalposts",
     "moving-goalposts"),
    ("The candidate flubbed the question on health care.", "flubbed", "flubbed"),

    ("The former minister landed a cushy contract with the defence firm.", "cushy contract",
     "cushy-deal"),
    ("Skittish Democrats in swing districts refused to back the bill.", "Skittish",
     "skittish"),
    ("The majority leader blamed the delay on Republican obstructionism.", "obstructionism",
     "obstructionism"),
    ("The senator voted against the pork-laden spending bill.", "pork-laden", "pork-laden"),
    ("The speaker called the relief package a liberal wish list.", "liberal wish list",
     "partisan-wish-list"),
    ("A tax break for yacht owners was snuck into the bill at the last minute.",
     "snuck into the bill", "sneaked-into-bill"),
    ("The report described years of back-scratching between the council and developers.",
     "back-scratching", "back-scratching"),
    ("The columnist dismissed the free concerts as bread and circuses.", "bread and circuses",
     "bread-and-circuses"),
    ("The minister dismissed the economists' forecasts as Project Fear.", "Project Fear",
     "project-fear"),
    ("The cloak-and-dagger selection of the new chief angered members.", "cloak-and-dagger",
     "cloak-and-dagger"),
    ("The governor promised to cut the bureaucratic bloat in the state government.",
     "bureaucratic bloat", "bloated"),
    ("The government splurged on consultants before the budget vote.", "splurged",
     "spending-spree"),

    ("The company weaseled out of its promise to rehire the workers.", "weaseled out of",
     "weaseled-out"),
    ("The senator said the president would not cut and run from the region.", "cut and run",
     "cut-and-run"),
    ("The opposition accused the government of selling off the family silver.",
     "selling off the family silver", "family-silver"),
    ("Unions accused the fund of asset-stripping the steelworks.", "asset-stripping",
     "family-silver"),
    ("The party circled the wagons around the embattled minister.", "circled the wagons",
     "circling-wagons"),
    ("The minister said the opposition wanted to keep throwing money at the problem.",
     "throwing money at", "throwing-money"),
    ("Airlines are nickel-and-diming passengers with new baggage fees.", "nickel-and-diming",
     "nickel-and-dime"),
    ("Brussels dismissed the proposal as cakeism.", "cakeism", "cakeism"),
    ("The industry group called the study junk science.", "junk science", "junk-science"),
    ("The mayor called the parking plan a flimflam.", "flimflam", "con-job"),

    ("The chamber of commerce attacked the job-destroying minimum wage rise.",
     "job-destroying", "job-destroying"),
    ("The minister promised to end the something-for-nothing culture in welfare.",
     "something-for-nothing", "something-for-nothing"),
    ("Party leaders knee-capped the ethics reform in committee.", "knee-capped", "kneecapped"),

    ("The council chief left with a golden goodbye worth two years' pay.", "golden goodbye",
     "golden-goodbye"),

]

PLAIN = [
    ("The old warehouse was gutted by fire on Sunday night.", "gutted-law"),
    ("Fans said they were absolutely gutted after the final whistle.", "gutted-law"),
    ("Our guide to gutting a bathroom covers permits, costs and timelines.", "gutted-law"),
    ("The minister said she was gutted. Her bill had failed by one vote.", "gutted-law"),
    ("Investigators said the pipeline was sabotaged during the war.", "sabotaged-figurative"),
    ("A truck rammed through the gate of the embassy, police said.", "rammed-through"),
    ("Enter the holiday giveaway for a chance to win a new bicycle.", "tax-giveaway"),
    ("The nurse stitched up the gash on his forehead.", "stitch-up"),
    ("Patients often feel bloated after a heavy meal, doctors say.", "bloated"),
    ("The Trojan horse malware stole passwords from the bank's computers.", "trojan-horse"),
    ("The destroyer torpedoed the enemy ship in 1942.", "torpedoed"),
    ("Shoppers went on a spending spree at the new mall.", "spending-spree"),
    ("The chef served red herring with pickled onions and rye bread.", "red-herring"),
    ("Bring a wrapped present for the white elephant gift swap on Friday.", "white-elephant"),
    ("The shelter says every adopted cat is spayed or neutered before it leaves.", "defanged"),
    ("Volunteers neutered the stray cats in the park last spring.", "defanged"),
    ("The image editor applies dithering to reduce the colour banding.", "dithering"),
    ("Tick the tick-box option on the form to receive our newsletter.", "talking-shop"),

    ("The SPAC, a blank check company, listed on the exchange in March.", "blank-check"),
    ("The anglers set off on an annual fishing expedition to the lakes.",
     "fishing-expedition"),
    ("The chef said to stir the pot gently so the sauce does not burn.", "sowing-discord"),
    ("The tax authority's anti-profiteering rules cover price cuts after a rate change.",
     "profiteering"),
    ("Police seized funny money printed in a garage, and the suspect was convicted.",
     "voodoo-economics"),

    ("Viking raiders plundered the monastery in the ninth century.", "plundered"),
    ("Snakes hide in the long grass, so walk into the long grass with care in the garden.",
     "long-grass"),
    ("Medieval doctors practised bloodletting to treat fever.", "bloodletting"),
    ("Roosevelt's court-packing plan failed in 1937.", "court-packing"),
    ("Engineers opened the floodgates as the river rose after the storm.", "slippery-slope"),
    ("Her arteries were sclerotic, the doctor said after treatment.", "sclerotic"),
    ("The striker moved the goalposts back after the goal was scored.", "moving-goalposts"),

    ("The skittish horse bolted when the gate slammed.", "skittish"),
    ("Skittish investors sold shares as the market fell.", "skittish"),
    ("He bought a bamboo back scratcher at the market.", "back-scratching"),
    ("The spy novel is full of cloak-and-dagger plots and a memorable villain.",
     "cloak-and-dagger"),

    ("Settlers in the 19th century circled the wagons on the prairie at night.", "circling-wagons"),
    ("Bake the cake and eat it warm with cream.", "cakeism"),

    ("She is doing a fine job destroying the old records, the archivist joked.",
     "job-destroying"),

]


@pytest.mark.parametrize(("body", "text", "entry"), FLAGGED)
def test_loaded_use_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(("body", "entry"), PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}
