"""The compiled-data cache: reused while inputs are unchanged, rebuilt when any changes."""

from __future__ import annotations

from pathlib import Path

from annotator.cache import cached


def test_cache_reuses_and_invalidates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(tmp_path / "c"))
    src = tmp_path / "data.yaml"
    src.write_text("a: 1\n")
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"n": len(calls)}

    assert cached("t", [src], build) == {"n": 1}
    assert cached("t", [src], build) == {"n": 1}  # from disk, not rebuilt
    src.write_text("a: 2\n")
    assert cached("t", [src], build) == {"n": 2}
    monkeypatch.setenv("ANNOTATOR_NO_CACHE", "1")
    assert cached("t", [src], build) == {"n": 3}


def test_unwritable_cache_dir_is_not_an_error(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(blocker))  # a file where a folder should be
    assert cached("t", [blocker], lambda: 42) == 42
