"""Chromium with the unpacked extension, the annotator server and a page server, all on loopback.

Shared by the browser tests (tests/browser) and the extension benchmark (bench/), so both drive
the same browser the same way. Debian's `chromium` package, driven by Playwright for Python
with `executable_path`; Playwright's own browser download is never used.

Every host name resolves to 127.0.0.1 inside the browser (`--host-resolver-rules`), so a page
can be served under its real address (english.almanar.com.lb, for the badge) from the local
page server, and any https request a page makes is answered empty by a route: nothing leaves
the machine.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--headless=new",
    "--host-resolver-rules=MAP * 127.0.0.1",
    "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable",
]


def chromium_problem() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not (shutil.which("chromium") or Path(CHROMIUM).exists()):
        return "Debian's chromium is not installed (apt-get install chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def annotator_server(env: dict[str, str] | None = None) -> Iterator[str]:
    """`annotator serve` on a free loopback port; yields its base URL once it is ready."""
    port = free_port()
    full_env = {**os.environ, "ANNOTATOR_RATE_LIMIT": "0", **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from annotator.cli import main; main()", "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # the registry and lexicon load in a few seconds
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"annotator serve exited: {err}")
            try:
                if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise RuntimeError("annotator serve did not become ready")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Browser:
    context: Any
    extension_id: str
    worker: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def panel(self, tab_id: int) -> Any:
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.extension_id}/panel.html?tab={tab_id}")
        return page

    def tab_id(self, url: str) -> int:
        tabs = self.worker.evaluate("(u) => chrome.tabs.query({url: u})", url.split("#")[0])
        assert tabs, f"no tab shows {url}"
        return int(tabs[0]["id"])

    def badge(self, tab_id: int) -> tuple[str, list[int]]:
        return (self.worker.evaluate("(t) => chrome.action.getBadgeText({tabId: t})", tab_id),
                self.worker.evaluate(
                    "(t) => chrome.action.getBadgeBackgroundColor({tabId: t})", tab_id))


@contextmanager
def browser(profile: Path, server: str) -> Iterator[Browser]:
    """Chromium with the unpacked extension, pointed at `server`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True,
            args=[*FLAGS, f"--disable-extensions-except={EXTENSION}",
                  f"--load-extension={EXTENSION}"],
            viewport={"width": 1200, "height": 900})
        try:
            worker = (context.service_workers[0] if context.service_workers
                      else context.wait_for_event("serviceworker", timeout=15000))
            ext_id = worker.url.split("/")[2]
            b = Browser(context, ext_id, worker)
            context.on("console", lambda m: b.errors.append(f"{m.location}: {m.text}")
                       if m.type == "error" else None)
            context.on("weberror", lambda e: b.errors.append(str(e.error)))
            context.on("request", lambda r: b.requests.append(r.url))
            # Page assets on https (the sample's CSS, logo): answered empty, never fetched.
            context.route("https://**/*", lambda route: route.fulfill(status=204, body=""))
            worker.evaluate("(s) => chrome.storage.local.set({server: s})", server)
            yield b
        finally:
            context.close()


def annotate_in_panel(b: Browser, page_url: str, timeout: float = 120_000) -> tuple[Any, Any]:
    """Open `page_url`, open the panel for its tab, click "Annotate this page" and wait."""
    page = b.context.new_page()
    page.goto(page_url)
    panel = b.panel(b.tab_id(page_url))
    panel.click("#annotate")
    panel.wait_for_selector("#status[data-done]", timeout=timeout)
    return page, panel


@contextmanager
def page_server(pages: dict[str, bytes]) -> Iterator[int]:
    """Serve `pages` (path -> HTML) on a free loopback port, for any Host header."""
    from pytest_httpserver import HTTPServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # not a line per request
    # threaded: the browser keeps connections open, which would stall a one-thread server
    server = HTTPServer(host="127.0.0.1", port=free_port(), threaded=True)
    for path, body in pages.items():
        server.expect_request(path).respond_with_data(
            body, content_type="text/html; charset=utf-8")
    server.expect_request("/favicon.ico").respond_with_data(b"", status=204)
    server.start()
    try:
        yield server.port
    finally:
        server.clear()
        if server.is_running():
            server.stop()
