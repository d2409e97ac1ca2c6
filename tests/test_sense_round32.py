"""Word sense, round 32 (issue 9): the shared 'plain sense' word lists split so a nationality
or "attack" no longer hides a use; a word named in quotation marks after a frame that gives it
up or names a remark by it; feelings reported; standard terms. Every sentence here is our own."""

from __future__ import annotations

import pytest

try:  # works whether or not tests/ becomes a package
    from tests.flag_texts import shown_in_news, words
except ImportError:
    from flag_texts import shown_in_news, words  # type: ignore[no-redef]


def _words(body: str) -> set[str]:
    return words(body, "Report")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a nationality or party adjective before the word does not make it a term
        ("The speech denounced Russian imperialism in the region.", "imperialism"),
        ("The forum was overrun by Russian trolls, the columnist wrote.", "trolls"),
        ("She introduced the town to her new plutocrat friends.", "plutocrat"),
        # "attack(s)" after an adjective is the attack characterised
        ("The senator launched a bizarre attack on the judge.", "bizarre"),
        ("''He unleashed withering attacks on me,'' Senator Ana Ruiz said.", "withering"),
        ("''We faced blistering attacks from both sides,'' the governor said.", "blistering"),
    ],
)
def test_plain_sense_lists_keep_uses(sentence: str, word: str) -> None:
    # the match may run on into the noun ("withering attacks")
    assert any(word in w.split() for w in _words(sentence))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the lists still give the plain sense where they did
        ("The circus tent went up on the common.", "circus"),
        ("Her alter ego is a jazz singer.", "ego"),
    ],
)
def test_plain_sense_lists_still_plain(sentence: str, word: str) -> None:
    assert word not in _words(sentence)
