"""Shared fixtures: the small test lexicon and registry, and paths to fixture pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.framing.lexicon import Lexicon

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini_lexicon() -> Lexicon:
    return Lexicon.load([FIXTURES / "lexicon-mini.yaml"])


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Compiled-data caches go to a temporary folder, never the user's home."""
    import os

    os.environ["ANNOTATOR_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
