"""Wrong senses the twenty-eighth and twenty-ninth readings found: felt emotion and
self-description, charges mentioned by the accused, titles, standard terms, and literal or
idiomatic senses on pages that are not news. Every sentence here is our own, written for the
test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flags(body: str, headline: str = "") -> list[Flag]:
    return flag(Article(headline=headline, body=body), default_lexicon())


def _texts(body: str, headline: str = "") -> list[str]:
    return [f.text for f in _flags(body, headline)]


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        # self-description: a first-person subject, contracted or not
        ("I’m bitter and cynical enough about the plan to doubt every promise.", "cynical"),
        ("We're cynical about the budget this year.", "cynical"),
        ("Looking back, I can hardly believe how stupid I was to sign it.", "stupid"),
        # felt emotion: a feeling the speaker has, a feeling in a list, a softened fear word
        ("“Many members are kind of horrified by the nominee. I’m one of them,” she said.",
         "horrified"),
        ("“Moving abroad alone was a little terrifying,” the student said.", "terrifying"),
        ("“The vote laid bare the anger and frustration and disgust of members,” he added.",
         "disgust"),
        # a charge mentioned by the accused, to reject it
        ("“For them to call us liars over a budget table is absurd,” the spokesman said.",
         "liars"),
        # a title in title case, its short words lowercase
        ("He is touring his comedy show, “Gardening History for Dummies,” this spring.",
         "Dummies"),
    ],
)
def test_not_flagged(body: str, not_flagged: str) -> None:
    assert not_flagged not in _texts(body)


def test_first_person_headline_feeling() -> None:
    assert "Horrified" not in _texts("She spoke on Monday.", "Senator: I Am ‘Horrified’ By The Ad")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the same words aimed at someone else stay flagged
        ("The senator's cynical plan failed.", "cynical"),
        ("“They are liars and everyone knows it,” the spokesman said.", "liars"),
        ("“The ad was a terrifying glimpse of what is coming,” he said.", "terrifying"),
        ("They called him a liar on the radio.", "liar"),
        ("I think the mayor was stupid to sign it.", "stupid"),
        # a passive: done to the speaker by someone else
        ("“I've been smeared and threatened by my own party,” she said.", "smeared"),
        # first-person fear is testimony that moves an audience (PTC's gold: loaded language)
        ("“I am terrified,” the witness told the committee.", "terrified"),
        # a slogan, not a title, however it is capitalised
        ("The crowd chanted “Death to America” outside the embassy.", "Death to America"),
    ],
)
def test_still_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        # standard terms in their conventional use
        ("The drama is set in the years after the financial meltdown.", "financial meltdown"),
        ("The senator hoped to neutralize any doubts about her stamina.", "neutralize"),
        # literal and idiomatic senses on pages that are not news
        ("The college focuses on admitting MBA students with work experience.", "admitting"),
        ("Tap the Transit icon and then clicking a route shows the stops.", "icon"),
        ("His brother, Tomas, lies wounded in the tower, his fate unknown.", "lies"),
        ("Old wiper blades smear grease across the glass.", "smear"),
        ("Our soap is vegan and cruelty-free.", "cruelty"),
        ("If the train is late it won’t be the end of the world.", "end of the world"),
        ("Pay off card balances aggressively before anything else.", "aggressively"),
        ("Streamers should share their streams aggressively on every platform.", "aggressively"),
        ("Fasting can feed obsessive thinking about food in some people.", "obsessive"),
        ("The dumpling soup at the corner stall was insane.", "insane"),
    ],
)
def test_standard_and_literal_senses(body: str, not_flagged: str) -> None:
    assert not_flagged not in _texts(body)


def test_fellow_travelers_on_a_travel_page() -> None:
    body = (
        "Plan the trip early and buy a rail pass before your travel starts.\n\n"
        "Share your tips below to help our fellow travelers!"
    )
    assert "fellow travelers" not in _texts(body)


def test_a_ruler_the_record_calls_a_dictator_is_out_of_the_default_view() -> None:
    flags = _flags("Critics faulted the push to topple Libyan dictator Moammar Gadhafi.")
    assert [f.shown for f in flags if f.text == "dictator"] == [False]


def test_a_designated_groups_brutality_is_out_of_the_default_view() -> None:
    flags = _flags("Reporters documented ISIS' brutality in the towns it held.")
    assert [f.shown for f in flags if f.text == "brutality"] == [False]


def test_a_headline_line_atop_the_body_keeps_headline_shorthand() -> None:
    body = (
        "Dems ahead as the vote nears.\n\n"
        "The party's candidates lead in three polls released on Monday."
    )
    assert "Dems" not in _texts(body)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The militia began a reign of terror in the valley.", "reign of terror"),
        ("Campaign aides called the report a smear.", "smear"),
        ("The state is run by a dictator who jails reporters.", "dictator"),
        ("Critics said the bill would cause a financial meltdown.", "financial meltdown"),
        ("The army vowed to neutralize the gunmen.", "neutralize"),
        ("They won't slaughter the herd.", "slaughter"),
        ("Voters backed the useful idiots of the regime.", "useful idiots"),
        ("The Dems blocked the bill on Tuesday after a long debate about spending and taxes.",
         "Dems"),
    ],
)
def test_loaded_senses_still_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


def test_neutral_alternatives_fit() -> None:
    def fit(body: str, word: str) -> list[str]:
        return next(f.neutral for f in _flags(body) if f.text == word)

    assert "objection" not in fit("He voiced disgust at the deal.", "disgust")
    assert "founder" not in fit("Investors call the plan visionary.", "visionary")
    assert "fighters" not in fit("Hired thugs beat the marchers.", "thugs")
    assert "widespread" not in fit("Corruption is rampant in the agency.", "rampant")
    assert "violent" not in fit("It was a brutal week for the campaign.", "brutal")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # entries the pooled readings 26-29 judged trivial nearly every time
        ("The board issued a withering report on the agency.", "withering"),
        ("The audit was scathing about the contracts.", "scathing"),
        ("The senator called the cuts gratuitous.", "gratuitous"),
        ("Critics say the mayor grew obsessed with ratings.", "obsessed"),
    ],
)
def test_entries_judged_trivial_are_low(body: str, word: str) -> None:
    assert [f.severity for f in _flags(body) if f.text == word] == ["low"]


def test_a_headline_that_puts_the_charge_in_a_speakers_mouth_keeps_it() -> None:
    # outside quotation marks the outlet chose the word the accused is said to reject
    head = "Mayor: Rival ‘Plainly Wrong’ to Call Me a Liar"
    assert "Liar" in _texts("The mayor spoke on Monday.", head)


def test_a_pledged_word_in_quotation_marks_is_the_pledgers() -> None:
    body = "Critics say the envoy's pledge to be \"neutral\" in the talks has already failed."
    assert '"neutral"' not in _texts(body)


def test_plot_summaries_on_a_page_of_book_blurbs() -> None:
    blurb = (
        "A grimdark fantasy saga and the sequel to last year's thriller. The heroine must face "
        "her warmongering uncle, whose soldiers slaughtered the villagers."
    )
    body = "\n\n".join(
        [blurb, "Our favourite fantasy trilogy of the year, with a heroine to remember."] * 3
    )
    texts = _texts(body)
    assert "slaughtered" not in texts and "warmongering" not in texts


def test_one_novel_in_a_news_story_leaves_real_events_flagged() -> None:
    body = (
        "The author's new thriller is set in the capital.\n\n"
        "Soldiers slaughtered the villagers in March, witnesses said."
    )
    assert "slaughtered" in _texts(body)


def test_qualities_a_survey_rates_are_named_not_praised() -> None:
    body = (
        "The pollster said the traits most linked to a vote were honest, listens to people, "
        "visionary and courageous."
    )
    texts = _texts(body)
    assert "visionary" not in texts and "courageous" not in texts


def test_praise_of_a_person_is_still_flagged() -> None:
    assert "courageous" in _texts("Her supporters say she is honest and courageous.")
