"""Recall, round 29: families from the editors' missed lists (issue 9), one section per family
below. Each family is caught in its loaded sense and left alone where a rule or a narrow form
keeps its plain one (die-hard sports fans, medieval foot soldiers, a gallery's caricatures, a
weather vane on a barn, Cambodia's Killing Fields, a celebrity gossip site, a stage prop, lost
baggage at the airport, a disqualifying foul). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator import annotate
from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


# Followers pictured as a flock or an army, and the loyalty of die-hards.
FOLLOWERS_FLAGGED = [
    ("The rally drew a few hundred die-hard supporters of the senator.", "die-hard", "die-hards"),
    ("Party diehards still back the governor's bid.", "diehards", "die-hards"),
    (
        "The campaign sent its foot soldiers door to door across the county.",
        "foot soldiers",
        "devoted-followers",
    ),
    (
        "The senator's fervent followers filled the arena on Tuesday.",
        "fervent followers",
        "devoted-followers",
    ),
]
FOLLOWERS_PLAIN = [
    ("The die-hard fans of the team waited in the rain for the players.", "die-hards"),
    ("Medieval foot soldiers carried pikes into battle.", "devoted-followers"),
]

# Scorn for conduct, feelings read into a quarrel, and slang that mocks.
SCORN_FLAGGED = [
    (
        "The senator denounced the lenders' shenanigans in the mortgage market.",
        "shenanigans",
        "shenanigans",
    ),
    ("The mayor accused the council of chicanery over the budget.", "chicanery", "shenanigans"),
    ("The rancor between the two campaigns spilled into the debate.", "rancor", "rancor"),
    ("The acrimonious primary left the party split.", "acrimonious", "rancor"),
    ("The congressman fessed up to sending the messages.", "fessed up", "fessed-up"),
    (
        "The senator said his rivals had drawn a caricature of his record.",
        "caricature",
        "caricature",
    ),
    ("Critics called him a finger-in-the-wind politician.", "finger-in-the-wind",
     "finger-in-the-wind"),
    ("The front-runner's insult comedy has dominated the race.", "insult comedy",
     "insult-comedy"),
    ("Opponents greeted the news with glee.", "with glee", "gleeful"),
    ("The senator sulked after losing the vote on the committee.", "sulked",
     "sulking-pouting"),
    ("The governor was livid at the senator's remarks.", "livid", "livid-incensed"),
    ("The congressman resigned over the crotch-shot he had sent.", "crotch-shot",
     "crude-scandal-words"),
    ("The campaign made a show of opening offices across the state.", "made a show of",
     "made-a-show-of"),
    ("Her spokesman gave it the old college try on television.", "the old college try",
     "made-a-show-of"),
    ("Critics said the veterans were used as a prop at the rally.", "used as a prop",
     "used-as-a-prop"),
    ("The candidate tried out a warm-and-fuzzy image for the convention.", "warm-and-fuzzy",
     "warm-and-fuzzy"),
]
SCORN_PLAIN = [
    ("The painter showed a caricature of the mayor at the gallery.", "caricature"),
    ("A copper weather vane turned in the storm winds on the barn.", "finger-in-the-wind"),
    ("The actor hid the prop under the table before the theater scene.", "used-as-a-prop"),
    ("Kids love the warm and fuzzy blankets in the wildlife habitat shop.", "warm-and-fuzzy"),
    ("The hens cackled in the barn as the wildlife habitat woke.", "sulking-pouting"),
    ("The toddler sulked until dinner was served.", "sulking-pouting"),
]

# Labels pinned on people and publications.
LABELS_FLAGGED = [
    ("His rival called him a political lightweight.", "political lightweight",
     "lightweight-label"),
    ("The group called the former governor a walking liability for the ticket.",
     "walking liability", "walking-liability"),
    ("The speaker called the heckler a troublemaker.", "troublemaker", "troublemaker"),
    ("He told the crowd the protesters were bad dudes.", "bad dudes", "bad-dudes"),
    ("Party leaders fear the former governor is damaged goods.", "damaged goods",
     "damaged-goods"),
    ("The scandal became an albatross around his neck.", "albatross around his neck",
     "damaged-goods"),
    ("The young senator was hailed as the savior of the party.", "savior of the party",
     "saviour-labels"),
    ("The senator said the pension system was no longer a sacred cow.", "sacred cow",
     "sacred-cows"),
    ("The mayor mocked the ivory tower experts who opposed the plan.", "ivory tower",
     "sacred-cows"),
    ("The senator dismissed the story as the work of a gossip rag.", "gossip rag",
     "gossip-rag"),
    ("The candidate made immigrants the scapegoat for lost jobs.", "scapegoat", "scapegoat"),
]
LABELS_PLAIN = [
    ("The actor's photos appeared on a celebrity gossip site.", "gossip-rag"),
    ("The referee called a disqualifying foul on the swimmer.", "disqualifying"),
    ("The film's bad dudes chase the hero through the movie's last act.", "bad-dudes"),
    ("The store marked down damaged goods after the flood at its market stall.",
     "damaged-goods"),
    (
        "The film follows a singer whose home town is an albatross around her neck. The "
        "director shot the film in a single summer.",
        "damaged-goods",
    ),
    ("Farmers in the village keep a sacred cow near the temple, as the Bible tells.",
     "sacred-cows"),
]

# The writer's pictures of a campaign: wounds, fire, war, baggage and killing fields.
CAMPAIGN_FLAGGED = [
    ("The wounded candidate returned to the trail after the debate.", "wounded candidate",
     "wounded-candidate"),
    ("The candidate promised a more muscular foreign policy in the region.",
     "muscular foreign policy", "muscular-policy"),
    ("The governor gave a fiery speech against the tax plan.", "fiery speech",
     "fiery-rhetoric"),
    ("The warring campaigns traded accusations all week.", "warring campaigns",
     "warring-camps"),
    ("The former governor carries political baggage into the race.", "political baggage",
     "political-baggage"),
    ("He said the city's streets had become killing fields.", "killing fields",
     "killing-fields"),
    ("Investigators are still asking how the gunmen pulled off the attack.",
     "pulled off the attack", "pulled-off-attack"),
]
CAMPAIGN_PLAIN = [
    ("Tourists visit the Killing Fields outside Phnom Penh.", "killing-fields"),
    ("The airline lost her baggage on the flight to the airport in Denver.",
     "political-baggage"),
    ("Training gave the athlete a more muscular build before the Olympic trials.",
     "muscular-policy"),
]

# Verdicts and slogans in a speaker's or the writer's words; an insinuated link.
VERDICTS_FLAGGED = [
    ("The senator called the plan misguided and dangerous.", "misguided", "misguided"),
    ("The candidate stretched the truth about his record on taxes.", "stretched the truth",
     "stretched-the-truth"),
    ("The former nominee called the candidate's remarks disqualifying.", "disqualifying",
     "disqualifying"),
    ("The senator wants the wealthiest to pay their fair share.", "pay their fair share",
     "fair-share"),
    (
        "Perhaps not coincidentally, the pledge was announced the day after the rally.",
        "Perhaps not coincidentally",
        "not-coincidentally",
    ),
]

# Reactions foretold, crowds stirred up, slips of the tongue, scoldings, slogans and hype.
SPEECH_FLAGGED = [
    ("The plan is a prospect sure to horrify many of the party's donors.", "sure to horrify",
     "sure-to-anger"),
    ("The speech was aimed at whipping up the party faithful before the vote.",
     "whipping up the party faithful", "whipping-up-the-base"),
    ("The aide let slip that the campaign was short of money.", "let slip", "let-slip"),
    ("The senator admonished the agency for its slow response.", "admonished", "admonished"),
    ("The governor took to task the lawmakers who blocked the bill.", "took to task",
     "admonished"),
    ("The group called for common-sense regulations on clinics.", "common-sense regulations",
     "common-sense-slogans"),
    ("He told the crowd that China is killing us on trade.", "killing us on trade",
     "killing-us"),
    ("The senator hailed a momentous win in the state primary.", "momentous", "momentous"),
    ("The candidate had the debate crowd in stitches.", "in stitches", "in-stitches"),
    ("\u201cThe ballot question is a wolf in sheep\u2019s clothing,\u201d the senator said.",
     "wolf in sheep\u2019s clothing", "snakes"),
]
SPEECH_PLAIN = [
    ("Staff let slip through the cracks a dozen unpaid invoices.", "let-slip"),
    ("The cook whipped up the crowd a cake with chocolate sauce.", "whipping-up-the-base"),
    ("The surgeon closed the wound and the patient left in stitches after the injury.",
     "in-stitches"),
]


@pytest.mark.parametrize(
    ("body", "text", "entry"),
    FOLLOWERS_FLAGGED
    + SCORN_FLAGGED
    + LABELS_FLAGGED
    + CAMPAIGN_FLAGGED
    + VERDICTS_FLAGGED
    + SPEECH_FLAGGED,
)
def test_loaded_sense_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(
    ("body", "entry"),
    FOLLOWERS_PLAIN + SCORN_PLAIN + LABELS_PLAIN + CAMPAIGN_PLAIN + SPEECH_PLAIN,
)
def test_plain_sense_is_left_alone(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}


def test_low_severity_family_words_stay_out_of_the_default_view_in_narration() -> None:
    # Colour in the outlet's narration is low severity: in the JSON and under --all, hidden by
    # default, as the lexicon's other low-severity labels are.
    report = annotate(
        text="Senate race tightens\n\nThe wounded candidate's fervent followers rallied "
        "outside the statehouse on Monday as lawmakers debated the budget."
    )
    ours = [f for f in report.flags if f.entry_id in ("wounded-candidate", "devoted-followers")]
    assert {f.text for f in ours} == {"wounded candidate", "fervent followers"}
    assert all(f.voice == "outlet" and not f.shown for f in ours)


def test_insinuated_link_is_shown_in_narration() -> None:
    # A word of doubt in the outlet's own body text is shown by default, as "so-called" is.
    report = annotate(
        text="Governor signs bill\n\nThe governor signed the bill on Friday. Perhaps not "
        "coincidentally, his largest donor had lobbied lawmakers for it all spring."
    )
    hits = [f for f in report.flags if f.entry_id == "not-coincidentally"]
    assert [(f.text, f.voice, f.shown) for f in hits] == [
        ("Perhaps not coincidentally", "outlet", True)
    ]
