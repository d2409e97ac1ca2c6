"""The package's layout is the pipeline: each stage imports only the stages before it, and the
runnable examples at the top of each stage's entry work."""

from __future__ import annotations

import ast
import doctest
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"
# Pipeline order; a stage may import an earlier one (and the shared modules), never a later one.
STAGES = ["page", "sources", "framing", "provenance", "report"]
DOORS = ["batch", "server", "eval"]


def _imported_stages(path: Path) -> set[str]:
    """First-level annotator subpackages a module imports (relative or absolute)."""
    found: set[str] = set()
    rel = path.relative_to(PACKAGE).parts[:-1]  # package parts of this module
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(rel[: len(rel) - (node.level - 1)])
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.startswith("annotator."):
                target = node.module.split(".")[1:]
            else:
                continue
            if target:
                found.add(target[0])
    return found


@pytest.mark.parametrize("stage", STAGES)
def test_no_stage_imports_a_later_stage(stage: str) -> None:
    later = set(STAGES[STAGES.index(stage) + 1 :]) | set(DOORS) | {"pipeline", "cli"}
    for path in (PACKAGE / stage).rglob("*.py"):
        bad = _imported_stages(path) & later
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_shared_modules_import_no_stage_but_the_schema() -> None:
    for name in ("errors", "cache", "datafiles", "_lazy", "budget", "factories", "regexcache"):
        assert not _imported_stages(PACKAGE / f"{name}.py") & set(STAGES + DOORS)
    # The report model embeds the registry's outlet profile, and nothing else from a stage.
    assert _imported_stages(PACKAGE / "models.py") & set(STAGES + DOORS) == {"sources"}


@pytest.mark.parametrize(
    "module",
    ["annotator", "annotator.page", "annotator.page.read", "annotator.sources",
     "annotator.framing", "annotator.batch", "annotator.provenance",
     "annotator.sources.wrappers", "annotator.sources.social", "annotator.sources.names",
     "annotator.budget"],
)
def test_entry_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), verbose=False)
    assert result.attempted > 0 and result.failed == 0


def test_saving_a_page_does_not_import_the_http_client() -> None:
    import subprocess
    import sys

    code = (
        "import sys, annotator\n"
        "annotator.annotate(html='<html><body><h1>T</h1><p>The regime fell.</p></body></html>')\n"
        "print('httpx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
