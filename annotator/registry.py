"""Identify-the-outlet stage: load `sources.yaml` and match a URL to an outlet profile.

Matching is by host name: the exact host first, then each parent host up to the registrable
domain (Public Suffix List via tldextract, bundled list, never the network), so `english.`,
`www.`, `m.` and `amp.` hosts inherit their outlet. Because private suffixes such as
blogspot.com are in the list, a user's blog is its own registrable domain and never inherits the
platform's profile.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import tldextract

from .errors import DataFileError
from .models import OutletMatch
from .registry_schema import Domain, Outlet, RegistryFile
from .yamlfile import line_of, load_model

STALE_AFTER_DAYS = 365


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() and cache_dir=None: use the snapshot bundled with tldextract only.
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def bundled_sources_path() -> Path:
    """`sources.yaml` as shipped in the wheel, or at the project root in a source checkout."""
    packaged = importlib.resources.files("annotator") / "sources.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "sources.yaml"


def host_of(url: str) -> str | None:
    """The lowercase host name of a URL (or of a bare domain), without port or trailing dot."""
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        pass
    return host


def registrable_domain(host: str) -> str:
    """The registrable domain of a host (eTLD+1), or the host itself when there is none."""
    return _extractor()(host).top_domain_under_public_suffix or host


@dataclass(frozen=True)
class _Hit:
    outlet: Outlet
    domain: Domain
    layer: str


@dataclass
class Registry:
    outlets: dict[str, Outlet] = field(default_factory=dict)
    layers: dict[str, str] = field(default_factory=dict)  # outlet id -> file it came from
    _by_host: dict[str, list[_Hit]] = field(default_factory=dict)

    @classmethod
    def load(cls, paths: list[Path] | None = None) -> Registry:
        """Load the bundled registry, then each overlay in order (later layers win by id)."""
        reg = cls()
        for path in paths or [bundled_sources_path()]:
            reg.add_file(path)
        return reg

    def add_file(self, path: Path) -> None:
        parsed, raw = load_model(path, RegistryFile)
        seen: set[str] = set()
        for i, outlet in enumerate(parsed.outlets):
            if outlet.id in seen:
                line = line_of(raw, ("outlets", i, "id"))
                raise DataFileError(f"{path}:{line}: outlets[{i}].id: duplicate id {outlet.id!r}")
            seen.add(outlet.id)
        for outlet in parsed.outlets:
            self.outlets[outlet.id] = outlet
            self.layers[outlet.id] = str(path)
        self._reindex()

    def _reindex(self) -> None:
        self._by_host = {}
        for outlet in self.outlets.values():
            for dom in outlet.domains:
                hit = _Hit(outlet, dom, self.layers[outlet.id])
                self._by_host.setdefault(dom.domain, []).append(hit)

    def lookup(self, url: str | None, *, today: dt.date | None = None) -> OutletMatch:
        """Match a URL (or bare domain) to an outlet, saying how it matched."""
        if not url:
            return OutletMatch(domain=None, host=None, status="no_url")
        host = host_of(url)
        if not host:
            return OutletMatch(domain=None, host=None, status="no_url", how="no host in URL")
        path = urlsplit(url if "://" in url else "http://" + url).path or "/"
        reg = registrable_domain(host)
        candidate = host
        while True:
            hit = self._best(self._by_host.get(candidate, []), path)
            if hit:
                return self._match(hit, host, reg, candidate, today)
            if candidate == reg or "." not in candidate:
                break
            candidate = candidate.split(".", 1)[1]
        return OutletMatch(domain=reg, host=host, status="not_in_registry")

    @staticmethod
    def _best(hits: list[_Hit], path: str) -> _Hit | None:
        """Among entries for one host, the longest matching path prefix wins."""
        best: _Hit | None = None
        for hit in hits:
            prefix = hit.domain.path
            if prefix is None:
                if best is None:
                    best = hit
            elif path.startswith(prefix) and (
                best is None or best.domain.path is None or len(prefix) > len(best.domain.path)
            ):
                best = hit
        return best

    def _match(
        self, hit: _Hit, host: str, reg: str, matched: str, today: dt.date | None
    ) -> OutletMatch:
        if matched == host:
            how = f"exact domain {matched}"
        else:
            how = f"subdomain of {matched}"
        if hit.domain.path:
            how += f" under path {hit.domain.path}"
        role = hit.domain.role
        if role != "primary":
            how += f" ({role} domain)"
        age = ((today or dt.date.today()) - hit.outlet.last_reviewed).days
        return OutletMatch(
            domain=reg, host=host, status="matched", how=how, domain_role=role,
            outlet=hit.outlet, layer=hit.layer, stale=age > STALE_AFTER_DAYS,
        )


@functools.cache
def default_registry() -> Registry:
    return Registry.load()
