"""Batch runners: the same cases for each runner (in this process, worker processes, a two-worker
Dask cluster on loopback), and each must give exactly the in-process output."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.batch import InProcess, Inputs, Processes, Result, Runner, WorkerConfig
from annotator.pipeline import sample_path

CONFIG = WorkerConfig(rows=True)
ALMANAR = "https://english.almanar.com.lb/2451123"


def write_warc(path: Path) -> None:
    """A web archive as crawlers write it: a request, an HTML response, an image, a 404."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = sample_path().read_bytes()
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))

        def response(uri: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-05T06:07:08Z"},
            )
            writer.write_record(record)

        get = StatusAndHeaders("GET /2451123 HTTP/1.1", [], is_http_request=True)
        request = writer.create_warc_record(
            ALMANAR, "request", payload=io.BytesIO(b""), http_headers=get
        )
        writer.write_record(request)
        response(ALMANAR, "200 OK", "text/html; charset=utf-8", html)
        response("https://english.almanar.com.lb/logo.png", "200 OK", "image/png", b"\x89PNG")
        response("https://english.almanar.com.lb/gone", "404 Not Found", "text/html", b"<p>x</p>")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """Inputs that cover every kind: saved page with its address, text, missing file, WARC."""
    root = tmp_path_factory.mktemp("corpus")
    story = root / "story.txt"
    story.write_text("A Certainly Loaded Headline\n\nThe regime said so, the so-called experts.\n")
    listing = root / "inputs.lst"
    listing.write_text(
        f"# saved pages keep their address\n{sample_path()}\thttps://www.presstv.ir/Detail/1\n"
        f"{story}\n{root / 'missing.html'}\n"
    )
    warc = root / "crawl.warc.gz"
    write_warc(warc)
    jsonl = root / "more.jsonl"
    jsonl.write_text(json.dumps({"source": str(story), "url": "https://www.bbc.co.uk/news/1"}))
    jsonl.write_text(jsonl.read_text() + "\n{not json\n")
    return [f"@{listing}", str(warc), f"@{jsonl}", str(sample_path())], root


@pytest.fixture(scope="module", params=["in-process", "processes", "dask"])
def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    """Each runner started once for the module (a Dask cluster takes seconds to start)."""
    if request.param == "in-process":
        # this process is the worker: an earlier test (the CLI's batch command) may have loaded
        # other data in it, which would count as a second load here
        from annotator.batch import work

        work._state = None
        made: Runner = InProcess(CONFIG)
    elif request.param == "processes":
        made = Processes(CONFIG, jobs=2)
    else:
        from annotator.batch.cluster import Dask

        made = Dask("local", CONFIG, jobs=2)
    with made:
        yield made


def lines(results: list[Result]) -> list[dict[str, Any]]:
    out = [json.loads(r.line) for r in results]
    for line in out:
        line.pop("generated_at", None)  # the only field that differs between two runs
    return out


def test_results_come_in_input_order_with_failures_recorded(
    runner: Runner, corpus: tuple[list[str], Path]
) -> None:
    args, root = corpus
    results = list(runner.run(Inputs(args)))
    keys = [r.key for r in results]
    assert [r.index for r in results] == list(range(7))
    assert keys[:3] == [str(sample_path()), str(root / "story.txt"), str(root / "missing.html")]
    assert keys[3].startswith(f"{root / 'crawl.warc.gz'}#")  # one HTML response of four records
    assert keys[4:6] == [str(root / "story.txt"), f"{root / 'more.jsonl'}:2"]
    assert [r.ok for r in results] == [True, True, False, True, True, False, True]
    out = lines(results)
    assert out[0]["outlet"]["outlet"]["id"] == "press-tv"  # the listed address, not the page's
    assert out[0]["source"]["url_from"] == "argument"
    assert out[2]["error"]["type"] == "bad-input" and out[2]["input"]["index"] == 2
    assert "not a JSON object" in out[5]["error"]["message"]
    assert out[4]["outlet"]["outlet"]["id"] == "bbc"
    assert all(r.loads == 1 for r in results)  # every worker loaded the data once


def test_an_archive_record_keeps_its_address_and_date(
    runner: Runner, corpus: tuple[list[str], Path]
) -> None:
    _, root = corpus
    inputs = Inputs([str(root / "crawl.warc.gz")])
    [result] = list(runner.run(inputs))
    report = json.loads(result.line)
    assert report["source"] == {
        "kind": "url",
        "path": None,
        "url": ALMANAR,
        "original_url": None,
        "unwrapped_via": None,
        "url_from": "fetch",
    }
    fetch = report["fetch"]
    assert fetch["final_url"] == ALMANAR and fetch["status"] == 200
    assert fetch["fetched_at"].startswith("2024-03-05T06:07:08")
    assert fetch["charset"] == "utf-8" and fetch["charset_source"] == "http"
    assert fetch["bytes"] == len(sample_path().read_bytes())
    assert report["outlet"]["outlet"]["id"] == "al-manar"
    assert inputs.counts.skipped_records == 2  # the image and the 404


def test_parquet_rows_are_built_by_the_worker(
    runner: Runner, corpus: tuple[list[str], Path]
) -> None:
    results = list(runner.run(Inputs(corpus[0])))
    for r in results:
        report = json.loads(r.line)
        [article] = r.articles
        assert article["index"] == r.index and article["ok"] == r.ok
        assert len(r.flags) == len(report.get("flags", []))
        assert article["flags"] == len(r.flags)


def test_every_runner_gives_the_in_process_output(
    runner: Runner, corpus: tuple[list[str], Path]
) -> None:
    with InProcess(CONFIG) as local:
        expected = list(local.run(Inputs(corpus[0])))
    got = list(runner.run(Inputs(corpus[0])))
    assert lines(got) == lines(expected)
    assert [(r.articles, r.flags) for r in got] == [(r.articles, r.flags) for r in expected]


@pytest.mark.parametrize("runner", ["dask"], indirect=True)
def test_dask_workers_load_the_data_once(runner: Runner, corpus: tuple[list[str], Path]) -> None:
    list(runner.run(Inputs(corpus[0])))
    counts = runner.loads()  # type: ignore[attr-defined]
    assert len(counts) == 2 and set(counts.values()) == {1}


def test_a_slow_head_holds_back_output_not_the_other_workers() -> None:
    """Item 0 is slow: the other worker goes on with later items until `ahead` results wait
    behind it; never more than `window` items are unfinished, and output stays in order."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from annotator.batch.runners import in_order

    window, ahead = 4, 10
    head_may_finish = threading.Event()
    lock = threading.Lock()
    submitted: list[int] = []
    finished = 0
    written = 0
    seen: list[tuple[int, int]] = []  # (unfinished, not yet written) at each submission

    def work(item: int) -> int:
        nonlocal finished
        if item == 0:
            assert head_may_finish.wait(timeout=60)  # a deadlock fails instead of hanging
        with lock:
            finished += 1
        return item

    with ThreadPoolExecutor(max_workers=2) as pool:

        def submit(item: Any) -> Any:
            with lock:
                seen.append((len(submitted) - finished, len(submitted) - written))
            submitted.append(item)
            if len(submitted) == ahead:  # the most the run may take on behind a slow head
                head_may_finish.set()
            return pool.submit(work, item)

        out = []
        for result in in_order(submit, iter(range(100)), window, ahead):  # type: ignore[arg-type]
            out.append(result)
            written += 1
    assert out == list(range(100))
    assert max(unfinished for unfinished, _ in seen) < window
    assert max(unwritten for _, unwritten in seen) < ahead
    # The other worker went on while item 0 ran: every item up to the bound was taken on.
    assert seen[ahead - 1][1] == ahead - 1
