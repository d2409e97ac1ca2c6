"""Shared fixtures: the small test lexicon and registry, and paths to fixture pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.lexicon import Lexicon

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def mini_lexicon() -> Lexicon:
    return Lexicon.load([FIXTURES / "lexicon-mini.yaml"])
