"""`annotator eval attribution`: word-level voices and speaker accuracy on a PolNeAR-format
folder the test writes (an invented article; the real data never enters the project)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.errors import InputFileError
from annotator.eval.attribution import _gold_quoted, _names_match, read_ann, score_attribution

TEXT = (
    "Mayor Says Ferry Will Return\n"
    "\n"
    "Ana Ruiz said the ferry would return. The pier is old.\n"
    "\n"
    "“It will run by May,” she added.\n"
    "\n"
    "Leo Park shrugged off the plan.\n"
)


def _folder(
    tmp_path: Path, text: str = TEXT, parts: list[tuple[str, str, str]] | None = None
) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "ferry.txt").write_text(text, encoding="utf-8")
    parts = parts or [
        ("Ana Ruiz", "said", "the ferry would return"),
        ("she", "added", "“It will run by May,”"),
        ("Leo Park", "shrugged off", "the plan"),
    ]
    lines, n = [], 0
    for i, (source, cue, content) in enumerate(parts, 1):
        ids = []
        for kind, words in (("Source", source), ("Cue", cue), ("Content", content)):
            n += 1
            start = text.index(words)
            lines.append(f"T{n}\t{kind} {start} {start + len(words)}\t{words}")
            ids.append(f"T{n}")
        lines.append(f"E{i}\tAttribution:T{n} Content:{ids[2]} Cue:{ids[1]} Source:{ids[0]}")
    ann = tmp_path / "attributions" / "ferry_ab12.ann"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_word_voices_and_speaker_accuracy(tmp_path: Path) -> None:
    result = score_attribution(_folder(tmp_path)).as_dict()
    v = result["voices"]
    # Gold: 18 outlet words (headline, tags, narration), 6 paraphrased, 5 quoted. We read the
    # headline's "Says" as a report (3 paraphrased words the gold calls outlet) and miss
    # "shrugged off" (2 paraphrased words we call outlet).
    assert (v["outlet"]["gold_words"], v["paraphrase"]["gold_words"]) == (18, 6)
    assert v["quoted"]["gold_words"] == 5
    assert v["quoted"]["precision"] == v["quoted"]["recall"] == 1.0
    assert v["paraphrase"]["precision"] == round(4 / 7, 4)
    assert v["paraphrase"]["recall"] == round(4 / 6, 4)
    assert v["outlet"]["precision"] == round(15 / 17, 4)
    assert v["outlet"]["recall"] == round(15 / 18, 4)
    macro = (v["outlet"]["f1"] + v["quoted"]["f1"] + v["paraphrase"]["f1"]) / 3
    assert result["macro_f1"] == pytest.approx(macro, abs=1e-4)
    # "she" names nobody; Ana Ruiz is found, Leo Park's attribution is missed.
    assert result["speaker_attributions"] == 2 and result["speaker_accuracy"] == 0.5


FLAGGED = (
    "Mayor Slams Ferry Plan\n"
    "\n"
    "Ana Ruiz said the ferry plan was a disgraceful waste. The pier is old.\n"
    "\n"
    "“It is a sham,” she added.\n"
    "\n"
    "Leo       Park shrugged off the disgraceful plan.\n"
)


def test_flagged_words_voice_and_speaker(tmp_path: Path) -> None:
    parts = [
        ("Ana Ruiz", "said", "the ferry plan was a disgraceful waste"),
        ("she", "added", "“It is a sham,”"),
        ("Leo       Park", "shrugged off", "the disgraceful plan"),
    ]
    flags = score_attribution(_folder(tmp_path, FLAGGED, parts)).as_dict()["flags"]
    # Four flags: "Slams" (outlet, right), the first "disgraceful" (paraphrase, right, Ana
    # Ruiz), "sham" (quoted, right; "she" names nobody) and the second "disgraceful", which
    # we read as the outlet's where the gold gives it to Leo Park (the spaces the page stage
    # collapses in his name must not shift where the flag stands in the raw text).
    assert flags["flags"] == 4 and flags["voice_accuracy"] == 0.75
    assert flags["confusion"]["paraphrase"] == {"paraphrase": 1, "outlet": 1}
    assert flags["voices"]["paraphrase"]["precision"] == 1.0
    assert flags["voices"]["paraphrase"]["recall"] == 0.5
    assert flags["voices"]["outlet"]["precision"] == 0.5
    assert flags["speaker_flags"] == 2 and flags["speaker_accuracy"] == 0.5


def test_flags_stand_right_under_a_label_line(tmp_path: Path) -> None:
    # A breadcrumb above the headline is the section (the page stage skips it): the flags must
    # still be placed in the raw text, so the same four flags score as above.
    text = "  Local News\n\nMayor Slams the Plan for a Ferry to the Old Pier\n" + FLAGGED[23:]
    parts = [
        ("Ana Ruiz", "said", "the ferry plan was a disgraceful waste"),
        ("she", "added", "“It is a sham,”"),
        ("Leo       Park", "shrugged off", "the disgraceful plan"),
    ]
    flags = score_attribution(_folder(tmp_path, text, parts)).as_dict()["flags"]
    assert flags["flags"] == 4 and flags["voice_accuracy"] == 0.75
    assert flags["speaker_flags"] == 2 and flags["speaker_accuracy"] == 0.5


def test_gold_quotes_and_standoff_quirks(tmp_path: Path) -> None:
    text = "He said ''no'' and “yes” to Iraq’s ‘plan’."
    cov = _gold_quoted(text)
    inside = {w for w in ("no", "yes", "plan", "Iraq", "said") if cov[text.index(w)]}
    assert inside == {"no", "yes", "plan"}
    ann = tmp_path / "x.ann"
    # A discontinuous span, and a span text that ran over a line break (brat writes it so).
    ann.write_text(
        "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 10;12 14\tno\nyes\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (att,) = read_ann(ann)
    assert att.content == [(8, 10), (12, 14)] and att.source_text == "He"


def test_bad_folder_and_bad_standoff(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="text/ and attributions/"):
        score_attribution(tmp_path)
    bad = tmp_path / "bad.ann"
    bad.write_text("T1\tSource zero two\tHe\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"bad\.ann:1"):
        read_ann(bad)


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    main(["eval", "attribution", str(_folder(tmp_path)), "--json", str(out)])
    printed = capsys.readouterr().out
    assert "macro F1" in printed and "speaker accuracy: 0.500" in printed
    assert "voices of flagged words" in printed
    figures = json.loads(out.read_text())
    assert figures["speaker_attributions"] == 2 and "voice_accuracy" in figures["flags"]
    with pytest.raises(SystemExit) as exc:
        main(["eval", "attribution", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err
    assert exc.value.code != 0 and err.count("\n") == 1 and "annotator: error:" in err


def test_speaker_match_needs_a_name_not_a_title() -> None:
    # Sharing "Mr." or "Rep." does not make two people one; a possessive is its name.
    assert not _names_match({"Mr.", "Obama"}, "Mr. Rubio")
    assert not _names_match({"Rep.", "Ana", "Ruiz"}, "Rep")
    assert _names_match({"Rep.", "Ana", "Ruiz"}, "Rep. Ana Ruiz")
    assert _names_match({"Trump’s"}, "Trump")
    # A source naming only a group or an office matches on those words.
    assert _names_match({"Senate", "Republicans"}, "Republicans")
    assert not _names_match({"Senate", "Republicans"}, None)
