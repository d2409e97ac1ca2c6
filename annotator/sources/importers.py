"""Import open outlet-rating data into `annotator/data/imported-ratings.tsv`.

The output is generated, never edited by hand: a header records each source (rater, citation
URL, licence, as-of date, input file and its SHA-256, import date), then one row per (domain,
source, entry). A rater that lists one domain under several entries (Fox News's talk shows and
its news, The Guardian and its blogs, The Mail on Sunday at dailymail.co.uk/mailonsunday) keeps
one row per entry, each with its own scope (the entry's name) and label: never merged, never
promoted to site-wide. Rows are sorted and the file is rewritten whole, so re-running the
import updates it rather than duplicating rows. Only facts are imported (a status, a type, a
score), never prose.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError

RSP_URL = "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources"
RSP_STATUS = {
    "gr": "generally reliable",
    "nc": "no consensus",
    "gu": "generally unreliable",
    "d": "deprecated",
}
LIN_GROUPS = {
    "afm": ["afm", "afm_bias", "afm_min", "afm_rely"],
    "fc": ["fc"],
    "mbfc": ["mbfc", "mbfc_bias", "mbfc_fact", "mbfc_min"],
    "lewandowsky": [
        "lewandowsky_acc",
        "lewandowsky_trans",
        "lewandowsky_rely",
        "lewandowsky_mean",
        "lewandowsky_min",
    ],
    "misinfome": ["misinfome_bin"],
}


@dataclass(frozen=True)
class Source:
    id: str
    file: str
    rater: str
    url: str
    licence: str
    as_of: str  # ISO date; the header says how precise it is
    precision: str


SOURCES = [
    Source(
        "rsp-2026",
        "wikipedia-rsp-2026.csv",
        "Wikipedia: Reliable sources/Perennial sources",
        RSP_URL,
        "CC BY-SA 4.0; attribution: Wikipedia:Reliable sources/Perennial sources",
        "2026-01-01",
        "year",
    ),
    Source(
        "rsp-2021",
        "wikipedia-rsp-2021.csv",
        "Wikipedia: Reliable sources/Perennial sources (2021 snapshot)",
        RSP_URL,
        "CC BY-SA 4.0; attribution: Wikipedia:Reliable sources/Perennial sources",
        "2021-03-17",
        "day",
    ),
    Source(
        "opensources-2017",
        "opensources-2017.csv",
        "OpenSources (2017, frozen)",
        "https://github.com/OpenSourcesGroup/opensources",
        "LGPL-3.0 (repository); cite OpenSources, 2017",
        "2017-01-01",
        "year",
    ),
    Source(
        "lin2023",
        "lin2023-domain-ratings.csv",
        "Lin et al. 2023, PNAS Nexus 2(9) pgad286 (aggregate quality score pc1)",
        "https://doi.org/10.1093/pnasnexus/pgad286",
        "reuse allowed by the authors; cite the paper",
        "2023-09-01",
        "month",
    ),
]

FORMAT = 2


@dataclass(frozen=True, order=True)
class Row:
    domain: str
    source: str
    scope: str  # the rater's entry ("Fox News (talk shows)"), or "site" when it names none
    path: str  # the path the rater listed ("/mailonsunday"), "" for the whole domain
    label: str
    imputed: bool
    note: str


def clean_domain(raw: str) -> str | None:
    """A bare lowercase host from a domain or URL-ish cell ("www.x.com/news" -> "x.com")."""
    return split_listing(raw)[0]


def split_listing(raw: str) -> tuple[str | None, str]:
    """A rater's listed address as (bare host, path): "www.x.com/news?a" -> ("x.com", "/news")."""
    raw = re.sub(r"^[a-z]+://", "", raw.strip().lower())
    host, _, path = raw.split("?")[0].split("#")[0].partition("/")
    host = host.strip(". ").removeprefix("www.")
    if not host or "." not in host or " " in host:
        return None, ""
    path = ("/" + path).rstrip("/") if path.strip("/") else ""
    return host, path


def _rsp2026(path: Path) -> Iterator[Row]:
    for rec in csv.DictReader(path.open(encoding="utf-8")):
        domain, listed = split_listing(rec["domain"])
        status = RSP_STATUS.get(rec["status"].strip())
        if not (domain and status):
            continue
        entry = rec["source_name"].strip()
        note = ""
        if "; " in entry:  # this file gives one status to several entries listed together
            note = "this snapshot gives one status for these entries together"
        yield Row(domain, "rsp-2026", entry or "site", listed, status, False, note)


def _rsp2021(path: Path) -> Iterator[Row]:
    for rec in csv.DictReader(path.open(encoding="utf-8")):
        try:
            statuses = [s for s in json.loads(rec["status"]) if not s.startswith("Wikipedia:")]
            urls = json.loads(rec["urls"])
        except ValueError:
            continue
        if not statuses:
            continue
        label = "; ".join(s.lower() for s in statuses)
        # One row per listed domain; a domain listed bare and with a path (foxnews.com and
        # foxnews.com/go) is the entry's whole domain, the path then being just a page.
        paths: dict[str, set[str]] = {}
        for domain, page in (split_listing(u) for u in urls):
            if domain:
                paths.setdefault(domain, set()).add(page)
        for domain, pages in sorted(paths.items()):
            scope_path = "" if "" in pages else min(pages)
            yield Row(domain, "rsp-2021", rec["name"].strip() or "site", scope_path, label, False,
                      "")


def _opensources(path: Path) -> Iterator[Row]:
    reader = csv.reader(path.open(encoding="utf-8"))
    next(reader, None)
    for rec in reader:
        if not rec:
            continue
        domain = clean_domain(rec[0])
        types = [t.strip().lower().replace("fake news", "fake") for t in rec[1:4] if t.strip()]
        if domain and types:
            label = "; ".join(dict.fromkeys(types))
            yield Row(domain, "opensources-2017", "site", "", label, False, "")


def _is_imputed(value: str) -> bool:
    # The authors filled gaps with model estimates: those have long, non-round decimals,
    # while ratings converted from raters' scales have at most four decimals.
    return "." in value and len(value.split(".", 1)[1]) > 6


def _lin(path: Path) -> Iterator[Row]:
    for rec in csv.DictReader(path.open(encoding="utf-8")):
        domain = clean_domain(rec["domain"])
        try:
            score = float(rec["pc1"])
        except (KeyError, ValueError):
            continue
        if not domain:
            continue
        imputed = [g for g, cols in LIN_GROUPS.items() if any(_is_imputed(rec[c]) for c in cols)]
        rated = [g for g in LIN_GROUPS if g not in imputed]
        note = (
            f"imputed inputs: {', '.join(imputed) or 'none'}; "
            f"rated inputs: {', '.join(rated) or 'none'}"
        )
        if imputed:
            # A score built partly from the authors' model estimates is not any rater's verdict
            # on the outlet: its label says so, so it cannot be read as a rating.
            label = (
                f"model estimate {score:.2f} (0 low - 1 high), {len(imputed)} of "
                f"{len(LIN_GROUPS)} inputs imputed: not a rating"
            )
        else:
            label = f"pc1 {score:.2f} (0 low - 1 high)"
        yield Row(domain, "lin2023", "site", "", label, bool(imputed), note)


READERS = {
    "rsp-2026": _rsp2026,
    "rsp-2021": _rsp2021,
    "opensources-2017": _opensources,
    "lin2023": _lin,
}


COLUMNS = ("domain", "source", "scope", "path", "label", "imputed", "note")
# A snapshot superseded by a newer one of the same list: (older, newer).
SUPERSEDED = {"rsp-2021": "rsp-2026"}


def _note_older_snapshots(rows: dict[tuple[str, str, str, str], Row]) -> None:
    """An older snapshot's row for a domain the newer snapshot does not list says so, so that a
    reader knows the status is the old list's (rt.com: deprecated in 2021, absent in 2026)."""
    listed: dict[str, set[str]] = {}
    for row in rows.values():
        listed.setdefault(row.source, set()).add(row.domain)
    by_id = {s.id: s for s in SOURCES}
    for key, row in rows.items():
        newer = SUPERSEDED.get(row.source)
        if newer in listed and row.domain not in listed[newer]:
            old, new = by_id[row.source], by_id[newer]
            note = (
                f"status from the {old.as_of} snapshot; the newer list ({new.as_of[:4]}) "
                f"does not list {row.domain}"
            )
            rows[key] = Row(row.domain, row.source, row.scope, row.path, row.label,
                            row.imputed, "; ".join(n for n in (row.note, note) if n))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def import_ratings(data_dir: Path, out: Path, today: dt.date | None = None) -> dict[str, int]:
    """Read every known ratings file present in data_dir and rewrite `out`; rows per source."""
    today = today or dt.date.today()
    rows: dict[tuple[str, str, str, str], Row] = {}
    header: list[str] = []
    counts: dict[str, int] = {}
    for src in SOURCES:
        path = data_dir / src.file
        if not path.is_file():
            continue
        n = 0
        for row in READERS[src.id](path):
            # One row per (domain, source, entry, path): a domain under several entries keeps
            # them all; the same entry listed twice is one row.
            rows[(row.domain, row.source, row.scope, row.path)] = row
            n += 1
        counts[src.id] = n
        header.append(
            "\t".join(
                [
                    "#source",
                    f"id={src.id}",
                    f"rater={src.rater}",
                    f"url={src.url}",
                    f"licence={src.licence}",
                    f"as_of={src.as_of}",
                    f"as_of_precision={src.precision}",
                    f"file={src.file}",
                    f"sha256={_sha256(path)}",
                    f"imported={today.isoformat()}",
                ]
            )
        )
    if not counts:
        raise DataFileError(
            f"{data_dir}: no ratings files found ({', '.join(s.file for s in SOURCES)})"
        )
    _note_older_snapshots(rows)
    lines = [
        f"# annotator imported ratings, format {FORMAT}: generated by `annotator sources import`;"
        " do not edit by hand.",
        *header,
        "\t".join(COLUMNS),
    ]
    for row in sorted(rows.values()):
        cells = [row.domain, row.source, row.scope, row.path, row.label,
                 "yes" if row.imputed else "no", row.note]
        lines.append("\t".join(c.replace("\t", " ") for c in cells))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts
