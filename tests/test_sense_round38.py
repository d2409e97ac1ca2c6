"""Wrong senses session 19's word-sense audit found on tuning text: legal standards, a
speaker's own hypothesis about themselves, and a label given as someone's reputation. Each
case keeps a loaded use beside it, so the rule cannot pass by flagging nothing. Every sentence
here is our own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _texts(body: str) -> list[str]:
    return [f.text for f in flag(Article(headline="x", body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "not_flagged"),
    [
        # legal standards, the names of tests a court applies
        ("The paper acted with reckless disregard for the truth, the judge found.", "reckless"),
        ("The director said she was not grossly negligent with the files.", "grossly"),
        # a speaker's own hypothesis about themselves, to answer a charge
        ("“We all took pay cuts to work here, so if we are profiteers we are bad ones. We "
         "have different styles, but we agree on the plan,” the campaign manager said.",
         "profiteers"),
        # a quoted label given as the reputation someone gained, not the outlet's word
        ("The cardinal gained a media-made reputation as an “arch-conservative” in Rome.",
         "arch-conservative"),
    ],
)
def test_not_flagged(body: str, not_flagged: str) -> None:
    assert not_flagged not in _texts(body)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The minister's reckless plan will ruin the harbor, critics said.", "reckless"),
        ("“The board's report is grossly dishonest,” the mayor said.", "grossly"),
        ("“They are profiteers and crooks, all of them,” the campaign manager said.",
         "profiteers"),
        ("Critics called the cardinal an “arch-conservative” after the synod.",
         "arch-conservative"),
    ],
)
def test_still_flagged(body: str, flagged: str) -> None:
    assert flagged in _texts(body)


@pytest.mark.parametrize(
    ("body", "word", "flagged"),
    [
        # the wire's standard name for a mass shooting; a rampage of soldiers stays
        ("The man who bought the rifles used in the shooting rampage stays in custody.",
         "rampage", False),
        ("Soldiers went on a rampage through the village, witnesses said.", "rampage", True),
        # a word defined, not applied
        ("To borrow Churchill's definition of appeasement, stop feeding the alligator.",
         "appeasement", False),
        ("The deal is appeasement of the regime, pure and simple.", "appeasement", True),
    ],
)
def test_standard_terms_and_definitions(body: str, word: str, flagged: bool) -> None:
    assert (word in _texts(body)) is flagged


@pytest.mark.parametrize(
    ("body", "word", "flagged"),
    [
        # a concession about how a claim sounds calls nothing absurd
        ("“Absurd as it may sound, the danger comes from the West,” the premier said.",
         "Absurd", False),
        ("“The plan is absurd and dangerous,” the premier said.", "absurd", True),
        # idioms: laughter out of control, a weak argument, the verb "to lie" (be located)
        ("The audience laughed hysterically at the joke.", "hysterically", False),
        ("The campaign was swept up in media hysteria over the poll.", "hysteria", True),
        # "grasping at straws" is the desperation idiom (its own entry), not greed
        ("Prosecutors said the defense was grasping at straws.", "grasping", False),
        ("Beneath the fighting of the campaign lies more than personal insults.", "lies", False),
        ("The senator’s lies cost him the race.", "lies", True),
    ],
)
def test_idioms_and_concessions(body: str, word: str, flagged: bool) -> None:
    shown = [f.text for f in flag(Article(headline="x", body=body), default_lexicon()) if f.shown]
    assert (word in shown) is flagged


def test_a_speakers_own_plan_for_themselves_is_not_shown() -> None:
    """Session 19's audit of the web pages' default view: "let's be provocative" is an ad
    man on his own campaign; the same word said of someone else's ad stays."""

    def shown(body: str) -> list[str]:
        flags = flag(Article(headline="x", body=body), default_lexicon())
        return [f.text for f in flags if f.shown]

    said = "said Jeff Sanborn, the agency's founder."
    own = f"“OK, great, let’s be provocative, let’s get noticed,” {said}"
    assert "provocative" not in shown(own)
    assert "provocative" in shown(f"“Their ad is provocative and divisive,” {said}")

