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


def test_stale_and_surplus_entries_are_pruned(tmp_path: Path, monkeypatch) -> None:
    import os

    from annotator import cache

    folder = tmp_path / "c" / "annotator"
    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(tmp_path / "c"))
    folder.mkdir(parents=True)
    old = folder / "t-old.pickle"
    old.write_bytes(b"x")
    os.utime(old, (1, 1))  # unread since 1970
    other_kind = folder / "u-old.pickle"
    other_kind.write_bytes(b"x")
    os.utime(other_kind, (1, 1))
    for i in range(cache.KEEP_PER_KIND + 3):
        src = tmp_path / f"d{i}.yaml"
        src.write_text(str(i))
        assert cached("t", [src], lambda i=i: i) == i
    left = sorted(folder.glob("t-*.pickle"))
    assert len(left) == cache.KEEP_PER_KIND
    assert not old.exists()
    assert other_kind.exists()  # another kind is pruned only when that kind is written


def test_read_only_home_still_runs(tmp_path: Path) -> None:
    """No cache directory can be made (HOME is a file): the CLI works, just uncached."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home-is-a-file"
    home.write_text("")
    env = {k: v for k, v in os.environ.items()
           if k not in ("ANNOTATOR_CACHE_DIR", "XDG_CACHE_HOME", "ANNOTATOR_NO_CACHE")}
    env["HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "sample", "-f", "json"],
        capture_output=True, env=env, check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
    assert b'"headline"' in done.stdout
