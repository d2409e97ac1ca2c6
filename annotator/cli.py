"""Command line: a thin shell over `annotate()` and the renderers.

`annotator SOURCE` is short for `annotator annotate SOURCE`. Every failure is one line on stderr
and a distinct exit code (see `errors.py` and the README), never a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .errors import AnnotatorError, BlockedURLError, InputFileError, UsageError
from .models import Report

if TYPE_CHECKING:  # imported lazily at run time: start-up cost
    from rich.console import Console

    from .framing.lexicon import Lexicon
    from .sources.registry import Registry

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


def _console(**options: object) -> Console:
    from rich.console import Console  # only the rich report and progress need it

    return Console(**options)  # type: ignore[arg-type]


def _overlays(given: list[Path] | None, env: str) -> list[Path]:
    paths = list(given or [])
    if not paths and os.environ.get(env):
        paths = [Path(p) for p in os.environ[env].split(os.pathsep) if p]
    return paths


def load_registry(overlays: list[Path] | None) -> Registry:
    from .sources.registry import registry_with_overlays

    return registry_with_overlays(_overlays(overlays, "ANNOTATOR_SOURCES"))


def load_lexicon(overlays: list[Path] | None) -> Lexicon:
    from .framing.lexicon import lexicon_with_overlays

    return lexicon_with_overlays(_overlays(overlays, "ANNOTATOR_LEXICON"))


def emit(report: Report, fmt: Format | None, brief: bool = False, show_all: bool = False) -> None:
    fmt = fmt or Format.rich
    if fmt is Format.json:  # the JSON always holds every flag, each with its `shown`
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    elif fmt is Format.markdown:
        from .report.markdown import render_markdown

        sys.stdout.write(render_markdown(report, brief=brief, show_all=show_all))
    elif fmt is Format.html:
        from .report.html import render_html

        sys.stdout.write(render_html(report, brief=brief, show_all=show_all))
    else:
        from .report.terminal import render_rich

        render_rich(report, _console(), brief=brief, show_all=show_all)


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
    from .pipeline import annotate

    report = annotate(
        source, url=url, registry=load_registry(sources), lexicon=load_lexicon(lexicon)
    )
    emit(report, fmt, brief, show_all)


@app.command("batch")
def batch_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="URLs, files, WARC files; @LIST for a list file (path<TAB>url lines, or .jsonl)."
        ),
    ],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="JSON Lines output file.")] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(help="Also (or only) write DIR/articles.parquet and DIR/flags.parquet."),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: cores).")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Run on a Dask cluster: scheduler ADDRESS, or 'local' (--jobs workers)."),
    ] = None,
    resume: Annotated[
        bool, typer.Option(help="Skip inputs the outputs already hold; keep their lines.")
    ] = False,
    sources: SourcesOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Annotate many articles: one JSON report per line, in input order; a failure is recorded.

    Exit code 0 when every input was annotated, 1 when any failed (each failure is a JSON line
    with its error type and message), 2 when there was nothing to annotate.
    """
    from .batch import Inputs, WorkerConfig, make_runner, run_batch
    from .batch.outputs import JsonLines, Output, Parquet
    from .batch.progress import progress_bar

    outputs: list[Output] = [Parquet(parquet)] if parquet else []
    if out or not parquet:
        outputs.insert(0, JsonLines(out))
    config = WorkerConfig(
        sources=tuple(str(p) for p in _overlays(sources, "ANNOTATOR_SOURCES")),
        lexicon=tuple(str(p) for p in _overlays(lexicon, "ANNOTATOR_LEXICON")),
        rows=parquet is not None,
    )
    config.check()  # a bad overlay stops the run here (exit 4), before any worker starts
    items = Inputs(inputs)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    runner = make_runner(config, jobs or cores or 1, dask)
    console = _console(stderr=True)
    with progress_bar(items.total(), console) as advance:
        summary = run_batch(items, runner, outputs, resume=resume, advance=advance)
    peak = max(summary.peak_rss.values(), default=0) / 1e6
    note = f", {summary.resumed} already done" if summary.resumed else ""
    if summary.skipped_records:
        note += f", {summary.skipped_records} archive records not HTML"
    sys.stderr.write(
        f"annotator: {summary.done} inputs in {summary.seconds:.1f} s "
        f"({summary.pages_per_second:.1f} pages/s, {len(summary.peak_rss)} workers, "
        f"peak {peak:.0f} MB a worker{note})\n"
    )
    if summary.failed:
        sys.stderr.write(f"annotator: {summary.failed} of {summary.done} inputs failed\n")
        raise typer.Exit(1)


@app.command("stats")
def stats_cmd(
    output: Annotated[
        Path, typer.Argument(help="A batch run's JSON Lines file, or its --parquet folder.")
    ],
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Also write CSV.")] = None,
    png: Annotated[Path | None, typer.Option(help="Also draw a chart (PNG).")] = None,
    top: Annotated[int, typer.Option(min=1, help="Groups shown in the table and chart.")] = 20,
) -> None:
    """Summarise a batch run per outlet and per genre: flags per 1,000 words by voice and
    category, the share of text in each voice, and the outlet's own most-flagged terms."""
    from .batch.stats import summarise, write_csv

    if not output.exists():
        raise InputFileError(f"{output}: no such file or folder")
    stats = summarise(output)
    from .batch.view import render_table, write_png

    # Files first: a closed pipe on the table (`| head`) must not lose them.
    if csv_out:
        write_csv(stats, csv_out)
    if png:
        write_png(stats, png, top)
    render_table(stats, _console(), top)


@app.command("sample")
def sample_cmd(fmt: FormatOpt = None, brief: BriefOpt = False, show_all: AllOpt = False) -> None:
    """Annotate the bundled sample article (no network needed)."""
    from .pipeline import annotate, sample_path

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
    from .server import serve

    serve(host=host, port=port, workers=workers)


@app.command("version")
def version_cmd() -> None:
    """Print the version."""
    sys.stdout.write(f"annotator {__version__}\n")


sources_app = typer.Typer(help="Check, count and import the outlet registry.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@app.command("source")
def source_cmd(
    target: Annotated[str, typer.Argument(help="A domain or URL (archive and AMP URLs unwrap).")],
    fmt: FormatOpt = None,
    sources: SourcesOpt = None,
) -> None:
    """Print one outlet's profile and how the domain or URL matched it."""
    from .page.addresses import looks_like_url, page_url_refusal
    from .sources.wrappers import unwrap

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
        from .report.markdown import render_outlet_markdown

        sys.stdout.write(render_outlet_markdown(match))
    else:
        from .report.terminal import render_outlet

        render_outlet(
            match,
            _console(),
            read_url=target,
            original_url=unwrapped.original if unwrapped else None,
        )


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
    from .errors import DataFileError
    from .sources.registry import Registry, bundled_sources_path

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
    from .sources.stats import registry_stats, render_stats

    stats = registry_stats(load_registry(sources))
    if fmt is Format.json:
        sys.stdout.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
    else:
        render_stats(stats, _console())


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
    from .sources.importers import import_ratings
    from .sources.registry import bundled_ratings_path

    target = out or bundled_ratings_path()
    counts = import_ratings(data, target)
    for sid, n in counts.items():
        sys.stdout.write(f"{sid}: {n} rows\n")
    sys.stdout.write(f"wrote {target}\n")


eval_app = typer.Typer(help="Measure flagging against expert annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
JsonOut = Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON.")]


def _write_json(data: dict[str, object], out: Path | None) -> None:
    if out:
        out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


@eval_app.command("ptc")
def eval_ptc_cmd(
    folder: Annotated[Path, typer.Argument(help="PTC folder: articles/ + labels.tsv or spans.tsv")],
    json_out: JsonOut = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Span and word scores against PTC propaganda spans, split by voice."""
    from rich.table import Table

    from .eval.flags import score_ptc

    result = score_ptc(folder, load_lexicon(lexicon)).as_dict()
    console = _console()
    for task, by_voice in result["tasks"].items():
        table = Table(title=f"PTC {folder.name}: {task} ({result['articles']} articles)")
        cols = {
            "span_precision": "span P",
            "span_recall": "span R",
            "span_f1": "span F1",
            "predicted_spans": "pred",
            "gold_spans": "gold",
            "word_precision": "word P",
            "word_recall": "word R",
            "word_f1": "word F1",
        }
        table.add_column("voice", no_wrap=True, min_width=10)
        for header in cols.values():
            table.add_column(header, justify="right")
        for voice, figs in by_voice.items():
            # Three decimals keep every column whole at 80 columns; --json has four.
            table.add_row(
                voice,
                *(f"{figs[c]:.3f}" if isinstance(figs[c], float) else str(figs[c]) for c in cols),
            )
        console.print(table)
    _write_json(result, json_out)


@eval_app.command("babe")
def eval_babe_cmd(
    csv_file: Annotated[Path, typer.Argument(help="BABE CSV (;-separated, biased_words column)")],
    json_out: JsonOut = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Word-level precision/recall and sentence-level macro F1 against BABE."""
    from rich.table import Table

    from .eval.flags import score_babe

    result = score_babe(csv_file, load_lexicon(lexicon)).as_dict()
    table = Table(title=f"BABE {csv_file.name} ({result['sentences']} sentences)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in (
        "word_precision",
        "word_recall",
        "word_f1",
        "sentence_f1_biased",
        "sentence_f1_non_biased",
        "sentence_macro_f1",
    ):
        table.add_row(key.replace("_", " "), str(result[key]))
    for voice, p in result["word_precision_by_voice"].items():
        n = result["word_predictions_by_voice"][voice]
        table.add_row(f"word precision, {voice} voice ({n} words)", str(p))
    _console().print(table)
    _write_json(result, json_out)


@eval_app.command("attribution")
def eval_attribution_cmd(
    folder: Annotated[Path, typer.Argument(help="PolNeAR split: text/ + attributions/")],
    json_out: JsonOut = None,
) -> None:
    """Word-level voice P/R/F1 and speaker accuracy against PolNeAR attributions."""
    from rich.table import Table

    from .eval.attribution import score_attribution

    result = score_attribution(folder).as_dict()
    table = Table(title=f"PolNeAR {folder.name}: voices ({result['articles']} articles)")
    for header in ("voice", "P", "R", "F1", "gold words", "predicted"):
        table.add_column(header, justify="left" if header == "voice" else "right")
    for voice, f in result["voices"].items():
        table.add_row(
            voice,
            f"{f['precision']:.3f}",
            f"{f['recall']:.3f}",
            f"{f['f1']:.3f}",
            str(f["gold_words"]),
            str(f["predicted_words"]),
        )
    table.add_row("macro F1", "", "", f"{result['macro_f1']:.3f}", "", "")
    console = _console()
    console.print(table)
    console.print(
        f"speaker accuracy: {result['speaker_accuracy']:.3f} over "
        f"{result['speaker_attributions']} attributions whose source names someone"
    )
    _write_json(result, json_out)


def _subcommands() -> set[str]:
    names = {c.name for c in app.registered_commands if c.name}
    names |= {g.name for g in app.registered_groups if g.name}
    return names | {"--help", "-h"}


def main(argv: list[str] | None = None) -> None:
    """Entry point: route `annotator SOURCE` to `annotate`, and print errors as one line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in _subcommands():
        args.insert(0, "annotate")
    try:
        code = app(args, prog_name="annotator", standalone_mode=False)
    except AnnotatorError as exc:
        sys.stderr.write(f"annotator: error: {exc.message}\n")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("annotator: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # usage errors (typer's own click) and the unexpected: one line
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):
            # click's "no arguments: here is the help" error has no message of its own.
            message = exc.format_message() or "give a source or a command (annotator --help)"
            sys.stderr.write(f"annotator: usage error: {message}\n")
            sys.exit(2)
        sys.stderr.write(f"annotator: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(70)
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":
    main()
