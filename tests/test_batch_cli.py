"""`annotator batch` and `annotator stats` from the command line: outputs are never half
written, never overwrite an input, resume where a run stopped, and summarise what was found."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.batch import InProcess, Inputs, Result, WorkerConfig, run_batch
from annotator.batch.outputs import JsonLines, Parquet
from annotator.cli import main
from annotator.pipeline import sample_path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stories(tmp_path: Path) -> list[Path]:
    paths = []
    for n in range(5):
        p = tmp_path / f"story{n}.txt"
        p.write_text(f"Headline {n}\n\nThe regime and the so-called experts met {n} times.\n")
        paths.append(p)
    return paths


def test_an_output_that_is_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, stories: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before = stories[0].read_bytes()
    code, _, err = run(["batch", str(stories[0]), "-j", "1", "-o", str(stories[0])], capsys)
    assert code == 2 and "both an input and an output" in err and err.count("\n") == 1
    listing = tmp_path / "in.lst"
    listing.write_text(f"{stories[1]}\n{stories[0]}\n")
    code, _, err = run(["batch", f"@{listing}", "-j", "1", "-o", str(stories[0])], capsys)
    assert code == 2 and str(stories[0]) in err
    assert stories[0].read_bytes() == before
    assert not list(tmp_path.glob("*.partial"))  # a refusal leaves nothing behind


def test_an_empty_list_is_an_error_not_a_silent_success(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "empty.lst"
    listing.write_text("# nothing yet\n\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["batch", f"@{listing}", "-j", "1", "-o", str(out)], capsys)
    assert code == 2 and "no inputs" in err and err.count("\n") == 1
    assert not out.exists() and not list(tmp_path.glob("out*"))


def test_a_failed_run_keeps_the_earlier_output_whole(
    tmp_path: Path, stories: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"earlier": "run"}\n')
    listing = tmp_path / "empty.lst"
    listing.write_text("")
    assert run(["batch", f"@{listing}", "-j", "1", "-o", str(out)], capsys)[0] == 2
    assert out.read_text() == '{"earlier": "run"}\n'


class StopAfter:
    """A runner that is interrupted (Ctrl-C) after `n` results."""

    name = "stops"

    def __init__(self, n: int) -> None:
        self.n, self.inner = n, InProcess(WorkerConfig(rows=True))
        self.seen: list[str] = []

    def __enter__(self) -> StopAfter:
        self.inner.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.__exit__()

    def run(self, items: Iterable[Any]) -> Iterator[Result]:
        for result in self.inner.run(items):
            if len(self.seen) == self.n:
                raise KeyboardInterrupt
            self.seen.append(result.key)
            yield result


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path: Path, stories: list[Path]) -> None:
    out = tmp_path / "out.jsonl"
    args = [str(p) for p in stories]
    with pytest.raises(KeyboardInterrupt):
        run_batch(Inputs(args), StopAfter(2), [JsonLines(out)])
    assert not out.exists()  # never a half-written output under the final name
    partial = tmp_path / "out.jsonl.partial"
    assert len(partial.read_text().splitlines()) == 2
    with partial.open("a") as fh:
        fh.write('{"input": {"index": 2, "key": "cut sh')  # a line cut short by a kill
    second = StopAfter(99)
    summary = run_batch(Inputs(args), second, [JsonLines(out)], resume=True)
    assert summary.resumed == 2 and summary.done == 3 and second.seen == args[2:]
    keys = [json.loads(line)["input"]["key"] for line in out.read_text().splitlines()]
    assert keys == args and not partial.exists()


def test_resume_redoes_what_any_output_lacks(tmp_path: Path, stories: list[Path]) -> None:
    pytest.importorskip("pyarrow")
    out, folder = tmp_path / "out.jsonl", tmp_path / "pq"
    args = [str(p) for p in stories]
    run_batch(Inputs(args[:3]), InProcess(WorkerConfig(rows=True)), [JsonLines(out)])
    # JSON Lines holds 3 inputs, Parquet none: all five are annotated for both, no duplicates.
    first = StopAfter(99)
    run_batch(Inputs(args), first, [JsonLines(out), Parquet(folder)], resume=True)
    assert first.seen == args
    # Now both hold all five: nothing is redone, and Parquet rows are carried over.
    again = StopAfter(99)
    summary = run_batch(Inputs(args), again, [JsonLines(out), Parquet(folder)], resume=True)
    assert again.seen == [] and summary.resumed == 5
    import pyarrow.parquet as pq

    assert pq.read_table(folder / "articles.parquet").column("key").to_pylist() == args
    assert len(out.read_text().splitlines()) == 5


def test_parquet_tables_and_stats_agree_with_json_lines(
    tmp_path: Path, stories: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out, folder = tmp_path / "out.jsonl", tmp_path / "pq"
    missing = tmp_path / "missing.html"
    args = [*map(str, stories), str(missing), str(sample_path())]
    code, _, err = run(
        ["batch", *args, "-j", "1", "-o", str(out), "--parquet", str(folder)], capsys
    )
    assert code == 1 and "1 of 7 inputs failed" in err
    reports = [json.loads(line) for line in out.read_text().splitlines()]
    articles = pq.read_table(folder / "articles.parquet").to_pylist()
    flags = pq.read_table(folder / "flags.parquet").to_pylist()
    assert [a["key"] for a in articles] == args
    assert [a["ok"] for a in articles] == ["error" not in r for r in reports]
    assert len(flags) == sum(len(r.get("flags", [])) for r in reports) > 5
    assert articles[-1]["outlet_name"] == "Al-Manar" and articles[5]["error_type"] == "bad-input"

    from annotator.batch.stats import summarise, table_rows

    assert table_rows(summarise(out)) == table_rows(summarise(folder))
    code, table, _ = run(["stats", str(out), "--csv", str(tmp_path / "s.csv")], capsys)
    assert code == 0 and "6 articles summarised; 1 failed inputs not summarised" in table
    assert "Al-Manar" in (tmp_path / "s.csv").read_text()


def test_stats_examples_run() -> None:
    import doctest

    import annotator.batch.stats

    result = doctest.testmod(annotator.batch.stats)
    assert result.attempted > 0 and result.failed == 0


def test_stats_figures(tmp_path: Path) -> None:
    from annotator import annotate
    from annotator.batch.stats import summarise, table_rows
    from annotator.models import InputRef, VoiceSpan

    # 12 words, 3 of them quoted; one loaded phrase in the outlet's voice.
    text = "Headline here\n\nThe so-called experts met them, and “they said nothing” today."
    report = annotate(text=text)
    body = report.article.body
    span = VoiceSpan(
        field="body", start=body.index("“"), end=body.index("”") + 1, voice="quoted", speaker=None
    )
    report = report.model_copy(update={"voices": [span], "input": InputRef(index=0, key="a")})
    assert [(f.text, f.voice) for f in report.flags] == [("so-called experts", "outlet")]
    out = tmp_path / "out.jsonl"
    out.write_text(report.model_dump_json() + "\n" + report.model_dump_json() + "\nnot json\n")
    stats = summarise(out)
    assert stats.articles == 2 and stats.unreadable == 1
    rows = {(r["group_by"], r["group"]): r for r in table_rows(stats)}
    row = rows[("outlet", "(no address)")]
    assert row["words"] == 2 * 12 and row["articles"] == 2 and row["flags"] == 2
    assert row["per_1k_outlet"] == round(1000 * 2 / 24, 3) and row["per_1k_quoted"] == 0
    assert row["share_quoted"] == 0.25 and row["share_outlet"] == 0.75
    assert row["top_outlet_terms"] == "so-called experts (2)"
    assert rows[("genre", "unknown")]["articles"] == 2


def test_stats_chart_is_a_png_of_the_figures(tmp_path: Path, stories: list[Path]) -> None:
    pytest.importorskip("vl_convert")
    from annotator.batch.stats import summarise
    from annotator.batch.view import chart_spec, write_png

    out = tmp_path / "out.jsonl"
    run_batch(Inputs([str(sample_path())]), InProcess(WorkerConfig()), [JsonLines(out)])
    stats = summarise(out)
    spec = chart_spec(stats)
    bars = spec["vconcat"][0]["data"]["values"]
    almanar = stats.by("outlet")[0]
    assert {b["voice"]: b["per_1k"] for b in bars} == {
        v: almanar.per_1k(v) for v in ("outlet", "quoted", "paraphrase")
    }
    write_png(stats, tmp_path / "chart.png")
    data = (tmp_path / "chart.png").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def test_the_progress_bar_shows_pages_per_second_on_a_terminal() -> None:
    import io

    from rich.console import Console

    from annotator.batch.progress import progress_bar

    result = Result(0, "k", True, "{}")
    for terminal in (True, False):
        buffer = io.StringIO()
        console = Console(file=buffer, force_terminal=terminal, width=120)
        with progress_bar(3, console) as advance:
            advance(None)  # resumed: done, but not counted as pages per second
            advance(result)
            advance(result)
        assert ("pages/s" in buffer.getvalue()) is terminal
        assert ("3/3" in buffer.getvalue()) is terminal


def test_the_sample_path_imports_no_corpus_dependency() -> None:
    code = (
        "import sys\n"
        "from annotator.cli import main\n"
        "try:\n    main(['sample', '--format', 'json'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = ['dask', 'distributed', 'pyarrow', 'warcio', 'vl_convert']\n"
        "print([m for m in heavy if m in sys.modules], file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stderr.strip() == "[]"


def test_dask_local_from_the_command_line_equals_one_job(
    tmp_path: Path, stories: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("distributed")
    args = [*map(str, stories), str(sample_path())]
    local, cluster = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert run(["batch", *args, "-j", "1", "-o", str(local)], capsys)[0] == 0
    code, _, err = run(["batch", *args, "--dask", "local", "-j", "2", "-o", str(cluster)], capsys)
    assert code == 0 and "2 workers" in err

    def lines(path: Path) -> list[dict[str, Any]]:
        return [
            {k: v for k, v in json.loads(line).items() if k != "generated_at"}
            for line in path.read_text().splitlines()
        ]

    assert lines(cluster) == lines(local) and len(lines(local)) == 6
