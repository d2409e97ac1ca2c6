"""Bad input at the command line: every class gets one line on stderr and its own exit code,
within bounded CPU time and memory, never a traceback.

Each case runs `annotator` in a fresh process under resource limits (CPU seconds and address
space, see ``LIMITS``): a case that goes quadratic or balloons is killed by the kernel and fails
on its exit status, so nothing here asserts on wall time. To add a case, add a row to
``CASES``: the arguments (``{file}`` is replaced by a file holding ``content``), the expected
exit code and a phrase the error line must contain.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CPU_SECONDS = 60  # per case; the slowest case here needs a few
MEMORY_BYTES = 2_000_000_000
LIMITS = ((resource.RLIMIT_CPU, CPU_SECONDS), (resource.RLIMIT_AS, MEMORY_BYTES))


def _limit() -> None:
    for kind, value in LIMITS:
        resource.setrlimit(kind, (value, value))


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    exit: int
    phrase: str = ""
    content: bytes | None = None  # written to {file} when given
    name: str = "input.html"


LONG = "a" * 100_000
DEEP = (
    "<html><body>" + "<div>" * 100_000 + "<h1>Deep headline</h1><p>"
    + "Deep text about the regime. " * 20 + "</p>" + "</div>" * 100_000 + "</body></html>"
).encode()

CASES = [
    # usage
    Case("bare-command", (), 2, "give a source or a command"),
    Case("unknown-option", ("sample", "--nope"), 2, "No such option"),
    # addresses refused by policy before any DNS or import of the HTTP client
    Case("ftp-scheme", ("ftp://example.org/a",), 16, "not 'ftp'"),
    Case("file-scheme", ("file:/etc/passwd",), 16, "not 'file'"),
    Case("javascript-scheme", ("javascript:alert(1)",), 16, "not 'javascript'"),
    Case("data-scheme", ("data:text/html,<p>x</p>",), 16, "not 'data'"),
    Case("port-out-of-range", ("http://example.org:99999/",), 16, "Port out of range"),
    Case("port-zero", ("http://example.org:0/",), 16, "port 0"),
    Case("credentials", ("http://user:pw@example.org/",), 16, "credentials"),
    Case("huge-url", (f"http://{LONG}.org/",), 16, "more characters"),
    Case("junk-page-address", ("{file}", "--url", "javascript:alert(1)"), 16,
         "not an http(s) URL", b"<html><body><h1>T</h1><p>Text.</p></body></html>"),
    Case("junk-source-target", ("source", "javascript:alert(1)"), 16, "not an http(s) URL"),
    Case("empty-source-target", ("source", ""), 2, "give a domain"),
    # unusable files
    Case("missing-file", ("no/such/file.html",), 3, "no such file"),
    Case("huge-file-name", (LONG,), 3, "more characters"),
    Case("binary-file", ("{file}",), 3, "binary", b"\x89PNG\r\n\x1a\n\x00\x00" * 100, "x.html"),
    Case("over-10-mb", ("{file}",), 3, "larger than", b"a" * 10_000_001, "big.txt"),
    Case("empty-file", ("{file}",), 17, "empty", b"  \n\n ", "empty.txt"),
    Case("no-text", ("{file}",), 17, "no article text", b"<html><body></body></html>"),
]


def _run(case: Case, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    args = list(case.args)
    if case.content is not None:
        path = tmp_path / case.name
        path.write_bytes(case.content)
        args = [str(path) if a == "{file}" else a for a in args]
    return subprocess.run(
        [sys.executable, "-m", "annotator.cli", *args],
        capture_output=True, preexec_fn=_limit, timeout=600, check=False,
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_line_and_its_exit_code(case: Case, tmp_path: Path) -> None:
    done = _run(case, tmp_path)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == case.exit, err
    assert b"Traceback" not in done.stderr
    assert err.count("\n") == 1 and err.startswith("annotator: ")
    assert len(err) < 600  # a 100 KB address is shortened, not echoed
    assert case.phrase in err


GOOD = [
    # text that used to be misread: the output must carry the right characters
    ("latin-1-text", "Café naïve à Montréal\n\nLe président a dit que le régime était là."
     .encode("latin-1"), "story.txt", "naïve"),
    ("latin-1-page", "<html><body><h1>Café naïve</h1><p>Le régime à Montréal était là, a dit "
     "le président.</p></body></html>".encode("latin-1"), "page.html", "Montréal"),
    ("utf-16-bom-text", "Café naïve\n\nThe regime fell, the président said.".encode("utf-16"),
     "story.txt", "président"),
    ("utf-16-bom-page", "<html><body><h1>Café</h1><p>The regime fell, the président said."
     "</p></body></html>".encode("utf-16"), "page.html", "président"),
    ("deep-dom", DEEP, "deep.html", "Deep text about the regime"),
    ("zero-width-inside-word", "Headline\n\nThe terro\u200brist regime spoke.".encode(),
     "story.txt", '"entry_id"'),
]


@pytest.mark.parametrize(("name", "content", "filename", "phrase"), GOOD,
                         ids=[g[0] for g in GOOD])
def test_odd_but_valid_input_is_read_right(
    name: str, content: bytes, filename: str, phrase: str, tmp_path: Path
) -> None:
    case = Case(name, ("{file}", "--format", "json"), 0, content=content, name=filename)
    done = _run(case, tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert phrase in done.stdout.decode("utf-8")


@pytest.mark.parametrize(
    "unit",
    [
        "regime terrorists martyr zionist entity ",
        # capitalised matches mid-sentence: the name checks look at each match's neighbours,
        # which once meant scanning every other match of the paragraph
        "the Absurd plan and this Rigged Witch Hunt and ",
    ],
)
def test_large_one_paragraph_text_is_linear(tmp_path: Path, unit: str) -> None:
    """1.6 MB in one paragraph used to take 16 s in the lexicon alone (quadratic overlap
    check); under the CPU limit it now finishes, with output linear in the input."""
    sizes = []
    for repeat in (10_000, 40_000):
        body = unit * repeat
        content = ("Headline\n\n" + body).encode()
        case = Case("big", ("{file}", "--format", "json"), 0, content=content, name="big.txt")
        done = _run(case, tmp_path)
        assert done.returncode == 0, done.stderr.decode()
        sizes.append((len(content), len(done.stdout)))
    (small_in, small_out), (big_in, big_out) = sizes
    assert big_out / small_out < 1.1 * big_in / small_in



def test_headline_quotes_cost_no_regex_per_name_the_headline_lacks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A headline of many quotes over a body of many names once cost quotes x names x body
    (a 3,000-quote headline and 1,500 names: minutes). Only names the headline holds are
    tried, each body test once (tests/test_attribution.py: a named quote still gets its
    speaker)."""
    import re

    from annotator.framing import voices

    names = [f"Nadia Qz{i:04d}" for i in range(300)]
    body = [f"{n} said the plan was fine." for n in names]
    headline = " ".join(f"‘q{i}’" for i in range(300))
    tried: list[str] = []
    real_compile, real_search = re.compile, re.search

    def counted(real: Any) -> Any:
        def call(pattern: Any, *args: Any) -> Any:
            if isinstance(pattern, str) and "Qz" in pattern:
                tried.append(pattern)
            return real(pattern, *args)

        return call

    monkeypatch.setattr(re, "compile", counted(real_compile))
    monkeypatch.setattr(re, "search", counted(real_search))
    seg = voices.segment(headline, body)
    monkeypatch.undo()
    assert len(seg.headline) == 300
    assert {s.speaker for s in seg.headline} == {None}
    assert tried == []  # no name in the headline: no pattern, not 300 x 300 searches


def test_paragraph_labels_are_looked_up_in_one_pass_over_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a title-case label ("Quick Tip:") names someone the article names elsewhere was
    one scan of the whole article per distinct label: labels x text on a page of thousands of
    labels. Word labels are now answered from one pass; only odd ones are scanned, at most 32."""
    import re

    from annotator.framing import voices

    body = [f"Tip Qz{i:04d}: Pack light. Check the weather first." for i in range(400)]
    body += [f"O'Qz{i:03d} Tip: Pack light. Check the weather first." for i in range(100)]
    body.append("Leo Qz0007 said the list was long.")
    scanned: list[str] = []
    real = re.compile

    def counting(pattern: Any, *args: Any) -> Any:
        if isinstance(pattern, str) and "Qz" in pattern:
            scanned.append(pattern)
        return real(pattern, *args)

    monkeypatch.setattr(re, "compile", counting)
    seg = voices.segment("Packing tips", body)
    monkeypatch.undo()
    assert len(scanned) <= 32
    # the one label the article names elsewhere still speaks; the headings do not
    speakers = {s.speaker for spans in seg.body for s in spans}
    assert speakers & {"Tip Qz0007", "Qz0007"}
    assert not speakers & {"Tip Qz0008", "Qz0008"}


def test_a_page_of_salutations_reads_each_paragraph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reprinted letter is looked for at every salutation ("Dear friends,"), and each once
    scanned the rest of the page for its close: paragraphs squared on a page of many (8,000
    paragraphs took 32 s). The closes are found in one pass and each start looks its end up."""
    from annotator.framing import documents

    body = ["Dear friends,", "I write to you today."] * 2000
    calls = 0
    real = documents._CLOSE

    class Counting:
        def fullmatch(self, text: str) -> Any:
            nonlocal calls
            calls += 1
            return real.fullmatch(text)

    monkeypatch.setattr(documents, "_CLOSE", Counting())
    assert documents.reprints("", body) == []  # no signature closes them: no document
    assert calls <= len(body)
