"""Measure voices and speakers against PolNeAR (political news, every attribution annotated).

A folder holds `text/<name>.txt` (headline line, blank line, paragraphs separated by blank
lines) and `attributions/<name>_<annotator>.ann` (brat standoff: Source, Cue and Content spans
linked by `E` lines); where an article has two annotators' files the first by name is read.

Scoring, word by word (`\\w+`): a word inside an attribution's Content is `quoted` when it also
lies inside quotation marks and `paraphrase` otherwise; every other word (narration, and the
Source and Cue themselves) is `outlet`. The prediction for a word is the voice of our
segmentation at the word's first character (a quote wins over a paraphrase, as in flags).
Per voice: precision, recall, F1; macro F1 is their mean.

Speaker accuracy counts the attributions whose Source names someone (holds a capitalised word
that is not a pronoun or an article): the speaker we give for most of the Content's words must
share a capitalised word with the Source; no speaker counts as wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputFileError
from ..framing.speakers import words
from ..framing.voices import Span, segment

VOICES = ("outlet", "quoted", "paraphrase")
_WORD = re.compile(r"\w+")
_ID = re.compile(r"[TE]\d+$")
_CAPWORD = re.compile(r"\b[A-Z][\w’'\-]*")
_NOT_NAMES = words(
    "I He She It We They You Me Him Her Us Them His Hers Its Our Their Your The A An This "
    "That These Those Who Which"
)
# Quotation marks for the gold rule: double marks of every common style pair up within a
# paragraph (an unclosed one runs to its end; two apostrophes are a double mark, as some
# papers print it); single curly marks count where they stand at
# word edges (headlines quote with them), not as apostrophes inside words.
_GOLD_QUOTE = re.compile(r"''|[“”\"«»]|(?<!\w)‘|’(?!\w)")


@dataclass
class Attribution:
    source: list[tuple[int, int]]
    content: list[tuple[int, int]]
    source_text: str


@dataclass
class AttributionResult:
    articles: int = 0
    confusion: dict[str, Counter[str]] = field(
        default_factory=lambda: {v: Counter() for v in VOICES}
    )  # gold voice -> predicted voice -> words
    speaker_total: int = 0
    speaker_right: int = 0

    def as_dict(self) -> dict[str, Any]:
        per: dict[str, dict[str, float | int]] = {}
        for v in VOICES:
            tp = self.confusion[v][v]
            gold = sum(self.confusion[v].values())
            pred = sum(self.confusion[g][v] for g in VOICES)
            p, r = _div(tp, pred), _div(tp, gold)
            per[v] = {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(_f1(p, r), 4),
                "gold_words": gold,
                "predicted_words": pred,
            }
        macro = sum(float(per[v]["f1"]) for v in VOICES) / len(VOICES)
        return {
            "articles": self.articles,
            "voices": per,
            "macro_f1": round(macro, 4),
            "speaker_accuracy": round(_div(self.speaker_right, self.speaker_total), 4),
            "speaker_attributions": self.speaker_total,
            "confusion": {g: dict(c) for g, c in self.confusion.items()},
        }


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _spans(field_text: str) -> list[tuple[int, int]]:
    out = []
    for part in field_text.split(";"):
        s, e = part.split()
        out.append((int(s), int(e)))
    return out


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat standoff file."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    links: list[dict[str, str]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{path}: cannot read: {exc}") from None
    for lineno, line in enumerate(lines, 1):
        parts = line.split("\t")
        if not _ID.match(parts[0]):
            continue  # a span's text that ran over a line break, or a note
        try:
            if line.startswith("T"):
                kind, _, where = parts[1].partition(" ")
                spans[parts[0]] = (kind, _spans(where), parts[2] if len(parts) > 2 else "")
            elif line.startswith("E"):
                links.append(dict(p.split(":", 1) for p in parts[1].split()))
        except (IndexError, ValueError):
            raise InputFileError(f"{path}:{lineno}: not a brat standoff line") from None
    out = []
    for link in links:
        content = spans.get(link.get("Content", ""))
        if content is None:
            continue
        source = spans.get(link.get("Source", ""), ("Source", [], ""))
        out.append(Attribution(source[1], content[1], source[2]))
    return out


def _gold_quoted(text: str) -> bytearray:
    """1 for every character inside quotation marks (marks included), per line."""
    cov = bytearray(len(text))
    pos = 0
    for line in text.split("\n"):
        opened: int | None = None
        for m in _GOLD_QUOTE.finditer(line):
            ch = m.group()
            if opened is None and ch in ("“", '"', "«", "‘", "''"):
                opened = m.start()
            elif opened is not None and ch in ("”", '"', "»", "’", "''"):
                cov[pos + opened : pos + m.end()] = b"\x01" * (m.end() - opened)
                opened = None
        if opened is not None:
            cov[pos + opened : pos + len(line)] = b"\x01" * (len(line) - opened)
        pos += len(line) + 1
    return cov


def predicted(text: str) -> tuple[list[str], list[str | None]]:
    """Our voice and speaker for every character of a PolNeAR-format text."""
    lines, starts, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
            lines.append(line)
        pos += len(line) + 1
    voice = ["outlet"] * len(text)
    speaker: list[str | None] = [None] * len(text)
    if not lines:
        return voice, speaker
    seg = segment(lines[0], lines[1:])

    def paint(base: int, spans: list[Span]) -> None:
        # Paraphrase first, then quotes over it: a quote wins, as in voice_at.
        for s in sorted(spans, key=lambda s: s.voice == "quoted"):
            for i in range(base + s.start, base + s.end):
                voice[i], speaker[i] = s.voice, s.speaker

    paint(starts[0], seg.headline)
    for base, spans in zip(starts[1:], seg.body, strict=True):
        paint(base, spans)
    return voice, speaker


def score_attribution(folder: Path) -> AttributionResult:
    """Score voices and speakers against a PolNeAR split folder (text/ + attributions/)."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputFileError(f"{folder}: expected text/ and attributions/ folders (PolNeAR)")
    result = AttributionResult()
    for path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        result.articles += 1
        score_article(text, read_ann(anns[0]), result)
    return result


def score_article(text: str, attributions: list[Attribution], result: AttributionResult) -> None:
    n = len(text)
    content = bytearray(n)
    for a in attributions:
        for s, e in a.content:
            content[s:e] = b"\x01" * (min(e, n) - s)
    quoted = _gold_quoted(text)
    voice, speaker = predicted(text)
    for m in _WORD.finditer(text):
        i = m.start()
        gold = ("quoted" if quoted[i] else "paraphrase") if content[i] else "outlet"
        result.confusion[gold][voice[i]] += 1
    for a in attributions:
        names = {w for w in _CAPWORD.findall(a.source_text) if w not in _NOT_NAMES}
        if not names:
            continue
        result.speaker_total += 1
        said = Counter(speaker[m.start()] for s, e in a.content for m in _WORD.finditer(text, s, e))
        if not said:
            continue
        best = said.most_common(1)[0][0]
        if best and names & set(_CAPWORD.findall(best)):
            result.speaker_right += 1
