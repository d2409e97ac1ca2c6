"""Is the page about public affairs: politics, war, law, crime, migration, the state?

The lexicon's loaded words are loaded in what an outlet says about people and power. On a
page about hockey, gardening or a board game, "Predators", "infestation" and "bloodbath" are
a team, pests and a game's turn: an editor reading shown flags on such pages found nearly
all of them wrong or trivial. The measure is plain: how many of every 100 words belong to the
lexicon's `public_affairs` word class (government, election, troops, court, migrants, ...).

    >>> public_affairs("The senator told the court the election was rigged. " * 30,
    ...                frozenset({"senator", "court", "election"}))
    TopicInfo(topic='public_affairs', score=33.3)
"""

from __future__ import annotations

import functools
import itertools

from ..models import TopicInfo

# Words of the class per 100 words below which a page is not public affairs. Measured with
# this class on ../shared/data: 97.6% of PolNeAR's political news and 94.7% of PTC's propaganda
# articles score at least this (those below are space, plague and papal pieces). Of 300 random
# extraction pages 251 score below it; the 23 of those whose flags the default view would have
# shown were sport, science, tech, music, shopping, games and gardening pages (and one on an
# airline order, one on a power shutoff), their flags everyday senses or trivial.
THRESHOLD = 1.0
# Shorter texts (a pasted paragraph, a headline) say too little to tell; they are read as
# public affairs, as every text was before this measure.
MIN_WORDS = 150
_PUNCTUATION = ".,;:!?\"'()[]{}“”‘’«»—–-…*"


@functools.cache
def _first_words(words: frozenset[str]) -> frozenset[str]:
    """The first words of the class's two-word members ("white" of "white house"), once per
    class rather than once per page."""
    return frozenset(w.split(" ", 1)[0] for w in words if " " in w)


def public_affairs(text: str, words: frozenset[str]) -> TopicInfo:
    """The page's topic from the share of its words in `words` (single words and pairs)."""
    tokens = [t.strip(_PUNCTUATION) for t in text.lower().split()]
    if not words or len(tokens) < MIN_WORDS:
        return TopicInfo()
    singles = sum(1 for t in tokens if t in words)
    firsts = _first_words(words)
    pairs = sum(
        1 for a, b in itertools.pairwise(tokens) if a in firsts and f"{a} {b}" in words
    )
    score = round(100 * (singles + pairs) / len(tokens), 1)
    return TopicInfo(topic="public_affairs" if score >= THRESHOLD else "other", score=score)
