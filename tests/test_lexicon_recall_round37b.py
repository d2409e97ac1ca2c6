"""Recall, round 37b: labels for people and groups (name calling) written from knowledge of news
and political language, every side alike, and gated on ptc-tune, BABE dev and random web pages:
political epithets and partisan nicknames (warhawks, race hustlers, Trumpublicans, Demoncrats),
sneers at officials, judges, prosecutors and the press (faceless bureaucrats, activist judges,
rogue prosecutors, Faux News, glorified stenographers), the labels state media of several
countries use for opponents, religious and sectarian sneers, and dehumanising metaphors. Each is
caught in its loaded sense and left alone in a plain one (the P-40 Warhawk, left-handed
pitchers, a film's man-child hero ...). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The warhawks in the cabinet pushed for airstrikes within days.", "warhawks",
     "warhawks-oneword"),
    ("The talk-show host called the civil rights leader a race hustler.", "race hustler",
     "race-hustler"),
    ("The governor dismissed the welfare advocates as poverty pimps.", "poverty pimps",
     "race-hustler"),
    ("The minister said the demonstrators were a rent-a-crowd bussed in from the city.",
     "rent-a-crowd", "rent-a-labels"),
    ("The senator blamed faceless bureaucrats for the delayed permits.", "faceless bureaucrats",
     "bureaucrat-sneers"),
    ("The campaign promised to take power back from Brussels bureaucrats.",
     "Brussels bureaucrats", "bureaucrat-sneers"),
    ("The tabloid blamed the delay on Whitehall pen-pushers.", "pen-pushers", "pen-pushers"),
    ("The senator said activist judges had thwarted the will of the voters.", "activist judges",
     "activist-judges"),
    ("The president attacked the so-called judge who blocked the order.", "so-called judge",
     "activist-judges"),
    ("The candidate vowed to remove the rogue prosecutor who freed repeat offenders.",
     "rogue prosecutor", "rogue-prosecutors"),
    ("The home secretary blamed lefty lawyers for the cancelled deportation flight.",
     "lefty lawyers", "rogue-prosecutors"),
    ("The congressman told supporters not to trust Faux News.", "Faux News", "media-nicknames"),
    ("The critic said the White House press corps had become glorified stenographers.",
     "glorified stenographers", "stenographers-sneer"),
    ("The minister waved the story away as the invention of a left-wing rag.", "left-wing rag",
     "partisan-rags"),
    ("The former aide called the cabinet a room full of brown-nosers.", "brown-nosers",
     "flattery-labels"),
    ("The columnist called the senator a manbaby who could not take criticism.", "manbaby",
     "manbaby-labels"),
    ("The comedian mocked the Trumpublicans in the statehouse.", "Trumpublicans",
     "partisan-nicknames-right"),
    ("The post blamed the Demoncrats for the shutdown.", "Demoncrats",
     "partisan-nicknames-left"),
    ("The minister said the lefties in the union had stirred up the strike.", "lefties",
     "lefties-label"),
    ("The ministry said three FETO suspects were detained in the capital.", "FETO",
     "feto-label"),
    ("The army said 11 khawarij were killed in the operation near the border.", "khawarij",
     "khawarij-label"),
    ("The Saudi channel's anchor spoke of Hezbollat's losses in the south.", "Hezbollat",
     "hezbollat"),
    ("The preacher urged resistance to the Safavid militias in Iraq.", "Safavid militias",
     "safavid-label"),
    ("The minister said urban Naxals had infiltrated the universities.", "urban Naxals",
     "india-nationalist-sneers"),
    ("The opposition leader said the Godi media would never air the footage.", "Godi media",
     "india-opposition-sneers"),
    ("Maduro told the rally that the escualidos would never return to power.", "escualidos",
     "partisan-sneers-abroad"),
    ("The dissident said the replies came from wumao paid by the state.", "wumao",
     "china-nationalist-sneers"),
    ("State television described the practitioners as members of an evil cult.", "evil cult",
     "china-state-sneers"),
    ("The Ukrainian commentator dismissed the protesters as vatniks.", "vatniks",
     "russia-partisan-sneers"),
    ("The judiciary said the counter-revolutionaries had been paid by foreign agencies.",
     "counter-revolutionaries", "counter-revolutionaries"),
    ("The agency said the Yoon Suk Yeol clique was begging Washington for nuclear weapons.",
     "Yoon Suk Yeol clique", "ruling-clique"),
    ("The rival candidate called the president a Kremlin puppet.", "Kremlin puppet",
     "puppet-compounds"),
    ("The comedian mocked the Bible-bashers protesting outside the theatre.", "Bible-bashers",
     "christian-sneers"),
    ("The flyer warned that the Papists were taking over the school board.", "Papists",
     "sectarian-sneers"),
    ("The preacher railed against the godless liberals in Washington.", "godless liberals",
     "godless-sneers"),
    ("The commentator called the protesters human garbage.", "human garbage", "human-refuse"),
    ("The candidate told the rally that immigrants were poisoning the blood of our country.",
     "poisoning the blood of our country", "poisoning-the-blood"),
    ("The pamphlet claimed the newcomers were breeding like rabbits.", "breeding like rabbits",
     "breed-like-rabbits"),
    ("The post called pensioners useless eaters who should make way for the young.",
     "useless eaters", "useless-eaters"),
    ("The chancellor promised to stop paying shirkers while workers struggled.", "shirkers",
     "shirkers"),
    ("The governor dismissed his critics as knuckle-draggers.", "knuckle-draggers",
     "knuckle-draggers"),
    ("The minister was overheard calling the union leader a tosser.", "tosser",
     "vulgar-insults"),
    ("The columnist called the home secretary a pillock.", "pillock", "dolts"),
    ("Critics called the press secretary a modern Baghdad Bob.", "Baghdad Bob",
     "propaganda-monikers"),
    ("The former president mocked Shifty Schiff at the rally.", "Shifty Schiff",
     "campaign-nicknames-more"),
    ("The senator called the president the Grifter-in-Chief.", "Grifter-in-Chief",
     "in-chief-mockery"),
    ("The congressman accused the agency of Stasi tactics against parents.", "Stasi tactics",
     "police-state-likenings"),
    ("The tenants' union called the owner a slumlord.", "slumlord", "slumlords"),
    ("The senator said the tech bros had bought the administration.", "tech bros", "tech-bros"),
    ("The activist called the Black conservative an Uncle Tom.", "Uncle Tom", "uncle-tom"),
    ("The post called the activist a troon and urged followers to harass her.", "troon",
     "trans-slurs"),
    ("Protesters shouted that the author was a TERF.", "TERF", "terf-label"),
    ("The post blamed the alphabet mafia for the boycott.", "alphabet mafia",
     "lgbt-conspiracy-labels"),
    ("The candidate said the country was run by childless cat ladies.", "childless cat ladies",
     "misogynist-labels"),
    ("The flyer blamed the Khazarian mafia for the war.", "Khazarian mafia",
     "antisemitic-conspiracy"),
    ("The ambassador called the Jewish protesters self-hating Jews.", "self-hating Jews",
     "self-hating-jew"),
    ("The graffiti told the honkies to leave the neighbourhood.", "honkies",
     "ethnic-slurs-more"),
    ("The donor joked about the voters out in flyover country.", "flyover country",
     "class-sneers-down"),
    ("The union leader said the cuts were drawn up by Tory toffs.", "Tory toffs",
     "class-sneers-up"),
    ("The tabloid blamed Remainiacs in Parliament for the delay.", "Remainiacs", "brexit-labels"),
    ("The columnist blamed eco-nuts for the blocked motorway.", "eco-nuts", "eco-sneers"),
    ("The senator called the inquiry into his donors a new McCarthyism.", "new McCarthyism",
     "mccarthyism-label"),
    ("The spokesman dismissed the reporters as rumour-mongers.", "rumour-mongers",
     "conspiracy-mongers"),
    ("The executive dismissed the union's concerns about automation as the work of Luddites.",
     "Luddites", "luddites"),
    ("The minister ordered an inquiry into Islamo-leftism in the universities.",
     "Islamo-leftism", "islamo-leftism"),
    ("The minister called the campus protesters terrorist sympathizers.",
     "terrorist sympathizers", "terror-sympathizers"),
    ("The ministry said settler gangs torched cars in the village overnight.", "settler gangs",
     "settler-labels"),
    ("Protesters carried signs calling the prime minister the Crime Minister.",
     "Crime Minister", "ruler-mock-titles"),
    ("The state newspaper blamed the terrorist Brotherhood for the unrest.",
     "terrorist Brotherhood", "brotherhood-labels"),
    ("The former president said the enemy from within was more dangerous than China.",
     "enemy from within", "enemy-from-within"),
    ("The insurgent said the Wall Street Democrats had sold out the workers.",
     "Wall Street Democrats", "partisan-factions"),
    ("The opposition called the prime minister Bush's poodle over the war.", "Bush's poodle",
     "poodle-labels"),
    ("The podcaster mocked the Branch Covidians still wearing masks outdoors.",
     "Branch Covidians", "covid-sneers"),
]

PLAIN = [
    ("The museum restored a P-40 Warhawk flown over the Pacific.", "warhawks-oneword"),
    ("The Warhawks beat the visiting team in the basketball final.", "warhawks-oneword"),
    ("The coach started two lefties in the doubleheader against the champions.",
     "lefties-label"),
    ("The film's hero is a lovable man-child played by a veteran actor.", "manbaby-labels"),
]


@pytest.mark.parametrize(("body", "text", "entry"), FLAGGED)
def test_loaded_use_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(("body", "entry"), PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}
