"""Ratings imported from open data (`importers.py` writes `imported-ratings.tsv`), read back for
lookups: each rater's entry keeps its own scope, a path-listed entry leads on pages under its path,
a host inherits its parents' ratings and an outlet its other domains', and scores built from
imputed inputs always come last."""

from __future__ import annotations

import datetime as dt
import importlib.resources
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import HttpUrl

from ..errors import DataFileError
from .schema import Rating
from .store import Sharded


def under(path: str, prefix: str) -> bool:
    """Whether a URL path lies under a path prefix, at a segment boundary: /persian holds
    /persian and /persian/x, not /persiannews."""
    prefix = prefix.rstrip("/")
    return path == prefix or path.startswith(prefix + "/")


_ImportedRow = tuple[str, str, str, str, bool, str]  # source id, scope, path, label, imputed, note


def bundled_ratings_path() -> Path:
    return Path(str(importlib.resources.files("annotator") / "data" / "imported-ratings.tsv"))


@dataclass
class ImportedRatings:
    """Ratings imported from open data (see importers.py), kept as raw rows until looked up:
    building thousands of models at start-up would cost more than the whole lookup."""

    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    # By domain; loaded from the cache, a shard of domains at a time (store.Sharded).
    rows: Mapping[str, list[_ImportedRow]] = field(default_factory=dict)
    path: str | None = None
    _built: dict[str, list[tuple[str, Rating]]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: Path) -> ImportedRatings:
        # Named as the registry's layers are: "bundled" for the shipped file, so no report (or
        # API response) carries the install path.
        bundled = path.resolve() == bundled_ratings_path().resolve()
        out = cls(path="bundled" if bundled else str(path))
        if not path.is_file():
            return out
        rows: dict[str, list[_ImportedRow]] = {}
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if line.startswith("#source\t"):
                    meta = dict(kv.split("=", 1) for kv in line.split("\t")[1:])
                    out.sources[meta["id"]] = meta
                    continue
                if not line or line.startswith("#") or line.startswith("domain\t"):
                    continue
                parts = line.split("\t")
                if len(parts) != 7 or parts[1] not in out.sources:
                    raise DataFileError(
                        f"{path}:{lineno}: malformed imported-ratings row (expected 7 columns: "
                        "domain, source, scope, path, label, imputed, note; re-run "
                        "`annotator sources import`)"
                    )
                domain, sid, scope, listed, label, imputed, note = parts
                rows.setdefault(domain, []).append(
                    (sid, scope, listed, label, imputed == "yes", note)
                )
        out.rows = Sharded(rows)
        return out

    def for_domain(self, domain: str, path: str = "/") -> list[Rating]:
        """The domain's ratings as models (built once per domain: they never change); an entry
        the rater listed at a path under which `path` lies comes first."""
        if domain not in self.rows:
            return []
        built = self._built.get(domain)
        if built is None:
            built = self._built[domain] = self._build(domain)
        return [r for _, r in sorted(built, key=lambda item: _path_rank(item[0], path))]

    def for_hosts(
        self, hosts: list[str], path: str = "/", fallbacks: tuple[str, ...] = ()
    ) -> list[Rating]:
        """Ratings for a host and each parent domain (edition.cnn.com inherits cnn.com's),
        then, for a rater that lists none of those, its rows for the outlet's other domains
        (`fallbacks`: sputniknews.com for sputnikglobe.com). Each rating names the domain it
        was listed for; imputed estimates always come last."""
        out: list[Rating] = []
        for host in hosts:
            out += self.for_domain(host, path)
        have = {self._sid(r) for r in out}
        for domain in fallbacks:
            extra = [r for r in self.for_domain(domain, path) if self._sid(r) not in have]
            out += extra
            have |= {self._sid(r) for r in extra}
        return sorted(out, key=lambda r: r.imputed)  # stable: otherwise the order above

    @staticmethod
    def _sid(rating: Rating) -> str:
        return rating.rater_id or rating.rater

    def _build(self, domain: str) -> list[tuple[str, Rating]]:
        ratings = []
        for sid, scope, listed, label, imputed, note in self.rows.get(domain, []):
            meta = self.sources[sid]
            if listed:
                scope = f"{scope}, listed at {domain}{listed}"
            ratings.append((listed, Rating(
                rater=meta["rater"],
                label=label,
                scope=scope,
                domain=domain,
                rater_id=sid,
                source=HttpUrl(meta["url"]),
                as_of=dt.date.fromisoformat(meta["as_of"]),
                licence=meta["licence"],
                imputed=imputed,
                note=note or None,
                layer=self.path,
            )))
        order = list(self.sources)  # the importer's order: the newest snapshot of a list first
        return sorted(ratings, key=lambda item: order.index(item[1].rater_id or ""))


def _path_rank(listed: str, path: str) -> int:
    """0: the URL lies under the entry's listed path; 1: a whole-domain entry; 2: another path."""
    if not listed:
        return 1
    return 0 if under(path, listed) else 2


