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
    # Proxy headers (X-Forwarded-For, -Proto) are believed only from these addresses; none by
    # default, so no client can pick its own rate-limit bucket.
    forwarded_allow_ips: tuple[str, ...] = ()
    # Fetches wait on slow upstreams, annotation burns CPU: separate pools, so one cannot
    # starve the other. A full pool (running + waiting) answers 503 with Retry-After.
    fetch_workers: int = 16  # concurrent fetches, all clients
    fetch_per_client: int = 4  # concurrent fetches per client address
    cpu_workers: int = 2  # concurrent annotations
    queue: int = 32  # requests allowed to wait for each pool
    request_timeout: float = 30.0  # seconds of annotation work per request (the budget)
    header_timeout: float = 10.0  # seconds to send a request's headers

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
            forwarded_allow_ips=tuple(_split(env.get("ANNOTATOR_FORWARDED_ALLOW_IPS", ""))),
            fetch_workers=_int_env(env, "ANNOTATOR_FETCH_WORKERS", 16, minimum=1),
            fetch_per_client=_int_env(env, "ANNOTATOR_FETCH_PER_CLIENT", 4, minimum=1),
            cpu_workers=_int_env(env, "ANNOTATOR_CPU_WORKERS", 2, minimum=1),
            queue=_int_env(env, "ANNOTATOR_QUEUE", 32),
            request_timeout=_int_env(env, "ANNOTATOR_REQUEST_TIMEOUT", 30, minimum=1),
            header_timeout=_int_env(env, "ANNOTATOR_HEADER_TIMEOUT", 10, minimum=1),
        )

    def fetch_policy(self) -> FetchPolicy:
        return FetchPolicy(allow_non_global=self.allow_non_global, allowed_ports=self.allowed_ports)
