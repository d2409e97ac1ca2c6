"""The default view hides a quoted or paraphrased word whose speaker the tool cannot name, and a
paraphrased word below high severity; it keeps the same word quoted with its named speaker.
Every sentence here is our own."""

from __future__ import annotations

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def _flag(body: str, word: str) -> Flag:
    hits = [f for f in flag(Article(headline="", body=body), default_lexicon()) if f.text == word]
    assert len(hits) == 1, hits
    return hits[0]


def test_a_quote_with_no_speaker_is_flagged_but_not_shown() -> None:
    hit = _flag('By morning, "these thugs must go" was painted on the depot wall.', "thugs")
    assert (hit.voice, hit.speaker, hit.shown) == ("quoted", None, False)


def test_the_same_quote_with_a_named_speaker_is_shown() -> None:
    hit = _flag('"These thugs must go," Mayor Ann Patel said on Monday.', "thugs")
    assert hit.voice == "quoted" and hit.speaker and "Patel" in hit.speaker
    assert hit.shown


def test_the_outlets_own_word_needs_no_speaker_to_be_shown() -> None:
    hit = _flag("The thugs who looted the depot escaped before dawn.", "thugs")
    assert (hit.voice, hit.speaker, hit.shown) == ("outlet", None, True)


def test_a_paraphrased_label_is_flagged_with_its_speaker_but_not_shown() -> None:
    hit = _flag("The governor called the new tax abhorrent in a statement on Sunday.", "abhorrent")
    assert (hit.voice, hit.speaker, hit.shown) == ("paraphrase", "The governor", False)


def test_the_same_label_in_quotation_marks_is_shown() -> None:
    body = 'The governor called the new tax "abhorrent" in a statement on Sunday.'
    hit = _flag(body, "abhorrent")
    assert (hit.voice, hit.speaker, hit.shown) == ("quoted", "The governor", True)
