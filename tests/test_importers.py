"""The ratings importer on small fixture files: facts only, imputed marked, re-runs idempotent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from annotator.errors import DataFileError
from annotator.sources.importers import import_ratings
from annotator.sources.registry import Registry

DATA = Path(__file__).parent / "fixtures" / "ratings"
MINI = Path(__file__).parent / "fixtures" / "sources-mini.yaml"


@pytest.fixture()
def imported(tmp_path: Path) -> Path:
    out = tmp_path / "imported.tsv"
    import_ratings(DATA, out, today=dt.date(2026, 11, 29))
    return out


def test_counts_and_header(imported: Path) -> None:
    text = imported.read_text()
    assert "id=lin2023" in text and "licence=CC BY-SA 4.0" in text and "sha256=" in text
    assert "imported=2026-11-29" in text
    assert "prose that must never be imported" not in text
    assert "notes are not imported" not in text


def test_rerun_updates_rather_than_duplicates(imported: Path, tmp_path: Path) -> None:
    first = imported.read_text()
    import_ratings(DATA, imported, today=dt.date(2026, 11, 29))
    assert imported.read_text() == first
    rows = [ln for ln in first.splitlines() if not ln.startswith(("#", "domain\t"))]
    assert len(rows) == len(set(rows)) == 8


def test_ratings_attach_to_lookups(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    m = reg.lookup("https://www.fakewire.test/story")
    assert m.status == "not_in_registry"
    by_rater = {r.rater.split(",")[0].split(" (")[0]: r for r in m.domain_ratings}
    assert by_rater["Wikipedia: Reliable sources/Perennial sources"].label == "deprecated"
    assert by_rater["OpenSources"].label == "fake; conspiracy"
    lin = by_rater["Lin et al. 2023"]
    assert lin.imputed is True and "imputed inputs: afm" in (lin.note or "")
    assert str(lin.source) == "https://doi.org/10.1093/pnasnexus/pgad286"
    # Every imported rating is cited and dated.
    assert all(r.source and r.as_of for r in m.domain_ratings)


def test_fully_rated_score_is_not_imputed_and_unknown_status_is_skipped(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    (lin,) = [r for r in reg.lookup("exampledaily.test").domain_ratings if "Lin" in r.rater]
    assert lin.imputed is False and lin.label.startswith("pc1 0.90")
    assert reg.lookup("odd.test").domain_ratings == []


def test_rsp2021_domains_with_paths_are_cleaned(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    labels = [r.label for r in reg.lookup("fakewire-mirror.test").domain_ratings]
    assert labels == ["blacklisted; deprecated"]


def test_missing_data_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no ratings files found"):
        import_ratings(tmp_path, tmp_path / "out.tsv")


def test_malformed_imported_file_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "#source\tid=x\trater=X\turl=https://x.test\tlicence=l\tas_of=2020-01-01\n"
        "domain\tsource\tlabel\timputed\tnote\nx.test\tunknown\tl\tno\t\n"
    )
    with pytest.raises(DataFileError, match=r"bad\.tsv:3: malformed"):
        Registry.load([MINI], ratings=bad)
