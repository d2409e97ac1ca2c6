"""Benchmark the browser extension in Debian's Chromium (see tests/browser/harness.py).

Usage (from the project root; needs `apt-get install chromium`):
    python bench/bench_extension.py [--data ../shared/data] [--runs 5] [--json out.json]

Measures, each against a reference measured in the same run:
  1. "Annotate this page" to highlights, on the sample article and on a 100,000-word page (PTC
     articles joined): the panel's click-to-highlights time, against the part of it spent
     reading the page and waiting for POST /v1/annotate (the server's share). The server runs
     with its response cache off, so every run annotates.
  2. The badge lookup per navigation (SHA-256 of the host's candidate domains, prefix buckets
     from the server, matched in the extension): requests and bytes per navigation on a first
     and a second visit to 50 sites; and its milliseconds with nothing cached and with the
     buckets cached, against a plain GET /v1/outlets/lookup?url=... (which sends the address),
     all timed in the extension's worker one address after another.
  3. The share of flags anchored in the live page for the ScrapingHub pages (decompressed to a
     temporary folder, each served on loopback under its own host name).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import html
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.pipeline import sample_path  # noqa: E402
from annotator.sources.registry import registry_with_overlays  # noqa: E402
from tests.browser.harness import (  # noqa: E402
    Browser,
    annotator_server,
    browser,
    chromium_problem,
    page_server,
)

SAMPLE = "/sample/khamenei-kadhimi-meeting"
HOST = "english.almanar.com.lb"


def big_page(data: Path, words: int = 100_000) -> bytes:
    """PTC articles joined into one article page of about `words` words."""
    paras: list[str] = []
    count = 0
    headline = ""
    for path in sorted((data / "framing" / "ptc-tune" / "articles").glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        headline = headline or lines[0]
        for line in lines:
            if line and count < words:
                paras.append(f"<p>{html.escape(line)}</p>")
                count += len(line.split())
        if count >= words:
            break
    if count < words:
        raise SystemExit(f"bench_extension: not enough PTC text under {data} for {words} words")
    return (f"<!doctype html><html><head><title>{html.escape(headline)}</title></head><body>"
            f"<article><h1>{html.escape(headline)}</h1>{''.join(paras)}</article></body></html>"
            ).encode()


def annotate_runs(b: Browser, url: str, runs: int) -> dict[str, Any]:
    page = b.context.new_page()
    page.goto(url)
    panel = b.panel(b.tab_id(url))
    totals, servers, flags, anchored = [], [], 0, 0
    for _ in range(runs):
        panel.evaluate("delete document.getElementById('status').dataset.done")
        panel.click("#annotate")
        panel.wait_for_selector("#status[data-done]", state="attached", timeout=600_000)
        d = panel.eval_on_selector("#status", "e => ({...e.dataset})")
        if d["done"] != "1":
            raise RuntimeError(panel.inner_text("#error"))
        totals.append(float(d["totalMs"]))
        servers.append(float(d["serverMs"]))
        flags, anchored = int(d["flags"]), int(d["anchored"])
    page.close()
    panel.close()
    total, server = statistics.median(totals), statistics.median(servers)
    return {"total_ms": round(total, 1), "read_and_post_ms": round(server, 1),
            "highlight_ms": round(total - server, 1),
            "ratio_total_to_post": round(total / server, 3),
            "flags": flags, "anchored": anchored, "runs": runs}


def badge_cost(b: Browser, port: int, server: str) -> dict[str, Any]:
    registry = registry_with_overlays([])
    domains = sorted({o.domains[0].domain for o in registry.outlets.values()})[:40]
    urls = [f"http://{d}:{port}/plain" for d in domains] + [
        f"http://unknown-{i}.example:{port}/plain" for i in range(10)]
    out: dict[str, Any] = {"navigations": len(urls)}
    page = b.context.new_page()
    for visit in ("first", "second"):
        before = b.worker.evaluate("({...self.annotator.lookupStats})")
        for url in urls:
            page.goto(url)
            tab = b.tab_id(url)
            for _ in range(200):  # wait for this navigation's badge
                if b.badge(tab)[0]:
                    break
                page.wait_for_timeout(10)
        after = b.worker.evaluate("({...self.annotator.lookupStats})")
        out[visit] = {"lookups": after["lookups"] - before["lookups"],
                      "requests_per_navigation": round((after["requests"] - before["requests"])
                                                       / len(urls), 3),
                      "bytes_per_navigation": round((after["bytes"] - before["bytes"]) / len(urls))}
    # Milliseconds, all timed the same way in the worker, one address after another: the
    # private lookup with nothing cached, with its buckets cached, and the reference, the direct
    # lookup endpoint (which sends the whole address).
    timed = b.worker.evaluate("""async ([server, urls]) => {
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const cold = [], warm = [], direct = [];
      for (const u of urls) {
        await self.annotator.clearLookups();
        let t0 = performance.now();
        await self.annotator.lookupUrl(u);
        cold.push(performance.now() - t0);
        t0 = performance.now();
        await self.annotator.lookupUrl(u);
        warm.push(performance.now() - t0);
        t0 = performance.now();
        const r = await fetch(`${server}/v1/outlets/lookup?url=${encodeURIComponent(u)}`,
                              {cache: 'no-store'});
        await r.json();
        direct.push(performance.now() - t0);
      }
      return {cold: median(cold), warm: median(warm), direct: median(direct)};
    }""", [server, urls])
    out["median_ms"] = {k: round(v, 3) for k, v in timed.items()}
    out["ratio_cold_to_direct"] = round(timed["cold"] / timed["direct"], 3)
    out["ratio_warm_to_direct"] = round(timed["warm"] / timed["direct"], 3)
    page.close()
    return out


def scrapinghub(b: Browser, data: Path, tmp: Path) -> dict[str, Any]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages: dict[str, bytes] = {}
    urls = []
    for gz in sorted((data / "html").glob("*.html.gz")):
        pid = gz.name.removesuffix(".html.gz")
        raw = gzip.decompress(gz.read_bytes())
        (tmp / f"{pid}.html").write_bytes(raw)  # decompressed to a temporary folder
        parts = urlsplit(truth[pid]["url"])
        path = f"/{pid}"
        pages[path] = raw
        urls.append((pid, parts.hostname, path))
    flags = anchored = 0
    per_page, failed = [], []
    with page_server(pages) as port:
        for pid, host, path in urls:
            url = f"http://{host}:{port}{path}"
            try:
                page = b.context.new_page()
                page.goto(url, wait_until="commit", timeout=30_000)
                # a page whose own scripts never finish loading is annotated as it is
                with contextlib.suppress(Exception):
                    page.wait_for_load_state("domcontentloaded", timeout=20_000)
                panel = b.panel(b.tab_id(page.url))
                panel.click("#annotate")
                panel.wait_for_selector("#status[data-done]", state="attached", timeout=120_000)
                d = panel.eval_on_selector("#status", "e => ({...e.dataset})")
                if d["done"] != "1":
                    failed.append((pid, panel.inner_text("#error")))
                else:
                    flags += int(d["flags"])
                    anchored += int(d["anchored"])
                    if int(d["flags"]):
                        per_page.append(int(d["anchored"]) / int(d["flags"]))
                page.close()
                panel.close()
            except Exception as exc:  # a page whose own scripts break it: counted, not fatal
                failed.append((pid, f"{type(exc).__name__}: {str(exc)[:120]}"))
    return {"pages": len(urls), "pages_with_flags": len(per_page), "flags": flags,
            "anchored": anchored, "share_anchored": round(anchored / max(1, flags), 4),
            "median_page_share": round(statistics.median(per_page), 4) if per_page else None,
            "failed": failed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-scrapinghub", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if problem := chromium_problem():
        sys.exit(f"bench_extension: {problem}")
    result: dict[str, Any] = {}
    sample = Path(sample_path()).read_bytes()
    plain = b"<html><body><p>Hello.</p></body></html>"
    with tempfile.TemporaryDirectory() as tmp, \
            annotator_server({"ANNOTATOR_CACHE_SIZE": "0"}) as server, \
            page_server({SAMPLE: sample, "/big": big_page(args.data), "/plain": plain}) as port, \
            browser(Path(tmp) / "profile", server) as b:
        result["sample"] = annotate_runs(b, f"http://{HOST}:{port}{SAMPLE}", args.runs)
        print("sample page:", json.dumps(result["sample"]), flush=True)
        result["100k_words"] = annotate_runs(b, f"http://{HOST}:{port}/big", max(1, args.runs // 2))
        print("100,000 words:", json.dumps(result["100k_words"]), flush=True)
        result["badge"] = badge_cost(b, port, server)
        print("badge:", json.dumps(result["badge"]), flush=True)
        if not args.skip_scrapinghub:
            shub = Path(tmp) / "scrapinghub"
            shub.mkdir()
            result["scrapinghub"] = scrapinghub(b, args.data / "extraction" / "scrapinghub", shub)
            print("scrapinghub:", json.dumps(result["scrapinghub"]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
