"""Recall, round 37d (issue 9): fear appeals, hype, doubt-casting, certainty and contested names
written from knowledge of news and political language across sides, then gated on ptc-tune,
BABE dev and random web pages: a city likened to a war zone, a doom loop, a police state,
Frankenfoods, a Trojan horse, stunning rebukes and blockbuster reports, junk science, a
smokescreen, "indisputably", "the science is settled"; and the names one side gives a policy or a
group (the GOP tax scam, the Green New Scam, Biden's border crisis, Don't Say Gay, gender
ideology, Jim Crow 2.0, the J6 hostages, the plandemic, Project Fear, Xinjiang's vocational
training centres, Big Oil, greedflation, union bosses, the bedroom tax,
the EU superstate, the forever wars). Each is caught in its loaded sense and, where the words have
a plain one, left alone there (a bank-debt doom loop, an icy slope, a Trojan horse in malware,
smoke-screen grenades, a shop's window dressing, a hiker at a cliff edge, a novel's endless war).
Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The mayor's critics said downtown had been turned into a war zone.",
     "turned into a war zone", "war-zone-metaphor"),
    ("Columnists warned that the city was caught in a doom loop of empty offices and crime.",
     "doom loop", "doom-loop"),
    ("The senator said the tariff plan would have cataclysmic consequences for farmers.",
     "cataclysmic", "cataclysmic"),
    ("Protesters said the new surveillance law was turning the country into a police state.",
     "police state", "police-state"),
    ("The bishop said the euthanasia bill would start the country down a slippery slope.",
     "slippery slope", "slippery-slope"),
    ("The governor blamed the radical right for blocking the school budget.", "radical right",
     "radical-right"),
    ("Activists handed out leaflets warning shoppers against Frankenfoods.", "Frankenfoods",
     "frankenfood"),
    ("Opponents said the trade deal was a Trojan horse for foreign control of the ports.",
     "Trojan horse", "trojan-horse"),
    ("The opposition called the frozen allowance a stealth tax on pensioners.", "stealth tax",
     "stealth-tax"),
    ("The mayor warned of a tidal wave of evictions when the moratorium ends.",
     "a tidal wave of", "tidal-wave-of"),
    ("The poll points to a seismic shift in how suburban voters see the party.", "seismic shift",
     "seismic-shift"),
    ("In a stunning rebuke, the committee voted against its own chairman.", "stunning rebuke",
     "stunning-hype"),
    ("The blockbuster report described years of payments to the minister's family.",
     "blockbuster report", "blockbuster-report"),
    ("The ruling was the final nail in the coffin for the governor's pipeline.",
     "final nail in the coffin", "nail-in-the-coffin"),
    ("The president went ballistic when he read the leaked memo.", "went ballistic",
     "went-ballistic"),
    ("The minister's expense claims were gobsmacking.", "gobsmacking", "gobsmacking"),
    ("The industry group called the study on pesticide residues junk science.", "junk science",
     "junk-science"),
    ("Critics said the bill was a tax increase masquerading as reform.", "masquerading as",
     "masquerading-as"),
    ("The minister called the inquiry a smokescreen to protect the police chief.", "smokescreen",
     "smokescreen"),
    ("The union called the board's new ethics code mere window dressing.", "window dressing",
     "window-dressing"),
    ("The senator is indisputably responsible for the collapse of the talks.", "indisputably",
     "indisputably"),
    ("The minister told critics that the science is settled and the tax will go ahead.",
     "the science is settled", "settled-science"),
    ("The company called the regulator's findings patently false.", "patently false",
     "patently"),
    ("The ad blames the governor's rival for Biden's border crisis.", "Biden's border crisis",
     "biden-border-crisis"),
    ("Democrats campaigned against the GOP tax scam in every district.", "GOP tax scam",
     "tax-scam"),
    ("The senator mocked the Green New Scam at the rally.", "Green New Scam", "green-new-scam"),
    ("The governor signed the Don't Say Gay bill on Monday.", "Don't Say Gay bill",
     "dont-say-gay"),
    ("The pastor told the congregation that schools were teaching gender ideology to children.",
     "gender ideology", "gender-ideology"),
    ("The bishop preached against the gay lifestyle.", "gay lifestyle", "gender-ideology"),
    ("The senator called the state's new voting rules Jim Crow 2.0.", "Jim Crow 2.0",
     "jim-crow-2"),
    ("The candidate promised to free the J6 hostages on his first day.", "J6 hostages",
     "j6-hostages"),
    ("The flyer called the outbreak a plandemic staged by drug companies.", "plandemic",
     "plandemic"),
    ("The minister dismissed the bank's forecast as Project Fear.", "Project Fear",
     "project-fear"),
    ("Officials in Xinjiang said the Uyghurs in the vocational training centres had graduated.",
     "vocational training centres", "vocational-centres"),
    ("The senator said Big Oil had written the energy bill.", "Big Oil", "big-oil-labels"),
    ("The senator blamed greedflation for the price of groceries.", "greedflation",
     "greedflation"),
    ("The governor said the union bosses were holding the schools hostage.", "union bosses",
     "union-bosses"),
    ("Labour promised to scrap the bedroom tax.", "bedroom tax", "uk-tax-nicknames"),
    ("The pamphlet warned that Britain would be swallowed by an EU superstate.", "EU superstate",
     "eu-superstate"),
    ("The candidate promised to bring the troops home from the forever wars.", "forever wars",
     "forever-wars"),
    ("The historian called the invasion a war of choice.", "war of choice", "war-of-choice"),
    ("The candidate called mass migration a civilizational threat.", "civilizational threat",
     "civilisational-threat"),
    ("The mailer warned of roving gangs of migrants in the suburbs.", "roving gangs",
     "roving-gangs"),
    ("Residents called the crumbling tower block a death trap.", "death trap", "death-trap"),
    ("The council announced swingeing cuts to library budgets.", "swingeing", "swingeing"),
    ("Business groups warned of a cliff-edge Brexit in March.", "cliff-edge", "cliff-edge"),
]

PLAIN = [
    ("Regulators fear a doom loop in which banks holding government bonds drag down sovereign "
     "debt and interest rates.", "doom-loop"),
    ("Geologists said the cataclysmic eruption buried the island's forests under ash.",
     "cataclysmic"),
    ("Hikers were warned that the icy trail had become a slippery slope after the snow.",
     "slippery-slope"),
    ("The study compares the populist radical right in six European parliaments.",
     "radical-right"),
    ("The hackers hid a Trojan horse in the software update to steal passwords.", "trojan-horse"),
    ("A tidal wave of water struck the coast after the earthquake and storm.", "tidal-wave-of"),
    ("Scientists measured the seismic shift along the fault line after the earthquake.",
     "seismic-shift"),
    ("The striker scored a stunning reversal of fortune in the final minute of the match.",
     "stunning-hype"),
    ("The film's blockbuster revelation in the last scene delighted fans of the series.",
     "blockbuster-report"),
    ("Guests at the ball were masquerading as characters from the opera.", "masquerading-as"),
    ("The soldiers threw smoke screen grenades before crossing the road.", "smokescreen"),
    ("The store hired an artist for its Christmas window dressing.", "window-dressing"),
    ("The hiker slipped at the cliff edge and was rescued by the coastguard.", "cliff-edge"),
    ("Tourists walked the cliff-edge path to the lighthouse.", "cliff-edge"),
    ("The novel imagines an endless war between two planets.", "forever-wars"),
    ("The town opened two vocational training centres for plumbers and electricians.",
     "vocational-centres"),
    ("Shares in big oil companies rose after the report.", "big-oil-labels"),
]


@pytest.mark.parametrize(("body", "text", "entry"), FLAGGED)
def test_loaded_use_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(("body", "entry"), PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}
