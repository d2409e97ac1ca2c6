"""The evaluation commands' scoring, on tiny PTC- and BABE-format files written by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.errors import InputFileError
from annotator.eval.flags import RawText, merge, score_babe, score_ptc
from annotator.framing.lexicon import Lexicon

ARTICLE = (
    "The regime falls\n"
    "\n"
    "Critics slammed the plan on Monday.\n"
    "\n"
    "“It is definitely a regime of thieves,” said Ana Ruiz.\n"
)


def _ptc(tmp_path: Path, labels: list[tuple[str, int, int]]) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text(ARTICLE)
    (tmp_path / "labels.tsv").write_text("".join(f"1\t{t}\t{s}\t{e}\n" for t, s, e in labels))
    return tmp_path


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(word, start + 1)
    return start, start + len(word)


def test_raw_offsets_map_back_to_the_file(mini_lexicon: Lexicon) -> None:
    from annotator.framing.flags import flag

    raw = RawText.parse(ARTICLE)
    spans = [raw.raw_span(f) for f in flag(raw.article, mini_lexicon)]
    assert [ARTICLE[s:e] for s, e in spans] == ["regime", "slammed", "definitely", "regime"]


def test_span_metric_partial_credit_and_voices(tmp_path: Path, mini_lexicon: Lexicon) -> None:
    s1, e1 = _at("regime")  # headline: exact hit
    s2, _ = _at("regime", 1)
    gold = [
        ("Name_Calling,Labeling", s1, e1),
        ("Name_Calling,Labeling", s2, s2 + len("regime of thieves")),  # longer than our flag
        ("Loaded_Language", *_at("Monday")),  # a miss
        ("Doubt", *_at("plan")),  # another technique: only in the all-techniques task
    ]
    res = score_ptc(_ptc(tmp_path, gold), mini_lexicon).as_dict()["tasks"]
    ll = res["loaded_language+name_calling"]
    # Predictions with LL/NC techniques: regime (headline), slammed, regime (quoted).
    # Precision: 1 + 0 + 1 over 3; recall: 1 + 6/17 + 0 over 3.
    assert ll["all"]["span_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert ll["all"]["span_recall"] == pytest.approx((1 + 6 / 17) / 3, abs=1e-4)
    assert ll["quoted"]["predicted_spans"] == 1 and ll["quoted"]["span_precision"] == 1.0
    # "Critics slammed the plan on Monday": what follows the cue is the critics' paraphrase.
    assert ll["outlet"]["gold_spans"] == 1 and ll["quoted"]["gold_spans"] == 1
    assert ll["paraphrase"]["gold_spans"] == 1
    # Words: tp regime, regime; fp slammed; fn of, thieves, Monday.
    assert ll["all"]["word_precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert ll["all"]["word_recall"] == pytest.approx(2 / 5, abs=1e-4)
    everything = res["all_techniques"]["all"]
    assert everything["predicted_spans"] == 4 and everything["gold_spans"] == 4


def test_unknown_techniques_score_only_all_techniques(
    tmp_path: Path, mini_lexicon: Lexicon
) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text(ARTICLE)
    start, end = _at("slammed")
    (tmp_path / "spans.tsv").write_text(f"1\t?\t{start}\t{end}\n")
    res = score_ptc(tmp_path, mini_lexicon).as_dict()["tasks"]
    assert list(res) == ["all_techniques"]
    assert res["all_techniques"]["all"]["span_recall"] == 1.0


def test_bad_ptc_folder(tmp_path: Path, mini_lexicon: Lexicon) -> None:
    with pytest.raises(InputFileError, match=r"labels\.tsv"):
        score_ptc(tmp_path, mini_lexicon)
    (tmp_path / "labels.tsv").write_text("1\tonly-two\n")
    with pytest.raises(InputFileError, match=r"labels\.tsv:1: expected 4"):
        score_ptc(tmp_path, mini_lexicon)


def test_merge() -> None:
    assert merge([(5, 9), (0, 3), (2, 4), (9, 10)]) == [(0, 4), (5, 10)]


def test_babe_scores(tmp_path: Path, mini_lexicon: Lexicon) -> None:
    csv_file = tmp_path / "babe.csv"
    csv_file.write_text(
        "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"
        "The regime slammed critics.;u;o;t;left;Biased;x;['regime', 'critics']\n"
        "The council met on Monday.;u;o;t;left;Non-biased;x;[]\n"
        "“The regime lies,” said Ana Ruiz.;u;o;t;left;Non-biased;x;[]\n"
        "A plain sentence with bias hidden.;u;o;t;left;Biased;x;['hidden']\n"
        "Ambiguous row.;u;o;t;left;No agreement;x;[]\n"
    )
    res = score_babe(csv_file, mini_lexicon).as_dict()
    assert res["sentences"] == 4
    # Words: regime tp, slammed fp, regime (quoted) fp; critics and hidden missed.
    assert res["word_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert res["word_recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert res["word_predictions_by_voice"] == {"outlet": 2, "quoted": 1, "paraphrase": 0}
    # Sentence level: an outlet-voice flag only in row 1 (the quoted one does not count).
    assert res["confusion"] == {"tp": 1, "fp": 0, "fn": 1, "tn": 2}
    assert res["sentence_macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2, abs=1e-4)


def test_babe_splits_marked_words_as_it_splits_flags(tmp_path: Path) -> None:
    """A marked "so-called" is matched by the flag on "so-called experts" (its two words; before,
    the marked token could match nothing: precision 0, recall 0)."""
    from annotator.framing import default_lexicon

    csv_file = tmp_path / "babe.csv"
    csv_file.write_text(
        "text;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n"
        "The so-called experts agreed.;u;o;t;left;Biased;x;['so-called']\n"
    )
    res = score_babe(csv_file, default_lexicon()).as_dict()
    assert res["word_recall"] == 1.0
    assert res["word_precision"] == pytest.approx(2 / 3, abs=1e-4)  # "experts" is not marked
