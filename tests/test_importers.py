"""The ratings importer on small fixture files: facts only, imputed marked, re-runs idempotent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from annotator.errors import DataFileError
from annotator.sources.importers import import_ratings
from annotator.sources.registry import Registry
from annotator.sources.schema import Rating

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
    assert len(rows) == len(set(rows)) == 17


def test_ratings_attach_to_lookups(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    m = reg.lookup("https://www.fakewire.test/story")
    assert m.status == "not_in_registry"
    by_rater = {r.rater_id: r for r in m.domain_ratings}
    assert by_rater["rsp-2026"].label == "deprecated"
    assert by_rater["opensources-2017"].label == "fake; conspiracy"
    lin = by_rater["lin2023"]
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
        "domain\tsource\tscope\tpath\tlabel\timputed\tnote\nx.test\tunknown\tsite\t\tl\tno\t\n"
    )
    with pytest.raises(DataFileError, match=r"bad\.tsv:3: malformed"):
        Registry.load([MINI], ratings=bad)


def _scopes(ratings: list[Rating], rater_id: str) -> dict[str, str]:
    return {r.scope: r.label for r in ratings if r.rater_id == rater_id}


def test_every_entry_keeps_its_own_scope_and_label(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    ratings = reg.lookup("https://www.fakefox.test/story").domain_ratings
    assert _scopes(ratings, "rsp-2021") == {
        "Fake Fox (news)": "generally reliable",
        "Fake Fox (talk shows)": "generally unreliable",
    }
    (combined,) = [r for r in ratings if r.rater_id == "rsp-2026"]
    assert combined.scope == "Fake Fox (news); Fake Fox (talk shows)"
    assert "one status for these entries together" in (combined.note or "")
    assert all(r.scope != "site" for r in ratings if r.rater_id.startswith("rsp"))  # type: ignore[union-attr]


def test_a_path_listed_entry_is_scoped_to_its_path_and_leads_there(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    sunday = reg.lookup("https://dailypaper.test/sunday/x").domain_ratings
    daily = reg.lookup("https://dailypaper.test/news/x").domain_ratings
    assert sunday[0].scope == "The Sunday Paper, listed at dailypaper.test/sunday"
    assert daily[0].scope == "Daily Paper" and daily[0].label == "generally reliable"
    assert {r.scope for r in sunday} == {r.scope for r in daily}  # both kept, never merged


def test_subdomain_inherits_parent_and_imputed_comes_last(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    ratings = reg.lookup("https://edition.exampledaily.test/x").domain_ratings
    assert [(r.domain, r.imputed) for r in ratings if r.rater_id == "lin2023"] == [
        ("exampledaily.test", False),
        ("edition.exampledaily.test", True),
    ]
    assert ratings[-1].imputed and not any(r.imputed for r in ratings[:-1])
    last = ratings[-1]
    assert last.label.startswith("model estimate 0.68") and "not a rating" in last.label


def test_outlet_inherits_a_rating_listed_under_its_other_domain(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    (old,) = reg.lookup("https://newglobe.test/a").domain_ratings
    assert old.domain == "oldglobe.test" and old.label == "deprecated"


def test_a_domain_missing_from_the_newer_snapshot_says_so(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    (old,) = reg.lookup("https://oldglobe.test/a").domain_ratings
    assert "status from the 2021-03-17 snapshot" in (old.note or "")
    assert "(2026) does not list oldglobe.test" in (old.note or "")
    (listed,) = [r for r in reg.lookup("https://fakefox.test/").domain_ratings
                 if r.scope == "Fake Fox (news)"]
    assert listed.note is None  # fakefox.test is in the 2026 file


def test_a_platforms_ratings_never_attach_to_a_post_on_it(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    news = reg.lookup("https://news.google.com/articles/CBMiAbc?hl=en")
    assert news.domain_ratings == [] and news.platform == "Google"
    assert "do not apply" in (news.how or "")
    assert {r.label for r in reg.lookup("https://google.com/").domain_ratings} == {"no consensus"}


def test_official_social_accounts_resolve_to_the_outlet(imported: Path) -> None:
    reg = Registry.load([MINI], ratings=imported)
    for url in ("https://www.youtube.com/@PressTV/videos", "https://x.com/presstv/status/1",
                "https://twitter.com/PressTV"):
        m = reg.lookup(url)
        assert m.status == "matched" and m.outlet is not None and m.outlet.id == "press-tv", url
        assert m.domain_role == "social account"
    stranger = reg.lookup("https://www.youtube.com/@SomeoneElse")
    assert stranger.status == "not_in_registry" and stranger.outlet is None


def test_stats_report_coverage_by_region_and_side(imported: Path, tmp_path: Path) -> None:
    from annotator.sources.stats import registry_stats

    side = tmp_path / "side.yaml"
    side.write_text(
        "schema_version: 1\noutlets:\n  - id: bbc\n    leaning:\n"
        "      - {side: centre_left, rater: Rater A, source: 'https://rater.example/bbc',"
        " as_of: 2025-01-01}\n"
        "      - {side: centre, rater: Rater B, source: 'https://other.example/bbc',"
        " as_of: 2025-02-01}\n"
    )
    stats = registry_stats(Registry.load([MINI, side], ratings=imported, use_cache=False))
    # Al-Manar (LB) and Press TV (IR) are MENA, the BBC pair Europe, The Globe (RU) Europe.
    assert stats["by_region"] == {"Europe": 3, "Middle East and North Africa": 2}
    # Two raters place the BBC on two sides: it counts on both; the rest cite no leaning.
    assert stats["by_side"]["centre_left"] == 1 and stats["by_side"]["centre"] == 1
    assert stats["by_side"]["no leaning cited"] == stats["outlets"] - 1
    assert 0 < stats["claims_checked_share"] < 1  # Al-Manar's one claim is unchecked
