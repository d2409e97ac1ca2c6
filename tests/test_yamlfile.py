"""The data-file loader: YAML syntax and schema errors name the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.datafiles import load_model
from annotator.errors import DataFileError
from annotator.sources.schema import RegistryFile


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "sources.yaml"
    p.write_text(text)
    return p


def test_syntax_error_has_line(tmp_path: Path) -> None:
    p = _write(tmp_path, "schema_version: 1\noutlets:\n  - id: [unclosed\n")
    with pytest.raises(DataFileError, match=r"sources\.yaml:\d+: YAML syntax"):
        load_model(p, RegistryFile)


def test_missing_citation_is_refused_with_line(tmp_path: Path) -> None:
    p = _write(
        tmp_path,
        "schema_version: 1\noutlets:\n"
        "  - id: x\n    name: X\n    country: GB\n    kind: newspaper\n"
        "    domains: [{domain: x.example}]\n"
        "    ownership:\n      - role: owner\n        entity: Someone\n"
        "        as_of: 2026-01-01\n"
        "    last_reviewed: 2026-01-01\n",
    )
    with pytest.raises(DataFileError) as err:
        load_model(p, RegistryFile)
    assert str(err.value).startswith(f"{p}:9: outlets[0].ownership[0].source: Field required")


def test_duplicate_key_and_empty_file(tmp_path: Path) -> None:
    p = _write(tmp_path, "schema_version: 1\nschema_version: 1\n")
    with pytest.raises(DataFileError, match=r":2: YAML syntax: duplicate key"):
        load_model(p, RegistryFile)
    p = _write(tmp_path, "")
    with pytest.raises(DataFileError, match=r":1: the file is empty"):
        load_model(p, RegistryFile)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="file not found"):
        load_model(tmp_path / "nope.yaml", RegistryFile)
