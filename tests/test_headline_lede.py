"""A headline is shorthand for its lede: an entry's `near` and `not_near` context rules read the
lede's first sentence as well as the words around the match in the headline."""

from __future__ import annotations

from annotator import annotate
from annotator.framing import default_lexicon, flag
from annotator.models import Article
from annotator.pipeline import sample_path


def _headline_entries(headline: str, body: str) -> list[str]:
    flags = flag(Article(headline=headline, body=body), default_lexicon())
    return [f.entry_id for f in flags if f.field == "headline"]


def test_contested_event_name_in_a_headline_read_with_its_lede() -> None:
    headline = "Leader Vows Revenge for Assassination"
    strike = "A drone strike near the airport killed the commander on Friday, officials said."
    history = "The museum opens an exhibition on the president's life on Friday, its curator said."
    assert "state-strike-assassination" in _headline_entries(headline, strike)
    assert "state-strike-assassination" not in _headline_entries(headline, history)


def test_seed_headline_names_the_strike_as_one_side_does() -> None:
    report = annotate(str(sample_path()))
    (hit,) = [f for f in report.flags if f.entry_id == "state-strike-assassination"]
    assert (hit.field, hit.text, hit.voice) == ("headline", "Assassination", "outlet")
    assert "targeted killing" in hit.other_side
    assert not hit.shown  # a contested name is low severity: under --all, not in the default view
