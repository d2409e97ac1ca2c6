"""Registry mappings that a loaded copy of the compiled-data cache unpickles piecemeal.

A CLI run loads the registry from the compiled-data cache to look up one or two addresses;
unpickling all of its hundreds of profiles (thousands of nested pydantic models) cost more than
the rest of the lookup, and so did the imported ratings' rows. Pickled, these mappings keep
their values packed, and a loaded copy unpickles only what is read.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .schema import Outlet


class OutletStore(MutableMapping[str, "Outlet"]):
    """Outlet profiles by id, each pickled on its own. Order is kept: first-come rules (which
    outlet keeps a shared name) read the profiles in the order they were added."""

    def __init__(self) -> None:
        self._items: dict[str, Outlet | bytes] = {}

    def __getitem__(self, key: str) -> Outlet:
        value = self._items[key]
        if isinstance(value, bytes):
            value = self._items[key] = pickle.loads(value)
        return value

    def __setitem__(self, key: str, value: Outlet) -> None:
        self._items[key] = value

    def __delitem__(self, key: str) -> None:
        del self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __reduce__(self) -> tuple[object, tuple[dict[str, bytes]]]:
        packed = {
            k: v if isinstance(v, bytes) else pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)
            for k, v in self._items.items()
        }
        return _unpack, (packed,)

    def __repr__(self) -> str:
        return f"OutletStore({len(self)} outlets)"


def _unpack(packed: dict[str, bytes]) -> OutletStore:
    store = OutletStore()
    store._items.update(packed)
    return store


V = TypeVar("V")


class Sharded(Mapping[str, V]):
    """A read-only mapping that pickles as a few hundred shards, by a stable hash of the key;
    a loaded copy unpickles a shard when one of its keys is first read. For the imported
    ratings: tens of thousands of rated domains, of which a lookup reads two or three."""

    SHARDS = 256

    def __init__(self, data: Mapping[str, V] | None = None) -> None:
        shards: list[dict[str, V]] = [{} for _ in range(self.SHARDS)]
        for key, value in (data or {}).items():
            shards[self._shard(key)][key] = value
        self._shards: list[dict[str, V] | bytes] = list(shards)
        self._len = sum(len(s) for s in shards)

    def _shard(self, key: str) -> int:
        return zlib.crc32(key.encode("utf-8", "surrogatepass")) % self.SHARDS

    def _load(self, i: int) -> dict[str, V]:
        shard = self._shards[i]
        if isinstance(shard, bytes):
            shard = self._shards[i] = pickle.loads(shard)
        return shard

    def __getitem__(self, key: str) -> V:
        return self._load(self._shard(key))[key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._load(self._shard(key))

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self._shards)):
            yield from self._load(i)

    def __len__(self) -> int:
        return self._len

    def __reduce__(self) -> tuple[object, tuple[list[bytes], int]]:
        packed = [
            s if isinstance(s, bytes) else pickle.dumps(s, protocol=pickle.HIGHEST_PROTOCOL)
            for s in self._shards
        ]
        return _unshard, (packed, self._len)


def _unshard(packed: list[bytes], length: int) -> Sharded[Any]:
    out: Sharded[Any] = Sharded()
    out._shards = list(packed)
    out._len = length
    return out
