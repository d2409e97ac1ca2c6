"""What a batch run reads: command-line inputs expanded, lazily, into numbered `Item`s.

- A URL or a file path is one input.
- `@LIST` is a list file: one input a line, `path<TAB>url` giving a saved page its address;
  blank lines and `#` comments are skipped. `@LIST.jsonl` (or `.ndjson`) holds one JSON object
  a line: `{"source": "page.html", "url": "https://..."}` (`url` optional).
- A `.warc`, `.warc.gz`, `.arc` or `.arc.gz` file (given directly or listed) is read record by
  record with warcio; each HTML response (status 2xx) is one input whose fetch record comes
  from the archive: its target URI and date. Other records are counted, never annotated.

Inputs stream: a list of a million lines or an archive of a million records is never held in
memory. A listed input that cannot be read becomes a failed item (recorded like any failure),
not the end of the run. An input that is also an output file stops the run before anything is
replaced (`Outputs` holds the files it protects).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputFileError, UsageError
from ..models import Fetched, FetchInfo

MAX_RECORD_BYTES = 10_000_000  # as for a saved file (page/read.py)
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_TYPES = ("text/html", "application/xhtml+xml")
EXTRA = "pip install 'annotator[corpus]'"


@dataclass(frozen=True)
class ArchiveRecord:
    """An HTTP response kept in a web archive: what the worker needs to annotate it."""

    target_uri: str
    date: str  # WARC-Date, ISO 8601
    status: int
    content_type: str
    payload: bytes  # the HTTP body, transfer and content encodings undone

    def fetched(self) -> Fetched:
        from ..page import decode_html

        html, charset, charset_source = decode_html(self.payload, self.content_type)
        info = FetchInfo(
            requested_url=self.target_uri,
            final_url=self.target_uri,
            status=self.status,
            content_type=self.content_type,
            charset=charset,
            charset_source=charset_source,  # type: ignore[arg-type]
            fetched_at=dt.datetime.fromisoformat(self.date.replace("Z", "+00:00")),
            elapsed_ms=0.0,  # not recorded by the archive
            bytes=len(self.payload),
            sha256=hashlib.sha256(self.payload).hexdigest(),
        )
        return Fetched(info=info, html=html)


@dataclass(frozen=True)
class Item:
    """One input. The worker reads `source` (a URL or path) or annotates `record` as it is."""

    index: int
    key: str  # identifies the input across runs (--resume): path or URL as listed, FILE#OFFSET
    source: str | None = None
    url: str | None = None
    record: ArchiveRecord | None = None
    error: str | None = None  # found while listing: the item fails with this message


@dataclass
class Counts:
    """What the expansion saw besides items (shown at the end of a run)."""

    skipped_records: int = 0  # archive records that are not 2xx HTML responses


@dataclass
class Inputs:
    """The command line's inputs; iterate for `Item`s (again and again: each pass re-reads)."""

    args: list[str]
    protected: set[tuple[int, int]] = field(default_factory=set)  # (st_dev, st_ino) of outputs
    counts: Counts = field(default_factory=Counts)

    def protect(self, paths: Iterable[Path]) -> None:
        """Refuse, as input, any of these files that exists now (the run's outputs)."""
        for path in paths:
            try:
                st = path.stat()
            except OSError:
                continue
            self.protected.add((st.st_dev, st.st_ino))

    def check_up_front(self) -> None:
        """Check the files named on the command line before any work starts."""
        for arg in self.args:
            path = arg[1:] if arg.startswith("@") else arg
            if arg.startswith("@"):
                next(iter(_list_entries(path)), None)  # a missing list fails now (exit 3)
            if not _is_url(path) and path != "-":
                self._check(path)

    def _check(self, path: str) -> None:
        if not self.protected:
            return
        try:
            st = os.stat(path)
        except OSError:
            return  # a missing input fails on its own; it cannot be an output
        if (st.st_dev, st.st_ino) in self.protected:
            raise UsageError(f"{path} is both an input and an output: refusing to overwrite it")

    def total(self) -> int | None:
        """How many items, when it is cheap to know (None when an archive is among them)."""
        n = 0
        for arg in self.args:
            if arg.startswith("@"):
                for source, _url, _err in _list_entries(arg[1:]):
                    if source and source.lower().endswith(ARCHIVE_SUFFIXES):
                        return None
                    n += 1
            elif arg.lower().endswith(ARCHIVE_SUFFIXES):
                return None
            else:
                n += 1
        return n

    def __iter__(self) -> Iterator[Item]:
        self.counts = Counts()
        index = 0
        for arg in self.args:
            if arg.startswith("@"):
                entries: Iterable[tuple[str | None, str | None, str | None]] = _list_entries(
                    arg[1:]
                )
            else:
                entries = [(arg, None, None)]
            for n, (source, url, error) in enumerate(entries, 1):
                if error or source is None:
                    yield Item(index, f"{arg[1:]}:{n}", error=error or "empty entry")
                    index += 1
                    continue
                if not _is_url(source) and source != "-":
                    self._check(source)
                if source.lower().endswith(ARCHIVE_SUFFIXES):
                    for item in self._archive(source, index):
                        yield item
                        index += 1
                else:
                    yield Item(index, source, source=source, url=url)
                    index += 1

    def _archive(self, path: str, start: int) -> Iterator[Item]:
        try:
            from warcio.archiveiterator import ArchiveIterator  # only when an archive is read
        except ImportError:
            raise UsageError(f"{path}: reading web archives needs: {EXTRA}") from None

        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
        except OSError as exc:
            yield Item(start, path, error=f"{path}: cannot read: {exc.strerror}")
            return
        index = start
        with fh:
            records = ArchiveIterator(fh, arc2warc=True)
            try:
                for record in records:
                    item = self._record(path, index, records, record)
                    if item is not None:
                        yield item
                        index += 1
            except Exception as exc:  # warcio's ArchiveLoadFailed and truncated gzip streams
                yield Item(index, f"{path}#end", error=f"{path}: unreadable archive: {exc}")

    def _record(self, path: str, index: int, records: object, record: object) -> Item | None:
        rec_type = getattr(record, "rec_type", None)
        http = getattr(record, "http_headers", None)
        if rec_type != "response" or http is None:
            return None  # requests, metadata, warcinfo: not pages
        ctype = http.get_header("Content-Type") or ""
        try:
            status = int(http.get_statuscode() or 0)
        except ValueError:
            status = 0
        if not (200 <= status < 300 and ctype.split(";")[0].strip().lower() in HTML_TYPES):
            self.counts.skipped_records += 1
            return None
        headers = record.rec_headers  # type: ignore[attr-defined]
        payload = record.content_stream().read(MAX_RECORD_BYTES + 1)  # type: ignore[attr-defined]
        # After the read: asking for the offset first makes warcio skip to the record's end.
        key = f"{path}#{records.get_record_offset()}"  # type: ignore[attr-defined]
        if len(payload) > MAX_RECORD_BYTES:
            return Item(index, key, error=f"{key}: larger than {MAX_RECORD_BYTES // 1_000_000} MB")
        uri = headers.get_header("WARC-Target-URI") or ""
        date = headers.get_header("WARC-Date") or ""
        try:
            dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
        except ValueError:
            return Item(index, key, error=f"{key}: record without a valid WARC-Date")
        record_ = ArchiveRecord(uri, date, status, ctype, payload)
        return Item(index, key, url=uri, record=record_)


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _list_entries(path: str) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(source, url, error) per entry of a list file, streamed."""
    jsonl = path.lower().endswith(JSONL_SUFFIXES)
    try:
        fh = open(path, encoding="utf-8")  # noqa: SIM115 - a generator closes it when done
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read the list of inputs: {exc.strerror}") from None
    with fh:
        try:
            for n, raw in enumerate(fh, 1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                yield _json_entry(path, n, line) if jsonl else _tab_entry(line)
        except UnicodeDecodeError:
            raise InputFileError(f"{path}: the list of inputs is not UTF-8 text") from None


def _tab_entry(line: str) -> tuple[str | None, str | None, str | None]:
    source, _, url = line.partition("\t")
    return source.strip(), url.strip() or None, None


def _json_entry(path: str, n: int, line: str) -> tuple[str | None, str | None, str | None]:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return None, None, f"{path}:{n}: not a JSON object: {exc}"
    if not isinstance(obj, dict) or not isinstance(obj.get("source"), str):
        return None, None, f'{path}:{n}: needs a "source" string'
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        return None, None, f'{path}:{n}: "url" must be a string'
    return obj["source"], url, None
