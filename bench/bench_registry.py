"""Benchmark the registry: load time of the full registry and URL -> profile lookups per second.

Usage (from the project root):
    python bench/bench_registry.py [--urls 100000] [--seed 1]

The URLs are a deterministic mix: registry outlets under www./edition/m./amp. hosts and paths,
imported-rating domains, unknown domains, user-content platform blogs, and archive / AMP
addresses that are unwrapped first (as `annotate()` does). The reference in the same run is
`urllib.parse.urlsplit` over the same URLs, so the figure is also given as a ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.sources.registry import Registry  # noqa: E402
from annotator.sources.wrappers import unwrap  # noqa: E402


def mixed_urls(reg: Registry, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    outlet_domains = [d.domain for o in reg.outlets.values() for d in o.domains]
    rated = sorted(reg.imported.rows)
    urls = []
    for i in range(n):
        kind = i % 10
        path = f"/news/{rng.randrange(10**6)}/story-{rng.randrange(1000)}.html"
        if kind < 4:
            d = rng.choice(outlet_domains)
            sub = rng.choice(["", "www.", "m.", "amp.", "english."])
            urls.append(f"https://{sub}{d}{path}")
        elif kind < 6:
            urls.append(f"https://www.{rng.choice(rated)}{path}")
        elif kind < 8:
            urls.append(
                f"https://news{rng.randrange(10**5)}.example-{rng.randrange(999)}.com{path}"
            )
        elif kind == 8:
            urls.append(f"https://user{rng.randrange(10**5)}.blogspot.com{path}")
        else:
            d = rng.choice(outlet_domains)
            urls.append(f"https://web.archive.org/web/20240101000000/https://www.{d}{path}")
    return urls


def lookup_all(reg: Registry, urls: list[str]) -> int:
    matched = 0
    for url in urls:
        u = unwrap(url)
        matched += reg.lookup(u.original if u else url).status == "matched"
    return matched


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--urls", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    loads_cold, loads_warm = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        Registry.load(use_cache=False)
        loads_cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        reg = Registry.load()
        loads_warm.append(time.perf_counter() - t)
    print(f"registry: {len(reg.outlets)} outlets, {len(reg.imported.rows)} rated domains")
    print(
        f"load, parse + validate (no cache): median {statistics.median(loads_cold) * 1000:.0f} ms"
    )
    print(
        f"load, from the compiled cache:      median {statistics.median(loads_warm) * 1000:.0f} ms"
    )

    urls = mixed_urls(reg, args.urls, args.seed)
    lookup_all(reg, urls[:1000])  # warm-up
    runs, refs = [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        matched = lookup_all(reg, urls)
        runs.append(time.perf_counter() - t)
        t = time.perf_counter()
        for url in urls:
            urlsplit(url)
        refs.append(time.perf_counter() - t)
    best, ref = min(runs), min(refs)
    print(f"lookups: {len(urls)} mixed URLs, {matched} matched an outlet")
    print(f"lookups per second: {len(urls) / best:,.0f} (best of {args.repeat})")
    print(
        f"reference urlsplit per second: {len(urls) / ref:,.0f}; lookup costs "
        f"{best / ref:.1f}x a bare urlsplit"
    )


if __name__ == "__main__":
    main()
