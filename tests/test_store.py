"""The registry's lazily unpickled mappings (sources/store.py): a pickled copy reads the same as
the original and unpickles only what is read."""

from __future__ import annotations

import pickle

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
