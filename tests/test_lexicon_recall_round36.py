"""Recall, round 36: words mined at scale (issue 9) from the Loaded Language and Name Calling gold
spans that no flag touched on ptc-tune articles outside the readings, and from the words BABE dev
annotators marked that no flag touched, kept only where they recur across articles and pass the
gates: a label for a side named after its leader (Trumpism), a charge of underhanded dealing
(a dirty deal), an antisemitic slur (dirty Jew), more water metaphors for people arriving
("flood America with", "flooded by illegal immigrants", "flooding across the border"), a
portmanteau of enemy and media (enemedia) and psychobabble beside the other words that dismiss a
claim as senseless. Each is caught in its loaded sense and left alone in a plain one (a
trumpeter, a dirty deck of cards, dirty jewels, a river flooding across fields, cheap imports
flooding a market, an enemy's media office, infants who babble). Every sentence
here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str, headline: str = "") -> list[tuple[str, str]]:
    article = Article(headline=headline, body=body)
    return [(f.text, f.entry_id) for f in flag(article, default_lexicon())]


FLAGGED = [
    ("The columnist said Trumpism had swallowed the party whole.", "Trumpism", "trumpism-label"),
    ("Critics of Trumpism gathered outside the convention hall.", "Trumpism", "trumpism-label"),
    ("The senator called the pipeline accord another dirty deal with the donors.", "dirty deal",
     "dirty-tricks"),
    ("The report described years of dirty dealings at the port authority.", "dirty dealings",
     "dirty-tricks"),
    ("Witnesses said the man shouted that she was a dirty Jew before the attack.", "dirty Jew",
     "slurs"),
    ("The candidate said the bill would flood America with illegal aliens.", "flood America with",
     "flood-of-migrants"),
    ("The town is flooded by illegal immigrants, the flyer claimed.", "flooded by illegal",
     "flood-metaphor"),
    ("The senator said refugees were flooding across the border every night.", "flooding across",
     "flood-metaphor"),
    ("Officials said the island was flooded with refugees after the storm.",
     "flooded with refugees", "flood-metaphor"),
    ("Aides leaked the memo to the enemedia within hours.", "enemedia", "presstitute"),
    ("The bishop called the synod's document psychobabble.", "psychobabble", "nonsense"),
    ("Critics dismissed the training manual as psycho babble.", "psycho babble", "nonsense"),
]

PLAIN = [
    ("The band's trumpeter played a long solo in the hotel lobby.", "trumpism-label"),
    ("The card dealer swapped the dirty deck before the next deal.", "dirty-tricks"),
    ("The jeweller cleaned the dirty jewels in a bath of warm water.", "slurs"),
    ("The river was flooding across the fields after the storm.", "flood-metaphor"),
    ("Analysts said cheap steel could flood America with imports next year.",
     "flood-of-migrants"),
    ("The enemy's media office was shelled during the night.", "presstitute"),
    ("The psychology lecture covered how infants babble before they speak.", "nonsense"),
]


@pytest.mark.parametrize(("body", "text", "entry"), FLAGGED)
def test_loaded_use_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


@pytest.mark.parametrize(("body", "entry"), PLAIN)
def test_plain_use_is_not_flagged(body: str, entry: str) -> None:
    assert entry not in {e for _, e in _hits(body)}


def test_never_trumper_keeps_its_own_entry() -> None:
    # "Trumpers" is left to the never-trumper entry, which stays out of the outlet's narration:
    # the new label must not bring it back there.
    assert "trumpism-label" not in {e for _, e in _hits("The Never Trumpers are back.")}
