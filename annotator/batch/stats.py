"""`annotator stats OUT`: what a corpus says, per outlet and per genre.

For each group: articles, words, loaded-language flags per 1,000 words (of the whole text) by
voice and by category, the share of words in each voice, and the terms most often flagged in
the outlet's own voice. Reads a batch run's JSON Lines file or its Parquet folder, streaming
(memory grows with the number of groups, not of articles); failed inputs are counted, not
summarised.

    >>> g = Group("outlet", "Press TV")
    >>> g.add_article({"words": 2000, "words_outlet": 1500, "words_quoted": 500,
    ...                "words_paraphrase": 0})
    >>> g.add_flag({"voice": "outlet", "category": "loaded", "text": "Regime"})
    >>> g.per_1k("outlet"), g.share("quoted"), g.top_terms()
    (0.5, 0.25, [('regime', 1)])
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputFileError
from .outputs import replace_atomically
from .rows import VOICES, article_row, flag_rows

Row = dict[str, Any]


@dataclass
class Group:
    by: str  # "outlet" or "genre"
    name: str
    articles: int = 0
    words: Counter[str] = field(default_factory=Counter)  # per voice
    flags: Counter[str] = field(default_factory=Counter)  # per voice
    categories: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)  # flagged in the outlet's own voice

    def add_article(self, row: Row) -> None:
        self.articles += 1
        for voice in VOICES:
            self.words[voice] += row[f"words_{voice}"] or 0

    def add_flag(self, row: Row) -> None:
        self.flags[row["voice"]] += 1
        self.categories[row["category"]] += 1
        if row["voice"] == "outlet":
            self.terms[row["text"].lower()] += 1

    @property
    def total_words(self) -> int:
        return sum(self.words.values())

    def per_1k(self, voice: str | None = None, category: str | None = None) -> float:
        if not self.total_words:
            return 0.0
        if category is not None:
            n = self.categories[category]
        else:
            n = self.flags[voice] if voice else sum(self.flags.values())
        return round(1000 * n / self.total_words, 3)

    def share(self, voice: str) -> float:
        return round(self.words[voice] / self.total_words, 3) if self.total_words else 0.0

    def top_terms(self, n: int = 5) -> list[tuple[str, int]]:
        return self.terms.most_common(n)


@dataclass
class Stats:
    groups: dict[tuple[str, str], Group] = field(default_factory=dict)
    articles: int = 0
    failed: int = 0
    unreadable: int = 0  # lines that are neither a report nor a failure record

    def group(self, by: str, name: str) -> Group:
        key = (by, name)
        if key not in self.groups:
            self.groups[key] = Group(by, name)
        return self.groups[key]

    def add_article(self, row: Row) -> None:
        if not row["ok"]:
            self.failed += 1
            return
        self.articles += 1
        for group in self._groups_of(row):
            group.add_article(row)

    def add_flag(self, row: Row) -> None:
        # A flag row names its article's outlet and genre: no join with the articles table.
        for group in self._groups_of(row):
            group.add_flag(row)

    def _groups_of(self, row: Row) -> tuple[Group, Group]:
        return (
            self.group("outlet", row["outlet_name"] or "unknown"),
            self.group("genre", row["genre"] or "unknown"),
        )

    def by(self, kind: str) -> list[Group]:
        """Groups of one kind, most articles first."""
        groups = [g for (k, _), g in self.groups.items() if k == kind]
        return sorted(groups, key=lambda g: (-g.articles, g.name))

    def categories(self) -> list[str]:
        return sorted({c for g in self.groups.values() for c in g.categories})


def summarise(path: Path) -> Stats:
    """Summarise a batch output: a JSON Lines file, or a folder with articles.parquet."""
    stats = Stats()
    if path.is_dir():
        _parquet(path, stats)
    else:
        _jsonl(path, stats)
    return stats


def _jsonl(path: Path, stats: Stats) -> None:
    from pydantic import ValidationError

    from ..models import Report

    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                report = Report.model_validate_json(line)
            except ValidationError:
                try:
                    failure = "error" in json.loads(line)
                except (ValueError, TypeError):
                    failure = False
                stats.failed += failure
                stats.unreadable += not failure
                continue
            stats.add_article(article_row(report))
            for flag in flag_rows(report):
                stats.add_flag(flag)


def _parquet(folder: Path, stats: Stats) -> None:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputFileError("reading Parquet needs: pip install 'annotator[corpus]'") from None
    try:
        articles = pq.ParquetFile(folder / "articles.parquet")
        flags = pq.ParquetFile(folder / "flags.parquet")
    except (OSError, ValueError) as exc:
        raise InputFileError(f"{folder}: not a batch run's Parquet folder: {exc}") from None
    columns = ["ok", "outlet_name", "genre", *(f"words_{v}" for v in VOICES)]
    for batch in articles.iter_batches(columns=columns):
        for row in batch.to_pylist():
            stats.add_article(row)
    for batch in flags.iter_batches(columns=["outlet_name", "genre", "voice", "category", "text"]):
        for row in batch.to_pylist():
            stats.add_flag(row)


def table_rows(stats: Stats, top_terms: int = 5) -> list[Row]:
    """One flat row per group, outlets then genres: what the CSV holds."""
    cats = stats.categories()
    rows: list[Row] = []
    for kind in ("outlet", "genre"):
        for g in stats.by(kind):
            row: Row = {"group_by": kind, "group": g.name, "articles": g.articles}
            row["words"] = g.total_words
            row["flags"] = sum(g.flags.values())
            row["per_1k_words"] = g.per_1k()
            row |= {f"per_1k_{v}": g.per_1k(v) for v in VOICES}
            row |= {f"per_1k_{c}": g.per_1k(category=c) for c in cats}
            row |= {f"share_{v}": g.share(v) for v in VOICES}
            row["top_outlet_terms"] = "; ".join(f"{t} ({n})" for t, n in g.top_terms(top_terms))
            rows.append(row)
    return rows


def write_csv(stats: Stats, path: Path) -> None:
    rows = table_rows(stats)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["group_by"])
    writer.writeheader()
    writer.writerows(rows)
    replace_atomically(path, buffer.getvalue().encode("utf-8"))
