"""Wrong senses found by scanning the shown flags of new tuning text (ABC wire texts 120-300 of
gensim's lee_background.cor and New York Times editorials 100-498 from vaderSentiment's
sdist; the held-out readings take other slices): literal and factual uses, each fixed by a
rule that reads the construction, with the loaded use beside it."""

from __future__ import annotations

import pytest

from annotator.pipeline import annotate

HEAD = "Campaign news of the day for voters\n\n"


def _shown(text: str) -> list[str]:
    return [f.text for f in annotate(text=HEAD + text).flags if f.shown]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The paper named convicted paedophiles, after the conviction of known paedophile Roy "
         "Whiting.", "paedophile"),
        ("The wall of water that swept down the river was an unpredictable natural catastrophe.",
         "catastrophe"),
        ("The bushfire destroyed 20 homes and 20 properties have been ruined at Jervis Bay.",
         "ruined"),
        ("Italian vendors peddled sausages and honey cakes.", "peddled"),
        ("Why does the city need an industry that depends on snarled traffic?", "snarled"),
        ("Mr. Nakasone is trying to control a gushing flow of money.", "gushing"),
    ],
)
def test_literal_and_factual_uses_are_not_shown(text: str, word: str) -> None:
    assert word not in _shown(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Online posts called the senator a pedophile.", "pedophile"),
        ("Critics warned the plan would be a catastrophe for the economy.", "catastrophe"),
        ("The tax ruined thousands of farmers, the report found.", "ruined"),
        ("Websites peddled conspiracy theories.", "peddled"),
        ("“You're a liar,” the senator snarled.", "snarled"),
    ],
)
def test_the_loaded_use_stays(text: str, word: str) -> None:
    flags = annotate(text=HEAD + text).flags
    assert word in [f.text for f in flags]


def test_a_noun_before_a_verb_of_saying_is_its_subject() -> None:
    flags = annotate(text=HEAD + "Online posts called the senator a pedophile.").flags
    assert [(f.text, f.speaker) for f in flags] == [("pedophile", "Online posts")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a surname after a title, though the title's full stop looks like a sentence's end
        ("Mr. Savage's comments, though widely reported, were deleted.", "Savage"),
        ("Ms. Craven's class and its baking consultant won.", "Craven"),
        ("He is on trial for hijacking a Royal Jordanian airliner.", "hijacking"),
        ("The trial of the brother of the reputed mob leader John Gotti began.", "mob"),
        ("Eager to see the snowfall, she rigged herself a kind of foul-weather gear.", "rigged"),
        ("Leaves droop, worn out by torrid blasts from air-conditioners.", "blasts"),
        ("During the Olympics, non-poisonous snakes appeared in theaters.", "snakes"),
    ],
)
def test_names_and_literal_senses_are_not_flagged(text: str, word: str) -> None:
    assert word not in [f.text for f in annotate(text=HEAD + text).flags]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He said the savage attack was a crime.", "savage"),
        ("Activists hijacked the debate.", "hijacked"),
        ("An angry mob stormed the building.", "angry mob"),
        ("He claimed the vote was rigged.", "rigged"),
        ("The senator blasts the plan.", "blasts"),
    ],
)
def test_beside_them_the_loaded_use_stays(text: str, word: str) -> None:
    assert word in [f.text for f in annotate(text=HEAD + text).flags]
