"""Load benchmark of the HTTP server with wrk, against a hello-world reference.

Usage (from the project root, venv active):
    python bench/bench_server.py [--duration 10] [--threads 2] [--connections 16]
                                 [--workers 1,2] [--json out.json]

For each worker count it starts the server through ``annotator.server.serve`` (uvicorn, app
factory; the entry point of ``annotator serve``) on 127.0.0.1 (a random free port; rate limit
and access log off), warms up, then runs wrk for ``--duration`` seconds per scenario:

    ping              GET  /v1/ping               (tiny JSON, the reference)
    lookup            GET  /v1/outlets/lookup?url=...
    annotate          POST /v1/annotate with posted HTML, a unique HTML comment per request
                      so the response cache never hits (every request is annotated)
    annotate-cached   POST /v1/annotate with the same body every time (cache hits)

and prints requests/s, p50 and p99 latency, and each ratio to ping in the same run. Traffic
goes only to 127.0.0.1, every wait is bounded, and the servers are stopped at the end.
Needs wrk (Debian: ``apt-get install -y wrk``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

import httpx

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"  # never anything else: the benchmark must not leave the machine
LUA_POST = Path(__file__).resolve().parent / "server_post.lua"
ARTICLE_URL = "https://english.almanar.com.lb/news/bench-article"
STARTUP_TIMEOUT = 60.0
FALLBACK_HTML = """<!doctype html><html><head><title>Leader speaks</title></head><body>
<article><h1>Leader Vows the Regime Will Certainly Fall</h1>
<p>The speaker said the regime would certainly fall, and that the martyr would be avenged.</p>
<p>Officials slammed the plan, calling it a provocation by the enemy.</p>
</article></body></html>"""


@dataclass
class Result:
    workers: int
    scenario: str
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    socket_errors: int


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def sample_html() -> tuple[str, str]:
    """The bundled sample page when present, else a small built-in page."""
    try:
        from annotator.pipeline import sample_path

        path = sample_path()
        if path.is_file():
            return path.read_text(encoding="utf-8"), path.name
    except ImportError:
        pass
    return FALLBACK_HTML, "built-in page"


# --------------------------------------------------------------------------- server


@contextmanager
def running_server(workers: int) -> Iterator[str]:
    """uvicorn in its own process group on a free port; stopped (TERM, then KILL) on exit."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANNOTATOR_")}
    env.update(ANNOTATOR_RATE_LIMIT="0", ANNOTATOR_CACHE_SIZE="256")
    # Through annotator.server.serve(), the entry point `annotator serve` uses; access log off.
    code = ("import sys; from annotator.server import serve; "
            "serve(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), access_log=False)")
    cmd = [sys.executable, "-c", code, HOST, str(port), str(workers)]
    with tempfile.TemporaryFile() as log:  # server output, shown only if start-up fails
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True,
                                stdout=log, stderr=subprocess.STDOUT)
        base = f"http://{HOST}:{port}"
        try:
            wait_ready(base, proc, log)
            yield base
        finally:
            stop(proc)


def wait_ready(base: str, proc: subprocess.Popen[bytes], log: IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            sys.stderr.write(log.read()[-4000:].decode(errors="replace"))
            raise SystemExit(f"server exited with code {proc.returncode} during start-up")
        try:
            if httpx.get(f"{base}/readyz", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server at {base} not ready after {STARTUP_TIMEOUT:.0f}s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)  # our own process group: uvicorn and its workers
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


# --------------------------------------------------------------------------- wrk


def body_files(tmp: Path, html: str) -> tuple[Path, Path]:
    """JSON body split around an HTML comment, so the Lua script can vary one number."""
    head = tmp / "head.json"
    tail = tmp / "tail.json"
    head.write_text(json.dumps({"url": ARTICLE_URL})[:-1] + ', "html": "<!-- ', encoding="utf-8")
    tail.write_text(" -->" + json.dumps(html)[1:-1] + '"}', encoding="utf-8")
    return head, tail


def warm_up(base: str, head: Path, tail: Path) -> None:
    """Load every code path once per worker and check the cache behaves as the runs assume."""
    with httpx.Client(base_url=base, timeout=30.0) as client:
        for i in range(20):
            client.get("/v1/ping").raise_for_status()
            client.get("/v1/outlets/lookup", params={"url": ARTICLE_URL}).raise_for_status()
            body = f"{head.read_text()}warm-{i}{tail.read_text()}"
            r = client.post("/v1/annotate", content=body,
                            headers={"Content-Type": "application/json"})
            r.raise_for_status()
            if r.headers.get("x-annotator-cache") != "miss":
                raise SystemExit("varied bodies should never hit the response cache")
        # The exact body the "same" run sends, several times so every worker caches it.
        same = head.read_text() + tail.read_text()
        hits = [client.post("/v1/annotate", content=same,
                            headers={"Content-Type": "application/json"}
                            ).headers.get("x-annotator-cache") for _ in range(10)]
        if "hit" not in hits:
            raise SystemExit("identical bodies never hit the response cache")


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", value.strip())
    if not match:
        raise ValueError(f"unexpected wrk latency {value!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse_wrk(output: str) -> tuple[float, float, float, int, int, int]:
    """(requests/s, p50 ms, p99 ms, requests, non-2xx, socket errors) from ``wrk --latency``."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                     output)
    errors = sum(int(g) for g in sock.groups()) if sock else 0
    return rps, p50, p99, total, int(non2xx.group(1)) if non2xx else 0, errors


def run_wrk(url: str, args: argparse.Namespace, lua: list[str] | None = None) -> str:
    assert url.startswith(f"http://{HOST}:"), url
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s",
           "--timeout", "10s", "--latency"]
    if lua:
        cmd += ["-s", lua[0], url, "--", *lua[1:]]
    else:
        cmd.append(url)
    done = subprocess.run(cmd, capture_output=True, text=True, check=True,
                          timeout=args.duration + 30)
    return done.stdout


def scenarios(base: str, head: Path, tail: Path) -> list[tuple[str, str, list[str] | None]]:
    lookup = str(httpx.URL(f"{base}/v1/outlets/lookup", params={"url": ARTICLE_URL}))
    post = [str(LUA_POST), str(head), str(tail)]
    return [
        ("ping", f"{base}/v1/ping", None),
        ("lookup", lookup, None),
        ("annotate", f"{base}/v1/annotate", [*post, "vary"]),
        ("annotate-cached", f"{base}/v1/annotate", [*post, "same"]),
    ]


def settle(base: str, limit: float = 15.0) -> None:
    """Wait until the server has drained the previous run (queued annotations keep running
    after wrk disconnects) so its backlog does not show up in the next run's latency."""
    deadline = time.monotonic() + limit
    with httpx.Client(base_url=base, timeout=limit) as client:
        while time.monotonic() < deadline:
            started = time.monotonic()
            client.get("/healthz").raise_for_status()
            if time.monotonic() - started < 0.02:
                return
            time.sleep(0.2)


def bench_workers(workers: int, args: argparse.Namespace, html: str, tmp: Path) -> list[Result]:
    head, tail = body_files(tmp, html)
    results = []
    with running_server(workers) as base:
        warm_up(base, head, tail)
        for name, url, lua in scenarios(base, head, tail):
            settle(base)
            print(f"  workers={workers} {name}: wrk {args.duration}s ...", flush=True)
            rps, p50, p99, total, non2xx, errors = parse_wrk(run_wrk(url, args, lua))
            results.append(Result(workers, name, rps, p50, p99, total, non2xx, errors))
    return results


# --------------------------------------------------------------------------- report


def print_table(results: list[Result]) -> None:
    header = (f"{'workers':>7}  {'scenario':<16}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}"
              f"{'req/s vs ping':>15}{'p50 vs ping':>13}{'errors':>8}")
    print("\n" + header)
    print("-" * len(header))
    for r in results:
        ref = next(x for x in results if x.workers == r.workers and x.scenario == "ping")
        print(f"{r.workers:>7}  {r.scenario:<16}{r.requests_per_s:>10.1f}{r.p50_ms:>10.2f}"
              f"{r.p99_ms:>10.2f}{r.requests_per_s / ref.requests_per_s:>15.4f}"
              f"{r.p50_ms / ref.p50_ms:>12.1f}x{r.non_2xx + r.socket_errors:>8}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", default="1,2", help="comma list of worker counts")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if not 1 <= args.duration <= 300:
        parser.error("--duration must be 1-300 seconds")
    if shutil.which("wrk") is None:
        print("wrk not found; install it (Debian/Ubuntu: apt-get install -y wrk)", file=sys.stderr)
        return 2
    html, name = sample_html()
    print(f"page: {name} ({len(html.encode())} bytes); {args.threads} threads, "
          f"{args.connections} connections, {args.duration}s per run; cpus: {os.cpu_count()}")
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        for workers in (int(w) for w in args.workers.split(",")):
            results += bench_workers(workers, args, html, Path(tmp))
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
