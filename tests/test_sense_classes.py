"""Word sense, issue 9, fourth round: the classes of wrong-sense flags the eighth editor's reading
still found (the designated group named a paragraph earlier, literal dirt and mowing, denials
through "trying to be" and "not as if", words mentioned after "the words"), each with the use
that must stay flagged. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag, public_affairs
from annotator.models import Article

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import shown_in_news as _shown
except ImportError:
    from flag_texts import shown_in_news as _shown  # type: ignore[no-redef]


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in flag(Article(headline=headline, body=body), default_lexicon())]


# A designated terrorist group named in the headline or the paragraph before: the terrorism
# vocabulary describes it as wire copy does.
_GROUP_EARLIER = [
    (
        "Officials said the Islamic State claimed the bombing.\n\n"
        "Analysts said the terror group recruits online with an extremist message.",
        "",
        ["terror group", "extremist"],
    ),
    (
        "The group released a propaganda video on Friday.",
        "What the new ISIS videos show",
        ["propaganda"],
    ),
    (
        "Al-Qaeda's leader appeared in the film.\n\nHe called on jihadists to travel abroad.",
        "",
        ["jihadists"],
    ),
    # A possessive names the group too: "ISIS' best recruiter".
    ("He is ISIS’ best recruiter, drawing in more radical jihadists.", "", ["jihadists"]),
]


@pytest.mark.parametrize(("body", "headline", "words"), _GROUP_EARLIER)
def test_terrorism_words_for_a_designated_group_named_nearby(
    body: str, headline: str, words: list[str]
) -> None:
    found = _texts(body, headline)
    assert not [w for w in words if w in found], found


def test_an_article_about_a_designated_group_describes_it_as_wire_copy_does() -> None:
    """A story naming the Islamic State again and again ("ISIS" three times or more) is about
    it: "terrorist groups" and "extremist postings" in its other paragraphs describe it."""
    body = (
        "Twitter suspended accounts tied to ISIS on Friday.\n\n"
        "ISIS had used the service to recruit, officials said.\n\n"
        "The company did not say how many accounts it removed.\n\n"
        "Critics said the steps against ISIS came late.\n\n"
        "Shares of the company fell 2 percent.\n\n"
        "Lawmakers want more action against terrorist groups and extremist postings."
    )
    found = _texts(body, "Twitter moves against accounts")
    assert "terrorist" not in found and "extremist" not in found, found


def test_terrorists_stays_flagged_when_the_group_is_named_far_away() -> None:
    """Only the headline and the paragraph before set the scene: a minister calling protesters
    terrorists three paragraphs after the Islamic State is mentioned is still flagged."""
    body = (
        "The Islamic State lost its last town in 2019.\n\n"
        "Since then the capital has been calm.\n\n"
        "Students marched on the ministry on Monday.\n\n"
        "The minister called the students terrorists and ordered arrests."
    )
    assert "terrorists" in _texts(body, "Students march on ministry")
    assert "propaganda" in _texts("The anchor dismissed the report as Western propaganda.")


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        # Literal senses
        ("“Some of these people had filthy hands,” the host said of the buffet.", "filthy"),
        ("A golf course costs a lot to run: mowing the grass, fertilizing, repairs.", "mowing"),
        ("Park crews finished mowing the grass before the festival.", "mowing the grass"),
        # Denials through "trying to be" and "not as if"
        ("Experts said the aides weren't trying to be traitors.", "traitors"),
        ("“It's not as if he overlooked or whitewashed it,” the expert said.", "whitewashed"),
        # A label whose applying is denied or only imagined
        ("“She doesn't run to the cameras to call her rivals dummies,” he said.", "dummies"),
        ("He never labelled the marchers terrorists.", "terrorists"),
        ("“You may say that's inhumane, but I want the plant shut,” she said.", "inhumane"),
        # A charge attributed to someone, or denied: its name, not the outlet's label
        ("He stayed neutral so he would not be accused of rigging the contest.", "rigging"),
        ("Police deny accusations of brutality and say they show restraint.", "brutality"),
        # Historical labels, literally true of their bearers
        ("He compared the ideology with that of 20th century dictators.", "dictators"),
        ("The tweet quoted the WWII Italian dictator Benito Mussolini.", "dictator"),
        # A bare word that is only part of an entry's phrases ("global arrogance", the label)
        ("The memoir is a tale of arrogance and of a fall from grace.", "arrogance"),
        # A proposition named to be doubted: "somehow" inside "the idea that ..."
        ("“This idea that the city is somehow on the brink of collapse is old,” she said.",
         "collapse"),
        ("He mocked the notion that his critics were somehow traitors.", "traitors"),
        # An intensifier of a process or a temper, not of anyone's attacks
        ("Mill towns felt the relentless march of automation.", "relentless"),
        ("Planners studied the relentless demographic shift in the suburbs.", "relentless"),
        ("The ads focused relentlessly on the senator's record.", "relentlessly"),
        ("Relentlessly upbeat, the candidate toured six towns.", "Relentlessly"),
        # A plain mismatch: "incongruous" alone insinuates nothing ("seemingly incongruous" does)
        ("A jazz trio played incongruously beside the tractor show.", "incongruously"),
        ("The glass tower looks incongruous among the old barns.", "incongruous"),
        # A legal admission
        ("The hacker admitted in his plea that he broke into the accounts.", "admitted"),
        # Idioms
        ("A man was charged after he sucker-punched a protester.", "sucker"),
        ("The chain won the dubious honor of the highest prices.", "dubious"),
        ("Legend has it that a goat herder found the first beans.", "Legend"),
        ("The vote produced clear winners and losers among the regions.", "losers"),
        ("The comedians clown around on stage between the sketches.", "clown"),
        ("Critics call the sequel a dead parrot of a franchise.", "parrot"),
        ("The solution lies not just in technology but in governance.", "lies"),
        # Sport and science senses
        ("She squandered two match points before losing the final.", "squandered"),
        ("The lab tested the well water for TDS and nitrates.", "TDS"),
        ("Subscribe for the inside dope on how politics really works.", "dope"),
        # Words mentioned, not used
        ("Exit polls gave him 9 percent of the “moderate” vote.", "moderate"),
        ("The sitcom stereotype of the gruff bigot ignored labor history.", "bigot"),
        ("Will the president finally mention the words radical Islamic terrorism?", "radical"),
        ("The bill bans the procedure sometimes called partial-birth abortion.", "partial-birth"),
        ("He backed cuts to what is often referred to as the death tax.", "death tax"),
    ],
)
def test_not_the_loaded_sense(body: str, not_flagged: str) -> None:
    found = _texts(body)
    assert not [t for t in found if not_flagged in t or t in not_flagged], found


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("He called the magazine filth and its editors filthy liars.", "filthy"),
        ("Officials described the campaign as mowing the grass.", "mowing the grass"),
        ("He was not going to be a traitor, but his aides were traitors.", "traitors"),
        ("The “moderate” rebels were armed by the agency.", "“moderate”"),
        ("The visit brings allegations of pandering.", "pandering"),  # unattributed: the outlet's
        ("He accused them of being thugs.", "thugs"),
        ("The senator called the president a dictator.", "dictator"),
        ("The governor admitted that the figures were wrong.", "admitted"),
        ("The senator was accused of grandstanding.", "grandstanding"),  # by whom? the outlet's
        ("I do not like these thugs.", "thugs"),  # "not like" is dislike, not a denial
        ("He didn't hesitate to call the marchers thugs.", "thugs"),
        ("The senator called his rivals losers and clowns.", "losers"),
        ("The senator said his rivals parrot the party line.", "parrot"),
        ("The agency squandered billions on the program.", "squandered"),
        ("Liberals suffer from TDS, the host said.", "TDS"),
        ("The mayor kept telling lies, and the council knew it.", "lies"),
        ("The senator did not call them thugs, but he called them terrorists.", "terrorists"),
        ("He used the words radical Islamic terrorism again.", "radical Islamic terrorism"),
        ("Using the term bigot, he attacked the mayor.", "bigot"),
        ("State television denounced the plots of the global arrogance.", "global arrogance"),
        ("The bill bans partial-birth abortion, the senator said.", "partial-birth abortion"),
        ("“The city is on the brink of collapse,” she said.", "on the brink of collapse"),
        ("He repeated the claim that his critics were traitors.", "traitors"),
        ("The mayor faced relentless attacks from the tabloids.", "relentless"),
    ],
)
def test_the_loaded_sense_stays(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


@pytest.mark.parametrize(
    ("body", "bad_advice"),
    [
        ("The White House schmoozing season opened with a dinner.", "lobbying"),
        ("Weeds covered the wildly overgrown greens.", "sharply"),
        ("The senator has a penchant for long speeches.", "habit of"),
        ("The uproar began when chairs were thrown.", "protests"),
        ("The vendor says its software is unmatched in speed.", "first"),
        ("She called the warnings fear-mongering.", "warnings"),
        ("The ruling exposed searing divisions in the party.", "critical"),
        # the editors' notes on right flags whose advice did not fit (readings 7-10)
        ("Critics called the rail plan pie-in-the-sky thinking.", "costly"),
        ("The resort promises transformative stays by the lake.", "new"),
        ("The mayor's belittling treatment of his rivals drew boos.", "made fun of"),
        ("For many voters the senator became a bogeyman.", "rival"),
        # the last held-out reading: a career's end is not "fatal", a convict not "accused"
        ("It was a tragic end to a long career in the senate.", "fatal"),
        ("The court heard the pedophile had served a prison term before.", "accused"),
    ],
)
def test_neutral_alternative_fits_the_sense(body: str, bad_advice: str) -> None:
    flags = flag(Article(headline="", body=body), default_lexicon())
    assert flags and all(bad_advice not in f.neutral for f in flags), flags


def test_a_form_used_in_two_senses_offers_advice_for_each() -> None:
    """"Peddling" is said of ideas and of goods: the advice names both ("promoting", "selling")."""
    for body, fits in [
        ("He was caught peddling a stolen rifle at the fair.", "selling"),
        ("He was caught peddling a new theory on the radio.", "promoting"),
    ]:
        [f] = flag(Article(headline="", body=body), default_lexicon())
        assert fits in f.neutral, f


def test_local_government_and_bribery_are_public_affairs() -> None:
    """A story about a city's commissioners taking bribes over zoning is public affairs, though
    it names no election, court or minister."""
    words = default_lexicon().word_classes["public_affairs"]
    story = (
        "The club closed in 2012 and developers sought to build homes on the land. "
        "Three city commissioners were charged with taking bribes over the zoning change. "
    ) + "The course had eighteen holes and a clubhouse by the lake. " * 15
    assert public_affairs(story, words).topic == "public_affairs"


def test_a_page_that_repeats_one_word_of_the_state_is_not_public_affairs() -> None:
    """A remodelling guide says "budget" and "tax" on every line; a news story names many
    things of the state a few times each."""
    words = default_lexicon().word_classes["public_affairs"]
    guide = (
        "Plan the budget before you pick tiles; the budget sets the size of the kitchen. "
        "Sales tax on fixtures adds to the bill, so keep the tax receipts for the warranty. "
    ) * 8 + "Pick a tile with a matte finish and grout that suits the cabinets. " * 100
    assert public_affairs(guide, words).topic == "other"
    story = (
        "The senator told reporters the budget vote would come after the election. "
        "The governor said the court would rule on the tax law before parliament met. "
        "Troops and police guarded the ministry while the president spoke. "
    ) + "The office had forty desks and a kitchen by the window. " * 15
    assert public_affairs(story, words).topic == "public_affairs"


def test_headline_shorthand_is_not_name_calling() -> None:
    """"Dems" saves space in a headline (three editors: standard shorthand); in body text it is
    the outlet's choice of label and stays flagged."""
    assert "Dems" not in _texts("The party met on Monday.", "Sanders pushes Dems to reject deal")
    assert "Dems" in _texts("This is typical of the Dems and their allies.")


# Issue 9, fifth round: the wrong senses the tenth reading found on fresh pages, each class
# with the use that must stay flagged. Our own sentences.
_NOT_USED = [
    # a word explained as a word: every use of it in the article is in the explained sense
    (
        'My niece said her coach was "a savage legend." "Savage," she said, meaning bold.',
        "savage",
    ),
    ('In the club the word is "savage," which means fearless.', "savage"),
    # a quoted label held up as an idea, by someone condemning it
    ('"The whole idea of a \'Crooked Hillary\' is poison," the senator said.', "Crooked Hillary"),
    # a label others are said to use
    ("The mayor dismissed what critics call a witch hunt.", "witch hunt"),
    # a label stated in order to reject it
    (
        '"To think that all of us are thieves, I think that is simply wrong," the farmer said.',
        "thieves",
    ),
    ("It is a myth that the newcomers are thieves, the mayor said.", "thieves"),
    ("The notion that the newcomers are thieves is offensive, the mayor said.", "thieves"),
    # a joke
    ('"You have ruined my Sunday, huh?" the coach told the referee.', "ruined"),
    ('"We are the villains of this town," the baker joked.', "villains"),
    # characters of a work of fiction described
    (
        "In the play, the miser character is greedy and cruel to his servants, and the "
        "playwright makes him the butt of every joke.",
        "greedy",
    ),
    (
        "The show's villain is a vicious landlord who evicts an orphan in the first episode "
        "of the series.",
        "vicious",
    ),
]


@pytest.mark.parametrize(("body", "word"), _NOT_USED)
def test_mentioned_rejected_joked_or_fictional_is_not_a_flag(body: str, word: str) -> None:
    found = _texts(body)
    assert word not in found and word.lower() not in [w.lower() for w in found], found


_STILL_USED = [
    # an adjective followed by "meaning" as a consequence is used, and so is a label whose aim
    # the speaker explains
    ("The raid was savage, meaning dozens were hurt.", "savage"),
    ('He called the marchers "thugs," meaning they deserved no hearing.', "thugs"),
    # a named speaker's label is reported use
    ('"The whole idea is crooked," the senator said.', "crooked"),
    ("The mayor attacked what he called a witch hunt.", "witch hunt"),
    # a claim reported without a verdict on it
    ("The claim that the newcomers are thieves spread online.", "thieves"),
    # a verdict on an event, not on a label
    ("It is wrong that the thugs kept their jobs, she said.", "thugs"),
    ('"You have ruined my Sunday," the coach told the referee.', "ruined"),
    ('"We are the villains of this town," the baker said.', "villains"),
    # one word of the arts is not a work of fiction: how a film treats real events
    ("The film shows the regime's brutal guards beating prisoners.", "brutal"),
    ("This movie is a distortion, and the movie is shameful to veterans, he said.", "shameful"),
    # an actress on stage at a rally is a real person at a real event
    (
        "The actress took the stage at the rally and triumphantly waved a sign on stage.",
        "triumphantly",
    ),
    # the label is itself a part of a work ("villains"): it is no evidence of one
    ("On the show last night the host called the senators villains.", "villains"),
    # real people called cartoon villains are still called names
    ("Ignore cartoon villains like these men. They are bigots and losers.", "bigots"),
]


@pytest.mark.parametrize(("body", "word"), _STILL_USED)
def test_used_labels_stay_flagged(body: str, word: str) -> None:
    assert word in _texts(body)


# Issue 9, sixth round: the wrong senses read on the twelfth and thirteenth tuning samples, each
# class with the use that must stay flagged. Our own sentences.
_NOT_THE_SENSE = [
    # a verb of saying that reports no one's words: a noun of action, an act named in general
    ("Crowds marked the anniversary of the storming of the palace in 1917.", "storming"),
    ("For the party, unity means admitting that the rebels won the argument.", "admitting"),
    # "admitted" in a report of a confession is the plain word for what the suspect did
    (
        "In the interview the suspect confessed to the robbery, admitting that he drove the "
        "van. Later he admitted that he hid the cash in a shed.",
        "admit",
    ),
    # the verb "revolt" (rebel), not the adjective of disgust
    ("Shoppers were revolting against the new parking fees, the council said.", "revolting"),
    # a contested name or euphemism outside its conflict
    ("Police put up security barriers for the parade on Sunday.", "security barriers"),
    ("The movement cannot be pacified or ignored, the senator wrote.", "pacified"),
    # a military euphemism used as a metaphor in politics (its own "strike" is no war)
    ("The ad was a pre-emptive strike against his critics.", "pre-emptive strike"),
    ("The senator took friendly fire from his own party over the budget.", "friendly fire"),
    # words that dramatise criticism, used of a memory or a feeling
    ("She has a searing memory of the night her village burned.", "searing"),
    ("The mayor, still stinging over the defeat, left early.", "stinging"),
    # "crazy" of an election, a system or a state of affairs is an everyday intensifier, and
    # "politically toxic" the standard term for a liability with voters
    ('"This is a crazy election," the candidate said.', "crazy"),
    ('"It\'s crazy that nobody else is trying to win," he said.', "crazy"),
    ("The tax is considered politically toxic in Washington.", "toxic"),
    # the plain wire verb for a shooting
    ("A gunman gunned down four people outside the club.", "gunned down"),
    # history told as history, and an ordinary phrase
    ("He praised the internment of Nazi sympathizers during World War II.", "Nazi"),
    ("The map symbol is often confused with the Nazi swastika.", "Nazi"),
    ("His enemies within the campaign pushed him out.", "enemies within"),
    ("The rivals united against a common enemy: the incumbent.", "common enemy"),
    # headline shorthand, in a run of headlines a page lists inline, or after the chamber
    (
        "Top stories: Senators call for a hearing | House Dems unveil tax plan | Budget vote "
        "delayed again",
        "Dems",
    ),
]


@pytest.mark.parametrize(("body", "word"), _NOT_THE_SENSE)
def test_sixth_round_wrong_senses_are_not_flagged(body: str, word: str) -> None:
    found = _texts(body)
    assert not [t for t in found if word.lower() in t.lower()], found


_THE_SENSE_STAYS = [
    ("The senator fumed that the vote was rigged.", "fumed"),
    ("The governor later admitted that the audit was incomplete.", "admitted"),
    ("The food at the camp was revolting, the inspector said.", "revolting"),
    ("Israel extended the security fence around the West Bank village.", "security fence"),
    ("The army said the valley was pacified by weeks of air raids.", "pacified"),
    ("The army called the air raid a pre-emptive strike.", "pre-emptive strike"),
    ("This is typical of the Dems and their allies.", "Dems"),
    ("The inspector general released a searing report on the agency.", "searing"),
    ("The senator has been scathing in his remarks about the deal.", "scathing"),
    ('"He is completely crazy," the senator said of his rival.', "crazy"),
    ("The pundit compared the protesters to Nazis.", "Nazis"),
    ("The regime hunts the enemy within.", "the enemy within"),
]


@pytest.mark.parametrize(("body", "word"), _THE_SENSE_STAYS)
def test_sixth_round_loaded_senses_stay_flagged(body: str, word: str) -> None:
    assert word in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("A gunman killed nine people in the market. Nobody claimed the bloodshed.", "bloodshed"),
        ('"There was carnage on the road," a witness said of the crash.', "carnage"),
        ('The mayor called it "another horrific attack" on the city.', "horrific"),
        ("Her foundation works to end senseless gun violence, the father said.", "senseless"),
    ],
)
def test_plain_words_for_real_violence_are_flagged_but_not_shown(body: str, word: str) -> None:
    """Wire copy calls an attack's killing "the bloodshed", and a witness's "carnage" or an
    official's "horrific attack" is the ordinary reaction: an editor would not query them. The
    flag stays in the JSON (and --all); the default view leaves it out."""
    assert _shown(body).get(word) is False, _shown(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # the outlet's own adjective for an attack is its choice ("deadly" would do)
        ("The town was hit by a devastating terrorist attack in May.", "devastating"),
        ("The attack was the latest in a string of horrific incidents.", "horrific"),
        # the same words about policy
        ('The senator called the budget cuts "horrific" for rural schools.', "horrific"),
        ("The minister warned of bloodshed if the new tax passed.", "bloodshed"),
    ],
)
def test_the_outlets_adjectives_and_words_about_policy_are_shown(body: str, word: str) -> None:
    assert _shown(body).get(word) is True, _shown(body)


def test_defamation_terms_in_a_report_of_a_lawsuit_are_the_filings_words() -> None:
    """"Defamatory" in a report of a defamation suit is the claim's legal term; the same word
    pronounced on a story by a minister is his loaded verdict."""
    suit = (
        "The aide filed a lawsuit on Monday.\n\n"
        "The complaint says the mayor made defamatory statements about him."
    )
    assert "defamatory" not in _texts(suit)
    assert "defamatory" in _texts("The minister called the article defamatory and false.")
    assert "slander" in _texts("The senator called the charges slander.")


def test_the_news_default_view_keeps_low_severity_only_for_the_outlets_verbs_and_doubt() -> None:
    """Of the low-severity flags, the default view of news shows the outlet's own verb of saying
    in body text ("insisted") and its words of doubt; a headline's compressed verb ("assails")
    and low-severity labels ("brash", judged ordinary) stay in the JSON, out of view."""
    flags = flag(
        Article(
            headline="Senator assails budget deal",
            body="The brash senator insisted that the deal was a mistake.",
        ),
        default_lexicon(),
        genre="news",
        topic="public_affairs",
    )
    assert {f.text: f.shown for f in flags} == {
        "assails": False,
        "brash": False,
        "insisted": True,
    }
    # a verb that casts doubt on what was said does so in a headline too
    [claims] = flag(
        Article(headline="Mayor claims that the audit cleared him", body="The audit is due."),
        default_lexicon(),
        genre="news",
        topic="public_affairs",
    )
    assert claims.text == "claims that" and claims.shown


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # "admitted" of people let into a country or a school, not of a concession
        ("Most of the refugees admitted last year were children.", "admitted"),
        ("The plan bans admitting refugees until they are vetted.", "admitting"),
        ("Migrants aren't admitted until their papers are checked.", "admitted"),
        # a verb of attack with a particle of motion: the physical act or another phrasal verb
        ("Supporters ripped them away and began shoving her.", "ripped"),
        ("The campaign is blasting out emails about the plan.", "blasting"),
        ("The senators hammered out a deal on Friday.", "hammered"),
        # a confession in a criminal case is the plain word for it
        ("Prosecutors said that although the hacker confessed, he showed no remorse.", "confessed"),
        # "claiming" a share, a title or a residence, not a statement
        ("The mayor won the primary, claiming 41 percent of the vote.", "claiming"),
        ("The merged firm ends up claiming residency in Ireland.", "claiming"),
    ],
)
def test_verbs_of_saying_in_their_other_senses(body: str, word: str) -> None:
    assert word not in _texts(body)


def test_verbs_of_saying_that_report_speech_stay() -> None:
    assert "blasted" in _texts("The senator blasted the mayor for shutting down the clinic.")
    assert "ripped into" in _texts("The mayor ripped into the council over the budget.")
    assert "confessed" in _texts("The minister finally confessed that the plan had failed.")
    assert "claiming" in _texts("He resigned, claiming he had been misled by the board.")
    assert "admitted" in _texts("The governor admitted that the refugees had waited too long.")


# The twelfth editor's reading (issue 9): a verb's bare -ing form where the entry lists it only
# with its particle, a contest's losers named beside its winner, an insult after an indefinite
# pronoun, historical terms of the last century, precarious "shaky", a war called brutal, and
# a predicate "useless" after "are". Each class with the use that must stay flagged.
@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        ("The battle for suburban voters is raging across the state.", "raging"),
        ("Wildfires were raging in the hills above the town on Sunday.", "raging"),
        ("The judges named the winner on Friday. The losers? The two favourites.", "losers"),
        ("The winners and the losers of the regatta were cheered alike.", "losers"),
        ("A candidate can lose the mock debate by saying something stupid.", "stupid"),
        ("Voters punish anyone who does nothing dumb for years, the study found.", "dumb"),
        ("Her family fled the pogrom of the 1900s in the tsarist empire.", "pogrom"),
        ("His firm advised the nation's dictator in the 1970s.", "dictator"),
        ("The new coalition makes for a shaky balancing act.", "shaky"),
        ("Refugees fled the country's brutal civil war.", "brutal"),
        ("Firms think the surveys help even when they are useless, the paper found.", "useless"),
    ],
)
def test_twelfth_reading_not_the_loaded_sense(body: str, not_flagged: str) -> None:
    found = _texts(body)
    assert not [t for t in found if not_flagged in t or t in not_flagged], found


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The senator was raging at reporters after the vote.", "raging at"),
        ("The senator raged that the vote was stolen.", "raged"),
        ("The mayor called the council members losers.", "losers"),
        ("The governor said the plan was stupid.", "stupid"),
        ("Protesters called the president a dictator.", "dictator"),
        ("Residents called the attack on the market a pogrom.", "pogrom"),
        ("The charges rest on shaky evidence, the lawyer said.", "shaky"),
        ("The report relied on flimsy claims.", "flimsy"),
        ("The brutal crackdown continued for weeks.", "brutal"),
        ("The union called the measures useless.", "useless"),
    ],
)
def test_twelfth_reading_the_loaded_sense_stays(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


# Outlet characterisations the twelfth reading's editors listed as missed: flagged (low
# severity: in the JSON and --all; the default view is unchanged), with their everyday senses
# left alone.
@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The ad drew on the senator's most inflammatory statements.", "inflammatory statements"),
        ("His incendiary style alarmed party leaders.", "incendiary style"),
        ("The letter was a virulent rejection of the merger.", "virulent"),
        ("Donors worried about the volatile nominee.", "volatile nominee"),
        ("The mayor, a darling of the left, backed the levy.", "darling of the left"),
        ("The governor tried to paper over the deficit.", "paper over"),
        ("The party frittered away its lead in the polls.", "frittered away"),
        ("The senator ran an underwhelming campaign.", "underwhelming"),
    ],
)
def test_twelfth_reading_missed_characterisations_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Doctors tracked a virulent strain of the flu virus.", "virulent"),
        ("The striker's swagger lifted the team in the final.", "swagger"),
        ("Prices were volatile all week on the stock market.", "volatile"),
    ],
)
def test_twelfth_reading_everyday_senses_left_alone(body: str, word: str) -> None:
    found = _texts(body)
    assert not [t for t in found if word in t], found


def test_blacklisted_in_an_official_procedure_is_the_administrative_term() -> None:
    body = (
        "The ministry cited a 2004 memorandum on entry rules. Under it, visitors who overstay "
        "their visas can be blacklisted for five years."
    )
    assert not [t for t in _texts(body) if "blacklist" in t]
    assert "blacklisting" in _texts("Conservatives accused the platform of blacklisting them.")


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        ("The retreat provoked a devastating counterattack by the northern army.", "devastating"),
        ("Markets do not grow out of thin air, the investor wrote.", "out of thin air"),
    ],
)
def test_plain_war_narration_and_things_that_appear(body: str, not_flagged: str) -> None:
    found = _texts(body)
    assert not [t for t in found if not_flagged in t], found


def test_invented_figures_and_a_devastating_report_stay() -> None:
    assert "out of thin air" in _texts("The minister said the figures were pulled out of thin air.")
    assert "devastating" in _texts("The devastating report blamed the ministry.")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("A deafening debate over her eligibility followed the filing.", "deafening"),
        ("His rival called him a committed isolationist.", "isolationist"),
        ("Activists said the senator was a squish on taxes.", "squish"),
        ("Officials said the men tried to sneak into the country.", "sneak into"),
        ("The candidate hurt herself by stumbling through questions.", "stumbling through"),
    ],
)
def test_more_missed_characterisations_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


def test_a_deafening_noise_is_literal() -> None:
    assert not [t for t in _texts("A deafening explosion shook the harbor.") if "deafening" in t]


# Issue 9, third round on the thirteenth reading: a speaker denying a label of themselves, a
# label only imagined ("if my kids called people ..."), a word named as a topic ("in terms of
# divisive:"), conceding a race, and the names of offences and of a technical term. Each with
# the use that must stay flagged. Our own sentences.
@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        ("“I’m not stupid, okay,” the governor told reporters.", "stupid"),
        ("“I don’t think I’m a divisive person,” the senator said.", "divisive"),
        ("“We don't believe he is corrupt,” the council said.", "corrupt"),
        ("“If my students called people idiots, I'd be furious,” the teacher said.", "idiots"),
        ("“Now, in terms of divisive: that word fits my rival,” the mayor said.", "divisive"),
        ("The page was updated hours after the senator conceded.", "conceded"),
        ("Results came in late, and the mayor said that her rival conceded.", "conceded"),
        ("The charity ran a campaign against child cruelty for a decade.", "cruelty"),
        ("The report warned of mass atrocities in the region.", "atrocities"),
        ("“If only the Dems vote, we will win,” said a New Hampshire Democrat.", "Dems"),
    ],
)
def test_thirteenth_reading_not_the_loaded_sense(body: str, not_flagged: str) -> None:
    found = _texts(body)
    assert not [t for t in found if not_flagged in t], found


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("“You’re stupid, okay,” the governor told his rival.", "stupid"),
        ("“I think he is a divisive person,” the senator said.", "divisive"),
        ("“I didn’t think he was so stupid,” the senator said.", "stupid"),
        ("“My rivals called people idiots,” the teacher said.", "idiots"),
        ("“They are divisive: everyone knows it,” the mayor said.", "divisive"),
        ("“We lost the vote,” the senator conceded.", "conceded"),
        ("The senator conceded that the plan had failed.", "conceded"),
        ("The guards treated the prisoners with cruelty.", "cruelty"),
        ("Both armies committed atrocities in the valley.", "atrocities"),
        ("“The Dems will wreck the economy,” said a Republican strategist.", "Dems"),
    ],
)
def test_thirteenth_reading_the_loaded_sense_stays(body: str, flagged: str) -> None:
    found = _texts(body)
    assert [t for t in found if flagged in t], found


# A label the article recounts as denied, refused or taken back is mentioned, not used (the
# held-out reading's "Trump denied calling him stupid"); "call for" asks, it labels nothing.
# Each with the use that must stay flagged. Our own sentences.
@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        ("The governor denied calling his rival stupid at the fair.", "stupid"),
        ("She denied that she had ever called the mayor a crook.", "crook"),
        ("The minister refused to describe the rebels as terrorists.", "terrorists"),
        ("The minister refused to call the gunmen fanatics.", "fanatics"),
        ("He apologised for calling the reporters idiots.", "idiots"),
        ("He was calm, not once referring to his rival as ‘Crooked Hillary.’", "Crooked Hillary"),
        ("The candidate never described the marchers as thugs.", "thugs"),
    ],
)
def test_labelling_denied_refused_or_withdrawn_is_a_mention(body: str, not_flagged: str) -> None:
    found = _texts(body)
    assert not [t for t in found if not_flagged in t], found


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The governor called his rival stupid at the fair.", "stupid"),
        ("He denied wrongdoing and called the inquiry a witch hunt.", "witch hunt"),
        ("He refused to stop calling the reporters idiots.", "idiots"),
        ("He did not apologise and called the marchers thugs.", "thugs"),
        ("Crime declined after the mayor called the gangs thugs.", "thugs"),
        ("The candidate described the marchers as thugs.", "thugs"),
        ("He referred to his rival as ‘Crooked Hillary.’", "Crooked Hillary"),
        ("The minister called the rebels terrorists.", "terrorists"),
        ("Officials refused to call the school bloodbath as terrorism.", "bloodbath"),
        ("The mayor did not call for the firing of the corrupt chief.", "corrupt"),
    ],
)
def test_labelling_asserted_stays_flagged(body: str, flagged: str) -> None:
    found = _texts(body)
    assert [t for t in found if flagged in t], found


# The Munich and Cold War vocabulary said of its own era is the historian's term, not a charge
# (a held-out reading's history column): "totalitarian" and "appeasement" follow "fascist" and
# "dictator" in leaving a sentence that names its era alone. Our own sentences.
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Britain's appeasement of Hitler in 1938 failed.", "appeasement"),
        ("Leaders recalled the lessons of World War II: appeasement does not work.", "appeasement"),
        ("Stalin's totalitarian state crushed every rival party.", "totalitarian"),
        ("The totalitarian regimes of the last century banned free speech.", "totalitarian"),
    ],
)
def test_the_historians_term_for_its_own_era_is_not_a_charge(body: str, word: str) -> None:
    assert word not in " ".join(_texts(body)).lower(), _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Hawks called the president's deal with Iran appeasement.", "appeasement"),
        ("Critics called the new surveillance law totalitarian.", "totalitarian"),
    ],
)
def test_the_same_terms_said_of_todays_politics_stay(body: str, word: str) -> None:
    assert word in " ".join(_texts(body)).lower(), _texts(body)


# A term the next words define in apposition is explained, not applied: '"X," the notion that',
# "X - a word used by". Our own sentences, each with the use that stays.
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("He long embraced “birtherism,” the notion that the governor was born abroad.", "birther"),
        ("The flyer warned of death panels - a claim that fact checkers rejected.", "death panels"),
        ("Bloggers called it the obliteration — a word used by several observers.", "obliterat"),
    ],
)
def test_a_term_defined_in_apposition_is_mentioned(body: str, word: str) -> None:
    assert word not in " ".join(_texts(body)).lower(), _texts(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("He long embraced birtherism and repeated it at every rally.", "birther"),
        ("The flyer warned of death panels in the new bill.", "death panels"),
        ("He called the senator a “liar,” and the crowd cheered.", "liar"),
    ],
)
def test_a_term_not_defined_stays(body: str, word: str) -> None:
    assert word in " ".join(_texts(body)).lower(), _texts(body)


# Verbs wire copy itself uses for the act ("touted", "decried", "assailed", "mocked", "took a
# swipe at", "traded insults"): a wire editor would not query them in the outlet's narration,
# so they are flagged but out of the default view; the same entries' colour verbs ("gushed",
# "pummeled", "tore into", "spewed insults") stay in view. Our own sentences.
@pytest.mark.parametrize(
    ("body", "word", "shown"),
    [
        ("The governor touted the new jobs figures at the plant.", "touted", False),
        ("The mayor decried the cuts to the bus service.", "decried", False),
        ("The senator assailed the budget in a floor speech.", "assailed", False),
        ("The candidate mocked his rival's travel plans.", "mocked", False),
        ("The senator took a swipe at the governor over taxes.", "took a swipe at", False),
        ("The two candidates traded insults on the debate stage.", "traded insults", False),
        ("Conceding that the vote was close, the mayor thanked her staff.", "Conceding", False),
        ("The mayor admitted that the audit had found errors.", "admitted", True),
        ("The governor gushed about the new jobs figures.", "gushed", True),
        ("The senator pummeled the budget in a floor speech.", "pummeled", True),
        ("The senator tore into the governor over taxes.", "tore into", True),
        ("The two candidates spewed insults on the debate stage.", "spewed insults", True),
    ],
)
def test_wire_verbs_are_flagged_out_of_view_and_colour_verbs_shown(
    body: str, word: str, shown: bool
) -> None:
    flags = flag(
        Article(headline="", body=body), default_lexicon(), genre="news", topic="public_affairs"
    )
    assert {f.text: f.shown for f in flags if f.text == word} == {word: shown}, flags


def test_a_mass_shooting_called_a_massacre_is_wire_usage() -> None:
    """A story about a mass shooting names it "the massacre" as wire copy does, wherever in the
    paragraph the shooting is named; a raid on a village called a massacre stays contested."""
    shooting = (
        "A gunman opened fire at a nightclub on Sunday.\n\n"
        "Vigils for the victims of the Riverside massacre were held across the state."
    )
    assert "massacre" not in _texts(shooting)
    assert "massacre" in _texts("Activists said the raid on the village was a massacre.")


def test_stunting_growth_is_not_a_political_stunt() -> None:
    """Health-policy words now set the public-affairs scene a "stunt" needs; the verb that
    stunts growth is not the noun that judges a motive, which stays flagged."""
    assert "stunt" not in _texts("Poverty is a public health crisis and can stunt growth.")
    assert "stunt" not in _texts("Smoke is a public health risk and may stunt children’s growth.")
    assert "stunt" in _texts("The senator called the vote a stunt, the minister said.")


@pytest.mark.parametrize(
    "lead",
    [
        # business news: layoffs, inflation and the regulators are public affairs
        "The company announced layoffs as inflation rose and antitrust regulators opened a "
        "review. Unemployment claims rose for a third week. ",
        # health policy: Medicaid, the FDA and public health officials
        "Medicaid enrollment fell after the FDA warned about the drug and public health "
        "officials urged caution. The recession cut subsidies. ",
    ],
)
def test_business_and_health_policy_news_is_public_affairs(lead: str) -> None:
    """A held-out reading found business and health news read as topic `other`, which hides
    every flag of the page; their vocabulary of regulation and the economy is public affairs."""
    words = default_lexicon().word_classes["public_affairs"]
    story = lead + "The office had forty desks and a kitchen by the window. " * 12
    assert public_affairs(story, words).topic == "public_affairs"


@pytest.mark.parametrize(
    "body",
    [
        "The officer, who debunked a rumor about the attack, spoke on Monday.",
        "Success for them meant discrediting me and my work.",
        "His tweet discrediting the report drew criticism.",
    ],
)
def test_debunking_or_discrediting_something_is_an_act_not_a_verdict(body: str) -> None:
    """The verb with its own object reports what someone did; the adjective on a claim ("the
    debunked claim", "a discredited report") is the writer's verdict and stays flagged."""
    assert not [t for t in _texts(body) if "debunk" in t or "discredit" in t], _texts(body)


def test_a_debunked_claim_is_the_writers_verdict() -> None:
    assert "debunked" in _texts("He repeated the debunked claim about the vote.")
    assert "discredited" in _texts("The senator relied on a discredited report.")


def test_the_holocaust_written_lower_case_is_the_genocide_not_a_borrowed_word() -> None:
    """An art page wrote "the horrors of war, particularly the holocaust" and the tool offered
    "disaster" for it, an offensive advice; a present-day "looming holocaust" stays flagged."""
    assert "holocaust" not in _texts(
        "She photographed the horrors of war, particularly the holocaust, for the magazine."
    )
    assert "holocaust" not in _texts("The survivors of the 1940s holocaust met in Berlin.")
    assert "holocaust" in _texts("Critics warned of a looming holocaust on the farms.")
    assert "holocaust" in _texts("Activists spoke of the nuclear holocaust the treaty risked.")
