"""Loaded data, the response cache and the annotate work behind the routes."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import httpcore
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..framing.lexicon import Lexicon, lexicon_with_overlays
from ..models import Fetched, OutletMatch, Report
from ..page.fetcher import Resolver, fetch
from ..pipeline import annotate
from ..report.sections import summary
from ..report.selectors import (
    report_selectors,
)
from ..sources.registry import Registry, registrable_domain, registry_with_overlays
from ..sources.schema import CLAIM_LISTS, Outlet
from ..sources.wrappers import fetchable, unwrap
from .pools import Pools
from .schemas import (
    AnnotatedFlag,
    AnnotatedReport,
    IndexResponse,
    IndexRow,
    PrefixRow,
    ReportSummary,
)
from .settings import Settings

# --------------------------------------------------------------------------- state


@dataclass
class Annotation:
    """An annotate result; its JSON is serialised once, so a cache hit costs no re-dump."""

    report: AnnotatedReport

    @functools.cached_property
    def json(self) -> bytes:  # a race only serialises twice: harmless
        return self.report.model_dump_json().encode()


class ResponseCache:
    """A small thread-safe LRU of annotate results (sync endpoints run in worker threads)."""

    # Entries are also bounded in bytes (their JSON): a few huge pages must not fill memory.
    MAX_BYTES = 256 * 1_000_000
    MAX_ENTRY_BYTES = 4 * 1_000_000

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[tuple[str, ...], Annotation] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, ...]) -> Annotation | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: tuple[str, ...], value: Annotation) -> None:
        if self.size <= 0 or len(value.json) > self.MAX_ENTRY_BYTES:
            return
        with self._lock:
            old = self._data.pop(key, None)
            if old is not None:
                self._bytes -= len(old.json)
            self._data[key] = value
            self._bytes += len(value.json)
            while len(self._data) > self.size or self._bytes > self.MAX_BYTES:
                _, dropped = self._data.popitem(last=False)
                self._bytes -= len(dropped.json)


def domain_hash(domain: str) -> str:
    return hashlib.sha256(domain.encode("ascii", "replace")).hexdigest()


@dataclass
class State:
    settings: Settings
    registry: Registry | None
    lexicon: Lexicon | None
    load_error: str | None
    resolver: Resolver | None
    network_backend: httpcore.NetworkBackend | None
    cache: ResponseCache
    pools: Pools
    index: IndexResponse | None = None
    index_etag: str = ""
    index_json: bytes = b""  # serialised once: the registry does not change while running
    prefix_rows: list[PrefixRow] = field(default_factory=list)
    rated_hashes: list[str] = field(default_factory=list)  # rated by open data, no profile

    def require_loaded(self) -> tuple[Registry, Lexicon]:
        if self.registry is None or self.lexicon is None:
            raise StarletteHTTPException(503, self.load_error or "data not loaded")
        return self.registry, self.lexicon


def load_data(settings: Settings) -> tuple[Registry, Lexicon]:
    return registry_with_overlays(settings.sources), lexicon_with_overlays(settings.lexicon)


def build_index(state: State) -> None:
    """The domain index, its ETag and the hashed rows, computed once (the registry is fixed)."""
    assert state.registry is not None
    outlets = state.registry.outlets
    rows = []
    for r in state.registry.domain_index():
        outlet = outlets[str(r["outlet"])]
        rows.append(IndexRow.model_validate(
            {**r, "user_content": outlet.user_content, "user_paths": outlet.user_paths}))
    canonical = json.dumps([r.model_dump() for r in rows], sort_keys=True, separators=(",", ":"))
    version = hashlib.sha256(canonical.encode()).hexdigest()
    state.index = IndexResponse(version=version, count=len(rows), rows=rows)
    state.index_etag = f'"{version}"'
    state.index_json = state.index.model_dump_json().encode()
    state.prefix_rows = sorted(
        (PrefixRow(**r.model_dump(), hash=domain_hash(registrable_domain(r.domain))) for r in rows),
        key=lambda r: (r.hash, r.domain, r.path or ""),
    )
    profiled = {r.domain for r in rows}
    state.rated_hashes = sorted(
        domain_hash(d) for d in state.registry.imported.rows if d not in profiled
    )


def _file_names(layer: str) -> str:
    # "a/b.yaml + /c/d.yaml" (an overlay on a profile) -> "b.yaml + d.yaml"
    return " + ".join(Path(part.strip()).name for part in layer.split(" + "))


def short_outlet(outlet: Outlet) -> Outlet:
    """A profile whose claims name their layer's file only (overlay paths are the server's)."""
    claims = [c for name in CLAIM_LISTS for c in getattr(outlet, name)]
    if not any(c.layer and os.sep in c.layer for c in claims):
        return outlet  # the bundled layer is named "bundled": nothing to hide, nothing to copy
    update = {
        name: [
            c.model_copy(update={"layer": _file_names(c.layer)}) if c.layer else c
            for c in getattr(outlet, name)
        ]
        for name in CLAIM_LISTS
    }
    return outlet.model_copy(update=update)


def short_layer(match: OutletMatch) -> OutletMatch:
    """The match without server file paths: a claim's layer names its file, not where it is.

    The profile's layer, each imported rating's and each claim's (they are stamped per claim)
    all hold paths; clients only need to know which file.
    """
    update: dict[str, object] = {}
    if match.layer and os.sep in match.layer:
        update["layer"] = _file_names(match.layer)
    if match.outlet is not None:
        update["outlet"] = short_outlet(match.outlet)
    if any(r.layer and os.sep in r.layer for r in match.domain_ratings):
        update["domain_ratings"] = [
            r.model_copy(update={"layer": _file_names(r.layer)}) if r.layer else r
            for r in match.domain_ratings
        ]
    return match.model_copy(update=update) if update else match


# --------------------------------------------------------------------------- annotate


def _with_selectors(report: Report) -> AnnotatedReport:
    report = report.model_copy(update={"outlet": short_layer(report.outlet)})
    text, selectors = report_selectors(report)
    flags = [
        AnnotatedFlag(**f.model_dump(), selector=s)
        for f, s in zip(report.flags, selectors, strict=True)
    ]
    data = report.model_dump()
    lead = summary(report)
    data.update(flags=flags, selector_text=text, summary=ReportSummary(
        outlet=lead.outlet, genre=lead.genre, counts=lead.counts, hidden=lead.hidden,
        warnings=lead.warnings))
    return AnnotatedReport.model_validate(data)


def posted_key(url: str, html: str) -> tuple[str, ...]:
    return ("html", url, hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest())


def annotate_posted(state: State, url: str, html: str) -> tuple[Annotation, bool]:
    key = posted_key(url, html)
    cached = state.cache.get(key)
    if cached is not None:
        return cached, True
    registry, lexicon = state.require_loaded()
    report = annotate(html=html, url=url, registry=registry, lexicon=lexicon)
    result = Annotation(_with_selectors(report))
    state.cache.put(key, result)
    return result, False


def fetch_page(state: State, url: str) -> Fetched:
    """Fetch with the server's policy (a Wayback snapshot is read raw, as the CLI does)."""
    state.require_loaded()
    return fetch(
        fetchable(url),
        state.settings.fetch_policy(),
        resolver=state.resolver,
        network_backend=state.network_backend,
    )


def annotate_fetched(state: State, url: str, fetched: Fetched) -> tuple[Annotation, bool]:
    """Annotate the fetched HTML (no second fetch)."""
    registry, lexicon = state.require_loaded()
    info = fetched.info
    key = ("url", info.final_url, info.sha256)
    cached = state.cache.get(key)
    if cached is not None:  # same page bytes: reuse the annotation, report this fetch
        return Annotation(cached.report.model_copy(update={"fetch": info})), True
    read_at = url if unwrap(url) else info.final_url
    report = annotate(html=fetched.html, url=read_at, registry=registry, lexicon=lexicon)
    source = report.source.model_copy(update={"kind": "url", "url_from": "fetch"})
    result = Annotation(
        _with_selectors(report.model_copy(update={"fetch": info, "source": source}))
    )
    state.cache.put(key, result)
    return result, False
