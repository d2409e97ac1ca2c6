"""`annotator sources check|stats|import`: the outlet registry's own commands."""

# No `from __future__ import annotations`: typer would evaluate each string (see app.py).

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .app import (
    Format,
    FormatOpt,
    SourcesOpt,
    app,
    load_registry,
    make_console,
)

sources_app = typer.Typer(help="Check, count and import the outlet registry.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("check")
def sources_check_cmd(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Registry files (default: bundled).")
    ] = None,
    overlay: Annotated[
        bool, typer.Option(help="Check FILES as overlays on the bundled registry.")
    ] = False,
) -> None:
    """Validate registry files; every error with file:line. Exit 4 when any is invalid."""
    from ..errors import DataFileError
    from ..sources.registry import Registry, bundled_sources_path

    targets = files or [bundled_sources_path()]
    failed = False
    for f in targets:
        try:
            layers = [bundled_sources_path(), f] if overlay else [f]
            reg = Registry.load(layers, ratings=False, use_cache=False)
        except DataFileError as exc:
            failed = True
            for line in exc.details:
                sys.stderr.write(f"{line}\n")
            continue
        sys.stdout.write(f"{f}: ok ({len(reg.outlets)} outlets)\n")
    if failed:
        raise typer.Exit(4)


@sources_app.command("stats")
def sources_stats_cmd(
    fmt: FormatOpt = None,
    sources: SourcesOpt = None,
) -> None:
    """Coverage counts: profiles by field, country and kind; ratings by rater."""
    from ..sources.stats import registry_stats, render_stats

    stats = registry_stats(load_registry(sources))
    if fmt is Format.json:
        sys.stdout.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
    else:
        render_stats(stats, make_console())


@sources_app.command("import")
def sources_import_cmd(
    data: Annotated[Path, typer.Option(help="Folder with the open ratings CSV files.")] = Path(
        "../shared/data/ratings"
    ),
    out: Annotated[
        Path | None, typer.Option(help="Output TSV (default: the bundled file).")
    ] = None,
) -> None:
    """Import open rating data (Wikipedia RSP, OpenSources, Lin et al. 2023) into the registry."""
    from ..sources.importers import import_ratings
    from ..sources.registry import bundled_ratings_path

    target = out or bundled_ratings_path()
    counts = import_ratings(data, target)
    for sid, n in counts.items():
        sys.stdout.write(f"{sid}: {n} rows\n")
    sys.stdout.write(f"wrote {target}\n")


