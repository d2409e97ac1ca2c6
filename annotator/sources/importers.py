"""Import open outlet-rating data into `annotator/data/imported-ratings.tsv`.

The output is generated, never edited by hand: a header records each source (rater, citation
URL, licence, as-of date, input file and its SHA-256, import date), then one row per (domain,
source). Rows are sorted and the file is rewritten whole, so re-running the import updates it
rather than duplicating rows. Only facts are imported (a status, a type, a score), never prose.
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

Row = tuple[str, str, str, bool, str]  # domain, source id, label, imputed, note


def clean_domain(raw: str) -> str | None:
    """A bare lowercase host from a domain or URL-ish cell ("www.x.com/news" -> "x.com")."""
    raw = raw.strip().lower()
    raw = re.sub(r"^[a-z]+://", "", raw).split("/")[0].split("?")[0].strip(". ")
    raw = raw.removeprefix("www.")
    if not raw or "." not in raw or " " in raw:
        return None
    return raw


def _rsp2026(path: Path) -> Iterator[Row]:
    for rec in csv.DictReader(path.open(encoding="utf-8")):
        domain = clean_domain(rec["domain"])
        status = RSP_STATUS.get(rec["status"].strip())
        if domain and status:
            yield domain, "rsp-2026", status, False, f"entry: {rec['source_name'].strip()}"


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
        for domain in {d for d in (clean_domain(u) for u in urls) if d}:
            yield domain, "rsp-2021", label, False, f"entry: {rec['name'].strip()}"


def _opensources(path: Path) -> Iterator[Row]:
    reader = csv.reader(path.open(encoding="utf-8"))
    next(reader, None)
    for rec in reader:
        if not rec:
            continue
        domain = clean_domain(rec[0])
        types = [t.strip().lower().replace("fake news", "fake") for t in rec[1:4] if t.strip()]
        if domain and types:
            yield domain, "opensources-2017", "; ".join(dict.fromkeys(types)), False, ""


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
        yield domain, "lin2023", f"pc1 {score:.2f} (0 low - 1 high)", bool(imputed), note


READERS = {
    "rsp-2026": _rsp2026,
    "rsp-2021": _rsp2021,
    "opensources-2017": _opensources,
    "lin2023": _lin,
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def import_ratings(data_dir: Path, out: Path, today: dt.date | None = None) -> dict[str, int]:
    """Read every known ratings file present in data_dir and rewrite `out`; rows per source."""
    today = today or dt.date.today()
    rows: dict[tuple[str, str], Row] = {}
    header: list[str] = []
    counts: dict[str, int] = {}
    for src in SOURCES:
        path = data_dir / src.file
        if not path.is_file():
            continue
        n = 0
        for row in READERS[src.id](path):
            rows[(row[0], row[1])] = row  # a domain listed twice by one source keeps the last
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
    lines = [
        "# annotator imported ratings, format 1: generated by `annotator sources import`;"
        " do not edit by hand.",
        *header,
        "domain\tsource\tlabel\timputed\tnote",
    ]
    for domain, sid, label, imputed, note in sorted(rows.values()):
        lines.append("\t".join([domain, sid, label, "yes" if imputed else "no", note]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts
