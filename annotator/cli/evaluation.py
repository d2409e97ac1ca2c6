"""`annotator eval ptc|babe|attribution`: flags and voices measured against expert
annotations."""

# No `from __future__ import annotations`: typer would evaluate each string (see app.py).

import json
from pathlib import Path
from typing import Annotated

import typer

from .app import (
    LexiconOpt,
    app,
    load_lexicon,
    make_console,
)

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

    from ..eval.flags import score_ptc

    result = score_ptc(folder, load_lexicon(lexicon)).as_dict()
    console = make_console()
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

    from ..eval.flags import score_babe

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
    make_console().print(table)
    _write_json(result, json_out)


@eval_app.command("attribution")
def eval_attribution_cmd(
    folder: Annotated[Path, typer.Argument(help="PolNeAR split: text/ + attributions/")],
    json_out: JsonOut = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Word-level voice P/R/F1 and speaker accuracy against PolNeAR attributions, over all
    words and over the words the tool flags."""
    from rich.table import Table

    from ..eval.attribution import score_attribution

    result = score_attribution(folder, load_lexicon(lexicon)).as_dict()
    flagged = result["flags"]
    console = make_console()
    for title, figs, unit in (
        (f"voices ({result['articles']} articles)", result, "words"),
        (f"voices of flagged words ({flagged['flags']} flags)", flagged, "flags"),
    ):
        table = Table(title=f"PolNeAR {folder.name}: {title}")
        for header in ("voice", "P", "R", "F1", f"gold {unit}", "predicted"):
            table.add_column(header, justify="left" if header == "voice" else "right")
        for voice, f in figs["voices"].items():
            table.add_row(
                voice,
                f"{f['precision']:.3f}",
                f"{f['recall']:.3f}",
                f"{f['f1']:.3f}",
                str(f[f"gold_{unit}"]),
                str(f[f"predicted_{unit}"]),
            )
        if unit == "words":
            table.add_row("macro F1", "", "", f"{result['macro_f1']:.3f}", "", "")
        else:
            table.add_row("accuracy", "", "", f"{flagged['voice_accuracy']:.3f}", "", "")
        console.print(table)
        if unit == "words":
            console.print(
                f"speaker accuracy: {result['speaker_accuracy']:.3f} over "
                f"{result['speaker_attributions']} attributions whose source names someone"
            )
    console.print(
        f"flagged-word speaker accuracy: {flagged['speaker_accuracy']:.3f} over "
        f"{flagged['speaker_flags']} flags inside an attribution whose source names someone"
    )
    _write_json(result, json_out)
