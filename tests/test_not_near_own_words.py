"""A `not_near` word class reads the words around a match, never the match's own: a form that
holds a class word ("fanned the flames" and the fire class, "spiked the football" and sport)
was switched off everywhere before (42 forms of 13 entries). Every sentence here is our own."""

from __future__ import annotations

import pytest

from annotator.framing import default_lexicon, flag
from annotator.models import Article


def _hits(body: str) -> list[tuple[str, str]]:
    return [(f.text, f.entry_id) for f in flag(Article(headline="", body=body), default_lexicon())]


@pytest.mark.parametrize(
    ("body", "text", "entry"),
    [
        ("The senator fanned the flames of division in his speech on immigration.",
         "fanned the flames", "stoking-fear"),
        ("Aides said the president spiked the football after the vote in Congress.",
         "spiked the football", "gloating-metaphors"),
        ("Critics called the hearing a dog-and-pony show staged by the committee.",
         "dog-and-pony show", "snark-tactics"),
    ],
)
def test_a_form_holding_a_class_word_is_flagged(body: str, text: str, entry: str) -> None:
    assert (text, entry) in _hits(body)


def test_a_class_word_around_the_match_still_rules_it_out() -> None:
    body = "The wind fanned the flames of the forest fire through the night."
    assert not [h for h in _hits(body) if h[1] == "stoking-fear"]
