"""The command line's app, shared options and the one-article commands (annotate, sample,
schema, serve, version, source).

"""

# No `from __future__ import annotations` in the command modules: typer reads every
# command's annotations at each start, and as strings each would be evaluated (about 15 ms).

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .. import __version__
from ..errors import BlockedURLError, UsageError
from ..models import Report
from .lasting import lasting

if TYPE_CHECKING:  # imported lazily at run time: start-up cost
    from rich.console import Console

    from ..framing.lexicon import Lexicon
    from ..sources.registry import Registry

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Annotate a news article: who published it, and which words frame it, in whose voice.",
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    html = "html"


SourcesOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--sources",
        help="A newsroom registry overlay (YAML); repeatable. Also ANNOTATOR_SOURCES.",
    ),
]
LexiconOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon", help="A newsroom lexicon overlay (YAML); repeatable. Also ANNOTATOR_LEXICON."
    ),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="rich (default), json, markdown or html."),
]
BriefOpt = Annotated[bool, typer.Option("--brief", help="Print the summary lines alone.")]
AllOpt = Annotated[
    bool, typer.Option("--all", help="Show every flag, also those out of the default view.")
]


def make_console(**options: object) -> "Console":
    from rich.console import Console  # only the rich report and progress need it

    return Console(**options)  # type: ignore[arg-type]


def overlay_paths(given: list[Path] | None, env: str) -> list[Path]:
    paths = list(given or [])
    if not paths and os.environ.get(env):
        paths = [Path(p) for p in os.environ[env].split(os.pathsep) if p]
    return paths


def load_registry(overlays: list[Path] | None) -> "Registry":
    from ..sources.registry import registry_with_overlays

    return registry_with_overlays(overlay_paths(overlays, "ANNOTATOR_SOURCES"))


def load_lexicon(overlays: list[Path] | None) -> "Lexicon":
    from ..framing.lexicon import lexicon_with_overlays

    return lexicon_with_overlays(overlay_paths(overlays, "ANNOTATOR_LEXICON"))


def emit(report: Report, fmt: Format | None, brief: bool = False, show_all: bool = False) -> None:
    fmt = fmt or Format.rich
    if fmt is Format.json:  # the JSON always holds every flag, each with its `shown`
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    elif fmt is Format.markdown:
        with lasting():
            from ..report.markdown import render_markdown

        sys.stdout.write(render_markdown(report, brief=brief, show_all=show_all))
    elif fmt is Format.html:
        with lasting():
            from ..report.html import render_html

        sys.stdout.write(render_html(report, brief=brief, show_all=show_all))
    else:
        with lasting():
            from ..report.terminal import render_rich

        render_rich(report, make_console(), brief=brief, show_all=show_all)


@app.command("annotate")
def annotate_cmd(
    source: Annotated[
        str, typer.Argument(help="A URL, a saved page (.html), a text file, or - for stdin.")
    ],
    url: Annotated[
        str | None, typer.Option("--url", help="Where a saved page or text came from.")
    ] = None,
    fmt: FormatOpt = None,
    brief: BriefOpt = False,
    show_all: AllOpt = False,
    sources: SourcesOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Annotate one article and print the report."""
    with lasting():
        from ..pipeline import annotate

        loaded = load_registry(sources), load_lexicon(lexicon)
    report = annotate(source, url=url, registry=loaded[0], lexicon=loaded[1])
    emit(report, fmt, brief, show_all)


@app.command("sample")
def sample_cmd(fmt: FormatOpt = None, brief: BriefOpt = False, show_all: AllOpt = False) -> None:
    """Annotate the bundled sample article (no network needed)."""
    with lasting():
        from ..framing import default_lexicon
        from ..pipeline import annotate, sample_path
        from ..sources import default_registry

        default_registry(), default_lexicon()  # loaded once, kept for the process
    emit(annotate(str(sample_path())), fmt, brief, show_all)


@app.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the JSON report (--format json)."""
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "annotator report"
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


@app.command("serve")
def serve_cmd(
    host: Annotated[
        str, typer.Option(envvar="ANNOTATOR_HOST", help="Address to bind.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(envvar="ANNOTATOR_PORT", min=1, max=65535, help="Port to bind.")
    ] = 8000,
    workers: Annotated[
        int, typer.Option(envvar="ANNOTATOR_WORKERS", min=1, max=64, help="Worker processes.")
    ] = 1,
) -> None:
    """Run the HTTP API for the browser extension (settings: see the README)."""
    from ..server import serve

    serve(host=host, port=port, workers=workers)


@app.command("version")
def version_cmd() -> None:
    """Print the version."""
    sys.stdout.write(f"annotator {__version__}\n")


@app.command("source")
def source_cmd(
    target: Annotated[str, typer.Argument(help="A domain or URL (archive and AMP URLs unwrap).")],
    fmt: FormatOpt = None,
    sources: SourcesOpt = None,
) -> None:
    """Print one outlet's profile and how the domain or URL matched it."""
    from ..page.addresses import looks_like_url, page_url_refusal
    from ..sources.wrappers import unwrap

    target = target.strip()
    if not target or any(c.isspace() for c in target):
        raise UsageError(f"source target {target!r}: give a domain or an http(s) URL")
    why = page_url_refusal(target) if looks_like_url(target) else None
    if why:
        raise BlockedURLError(f"refused source target {target}: {why}")
    unwrapped = unwrap(target)
    match = load_registry(sources).lookup(unwrapped.original if unwrapped else target)
    if fmt is Format.json:
        sys.stdout.write(match.model_dump_json(indent=2) + "\n")
    elif fmt is Format.markdown:
        from ..report.markdown import render_outlet_markdown

        sys.stdout.write(render_outlet_markdown(match))
    else:
        from ..report.terminal import render_outlet

        render_outlet(
            match,
            make_console(),
            read_url=target,
            original_url=unwrapped.original if unwrapped else None,
        )


