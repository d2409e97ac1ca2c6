"""Fixtures for the browser tests: skipped with the reason when Chromium cannot run here,
except in CI (`ANNOTATOR_BROWSER_TESTS=required`, set by .ci/run), where they must run."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.pipeline import sample_path

from .harness import Browser, annotator_server, browser, chromium_problem, page_server

SAMPLE_PATH = "/sample/khamenei-kadhimi-meeting"
SAMPLE_HOST = "english.almanar.com.lb"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    problem = chromium_problem()
    if problem is None:
        return
    if os.environ.get("ANNOTATOR_BROWSER_TESTS") == "required":
        raise pytest.UsageError(f"browser tests are required here, but {problem}")
    for item in items:
        if "tests/browser" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.skip(reason=problem))


# Two hosting platforms of our own on made-up names, one whose users publish under a path and
# one whose users publish on subdomains. Real platforms' names can be on Chromium's HSTS preload
# list (substack.com joined it), which turns the tests' plain-HTTP pages into TLS errors.
PLATFORMS = """schema_version: 1
outlets:
- id: path-platform-fixture
  name: Path Platform Fixture
  country: US
  kind: platform
  description: A test platform whose users publish under /@name.
  domains:
  - {domain: path-platform-fixture.com}
  user_content: true
  user_paths: ["/@"]
  last_reviewed: 2026-12-02
- id: host-platform-fixture
  name: Host Platform Fixture
  country: US
  kind: platform
  description: A test platform whose users publish on their own subdomains.
  domains:
  - {domain: host-platform-fixture.com}
  user_content: true
  last_reviewed: 2026-12-02
"""
PATH_PLATFORM, HOST_PLATFORM = "path-platform-fixture.com", "host-platform-fixture.com"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    overlay = tmp_path_factory.mktemp("sources") / "platforms.yaml"
    overlay.write_text(PLATFORMS, encoding="utf-8")
    with annotator_server({"ANNOTATOR_SOURCES": str(overlay)}) as base:
        yield base


@pytest.fixture(scope="session")
def pages() -> Iterator[int]:
    sample = Path(sample_path()).read_bytes()
    plain = b"<html><body><p>Hello.</p></body></html>"
    with page_server({SAMPLE_PATH: sample, "/plain": plain, "/@alice/post": plain}) as port:
        yield port


@pytest.fixture(scope="session")
def sample_url(pages: int) -> str:
    return f"http://{SAMPLE_HOST}:{pages}{SAMPLE_PATH}"


@pytest.fixture(scope="session")
def chromium(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    with browser(tmp_path_factory.mktemp("profile"), server) as b:
        yield b
