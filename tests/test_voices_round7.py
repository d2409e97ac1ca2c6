"""Round seven of voice and speaker fixes: who is named for quoted and paraphrased words, and
None rather than a wrong name. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.subjects import subject_before
from annotator.framing.voices import segment


def _who(paragraphs: list[str], para: int, word: str, headline: str = "") -> tuple[str, str]:
    """Voice and speaker of the text at `word` in paragraph `para` (-1: the headline)."""
    seg = segment(headline, paragraphs)
    text, spans = (headline, seg.headline) if para < 0 else (paragraphs[para], seg.body[para])
    pos = text.index(word)
    for s in spans:
        if s.start <= pos < s.end:
            return s.voice, s.speaker or ""
    return "outlet", ""


# 1. A relative clause between the subject and its verb


def test_a_place_inside_a_relative_clause_is_not_the_subject() -> None:
    # "Aurora, Colorado," sits inside "who lost ...": the one who said it is Nora Vance.
    text = (
        "Nora Vance, who lost her brother in the flood at Aurora, Colorado, in May 2012, said "
        "that the levee board had ignored her letters."
    )
    assert _who([text], 0, "levee") == ("paraphrase", "Nora Vance")


def test_subject_before_reads_past_a_relative_clause_with_commas() -> None:
    subj = subject_before("Ivo Kern, who grew up in Salem, Oregon, in the 1990s, ", at_start=True)
    assert subj is not None and subj.np == "Ivo Kern" and not subj.relative


def test_an_appositive_without_who_keeps_its_rule() -> None:
    # "the mayor of Oakland, California," closes an appositive: the name before it speaks.
    subj = subject_before("Libby Hart, the mayor of Oakland, California, ", at_start=True)
    assert subj is not None and subj.np == "Libby Hart"
    # and a verb inside the relative clause itself is still the relative's
    subj = subject_before("Trump, who has long ", at_start=True)
    assert subj is not None and subj.np == "Trump" and subj.relative
