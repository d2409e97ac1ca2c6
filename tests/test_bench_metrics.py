"""Hand-computed cases for bench.metrics.shingle_f1 (4-gram shingle P/R/F1)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# bench/ is not part of the installed package; import it from the project root.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.metrics import shingle_counts, shingle_f1, tokenize  # noqa: E402


def test_identical_text_is_perfect() -> None:
    # "a b c d e" -> shingles (a,b,c,d), (b,c,d,e); all matched.
    assert shingle_f1({"x": "a b c d e"}, {"x": "a b c d e"}) == (1.0, 1.0, 1.0)


def test_partial_overlap_one_page() -> None:
    # truth shingles: abcd, bcde, cdef; pred: abcd, bcde, cdex -> tp=2, fp=1, fn=1.
    assert shingle_counts("a b c d e x", "a b c d e f") == (2, 1, 1)
    p, r, f1 = shingle_f1({"x": "a b c d e x"}, {"x": "a b c d e f"})
    assert p == pytest.approx(2 / 3)
    assert r == pytest.approx(2 / 3)
    assert f1 == pytest.approx(2 / 3)


def test_macro_average_then_f1_of_averages() -> None:
    # Page 1: truth abcd; pred abcd + bcde -> tp=1, fp=1, fn=0 -> P=0.5, R=1.
    # Page 2: identical -> P=1, R=1.  Averages P=0.75, R=1 -> F1 = 1.5/1.75 = 6/7.
    preds = {"1": "a b c d e", "2": "w x y z"}
    truths = {"1": "a b c d", "2": "w x y z"}
    p, r, f1 = shingle_f1(preds, truths)
    assert (p, r) == (pytest.approx(0.75), pytest.approx(1.0))
    assert f1 == pytest.approx(6 / 7)


def test_multiset_counts_repeated_shingles() -> None:
    # truth "a b c d a b c d": abcd x2, bcda, cdab, dabc (5); pred "a b c d": abcd x1.
    # tp=1, fp=0, fn=4 -> P=1, R=0.2, F1 = 0.4/1.2 = 1/3.
    assert shingle_counts("a b c d", "a b c d a b c d") == (1, 0, 4)
    p, r, f1 = shingle_f1({"x": "a b c d"}, {"x": "a b c d a b c d"})
    assert (p, r, f1) == (pytest.approx(1.0), pytest.approx(0.2), pytest.approx(1 / 3))


def test_empty_and_missing_predictions() -> None:
    truths = {"none": "a b c d e", "missing": "a b c d e", "both_empty": ""}
    preds: dict[str, str | None] = {"none": None, "both_empty": ""}
    # none/missing: tp=0 -> P and R undefined or 0 -> 0; both empty -> perfect.
    p, r, f1 = shingle_f1(preds, truths)
    assert (p, r) == (pytest.approx(1 / 3), pytest.approx(1 / 3))
    assert f1 == pytest.approx(1 / 3)


def test_tokenizer_drops_punctuation() -> None:
    # Punctuation and spacing must not affect matching; apostrophes split words.
    assert tokenize("Hello,  world! It’s 2020.") == ["Hello", "world", "It", "s", "2020"]
    assert shingle_f1({"x": "one, two; three - four"}, {"x": "one two three four"}) == (
        1.0,
        1.0,
        1.0,
    )


def test_text_shorter_than_one_shingle() -> None:
    # Fewer than 4 tokens form one short shingle (reference behaviour): ("a", "b").
    assert shingle_counts("a b", "a b") == (1, 0, 0)
    assert shingle_counts("a b", "a b c d") == (0, 1, 1)
