"""Recall, round 35: loaded words and short phrases from the editors' newest missed lists (issue
9, readings 44 and 45) that no entry held: charges of fakery (crocodile tears, a fabrication, a
frame-up, a fairy tale), persecution and smear images (crucified in the media, tarred as, a
hit-piece), labels for governments (outlaw behavior, satrap), verdicts (ossified, ominous) and
praise in hindsight (prophetic), a Nazi-collaborator slur (Vichy journalists), a verdict of
escaped blame (let him off the hook), doubt cast on an account (its ever-changing story), plus
"enemies of the Church" beside the other "enemies of" labels. Each is caught in its loaded sense
and left alone in a plain one (a reptile's tears, a fabrication plant, a fairy tale come true,
storm clouds, a muscle that ossified, a Persian satrap, a bill to outlaw conduct, a stage set-up,
a road being tarred, a prophet's books, a phone off the hook, a city's changing story). Every
sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The minister shed crocodile tears over the closed factory.", "crocodile tears",
     "crocodile-tears"),
    ("The coach said he had been crucified in the media after the loss.",
     "crucified in the media", "crucified-by-media"),
    ("The spokesman said the story was a fabrication from start to finish.", "a fabrication",
     "fabrication-charge"),
    ("The blog's latest fabrication about the senator spread quickly.", "latest fabrication",
     "fabrication-charge"),
    ("Critics called the candidate's budget a fairy tale.", "a fairy tale", "fairy-tale-label"),
    ("The envoy condemned the country's outlaw behavior at the meeting.", "outlaw behavior",
     "outlaw-behavior"),
    ("The senator posted an ominous message about the vote.", "ominous", "ominous-narration"),
    ("The reformers attacked the ossified bureaucracy of the ministry.", "ossified", "ossified"),
    ("The column praised the senator's prophetic warnings about debt.", "prophetic",
     "prophetic-praise"),
    ("The editorial called the small country a satrap of its neighbour.", "satrap", "satrap"),
    ("The senator's allies said the indictment was a frame-up.", "frame-up", "frame-up"),
    ("Opposition leaders were tarred as traitors by state television.", "tarred as",
     "tarred-as"),
    ("The senator called the report a hit-piece.", "hit-piece", "hit-job"),
    ("Bishops warned of the enemies of the Church in a pastoral letter.",
     "enemies of the Church", "enemy-true-sense"),
    ("The activist dismissed the newspaper's staff as Vichy journalists.", "Vichy journalists",
     "vichy-label"),
    ("Critics said the inquiry let him off the hook for the losses.", "let him off the hook",
     "off-the-hook"),
    ("Reporters questioned the agency's constantly changing story about the leak.",
     "constantly changing story", "ever-changing-story"),
    ("The police department's ever-changing story about the shooting drew questions.",
     "ever-changing story", "ever-changing-story"),
]

PLAIN = [
    ("Crocodile tears wash bacteria from the reptile's eyes, biology texts say.",
     "crocodile-tears"),
    ("The factory offers low-cost fabrication of steel parts.", "fabrication-charge"),
    ("The firm opened a fabrication plant near the port.", "fabrication-charge"),
    ("Her gold medal was a fairy tale come true.", "fairy-tale-label"),
    ("The bill would outlaw conduct that endangers children.", "outlaw-behavior"),
    ("Ominous clouds gathered before the storm hit the river town.", "ominous-narration"),
    ("Doctors said the muscle had ossified after the injury.", "ossified"),
    ("The church studied the prophetic books of the Bible.", "prophetic-praise"),
    ("In Persian history each province was ruled by a satrap for centuries.", "satrap"),
    ("The band built a set-up of amplifiers on the stage for the concert.", "frame-up"),
    ("Workers tarred the road as the sun came up.", "tarred-as"),
    ("The saint was crucified in the square, the legend says.", "crucified-by-media"),
    ("The Vichy government ruled the south of France during the war.", "vichy-label"),
    ("The mayor left her phone off the hook all night.", "off-the-hook"),
    ("The museum tells the changing story of the river city over two centuries.",
     "ever-changing-story"),
    ("The angler let the trout off the hook and back into the stream.", "off-the-hook"),
]


@pytest.mark.parametrize("body,word,entry", FLAGGED)
def test_loaded_use_is_flagged(body: str, word: str, entry: str) -> None:
    assert (word, entry) in _hits(body)


@pytest.mark.parametrize("body,entry", PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}


def test_examples_of_new_entries_are_flagged() -> None:
    new = {e for _, _, e in FLAGGED}
    for entry in default_lexicon().entries:
        if entry.id in new:
            for example in entry.examples:
                assert entry.id in {e for _, e in _hits(example)}, example
