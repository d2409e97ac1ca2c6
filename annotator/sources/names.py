"""Outlets by name: the forms a page uses to name an outlet ("Tasnim news agency", "IRNA",
"تسنیم", "the Associated Press"), for identifying wires and cited sources by name rather than
by address.

    >>> from annotator.sources import default_registry
    >>> index = NameIndex.of(default_registry())
    >>> index.find("the Associated Press")[0].id
    'ap'

Forms come from each profile's `name` and `names` (every language): the name as given, each part
of "Long Name (SHORT)", and the name without a leading "The" or a trailing generic word ("Tasnim
News Agency" -> "Tasnim"). A form two outlets share is ambiguous and names neither.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .registry import Registry
    from .schema import Outlet

_GENERIC_TAIL = re.compile(
    r"\s+(?:news agency|news network|news channel|news|agency|tv|television|channel|newspaper|"
    r"network|online|media|daily|website|\.com)$",
    re.I,
)
# Names in Persian and Arabic lead with the generic word: "خبرگزاری تسنیم" (Tasnim news agency).
_GENERIC_HEAD = re.compile(r"^(?:خبرگزاری|شبکه|روزنامه|وكالة|وکالة|قناة|صحيفة|جريدة)\s+")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9.&-]{1,9}$")
_PUNCT = re.compile(r"[\s\u200c]+")
# Forms too common as words (or as places: "Iran Daily" less "Daily") to name an outlet alone.
_TOO_COMMON = {
    "news", "times", "post", "daily", "today", "world", "nation", "mail", "star", "sun", "sky",
    "fox", "press", "tv", "iran", "iraq", "syria", "israel", "russia", "china", "india", "turkey",
    "egypt", "lebanon", "yemen", "jordan", "qatar", "oman", "kuwait", "gaza", "tehran", "europe",
    "africa", "asia", "america", "arab", "kabul", "pakistan", "saudi", "emirates", "ukraine",
}


def normal(name: str) -> str:
    """A name as compared: case-folded, single-spaced, without a leading "the" or "'s"."""
    name = _PUNCT.sub(" ", name.replace("\u2019", "'")).strip().casefold()
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"'s$", "", name).strip(" .,:;")


def forms(outlet: Outlet) -> set[str]:
    """The surface forms a page may name this outlet by."""
    out: set[str] = set()
    for name in [outlet.name, *outlet.names.values(), *outlet.aliases]:
        parts = [name]
        m = re.match(r"^(?P<long>.+?)\s*\((?P<short>[^()]+)\)\s*$", name)
        if m and _ACRONYM.match(m.group("short")):  # "Long Name (SHORT)", not "Iran (daily)"
            parts += [m.group("long"), m.group("short")]
        for part in parts:
            part = part.strip()
            out.add(part)
            bare = re.sub(r"^the\s+", "", part, flags=re.I)
            out.add(bare)
            short = _GENERIC_HEAD.sub("", _GENERIC_TAIL.sub("", bare))
            if short != bare and len(short) >= 4:
                out.add(short)
    return {f for f in out if len(f) >= 2 and normal(f) not in _TOO_COMMON}


@dataclass
class NameIndex:
    by_form: dict[str, str] = field(default_factory=dict)  # normal(form) -> outlet id
    surface: dict[str, str] = field(default_factory=dict)  # form as written -> outlet id
    # The registry's own store (profiles by id), not a copy: a cached index does not unpickle
    # every profile (see store.py).
    outlets: Mapping[str, Outlet] = field(default_factory=dict)

    @classmethod
    def build(cls, outlets: Mapping[str, Outlet]) -> NameIndex:
        index = cls(outlets=outlets)
        ambiguous: set[str] = set()
        for outlet in outlets.values():
            if outlet.kind == "platform":
                continue
            for form in forms(outlet):
                key = normal(form)
                if index.by_form.setdefault(key, outlet.id) != outlet.id:
                    ambiguous.add(key)
                index.surface.setdefault(form, outlet.id)
        for key in ambiguous:
            del index.by_form[key]
        index.surface = {f: o for f, o in index.surface.items() if normal(f) not in ambiguous}
        return index

    @classmethod
    def of(cls, registry: Registry) -> NameIndex:
        """The registry's index, built once per loaded registry (and kept with it in the
        compiled-data cache)."""
        cached = registry.__dict__.get("_name_index")
        if cached is None:
            cached = registry.__dict__["_name_index"] = cls.build(registry.outlets)
        return cached  # type: ignore[no-any-return]

    def find(self, name: str) -> tuple[Outlet, str] | None:
        """The outlet a name names, and how ("name"), or None when unknown or ambiguous."""
        key = normal(name)
        oid = self.by_form.get(key)
        if oid is None:
            short = _GENERIC_TAIL.sub("", key)
            oid = self.by_form.get(short) if len(short) >= 4 else None
        return (self.outlets[oid], "name") if oid else None
