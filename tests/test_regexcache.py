"""The compiled-pattern cache: a pattern served from it is the pattern `re.compile` makes (same
code, flags, groups and matches); the cache stays out of the way outside its blocks, when off,
when damaged or when it cannot be written; and its file stays bounded."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import regexcache
from annotator.cli.lasting import lasting

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<name>[A-Z][a-z]+)\s+(?:said|says)\b", 0),
    (r"^\s*(?P<label>Q|A)\s*:\s+(?=\S)", re.MULTILINE),
    (r"colou?r|shade", re.IGNORECASE),
    (r"(?x) a \s+ b  # verbose", 0),
    (r"(?<=[.!?])(?:''|[\"”’»])?\s+(?=[\"“‘«„A-Z0-9]|'')", 0),
    (rb"\x00+(?P<tail>\w*)", 0),
]
TEXTS: list[str] = [
    "Ana said no. COLOR and shade. Q: why\nA:  yes", "a b", "“Fine.” Then Rita says so",
]


def _results(p: re.Pattern[str] | re.Pattern[bytes]) -> list[object]:
    out: list[object] = [p.pattern, p.flags, p.groups, dict(p.groupindex)]
    for text in TEXTS:
        subject = text.encode() + b"\x00\x00ab" if isinstance(p.pattern, bytes) else text
        out.append([(m.span(), m.groups()) for m in p.finditer(subject)])  # type: ignore[arg-type]
    return out


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of its own and no cache loaded yet in this process."""
    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ANNOTATOR_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_cache", None)
    monkeypatch.setattr(regexcache, "WRITE_AFTER_S", 0.0)  # even these few small patterns
    return tmp_path


def _compile_all() -> list[list[object]]:
    return [_results(re.compile(p, f)) for p, f in PATTERNS]  # type: ignore[type-var,arg-type]


def test_served_patterns_are_the_ones_re_compiles(fresh: Path, monkeypatch) -> None:
    expected = [_results(regexcache._original_compile(p, f)) for p, f in PATTERNS]
    assert expected[0][4] == [(((0, 8)), ("Ana",))]  # the patterns do match the texts
    with regexcache.patterns_from_cache() as first:
        assert first is not None
        assert _compile_all() == expected
    assert (first.hits, first.misses) == (0, len(PATTERNS))
    assert len(list((fresh / "annotator").glob("patterns-*.marshal"))) == 1

    monkeypatch.setattr(regexcache, "_cache", None)  # as a new process would start
    with regexcache.patterns_from_cache() as second:
        assert second is not None
        assert _compile_all() == expected
    assert (second.hits, second.misses) == (len(PATTERNS), 0)


def test_outside_a_block_and_when_off_re_compile_is_untouched(fresh: Path, monkeypatch) -> None:
    assert re.compile is regexcache._original_compile
    with regexcache.patterns_from_cache():
        assert re.compile is not regexcache._original_compile
        with regexcache.patterns_from_cache():  # nested blocks: still on until the outer ends
            pass
        assert re.compile is not regexcache._original_compile
    assert re.compile is regexcache._original_compile
    # a module that kept the cached compile gets the usual one after the block
    assert regexcache._compile(r"x+") is re.compile(r"x+")
    monkeypatch.setenv("ANNOTATOR_NO_CACHE", "1")
    with regexcache.patterns_from_cache() as off:
        assert off is None
        assert re.compile is regexcache._original_compile


def test_a_bad_pattern_raises_as_usual(fresh: Path) -> None:
    with regexcache.patterns_from_cache(), pytest.raises(re.error):
        re.compile(r"(unclosed")


def test_a_damaged_file_means_compiling_as_usual(fresh: Path, monkeypatch) -> None:
    with regexcache.patterns_from_cache():
        _compile_all()
    (path,) = (fresh / "annotator").glob("patterns-*.marshal")
    expected = [_results(regexcache._original_compile(p, f)) for p, f in PATTERNS]
    for damage in (b"not marshal data", path.read_bytes()[: 200]):
        path.write_bytes(damage)
        monkeypatch.setattr(regexcache, "_cache", None)
        with regexcache.patterns_from_cache() as cache:
            assert _compile_all() == expected
        assert cache is not None and cache.misses == len(PATTERNS)
    # a well-formed file whose code was tampered with: _sre refuses it, and re compiles anew
    monkeypatch.setattr(regexcache, "_cache", None)
    with regexcache.patterns_from_cache() as cache:
        assert cache is not None
        key = (PATTERNS[0][0], PATTERNS[0][1])
        flags, code, groups, groupindex, indexgroup = cache.stored[key]
        cache.stored[key] = (flags, b"\xff\xff\x00\x00" + code, groups, groupindex, indexgroup)
        assert _results(re.compile(*key)) == expected[0]  # type: ignore[type-var,arg-type]


def test_an_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(regexcache, "_cache", None)
    with regexcache.patterns_from_cache():
        assert _compile_all() == [
            _results(regexcache._original_compile(p, f)) for p, f in PATTERNS
        ]
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_file_keeps_other_runs_patterns_up_to_a_bound(fresh: Path, monkeypatch) -> None:
    with regexcache.patterns_from_cache():
        re.compile(r"one")
    monkeypatch.setattr(regexcache, "_cache", None)
    with regexcache.patterns_from_cache():  # another command's patterns join the file
        re.compile(r"two")
    (path,) = (fresh / "annotator").glob("patterns-*.marshal")
    assert set(regexcache._read(str(path))) == {("one", 0), ("two", 0)}
    monkeypatch.setattr(regexcache, "MAX_PATTERNS", 3)
    monkeypatch.setattr(regexcache, "_cache", None)
    with regexcache.patterns_from_cache():  # past the bound: only this run's are kept
        re.compile(r"three")
        re.compile(r"four")
    assert set(regexcache._read(str(path))) == {("three", 0), ("four", 0)}
    inode = path.stat().st_ino  # a rewrite replaces the file
    monkeypatch.setattr(regexcache, "_cache", None)
    with regexcache.patterns_from_cache():  # nothing new: the file is not rewritten
        re.compile(r"four")
    assert path.stat().st_ino == inode


def test_lasting_serves_the_command_lines_imports_from_the_cache(tmp_path: Path) -> None:
    """Two runs of one command: the second compiles none of its start-up patterns."""
    code = (
        "import re, annotator.regexcache as rc\n"
        "from annotator.cli.lasting import lasting\n"
        "with lasting():\n"
        "    import annotator.pipeline\n"
        "print(rc._cache.hits, rc._cache.misses)\n"
    )
    env = {**os.environ, "ANNOTATOR_CACHE_DIR": str(tmp_path)}
    env.pop("ANNOTATOR_NO_CACHE", None)
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                       check=True).stdout.split()
        for _ in range(2)
    ]
    first_hits, first_misses = map(int, runs[0])
    second_hits, second_misses = map(int, runs[1])
    assert first_misses > 100  # the pipeline's stages and the libraries they import
    # all but the few that a library builds from a set, in an order each process draws anew
    assert second_hits + second_misses == first_hits + first_misses
    assert second_misses <= 5


def test_lasting_still_restores_re_compile() -> None:
    with lasting():
        pass
    assert re.compile is regexcache._original_compile


def test_files_of_other_builds_are_pruned_once_stale(fresh: Path) -> None:
    folder = fresh / "annotator"
    folder.mkdir()
    old, recent = folder / "patterns-0000000000000000.marshal", folder / "patterns-1.marshal"
    old.write_bytes(b"")
    recent.write_bytes(b"")
    os.utime(old, (0, 0))  # unread since 1970
    with regexcache.patterns_from_cache():
        re.compile(r"new")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [recent.name, Path(regexcache._path()).name]
    )
