"""The evidence rule of bench/entry_evidence.py (issue 9: calibrate entries' default visibility)
on a reading folder of our own, written in the layout bench/reading_sample.py produces."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

# bench/ is not part of the installed package; import it from the project root.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.framing import default_lexicon  # noqa: E402
from bench import entry_evidence  # noqa: E402
from bench.entry_evidence import Evidence, _numbers, judged, verdict  # noqa: E402


def _reading(root: Path, name: str, pages: dict[str, str], rows: list[str]) -> None:
    folder = root / name
    (folder / "pages").mkdir(parents=True)
    for page, body in pages.items():
        (folder / "pages" / f"{page}.txt").write_text(
            f"# {page}\ngenre: unknown\noutlet: no_url\nHEADLINE: A day in town\n\n"
            f"- FLAG ...\n\nBODY:\n{body}",
            encoding="utf-8",
        )
    header = "file\tflag_text\tentry\tvoice\tspeaker\tshown\tclass\tnote\n"
    (folder / "judgements-web.tsv").write_text(header + "".join(r + "\n" for r in rows))


def test_judgements_count_once_per_word_and_only_while_the_code_still_flags_it(
    tmp_path: Path,
) -> None:
    _reading(
        tmp_path,
        "judge",
        # "thugs" twice on one page is one judgement; "not thugs" is no longer flagged.
        {
            "web00": "The mayor called them thugs. Thugs, he said again.",
            "web01": "They are not thugs.",
        },
        [
            "web00.txt\tthugs\tthugs\toutlet\tNone\tTrue\ttrivial\t",
            "web01\tthugs\tthugs\toutlet\tNone\tTrue\twrong_sense\t",
        ],
    )
    _reading(
        tmp_path,
        "judge2",
        # judged under an older entry id: matched by the word alone
        {"web00": "Protesters were branded thugs by the mayor."},
        ["web00\tthugs\told-thug-id\toutlet\tNone\tTrue\tright\t"],
    )
    ev: dict[str, Evidence] = defaultdict(Evidence)
    names = judged([tmp_path], default_lexicon(), ev)
    assert names == ["judge", "judge2"]
    [entry] = [k for k, e in ev.items() if e.judged]
    assert ev[entry].judged == Counter({"trivial": 1, "right": 1})


def _ev(ptc: tuple[int, float] = (0, 0.0), **judged: int) -> Evidence:
    return Evidence(judged=Counter(judged), ptc_n=ptc[0], ptc_in=ptc[1])


def test_the_rule_needs_two_judged_flags_none_right_and_weak_gold_precision() -> None:
    assert verdict(_ev(trivial=1, wrong_sense=1), median=0.6)  # no gold hits: judged evidence
    assert verdict(_ev((4, 1.0), trivial=2), median=0.6)  # gold precision 0.25 < 0.6
    assert not verdict(_ev(trivial=1), median=0.6)  # one judged flag is not enough
    assert not verdict(_ev(trivial=3, right=1), median=0.6)
    assert not verdict(_ev(trivial=3, wrong_voice=1), median=0.6)  # the word was worth a flag
    assert not verdict(_ev((4, 3.0), trivial=3), median=0.6)  # experts marked it: 0.75


def test_reading_numbers_read_as_a_range() -> None:
    assert _numbers(["judge", "judge10", "judge2", *(f"judge{i}" for i in range(3, 10))]) == "1-10"
    assert _numbers(["judge3", "judge5"]) == "3, 5"
    assert _numbers([*(f"read{i}" for i in range(34, 47)), "read48"]) == "34-46, 48"


def test_a_reading_sample_folder_is_read_as_written_and_dev_pages_never_count(
    tmp_path: Path,
) -> None:
    """bench/reading_sample.py writes the pages beside the judgements; PolNeAR dev pages are held
    out, so their judgements must not calibrate anything even if the folder is passed."""
    folder = tmp_path / "read48"
    folder.mkdir()
    for page in ("ptc00", "dev00"):
        (folder / f"{page}.txt").write_text(
            f"# {page}\ngenre: unknown\noutlet: no_url\nHEADLINE: A day in town\n\n"
            "BODY:\nThe mayor called them thugs.",
            encoding="utf-8",
        )
    header = "file\tflag_text\tentry\tvoice\tspeaker\tshown\tclass\tnote\n"
    row = "{}.txt\tthugs\tthugs\toutlet\tNone\tTrue\ttrivial\t\n"
    rows = "".join(row.format(p) for p in ("ptc00", "dev00"))
    (folder / "judgements-ptcA.tsv").write_text(header + rows, encoding="utf-8")
    ev: dict[str, Evidence] = defaultdict(Evidence)
    assert judged([folder], default_lexicon(), ev) == ["read48"]
    assert sum(e.judged["trivial"] for e in ev.values()) == 1


def test_apply_edits_only_the_lowered_entries_lines(tmp_path: Path, monkeypatch: Any) -> None:
    """Curators keep comments inside the lexicon; lowering an entry must not rewrite the file."""
    lexicon = tmp_path / "en.yaml"
    text = (
        "# head\nentries:\n"
        "- id: alpha\n  # why alpha is listed\n  severity: medium\n  examples:\n  - An alpha.\n\n"
        "- id: beta\n  severity: high\n"
    )
    lexicon.write_text(text, encoding="utf-8")
    monkeypatch.setattr(entry_evidence, "LEXICON", lexicon)
    entry_evidence.apply({"alpha": "Lowered from medium: two trivial flags."})
    assert lexicon.read_text(encoding="utf-8") == (
        "# head\nentries:\n"
        "- id: alpha\n  # why alpha is listed\n  severity: low\n  examples:\n  - An alpha.\n"
        "  calibration: 'Lowered from medium: two trivial flags.'\n\n"
        "- id: beta\n  severity: high\n"
    )


def test_every_calibrated_entry_sits_one_step_below_what_its_note_says() -> None:
    """A curator reading an entry sees why its severity differs from the first choice; a later
    hand edit that moves the severity must move the note too."""
    below = {"high": "medium", "medium": "low"}
    calibrated = [e for e in default_lexicon().entries if e.calibration]
    assert calibrated
    for e in calibrated:
        was = e.calibration.removeprefix("Lowered from ").split(" ", 1)[0]
        assert below.get(was) == e.severity, (e.id, e.severity, e.calibration)
