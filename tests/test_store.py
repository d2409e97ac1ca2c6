"""The registry's lazily unpickled mappings (sources/store.py): a pickled copy reads the same as
the original and unpickles only what is read."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from annotator.sources.registry import Registry
from annotator.sources.store import OutletStore, Sharded


def _packed(store: OutletStore) -> int:
    return sum(isinstance(v, bytes) for v in store._items.values())


def test_registry_round_trip_unpickles_only_the_outlets_a_lookup_reads() -> None:
    reg = Registry.load(use_cache=False)
    copy = pickle.loads(pickle.dumps(reg, protocol=pickle.HIGHEST_PROTOCOL))
    assert isinstance(copy.outlets, OutletStore)
    assert _packed(copy.outlets) == len(reg.outlets)  # nothing read yet
    match = copy.lookup("https://english.almanar.com.lb/news/1")
    assert match.outlet is not None and match.outlet.id == "al-manar"
    assert match == reg.lookup("https://english.almanar.com.lb/news/1")
    assert len(copy.outlets) - _packed(copy.outlets) <= 2
    assert list(copy.outlets) == list(reg.outlets)  # order kept: first-come rules rely on it
    assert [o.id for o in copy.outlets.values()] == [o.id for o in reg.outlets.values()]
    assert _packed(copy.outlets) == 0


def test_sharded_rows_read_alike_and_load_one_shard_per_key() -> None:
    data = {f"site{i}.example": [(str(i), "x")] for i in range(1000)}
    rows: Sharded[list[tuple[str, str]]] = pickle.loads(pickle.dumps(Sharded(data)))
    assert len(rows) == 1000
    assert all(isinstance(s, bytes) for s in rows._shards)
    assert rows["site7.example"] == [("7", "x")]
    assert "nowhere.example" not in rows and rows.get("nowhere.example") is None
    assert sum(not isinstance(s, bytes) for s in rows._shards) <= 2
    assert dict(rows) == data


def test_suffix_list_from_the_cache_reads_alike_and_unpickles_only_what_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tldextract

    from annotator.sources import suffixes

    monkeypatch.setenv("ANNOTATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ANNOTATOR_NO_CACHE", raising=False)
    hosts = ["www.bbc.co.uk", "foo.blogspot.com", "a.b.kawasaki.jp", "city.kawasaki.jp",
             "x.test", "127.0.0.1", "xn--80ak6aa92e.com", "news.sina.com.cn", "sub.ck"]
    plain = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )
    try:
        suffixes.extractor.cache_clear()
        suffixes.extractor()  # built, and written to the cache
        assert len(list(tmp_path.glob("annotator/suffixes-*.pickle"))) == 1
        suffixes.extractor.cache_clear()
        loaded = suffixes.extractor()
        root = loaded._extractor.tlds_incl_private_trie.matches
        assert isinstance(root, Sharded) and all(isinstance(s, bytes) for s in root._shards)
        assert [loaded(h) for h in hosts] == [plain(h) for h in hosts]
        # a shard per top-level label read, and the one a "*" (wildcard) key would be in
        tops = {h.rsplit(".", 1)[-1] for h in hosts}
        assert sum(not isinstance(s, bytes) for s in root._shards) <= len(tops) + 1
        assert sorted(loaded.tlds) == sorted(plain.tlds)
    finally:
        suffixes.extractor.cache_clear()
