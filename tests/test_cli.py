"""The command line: formats, exit codes and one-line errors (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

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


def test_sample_json_is_valid_against_the_published_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import jsonschema

    code, out, _ = run(["sample", "--format", "json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert report["schema_version"] == "1.0" and report["outlet"]["outlet"]["id"] == "al-manar"
    code, schema_text, _ = run(["schema"], capsys)
    assert code == 0
    jsonschema.validate(report, json.loads(schema_text))


def test_rich_and_markdown_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(sample_path()), "--format", "rich"], capsys)
    assert code == 0 and "Al-Manar" in out and "outlet's own words" in out
    code, out, _ = run([str(sample_path()), "-f", "markdown"], capsys)
    assert code == 0 and out.startswith("#") and "Al-Manar" in out
    code, out, _ = run([str(sample_path()), "-f", "html"], capsys)
    assert code == 0 and out.startswith("<!doctype html>") and out.count('<mark class="v-') > 10


def test_brief_and_all(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["sample", "--brief"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Iran will Certainly") and len(lines) < 15
    assert "Outlet Al-Manar · broadcaster, LB · controlled by Hezbollah" in out
    code, full, _ = run(["sample", "--all"], capsys)
    assert code == 0 and len(full.splitlines()) > len(lines)


def test_url_option_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, out, _ = run(
        [str(sample_path()), "--url", "https://www.presstv.ir/Detail/1", "-f", "json"], capsys
    )
    assert code == 0 and json.loads(out)["outlet"]["outlet"]["id"] == "press-tv"
    import io

    monkeypatch.setattr(
        sys,
        "stdin",
        io.TextIOWrapper(io.BytesIO(b"A Certainly Loaded Headline\n\nBody text.\n")),
    )
    code, out, _ = run(["-", "-f", "json"], capsys)
    assert code == 0 and json.loads(out)["article"]["headline"] == "A Certainly Loaded Headline"


@pytest.mark.parametrize(
    ("setup", "code", "fragment"),
    [
        ("missing", 3, "no such file"),
        ("binary", 3, "binary file"),
        ("empty", 17, "empty"),
        ("bad_overlay", 4, "overlay.yaml:4: YAML syntax"),
    ],
)
def test_local_errors_are_one_line_with_distinct_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, code: int, fragment: str
) -> None:
    target = tmp_path / "page.html"
    args = [str(target)]
    if setup == "binary":
        target.write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    elif setup == "empty":
        target.write_bytes(b"")
    elif setup == "bad_overlay":
        overlay = tmp_path / "overlay.yaml"
        overlay.write_text("schema_version: 1\noutlets:\n  - id: [broken\n")
        args = [str(sample_path()), "--sources", str(overlay)]
    got, out, err = run(args, capsys)
    assert got == code and out == ""
    assert fragment in err and err.count("\n") == 1 and err.startswith("annotator: error:")
    assert "Traceback" not in err


def test_http_errors(httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    httpserver.expect_request("/pdf").respond_with_data(b"%PDF-1.4", content_type="application/pdf")
    assert run([httpserver.url_for("/gone")], capsys)[0] == 13
    code, _, err = run([httpserver.url_for("/pdf")], capsys)
    assert code == 14 and "application/pdf" in err
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = run([f"http://127.0.0.1:{port}/x"], capsys)
    assert code == 10 and err.count("\n") == 1 and f"127.0.0.1:{port}" in err


def test_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["annotate", "x", "--format", "yaml"], capsys)
    assert code == 2 and err.startswith("annotator: usage error:")


def test_sources_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["sources", "check"], capsys)
    assert code == 0 and "ok (" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema_version: 1\noutlets:\n  - id: x\n    name: X\n    country: gb\n"
        "    kind: tabloid\n    domains: [{domain: x.example}]\n    last_reviewed: 2026-01-01\n"
    )
    code, _, err = run(["sources", "check", str(bad)], capsys)
    assert code == 4
    assert f"{bad}:5: outlets[0].country" in err and f"{bad}:6: outlets[0].kind" in err
    code, out, _ = run(["sources", "stats", "-f", "json"], capsys)
    stats = json.loads(out)
    assert stats["outlets"] >= 300 and stats["domains_with_a_cited_rating"] >= 10_000
    code, out, _ = run(
        ["source", "https://www.google.com/amp/s/www.presstv.ir/Detail/1", "-f", "json"], capsys
    )
    assert code == 0 and json.loads(out)["outlet"]["id"] == "press-tv"


def test_installed_entry_point_never_prints_a_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "annotator.cli", str(tmp_path / "missing.html")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("annotator: error:")


_WITH_TEARDOWN_MARK = (
    "import atexit, sys\n"
    "atexit.register(lambda: sys.stderr.write('teardown ran\\n'))\n"
    "from annotator.cli import run\n"
    "run()\n"
)


def test_one_shot_commands_end_without_teardown_and_lose_no_output(tmp_path: Path) -> None:
    """The installed program (`run`) skips the interpreter's teardown after a one-article
    command: what it printed is all there, in a file or a pipe, with the same exit codes."""
    report = tmp_path / "report.json"
    with report.open("wb") as fh:
        done = subprocess.run([sys.executable, "-c", _WITH_TEARDOWN_MARK, "sample", "-f", "json"],
                              stdout=fh, stderr=subprocess.PIPE, timeout=120, check=False)
    assert done.returncode == 0 and done.stderr == b""  # no teardown: the atexit mark is absent
    assert json.loads(report.read_text())["outlet"]["outlet"]["id"] == "al-manar"
    piped = subprocess.run([sys.executable, "-c", _WITH_TEARDOWN_MARK, "sample", "-f", "markdown"],
                           capture_output=True, timeout=120, check=False)
    assert piped.returncode == 0 and piped.stdout.endswith(b" report schema 1.0_\n")  # last line
    missing = subprocess.run([sys.executable, "-c", _WITH_TEARDOWN_MARK, str(tmp_path / "no.html")],
                             capture_output=True, text=True, timeout=120, check=False)
    assert missing.returncode == 3 and missing.stderr.startswith("annotator: error:")
    assert "teardown ran" not in missing.stderr


def test_other_commands_and_callers_in_process_keep_the_teardown(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    batch = subprocess.run(
        [sys.executable, "-c", _WITH_TEARDOWN_MARK, "batch", str(sample_path()), "-o", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert batch.returncode == 0 and "teardown ran" in batch.stderr
    assert len(out.read_text().splitlines()) == 1
    in_process = subprocess.run(
        [sys.executable, "-c", _WITH_TEARDOWN_MARK.replace("run()", "main(['version'])")
         .replace("import run", "import main")],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert in_process.returncode == 0 and in_process.stderr == "teardown ran\n"
    assert in_process.stdout.startswith("annotator ")


def test_serve_refuses_bad_settings_before_starting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_RATE_LIMIT", "lots")
    code, _, err = run(["serve", "--port", "1"], capsys)
    assert code == 2 and "ANNOTATOR_RATE_LIMIT" in err and err.count("\n") == 1


def test_batch_writes_one_line_per_input_and_records_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text("A Certainly Loaded Headline\n\nBody.\n")
    listing = tmp_path / "inputs.lst"
    listing.write_text(f"# a comment\n{story}\n{tmp_path / 'missing.html'}\n")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["batch", str(sample_path()), f"@{listing}", "--out", str(out)], capsys)
    lines = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert code == 1 and "1 of 3 inputs failed" in err
    assert lines[0]["outlet"]["outlet"]["id"] == "al-manar"
    assert lines[1]["article"]["headline"] == "A Certainly Loaded Headline"
    assert lines[2]["error"]["type"] == "bad-input" and lines[2]["error"]["exit_code"] == 3


def test_batch_survives_malformed_input_and_bad_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.jsonl"
    code, _, err = run(["batch", "http://[::1", str(sample_path()), "-o", str(out)], capsys)
    lines = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert code == 1 and len(lines) == 2 and "error" in lines[0] and "outlet" in lines[1]
    code, _, err = run(["batch", f"@{tmp_path / 'missing.lst'}"], capsys)
    assert code == 3 and err.count("\n") == 1


def test_bad_port_and_unhashable_yaml_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["serve", "--port", "99999"], capsys)[0] == 2
    overlay = tmp_path / "o.yaml"
    overlay.write_text("schema_version: 1\n? [a, b]\n: 1\n")
    code, _, err = run([str(sample_path()), "--sources", str(overlay)], capsys)
    assert code == 4 and "o.yaml:2:" in err
