"""Recall, round 37a: how the outlet colours what people say and do when it reports them
(issue 9), written from knowledge of English news and political language and gated on ptc-tune,
BABE dev and random web pages: verbs and set phrases of saying that carry the writer's judgement
of the speaker ("bemoaned", "pooh-poohed", "spouted", "chimed in", "waxed lyrical", "opined",
"dug in his heels"), adverbs that characterise a person's manner or motive in narration, and
verbs that impute motive or secrecy to an action ("cooked up", "swept under the carpet",
"snuck into the bill", "curry favor", "thrown under the bus", "usurped"). Each is caught in its
loaded sense and left alone in a plain one (a whale spouting water, a trained dog sitting
obediently, a zookeeper feeding lions, church bells chiming, a dog sniffing a bag, a cook's
stew, investors cashing in on a rally, a truck ramming through a gate). Every sentence here is
our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The governor bemoaned the lack of federal help for the flooded towns.", "bemoaned",
     "bemoaned"),
    ("The minister pooh-poohed the warnings from economists.", "pooh-poohed", "pooh-poohed"),
    ("The senator spouted conspiracy theories at the rally.", "spouted", "spouted"),
    ("The governor's allies quickly chimed in with their own attacks.", "chimed in",
     "chimed-in"),
    ("The minister waxed lyrical about the new trade deal.", "waxed lyrical", "waxed-lyrical"),
    ("The senator droned on about procedure for an hour.", "droned on", "blathered"),
    ("The cardinal inveighed against the new law in his sermon.", "inveighed against",
     "inveighed"),
    ('"That is hardly news," the ambassador sniffed.', "sniffed", "sniffed"),
    ("The pundit opined that the party was finished.", "opined", "opined"),
    ("The chairman cooed that the merger was a love match.", "cooed", "cooed"),
    ("The speaker dug in his heels over the budget.", "dug in his heels", "dug-in-heels"),
    ("Critics said the party leaders genuflected to the donors.", "genuflected to",
     "genuflected"),
    ("The opposition said the council had usurped the powers of parliament.", "usurped",
     "usurped"),
    ("The abuse was swept under the rug for years.", "swept under the rug",
     "swept-under-carpet"),
    ("The report glossed over the cost overruns.", "glossed over", "glossed-over"),
    ("The minister said the opposition had cooked up the allegations.", "cooked up",
     "cooked-up"),
    ("Opponents said the treasury had massaged the figures.", "massaged the figures",
     "massaged-figures"),
    ("Critics said the senator was cashing in on the tragedy.", "cashing in on",
     "cashed-in-on"),
    ("The mayor tried to curry favor with developers.", "curry favor", "curry-favor"),
    ("The company weaseled out of its pledge to the town.", "weaseled out of",
     "weaseled-out"),
    ("The aide said the chief of staff had thrown him under the bus.",
     "thrown him under the bus", "under-the-bus"),
    ("The union said the ministry kept moving the goalposts in the talks.",
     "moving the goalposts", "moved-goalposts"),
    ("The tax break was slipped into the bill at the last minute.", "slipped into the bill",
     "snuck-into-bill"),
    ("The majority rammed through the bill before the recess.", "rammed through",
     "foisted-on"),
    ("The report said the aides schemed to oust the chairman.", "schemed to", "schemed"),
    ("The state broadcaster dutifully repeated the ministry's figures.", "dutifully",
     "servile-adverbs"),
    ("The backbenchers meekly fell into line behind the leader.", "meekly", "servile-adverbs"),
    ("The council sneakily raised the parking fees over the holiday.", "sneakily",
     "sly-adverbs"),
    ("The minister airily dismissed the report.", "airily", "tone-adverbs"),
    ("The spokesman answered evasively when asked about the contracts.", "evasively",
     "tone-adverbs"),
    ("The government naively trusted the contractor's estimates.", "naively",
     "verdict-manner-adverbs"),
    ("The president magnanimously pardoned his critics.", "magnanimously",
     "glorifying-manner-adverbs"),
    ("The minister enthused that the deal would create thousands of jobs.", "enthused",
     "enthused"),
    ('"We have nothing to hide," the chairman spluttered.', "spluttered", "mumbled"),
    ("The governor demagogued the crime issue all summer.", "demagogued", "demagogued"),
    ("The senator went ballistic when the vote failed.", "went ballistic", "went-ballistic"),
    ("The minister hemmed and hawed over the date.", "hemmed and hawed", "reaction-idioms"),
    ("Party leaders circled the wagons around the minister.", "circled the wagons",
     "circled-wagons"),
    ("Congress sat on its hands while prices rose.", "sat on its hands", "circled-wagons"),
    ("Protesters said the ministers had lined their pockets with aid money.",
     "lined their pockets", "lined-pockets"),
    ("The candidate threw red meat to the base with a vow to close the border.",
     "red meat to the base", "red-meat-rhetoric"),
    ("Officials connived with smugglers to move the fuel.", "connived", "connived"),
    ("The memo accused senior aides of brown-nosing the new owner.", "brown-nosing",
     "brown-nosing"),
    ("The chief executive pleaded ignorance of the accounting practices.",
     "pleaded ignorance", "feigned-ignorance"),
    ("The council cried poverty while raising salaries.", "cried poverty",
     "feigned-ignorance"),
    ("The senator rehashed the old arguments against the treaty.", "rehashed", "rehashed"),
    ("The prime minister heaped praise on the visiting president.", "heaped praise on",
     "heaped-praise"),
    ("The channel spent months cheerleading for the invasion.", "cheerleading for",
     "cheerleading-for"),
    ("Prosecutors say officials greased palms to win the contract.", "greased palms",
     "greased-palms"),
    ("The opposition said the ruling family had plundered the treasury.",
     "plundered the treasury", "greased-palms"),
    ("The agency snooped on journalists for years.", "snooped on", "snooped-on"),
    ("The speaker torpedoed the bipartisan deal.", "torpedoed", "torpedoed"),
    ("The ministry muzzled its own scientists ahead of the election.", "muzzled",
     "muzzled"),
    ("The bill was passed in the dead of night.", "in the dead of night", "dead-of-night"),
    ("The minister left the meeting in a huff.", "in a huff", "reaction-temper"),
    ("The governor chickened out of the debate.", "chickened out", "reaction-temper"),
    ("The spokesman said foreign politicians had wantonly interfered in the country's affairs.",
     "wantonly", "malice-adverbs"),
    ("Rights groups called the tournament a case of sportswashing.", "sportswashing",
     "washing-charges"),
    ("Critics said the campaign was milking the tragedy for votes.", "milking the tragedy",
     "dancing-on-graves"),
    ("The ministry said Western powers were ganging up on the country.", "ganging up on",
     "ganged-up-on"),
    ("The state paper said the opposition would do the bidding of foreign powers.",
     "do the bidding of", "doing-the-bidding"),
    ("Critics said the regulator was dancing to the tune of the banks.",
     "dancing to the tune of", "doing-the-bidding"),
    ("The protesters said the police were in cahoots with the developers.",
     "in cahoots with", "in-cahoots"),
    ("The senator sounded off about the court on cable news.", "sounded off",
     "mouthing-off"),
    ("The ambassador was caught bad-mouthing his hosts.", "bad-mouthing", "mouthing-off"),
    ("The commentator screamed that the judges were corrupt.", "screamed",
     "screamed-hollered"),
    ("The president blew up at reporters over the question.", "blew up at", "blew-up-at"),
    ("The landlord heartlessly evicted the family in winter.", "heartlessly", "mercilessly"),
    ("The senator preened for the cameras after the vote.", "preened", "preened"),
    ("The party lurched to the right after the primary.", "lurched to the right",
     "lurched-left-right"),
    ("The commentators were beating the drums of war again.", "beating the drums of war",
     "tub-thumping"),
    ("The minister gave a tub-thumping speech to the party faithful.", "tub-thumping",
     "tub-thumping"),
    ("The party spent the summer navel-gazing instead of campaigning.", "navel-gazing",
     "navel-gazing"),
    ("The senator held forth on the failures of the press.", "held forth", "held-forth"),
    ("The minister kept banging on about red tape.", "banging on about", "held-forth"),
    # "wormed its way into" gives "wormed his way into" too (pronoun slots), the longer match
    ("The lobbyist wormed his way into the minister's inner circle.", "wormed his way into",
     "wormed-way"),
    ("The professor was hounded out of her post by activists.", "hounded out of",
     "hounded-out"),
    ("The senator accused the White House of wanting to cut and run.", "cut and run",
     "cut-and-run"),
    ("Fishermen said the government had sold them down the river in the talks.",
     "sold them down the river", "cut-and-run"),
    ("The council rode roughshod over residents' objections.", "rode roughshod over",
     "rode-roughshod"),
]

PLAIN = [
    ("The whale spouted water high above the waves near the research boat.", "spouted"),
    ("The church bells chimed in the distance as the vote ended.", "chimed-in"),
    ("The police dog sniffed the bag and sat down beside it.", "sniffed"),
    ("The baby cooed in her cot while the nurses talked.", "cooed"),
    ("The priest genuflected to the altar at the start of mass.", "genuflected"),
    ("The chef cooked up a stew for the volunteers after the parade.", "cooked-up"),
    ("Investors cashed in on the stock rally as shares hit a record.", "cashed-in-on"),
    ("The truck rammed through the gate of the base and exploded, killing two guards.",
     "foisted-on"),
    ("In the novel, the villain schemed to steal the crown.", "schemed"),
    ("The groundsmen moved the goalposts before the football match.", "moved-goalposts"),
    ("In the play, the usurper Richard seizes the throne in the fifteenth century.", "usurped"),
]


@pytest.mark.parametrize(("body", "text", "entry"), FLAGGED)
def test_loaded_use_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(("body", "entry"), PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}
