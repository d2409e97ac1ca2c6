"""Recall, policy labels and sneers (issue 9, class 5): partisan policy labels of both sides
('death tax', 'nanny state', 'tax cuts for the rich', 'billionaire class'), charges of
manipulation ('gaslighting', 'dog whistle'), contempt for people and the figurative 'mafia' of a
faction. Each is caught in its loaded sense, and the plain sense next to it is left alone (the
crime syndicate, gross negligence as a legal standard, 'has been'). Every sentence here is our
own, written for the test."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _flags(body: str) -> list[tuple[str, str]]:
    return [(f.text, f.entry_id) for f in flag(Article(headline="", body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "text", "entry_id"),
    [
        ("The bill would repeal the death tax on family farms.", "death tax", "death-tax"),
        ("The group ran ads against job-killing rules.", "job-killing", "job-killing"),
        ("The mayor said the trade deal was a job killer.", "job killer", "job-killing"),
        ("Critics said the soda tax was the nanny state at work.", "nanny state", "nanny-state"),
        (
            "He called the plan a government takeover of health care.",
            "government takeover of health care",
            "policy-takeover-labels",
        ),
        ("She decried socialized medicine.", "socialized medicine", "policy-takeover-labels"),
        ("Voters turned on the tax-and-spend council.", "tax-and-spend", "policy-takeover-labels"),
        ("The plan is more tax cuts for the rich.", "tax cuts for the rich", "rich-tax-labels"),
        ("The fund is a giveaway to the wealthy.", "giveaway to the wealthy", "rich-tax-labels"),
        ("She vowed to take on the billionaire class.", "billionaire class", "rich-tax-labels"),
        ("The agency is gaslighting the residents.", "gaslighting", "gaslighting"),
        ("The ministry's statement was pure doublespeak.", "doublespeak", "doublespeak"),
        ("His rival called him a weakling and a braggart.", "weakling", "contempt-labels"),
        ("The doom-mongers were wrong about the harvest.", "doom-mongers", "contempt-labels"),
        ("The ad says he palled around with extremists.", "palled around with", "palling-around"),
        ("The inquiry found gross incompetence.", "gross incompetence", "gross-failings"),
        ("The columnist blamed a media mafia for the smear.", "mafia", "mafia-label"),
        ("The courageous councillor stood alone against the plan.", "courageous", "courageous"),
        ("The minister smirked at the question.", "smirked", "smirk"),
        ("The city's response to the flood was woeful.", "woeful", "ineffectual"),
        ("Critics called the slogan a dog whistle to bigots.", "dog whistle", "dog-whistle"),
        ("He blamed low-information voters.", "low-information voters", "sneer-labels"),
        ("The host mocked the thought police on campus.", "thought police", "sneer-labels"),
        ("The alliance is a paper tiger.", "paper tiger", "sneer-labels"),
        ("Rivals mocked his milquetoast approach.", "milquetoast", "sneer-labels"),
        ("The minister called the country a rogue nation.", "rogue nation", "rogue-nation"),
        ("Critics said the movement was in its death throes.", "death throes", "death-throes"),
        ("The watchdog called the new law toothless.", "toothless", "verdict-adjectives"),
        ("The malevolent plan drew protests.", "malevolent", "verdict-adjectives"),
        ("The general was lionized by the party press.", "lionized", "verdict-adjectives"),
        ("The host said the policy was driven by white guilt.", "white guilt", "white-guilt"),
        ("The flood left a crisis of epic proportions.", "of epic proportions", "epic-proportions"),
        ("The leadership steamrolled the opposition.", "steamrolled", "force-through-verbs"),
        ("The whip strong-armed members into voting yes.", "strong-armed", "force-through-verbs"),
        ("Voters were hoodwinked by the ads.", "hoodwinked", "hoodwink-verbs"),
        ("They mocked the militia as Y'all Qaeda.", "Y'all Qaeda", "domestic-jihadist-labels"),
        ("The senator blamed the science deniers.", "science deniers", "sneer-labels"),
        (
            "State media blamed Hong Kong independence forces for the unrest.",
            "Hong Kong independence forces",
            "china-region-separatists",
        ),
        (
            "Officials in Xinjiang said the vocational education and training centers had closed.",
            "vocational education and training centers",
            "xinjiang-training-centers",
        ),
    ],
)
def test_policy_and_sneer_labels_found(body: str, text: str, entry_id: str) -> None:
    assert (text, entry_id) in _flags(body)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # The crime syndicate itself, and a film about it.
        ("The mafia boss was sentenced to life in prison.", "mafia"),
        ("The Sicilian mafia controlled the port for decades.", "mafia"),
        ("The mafia film opened at the festival to long applause.", "mafia"),
        # Crime reporting on the syndicate, in a house style that writes it in lower case.
        ("Police said the mafia ordered the murder of the reporter.", "mafia"),
        ("The mafia has run the port for decades, prosecutors said.", "mafia"),
        ("The anti-mafia commission met in Rome.", "mafia"),
        # A legal standard, not a verdict.
        ("Prosecutors must prove gross negligence.", "gross"),
        # 'has been' is no label; nor is taxing and spending as a verb phrase.
        ("The house has been sold twice.", "has been"),
        ("Parliament can tax and spend only by statute.", "tax and spend"),
        # Job training with no word of China near it is what it says.
        ("The county opened vocational education and training centers for adults.", "vocational"),
        # The press nickname of the American who fought with the Taliban names one man.
        ("John Walker Lindh, the American Taliban, was released.", "taliban"),
        # Sport's verdicts on a side, and a novel's own word.
        ("The visitors were no pushover in the league final.", "pushover"),
        ("United were toothless in attack and lost the match 2-0.", "toothless"),
        ("The defending was woeful as the team lost the game.", "woeful"),
        ("In the novel, the party's doublespeak hides the truth.", "doublespeak"),
        # A rout in sport, not a vote forced.
        ("The champions steamrolled the visitors 5-0 in the league.", "steamrolled"),
        # A baby's grin, not a verdict.
        ("The baby gave a toothless grin.", "toothless"),
    ],
)
def test_plain_sense_not_flagged(body: str, word: str) -> None:
    assert not any(word in text.lower() for text, _ in _flags(body))


def test_lowercase_rule_keeps_the_crime_family_name() -> None:
    # A capitalised Mafia is the syndicate's name in wire copy; the label is the lower-case use.
    assert not any(eid == "mafia-label" for _, eid in _flags("The Mafia ran the docks."))
