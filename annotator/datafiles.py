"""Load a curated YAML file into a pydantic model, with errors that name the file and line.

Both data files (the registry and the lexicon) go through `load_model`, so a curator sees the
same kind of message for either: `sources.yaml:120: outlets[3].legal[0].source: Field required`.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from .errors import DataFileError

if TYPE_CHECKING:
    import yaml

M = TypeVar("M", bound=BaseModel)


class _LineDict(dict[Any, Any]):
    """A mapping that remembers the line of itself and of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]


class _LineList(list[Any]):
    line: int = 0
    item_lines: list[int]


@functools.cache
def _loader() -> type:
    """The line-keeping loader class, built on first use: a run that reads compiled data from
    the cache never imports PyYAML."""
    import yaml

    # libyaml's parser when PyYAML has it: the pure-Python one takes seconds on the registry.
    class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    _LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    _LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _LineLoader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence
    )
    return _LineLoader


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> _LineDict:
    import yaml

    loader.flatten_mapping(node)
    out = _LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                "a key must be a plain value, not a list or mapping",
                key_node.start_mark,
            )
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: Any, node: yaml.SequenceNode) -> _LineList:
    out = _LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


def _construct_timestamp(loader: Any, node: yaml.ScalarNode) -> Any:
    import yaml

    # An impossible date (2026-13-01) would raise inside PyYAML with no line; leave it a string
    # so that schema validation reports it with its file and line.
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file keeping line numbers; syntax errors become DataFileError."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read: {exc}") from None
    try:
        return yaml.load(text, Loader=_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise DataFileError(f"{path}:{line}: YAML syntax: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: YAML error: {exc}") from None


def line_of(data: Any, loc: tuple[Any, ...]) -> int:
    """The line of the deepest node of `loc` that the YAML recorded."""
    line = getattr(data, "line", 0)
    node = data
    for part in loc:
        if isinstance(node, _LineDict) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, _LineList) and isinstance(part, int) and part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
    return line


def _fmt_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def without(data: Any, *keys: str) -> Any:
    """A copy of a parsed mapping without some keys, keeping its line numbers."""
    if not isinstance(data, _LineDict):
        return {k: v for k, v in data.items() if k not in keys}
    out = _LineDict((k, v) for k, v in data.items() if k not in keys)
    out.line, out.key_lines = data.line, data.key_lines
    return out


def validate(data: Any, model: type[M], path: Path | str, prefix: tuple[Any, ...] = ()) -> M:
    """Validate parsed YAML against a model; errors name file, line and field.

    The message gives the first error; `DataFileError.details` lists them all.
    """
    if data is None:
        raise DataFileError(f"{path}:1: the file is empty")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            lines.append(f"{path}:{line_of(data, loc)}: {_fmt_loc(prefix + loc)}: {err['msg']}")
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        raise DataFileError(lines[0] + more, details=lines) from None


def load_model(path: Path, model: type[M]) -> tuple[M, Any]:
    """Parse and validate; returns the model and the raw data (for line look-ups)."""
    data = load_yaml(path)
    return validate(data, model, path), data
