"""Server settings, from flags and ANNOTATOR_* environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..page.fetcher import FetchPolicy

MB = 1_000_000

# --------------------------------------------------------------------------- settings


def _split(value: str, sep: str = ",") -> list[str]:
    return [part.strip() for part in value.split(sep) if part.strip()]


def _int_env(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r}: not an integer") from None
    if value < minimum:
        raise ValueError(f"{name}={raw!r}: must be at least {minimum}")
    return value


def _ports_env(env: Mapping[str, str]) -> frozenset[int]:
    raw = env.get("ANNOTATOR_ALLOWED_PORTS", "").strip()
    if not raw:
        return frozenset({80, 443})
    try:
        ports = frozenset(int(p) for p in _split(raw))
    except ValueError:
        raise ValueError(f"ANNOTATOR_ALLOWED_PORTS={raw!r}: not a comma list of ports") from None
    if not ports or not all(0 < p < 65536 for p in ports):
        raise ValueError(f"ANNOTATOR_ALLOWED_PORTS={raw!r}: ports must be 1-65535")
    return ports


@dataclass(frozen=True)
class Settings:
    api_key: str | None = None  # when set, /v1/* requires X-API-Key
    cors_origins: tuple[str, ...] = ()  # e.g. ("chrome-extension://abcdef",)
    rate_limit: int = 120  # requests per minute per client; 0 = no limit
    max_body: int = 5 * MB  # request body bytes
    allowed_ports: frozenset[int] | None = frozenset({80, 443})
    # Never True in production: lets the server fetch private addresses (used by one test).
    allow_non_global: bool = False
    cache_size: int = 256  # annotate responses kept (LRU); 0 = no cache
    sources: tuple[Path, ...] = ()  # registry overlays
    lexicon: tuple[Path, ...] = ()  # lexicon overlays

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from ANNOTATOR_* variables; a bad value raises ValueError naming it."""
        env = os.environ if env is None else env
        return cls(
            api_key=env.get("ANNOTATOR_API_KEY") or None,
            cors_origins=tuple(_split(env.get("ANNOTATOR_CORS_ORIGINS", ""))),
            rate_limit=_int_env(env, "ANNOTATOR_RATE_LIMIT", 120),
            max_body=_int_env(env, "ANNOTATOR_MAX_BODY", 5 * MB, minimum=1),
            allowed_ports=_ports_env(env),
            cache_size=_int_env(env, "ANNOTATOR_CACHE_SIZE", 256),
            sources=tuple(Path(p) for p in _split(env.get("ANNOTATOR_SOURCES", ""), os.pathsep)),
            lexicon=tuple(Path(p) for p in _split(env.get("ANNOTATOR_LEXICON", ""), os.pathsep)),
        )

    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy(allow_non_global=self.allow_non_global, allowed_ports=self.allowed_ports)
