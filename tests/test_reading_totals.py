"""bench/reading_totals.py: reading figures counted from judged files, shown and hidden apart."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.reading_totals import Totals, reading  # noqa: E402

HEADER = "file\tflag_text\tentry\tvoice\tspeaker\tshown\tclass\tnote\n"


def _folder(tmp_path: Path, name: str, rows: list[tuple[str, str]], missed: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    lines = [
        f"p.txt\tw{i}\tw\toutlet\tNone\t{shown}\t{judged}\t\n"
        for i, (shown, judged) in enumerate(rows)
    ]
    (folder / "judgements-polnear.tsv").write_text(HEADER + "".join(lines), encoding="utf-8")
    gaps = "".join(f"p.txt\tmiss{i}\tloaded\toutlet\t\n" for i in range(missed))
    (folder / "missed-polnear.tsv").write_text(
        "file\tmissed_text\tcategory\tvoice\tnote\n" + gaps, encoding="utf-8"
    )
    return folder


def test_shown_and_hidden_flags_are_counted_apart(tmp_path: Path) -> None:
    rows = [("True", "right"), ("True", "wrong_sense"), ("False", "right"), ("False", "trivial")]
    totals = reading(_folder(tmp_path, "r1", rows, missed=2))
    assert totals.shown == {"right": 1, "wrong_sense": 1}
    assert totals.every == {"right": 2, "wrong_sense": 1, "trivial": 1}
    assert totals.missed == 2
    line = totals.line("r1")
    # found counts hidden right flags (2 of 4 wanted); found shown only the shown one.
    assert "found 50.0% (2/4)" in line
    assert "found shown 25.0%" in line
    assert "right 1 (50.0%)" in line


def test_readings_pool_by_counts_not_by_shares(tmp_path: Path) -> None:
    pooled = Totals()
    pooled.add(reading(_folder(tmp_path, "a", [("True", "right")], missed=0)))
    pooled.add(reading(_folder(tmp_path, "b", [("True", "trivial")] * 3, missed=1)))
    assert pooled.shown == {"right": 1, "trivial": 3}
    assert "right 1 (25.0%)" in pooled.line("pooled")
    assert "found 50.0% (1/2)" in pooled.line("pooled")
