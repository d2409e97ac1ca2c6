"""Recall after the twenty-sixth and twenty-seventh readings (issue 9), one family of loaded
labels per section below. Each family is caught in its loaded sense and left alone where a rule
keeps its plain one (a court's ringleader, a police dog, a skydiver, a building's demolition, a
company's takeover defence, a sold-out arena). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str) -> list[tuple[str, str]]:
    article = Article(headline="", body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


# Gang and crime labels, attack dogs, shock jocks, mocking titles, chaos labels, insults.
LABELS_FLAGGED = [
    (
        "The senator called the mayor the ringleader of the budget revolt.",
        "ringleader",
        "political-crime-labels",
    ),
    (
        "\"She is the mastermind behind the campaign's smear,\" the senator said.",
        "mastermind behind",
        "political-crime-labels",
    ),
    (
        "The campaign sent its attack dogs onto the Sunday shows to defend the candidate.",
        "attack dogs",
        "attack-dogs",
    ),
    ("The former shock jock is now running for Congress.", "shock jock", "shock-jock"),
    (
        "Protesters called the president the Deporter-in-Chief.",
        "Deporter-in-Chief",
        "in-chief-epithets",
    ),
    (
        "The governor called his rival the chaos candidate in the debate.",
        "chaos candidate",
        "chaos-labels",
    ),
    ('"He is a total stiff," the developer said of his rival.', "a total stiff", "total-stiff"),
]
LABELS_PLAIN = [
    ("Police arrested the alleged ringleader of a car theft ring.", "political-crime-labels"),
    (
        "The judge sentenced the ringleader of the smuggling ring to ten years. The court "
        "heard he had pleaded guilty.",
        "political-crime-labels",
    ),
    ("The police attack dog bit the suspect during the arrest.", "attack-dogs"),
    ("The villain was an agent of chaos in the film.", "chaos-labels"),
    ("A real stiff breeze blew across the lake.", "total-stiff"),
]

# Sneers at maturity and manner.
MANNER_FLAGGED = [
    ("The ad's sophomoric humor embarrassed the party.", "sophomoric", "maturity-sneers"),
    ("Frat-boy antics on the campaign bus made the papers.", "Frat-boy antics", "maturity-sneers"),
    ("The swaggering senator promised voters a tax cut.", "swaggering", "swaggering"),
    ("The governor ran a smashmouth campaign against his rival.", "smashmouth", "smashmouth"),
]
MANNER_PLAIN = [
    ("The pirate swaggered across the stage in the musical.", "swaggering"),
    ("The Steelers played smashmouth football all season.", "smashmouth"),
]

# Pictures of collapse and gloom.
COLLAPSE_FLAGGED = [
    ("The governor's approval ratings are in free fall.", "free fall", "free-fall"),
    (
        "The town's main industry has been in a free-fall for years.",
        "in a free-fall",
        "in-a-free-fall",
    ),
    (
        "Insiders expect the coalition government to implode before the vote.",
        "implode",
        "implode-crater",
    ),
    ("His poll numbers cratered after the debate.", "cratered", "implode-crater"),
    (
        "Gloomy assessments of the party's chances spread among senators.",
        "Gloomy",
        "gloomy-verdict",
    ),
    (
        "The prime minister's tortured relationship with the president was on display.",
        "tortured relationship",
        "tortured-relationship",
    ),
]
COLLAPSE_PLAIN = [
    ("The skydivers spent a minute in free fall before opening their parachutes.", "free-fall"),
    ("The plane went into a tailspin and crashed.", "free-fall"),
    ("Demolition crews will implode the old hotel building, the mayor said.", "implode-crater"),
    ("Gloomy weather and rain kept voters home on election day.", "gloomy-verdict"),
    ("The novel traces a tortured relationship between two brothers.", "tortured-relationship"),
]

# Charges of motive and the writer's own verdicts.
MOTIVE_FLAGGED = [
    (
        "The agency's inexplicable decision angered lawmakers.",
        "inexplicable",
        "inexplicable-verdict",
    ),
    ("The senator's self-interested vote helped his donors.", "self-interested", "self-interested"),
    (
        "The party's loathing for the candidate has cost him votes.",
        "loathing for",
        "loathing-group",
    ),
    (
        "The governor accused lawmakers of playing politics with disaster aid.",
        "playing politics",
        "played-politics",
    ),
    (
        "Activists said the senator sold out the movement.",
        "sold out the movement",
        "sold-out-betrayal",
    ),
    (
        "The senator called the rule an example of federal overreach.",
        "federal overreach",
        "overreach-charges",
    ),
    (
        "Democrats called the abortion amendment a poison pill for the bill.",
        "poison pill",
        "poison-pill-politics",
    ),
    (
        "Critics said the senators were using the families as political pawns.",
        "political pawns",
        "political-pawn",
    ),
    (
        "Pundits expect the press to be played like a fiddle again.",
        "played like a fiddle",
        "manipulation-idioms",
    ),
    (
        "The candidate is dangling the prospect of free tuition.",
        "dangling the prospect",
        "dangling-prospect",
    ),
]
MOTIVE_PLAIN = [
    ("The inexplicable glow in the night sky puzzled astronomers.", "inexplicable-verdict"),
    (
        "Economists model consumers as rational, self-interested agents in the market.",
        "self-interested",
    ),
    ("The novel explores a teenager's self-loathing for her body.", "loathing-group"),
    ("The band sold out the country's largest arena in minutes.", "sold-out-betrayal"),
    (
        "The board adopted a poison pill to fend off the hostile takeover bid by investors.",
        "poison-pill-politics",
    ),
    ("The champion snookered his opponent behind the black ball.", "manipulation-idioms"),
    ("The bill became a political football in the state race.", "political-pawn"),
]

# Amnesty stances and roundups in immigration stories.
IMMIGRATION_FLAGGED = [
    (
        "The challenger accused the senator of embracing amnesty for people who crossed the "
        "border illegally.",
        "embracing amnesty",
        "amnesty-stances",
    ),
    (
        "Advocates for immigrants protested the mass roundups in three cities.",
        "mass roundups",
        "migrant-roundups",
    ),
]
IMMIGRATION_PLAIN = [
    ("Taxpayers embraced amnesty on late fees offered by the state treasury.", "amnesty-stances"),
]


FLAGGED = [
    *LABELS_FLAGGED,
    *MANNER_FLAGGED,
    *COLLAPSE_FLAGGED,
    *MOTIVE_FLAGGED,
    *IMMIGRATION_FLAGGED,
]
PLAIN = [
    *LABELS_PLAIN,
    *MANNER_PLAIN,
    *COLLAPSE_PLAIN,
    *MOTIVE_PLAIN,
    *IMMIGRATION_PLAIN,
]


@pytest.mark.parametrize(("body", "text", "entry_id"), FLAGGED)
def test_family_is_flagged(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _hits(body)


@pytest.mark.parametrize(("body", "entry_id"), PLAIN)
def test_plain_sense_is_left_alone(body: str, entry_id: str) -> None:
    assert entry_id not in {e for _, e in _hits(body)}
