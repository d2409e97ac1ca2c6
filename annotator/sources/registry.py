"""Identify-the-outlet stage: load `sources.yaml` and match a URL to an outlet profile.

Matching is by host name: the exact host first, then each parent host up to the registrable
domain (Public Suffix List via tldextract, bundled list, never the network), so `english.`,
`www.`, `m.` and `amp.` hosts inherit their outlet. Because private suffixes such as
blogspot.com are in the list, a user's blog is its own registrable domain and never inherits the
platform's profile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import importlib.resources
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..cache import cached
from ..datafiles import line_of, load_model, validate, without
from ..errors import DataFileError
from ..models import OutletMatch
from .names import NameIndex
from .ratings import ImportedRatings, bundled_ratings_path, under
from .schema import (
    CLAIM_LISTS,
    Domain,
    Outlet,
    OutletPatch,
    OverlayFile,
    Rating,
    RegistryFile,
)
from .social import account, hosted_platform, normal_platform
from .store import OutletStore
from .suffixes import extractor

STALE_AFTER_DAYS = 365


def bundled_sources_path() -> Path:
    """`sources.yaml` as shipped in the wheel, or at the project root in a source checkout."""
    packaged = importlib.resources.files("annotator") / "sources.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "sources.yaml"


def host_and_path(url: str) -> tuple[str | None, str]:
    """The lowercase host name (no port, no trailing dot) and path of a URL or bare domain."""
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None, "/"
    if not host:
        return None, "/"
    host = host.rstrip(".").lower()
    if not host.isascii():
        with contextlib.suppress(UnicodeError):  # an undecodable name stays as given
            host = host.encode("idna").decode("ascii")
    return host, parts.path or "/"


def host_of(url: str) -> str | None:
    return host_and_path(url)[0]


@functools.lru_cache(maxsize=65536)
def registrable_domain(host: str) -> str:
    """The registrable domain of a host (eTLD+1).

    Hosts outside the Public Suffix List (.test, .example, intranet names) fall back to their
    last two labels; IP addresses stand for themselves.
    """
    found = extractor()(host).top_domain_under_public_suffix
    if found:
        return found
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    return ".".join(host.split(".")[-2:])


@dataclass(frozen=True, eq=False)
class _Hit:
    """One domain entry of an outlet, read from the store only when a lookup reaches it."""

    store: OutletStore
    outlet_id: str
    index: int  # of the entry in the outlet's domains
    layer: str

    @property
    def outlet(self) -> Outlet:
        return self.store[self.outlet_id]

    @property
    def domain(self) -> Domain:
        return self.outlet.domains[self.index]


@dataclass
class Registry:
    outlets: OutletStore = field(default_factory=OutletStore)
    layers: dict[str, str] = field(default_factory=dict)  # outlet id -> file(s) it came from
    imported: ImportedRatings = field(default_factory=ImportedRatings)
    _by_host: dict[str, list[_Hit]] = field(default_factory=dict)
    _by_social: dict[tuple[str, str], str] = field(default_factory=dict)  # -> outlet id
    _claims: dict[tuple[str, str, str | None], tuple[int, str]] = field(
        default_factory=dict, repr=False
    )

    @classmethod
    def load(
        cls,
        paths: list[Path] | None = None,
        ratings: Path | bool | None = True,
        use_cache: bool = True,
    ) -> Registry:
        """Load the bundled registry (or the first path), then each overlay in order.

        `ratings`: the imported-ratings file; True for the bundled one, None/False for none.
        """
        paths = paths or [bundled_sources_path()]
        ratings_path = (
            (bundled_ratings_path() if ratings is True else Path(ratings)) if ratings else None
        )
        inputs = [*paths, *([ratings_path] if ratings_path else [])]
        if not use_cache:
            return cls._build(paths, ratings_path)
        return cached("registry", inputs, lambda: cls._build(paths, ratings_path))

    @classmethod
    def _build(cls, paths: list[Path], ratings_path: Path | None) -> Registry:
        reg = cls()
        for i, path in enumerate(paths):
            if i == 0:
                reg.add_base(path)
            else:
                reg.add_overlay(path)
        reg._reindex()
        if ratings_path:
            reg.imported = ImportedRatings.load(ratings_path)
        NameIndex.of(reg)  # built now, so that the cache keeps it
        return reg

    def add_base(self, path: Path) -> None:
        parsed, raw = load_model(path, RegistryFile)
        _check_unique_ids([o.id for o in parsed.outlets], raw, path)
        layer = layer_name(path)
        for i, outlet in enumerate(parsed.outlets):
            self.outlets[outlet.id] = _stamp(outlet, layer)
            self.layers[outlet.id] = layer
            self._note_domains(outlet.id, outlet.domains, raw, path, i)

    def add_overlay(self, path: Path) -> None:
        """A newsroom's layer: new outlets in full, or patches to known ones."""
        parsed, raw = load_model(path, OverlayFile)
        _check_unique_ids([o.id for o in parsed.outlets], raw, path)
        for i, patch in enumerate(parsed.outlets):
            base = self.outlets.get(patch.id)
            if base is None:
                item = without(raw["outlets"][i], "replace")
                outlet = validate(item, Outlet, path, prefix=("outlets", i))
                self.outlets[patch.id] = _stamp(outlet, str(path))
                self.layers[patch.id] = str(path)
            else:
                self.outlets[patch.id] = _apply_patch(base, patch, str(path))
                self.layers[patch.id] = f"{self.layers[patch.id]} + {path}"
            self._note_domains(patch.id, patch.domains or [], raw, path, i)

    def _note_domains(
        self, oid: str, domains: list[Domain], raw: object, path: Path, i: int
    ) -> None:
        """Remember where (and in what order) each domain claim was made, so a conflict can
        name the later claim's file and line."""
        for j, dom in enumerate(domains):
            line = line_of(raw, ("outlets", i, "domains", j))
            self._claims[(oid, dom.domain, dom.path)] = (len(self._claims), f"{path}:{line}")

    def _reindex(self) -> None:
        self._by_host = {}
        self._by_social = {
            (normal_platform(acc.platform), acc.handle.removeprefix("@").lower()): outlet.id
            for outlet in self.outlets.values()
            for acc in outlet.social
        }
        owner: dict[tuple[str, str | None], str] = {}
        for outlet in self.outlets.values():
            for j, dom in enumerate(outlet.domains):
                key = (dom.domain, dom.path)
                other = owner.setdefault(key, outlet.id)
                if other != outlet.id:  # two outlets for one address: lookups would guess
                    a = self._claims.get((other, dom.domain, dom.path), (0, "registry"))
                    b = self._claims.get((outlet.id, dom.domain, dom.path), (0, "registry"))
                    (_, first), (_, later) = sorted([a, b])
                    late_id = outlet.id if b >= a else other
                    early_id = other if late_id == outlet.id else outlet.id
                    shown = dom.domain + (dom.path or "")
                    raise DataFileError(
                        f"{later}: outlet {late_id!r} claims {shown}, already claimed by "
                        f"{early_id!r} at {first} (use a path, or replace: [domains] on one)"
                    )
                hit = _Hit(self.outlets, outlet.id, j, self.layers[outlet.id])
                self._by_host.setdefault(dom.domain, []).append(hit)

    def domain_index(self) -> list[dict[str, str | None]]:
        """Every (domain, path, outlet id, role) row, sorted: the compact index clients cache."""
        rows = [
            {
                "domain": h.domain.domain,
                "path": h.domain.path,
                "outlet": h.outlet.id,
                "role": h.domain.role,
            }
            for hits in self._by_host.values()
            for h in hits
        ]
        return sorted(rows, key=lambda r: (r["domain"] or "", r["path"] or ""))

    def lookup(self, url: str | None, *, today: dt.date | None = None) -> OutletMatch:
        """Match a URL (or bare domain) to an outlet, saying how it matched."""
        if not url:
            return OutletMatch(domain=None, host=None, status="no_url")
        host, path = host_and_path(url)
        if not host:
            return OutletMatch(domain=None, host=None, status="no_url", how="no host in URL")
        reg = registrable_domain(host)
        if platform := hosted_platform(host):
            return self._on_platform(url, host, reg, path, platform, today)
        candidate = host
        while True:
            hit = self._best(self._by_host.get(candidate, []), path)
            if hit and len(candidate) < len(reg) and not hit.outlet.user_content:
                hit = None  # above the registrable domain only a platform may answer
            if hit and hit.outlet.user_content:
                publisher = _user_publisher(hit, host, candidate, path)
                if publisher:
                    # A user's own pages: the platform's profile must not rub off on them.
                    return OutletMatch(
                        domain=publisher,
                        host=host,
                        status="not_in_registry",
                        how=f"self-published on {hit.outlet.name} ({candidate}); "
                        "the platform's profile does not apply",
                        platform=hit.outlet.name,
                        domain_ratings=self.imported.for_domain(publisher, path),
                    )
            if hit:
                return self._match(hit, host, reg, candidate, today, path)
            # Walk past the registrable domain too, so that a blog on a platform listed in the
            # Public Suffix List (someone.blogspot.com) still names its platform.
            if candidate.count(".") <= 1:
                break
            candidate = candidate.split(".", 1)[1]
        return OutletMatch(
            domain=reg,
            host=host,
            status="not_in_registry",
            domain_ratings=self._ratings(host, reg, path),
        )

    def _on_platform(
        self, url: str, host: str, reg: str, path: str, platform: str, today: dt.date | None
    ) -> OutletMatch:
        """A page on a platform hosting others' posts: an outlet's official account resolves to
        the outlet through its listed handles; any other post is its poster's, and the
        platform's own ratings do not attach to it."""
        acc = account(url)
        oid = self._by_social.get(acc) if acc else None
        if acc and oid:
            outlet = self.outlets[oid]
            age = ((today or dt.date.today()) - outlet.last_reviewed).days
            return OutletMatch(
                domain=reg,
                host=host,
                status="matched",
                how=f"official {platform} account {acc[1]} (listed in the outlet's profile)",
                domain_role="social account",
                outlet=outlet,
                layer=self.layers.get(oid),
                stale=age > STALE_AFTER_DAYS,
                platform=platform,
                domain_ratings=self._ratings(host, reg, path, outlet, own=False),
            )
        if acc or path.strip("/"):
            who = f"account {acc[1]}" if acc else "a page"
            return OutletMatch(
                domain=reg,
                host=host,
                status="not_in_registry",
                how=f"{who} on {platform}, not an outlet's listed account; "
                f"the platform's own ratings do not apply to posts on it",
                platform=platform,
            )
        return OutletMatch(  # the platform's own home page: its own ratings are about it
            domain=reg,
            host=host,
            status="not_in_registry",
            platform=platform,
            domain_ratings=self.imported.for_domain(reg, path),
        )

    def _ratings(
        self, host: str, reg: str, path: str, outlet: Outlet | None = None, own: bool = True
    ) -> list[Rating]:
        """Imported ratings for a host: its own, its parents' up to the registrable domain
        (edition.cnn.com carries cnn.com's), then a rater's rows for the outlet's other domains
        where it lists none of these. A platform's ratings (google.com's "Google Maps") never
        pass to a page hosted on it (news.google.com)."""
        chain = [host]
        while chain[-1] != reg and chain[-1].count(".") > reg.count("."):
            chain.append(chain[-1].split(".", 1)[1])
        if not own:  # an outlet's account on a platform: the outlet's ratings, not the host's
            chain = []
        others = tuple(
            d.domain for d in (outlet.domains if outlet else []) if d.domain not in chain
        )
        return self.imported.for_hosts(chain, path, others)

    @staticmethod
    def _best(hits: list[_Hit], path: str) -> _Hit | None:
        """Among entries for one host, the longest matching path prefix wins."""
        best: _Hit | None = None
        for hit in hits:
            prefix = hit.domain.path
            if prefix is None:
                if best is None:
                    best = hit
            elif under(path, prefix) and (
                best is None or best.domain.path is None or len(prefix) > len(best.domain.path)
            ):
                best = hit
        return best

    def _match(
        self, hit: _Hit, host: str, reg: str, matched: str, today: dt.date | None, path: str
    ) -> OutletMatch:
        how = f"exact domain {matched}" if matched == host else f"subdomain of {matched}"
        if hit.domain.path:
            how += f" under path {hit.domain.path}"
        dom = hit.domain
        if dom.valid_from or dom.valid_to:  # a former or seized domain: when it was the outlet's
            how += f" ({_validity(dom)})"
        role = hit.domain.role
        age = ((today or dt.date.today()) - hit.outlet.last_reviewed).days
        return OutletMatch(
            domain=reg,
            host=host,
            status="matched",
            how=how,
            domain_role=role,
            outlet=hit.outlet,
            layer=hit.layer,
            stale=age > STALE_AFTER_DAYS,
            domain_ratings=self._ratings(host, reg, path, hit.outlet),
        )


def _validity(dom: Domain) -> str:
    """When a former or seized domain was the outlet's, saying only what is known."""
    if dom.valid_from and dom.valid_to:
        return f"the outlet's from {dom.valid_from.isoformat()} to {dom.valid_to.isoformat()}"
    if dom.valid_to:
        return f"the outlet's until {dom.valid_to.isoformat()}"
    assert dom.valid_from
    return f"the outlet's since {dom.valid_from.isoformat()}"


def layer_name(path: Path) -> str:
    """How a layer is named in reports: "bundled" for the shipped registry, else its path."""
    return "bundled" if path.resolve() == bundled_sources_path().resolve() else str(path)


def _check_unique_ids(ids: list[str], raw: object, path: Path) -> None:
    seen: set[str] = set()
    for i, oid in enumerate(ids):
        if oid in seen:
            line = line_of(raw, ("outlets", i, "id"))
            raise DataFileError(f"{path}:{line}: outlets[{i}].id: duplicate id {oid!r}")
        seen.add(oid)


def _stamp(outlet: Outlet, layer: str) -> Outlet:
    """Mark every claim of an outlet with the layer (file) it came from."""
    update = {
        name: [c.model_copy(update={"layer": layer}) for c in getattr(outlet, name)]
        for name in CLAIM_LISTS
    }
    return outlet.model_copy(update=update)


def _apply_patch(base: Outlet, patch: OutletPatch, layer: str) -> Outlet:
    update: dict[str, object] = {}
    for name, value in patch:
        if name in ("id", "replace") or value is None:
            continue
        if name in CLAIM_LISTS:
            value = [c.model_copy(update={"layer": layer}) for c in value]
        if isinstance(value, list) and name not in patch.replace:
            value = [*getattr(base, name), *value]
        update[name] = value
    return base.model_copy(update=update)


_SHARED_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def _user_publisher(hit: _Hit, host: str, matched: str, path: str) -> str | None:
    """The publisher key of a page on a user-content platform, or None for the platform's own
    pages: a subdomain (alice.substack.com) or a user path (medium.com/@alice)."""
    sub = host[: -len(matched)].rstrip(".") if host != matched else ""
    if sub and not any((sub + ".").startswith(p) for p in _SHARED_PREFIXES):
        return host
    for prefix in hit.outlet.user_paths:
        if path.startswith(prefix):
            user = path[len(prefix) :].split("/", 1)[0]
            if user:
                return f"{matched}{prefix}{user}"
    return None


def registry_with_overlays(overlays: list[Path] | tuple[Path, ...] = ()) -> Registry:
    """The bundled registry with a newsroom's overlay files on top (the cached default when
    there are none): what the CLI and the server both load."""
    if not overlays:
        return default_registry()
    return Registry.load([bundled_sources_path(), *overlays])


@functools.cache
def default_registry() -> Registry:
    return Registry.load()
