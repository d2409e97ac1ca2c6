"""Measure flagging against expert annotations: PTC (propaganda spans) and BABE (biased words).

PTC's span metric (SemEval-2020 Task 11, span identification): overlapping spans of one side are
merged, then precision averages |overlap| / |predicted span| over predicted spans and recall
averages |overlap| / |gold span| over gold spans, across the whole corpus. Every figure is also
split by voice: a predicted span has its flag's voice, a gold span the voice of the text it
starts in, as our voice segmentation sees it.
"""

from __future__ import annotations

import ast
import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputFileError
from ..framing.flags import flag
from ..framing.lexicon import Lexicon
from ..framing.voices import segment_body, voice_at
from ..models import Article, Flag

LL_NC = frozenset({"Loaded_Language", "Name_Calling,Labeling"})
VOICES = ("outlet", "quoted", "paraphrase")
_WORD = re.compile(r"\w+")

Span = tuple[int, int]


@dataclass
class RawText:
    """A text whose lines are paragraphs (first non-empty line: headline), with offsets kept."""

    text: str
    starts: list[int]  # raw offset of each non-empty line; [0] is the headline's
    article: Article

    @classmethod
    def parse(cls, text: str) -> RawText:
        starts, lines, pos = [], [], 0
        for line in text.split("\n"):
            if line.strip():
                starts.append(pos)
                lines.append(line)
            pos += len(line) + 1
        if not lines:
            return cls(text, [], Article(headline="", body=""))
        return cls(text, starts, Article(headline=lines[0], body="\n\n".join(lines[1:])))

    def raw_span(self, f: Flag) -> Span:
        if f.field == "headline":
            return self.starts[0] + f.start, self.starts[0] + f.end
        assert f.paragraph is not None
        para_start = sum(len(p) + 2 for p in self.article.paragraphs[: f.paragraph])
        base = self.starts[f.paragraph + 1]
        return base + f.start - para_start, base + f.end - para_start

    def voice_of(self, pos: int, spans: list[list[Any]]) -> str:
        """The voice of the text at a raw offset (headline: outlet)."""
        line = max((i for i, s in enumerate(self.starts) if s <= pos), default=0)
        if line == 0:
            return "outlet"
        return voice_at(spans[line - 1], pos - self.starts[line])[0]


def merge(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlap(span: Span, others: list[Span]) -> int:
    return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in others)


@dataclass
class Tally:
    """Sums for the span metric and the word metric, for one slice (all, or one voice)."""

    p_sum: float = 0.0
    n_pred: int = 0
    r_sum: float = 0.0
    n_gold: int = 0
    w_tp: int = 0
    w_fp: int = 0
    w_fn: int = 0

    def figures(self) -> dict[str, float | int]:
        p, r = _div(self.p_sum, self.n_pred), _div(self.r_sum, self.n_gold)
        wp, wr = _word_pr(self.w_tp, self.w_fp, self.w_fn)
        return {
            "span_precision": round(p, 4),
            "span_recall": round(r, 4),
            "span_f1": round(_f1(p, r), 4),
            "predicted_spans": self.n_pred,
            "gold_spans": self.n_gold,
            "word_precision": round(wp, 4),
            "word_recall": round(wr, 4),
            "word_f1": round(_f1(wp, wr), 4),
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _word_pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return _div(tp, tp + fp), _div(tp, tp + fn)


@dataclass
class PTCResult:
    articles: int = 0
    slices: dict[str, dict[str, Tally]] = field(default_factory=dict)  # task -> voice -> tally

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "tasks": {
                task: {voice: t.figures() for voice, t in by_voice.items()}
                for task, by_voice in self.slices.items()
            },
        }


def _read_gold(folder: Path) -> tuple[dict[str, list[tuple[str, int, int]]], bool]:
    """Gold spans per article id; the bool says whether techniques are known."""
    labels = folder / "labels.tsv"
    spans_file = labels if labels.is_file() else folder / "spans.tsv"
    if not spans_file.is_file():
        raise InputFileError(f"{folder}: neither labels.tsv nor spans.tsv found")
    gold: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    known = True
    try:
        lines = spans_file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputFileError(f"{spans_file}: cannot read: {exc}") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise InputFileError(f"{spans_file}:{lineno}: expected 4 tab-separated columns")
        aid, tech, s, e = parts
        known = known and tech != "?"
        gold[aid].append((tech, int(s), int(e)))
    return gold, known


def _words(text: str) -> list[Span]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _coverage(spans: list[Span], length: int) -> bytearray:
    """A byte per character, 1 where a span covers it: word look-ups become C-speed finds."""
    cov = bytearray(length)
    for s, e in spans:
        cov[s:e] = b"\x01" * (min(e, length) - s)
    return cov


def score_ptc(folder: Path, lexicon: Lexicon) -> PTCResult:
    """Score flags against a PTC-format folder: articles/article<ID>.txt + labels.tsv."""
    gold, known = _read_gold(folder)
    tasks: dict[str, frozenset[str] | None] = {"all_techniques": None}
    if known:
        tasks = {"loaded_language+name_calling": LL_NC, "all_techniques": None}
    result = PTCResult(slices={t: {v: Tally() for v in ("all", *VOICES)} for t in tasks})
    for path in sorted((folder / "articles").glob("article*.txt")):
        aid = path.stem.removeprefix("article")
        raw = RawText.parse(path.read_text(encoding="utf-8"))
        if not raw.starts:
            continue
        result.articles += 1
        flags = flag(raw.article, lexicon)
        voices = segment_body(raw.article.paragraphs)
        words = _words(raw.text)
        for task, techniques in tasks.items():
            preds = [
                (raw.raw_span(f), f.voice)
                for f in flags
                if techniques is None or f.technique in techniques
            ]
            golds = [
                (s, e)
                for tech, s, e in gold.get(aid, [])
                if techniques is None or tech in techniques
            ]
            _tally(result.slices[task], raw, voices, preds, golds, words)
    return result


def _tally(
    slices: dict[str, Tally],
    raw: RawText,
    voices: list[list[Any]],
    preds: Sequence[tuple[Span, str]],
    golds: list[Span],
    words: list[Span],
) -> None:
    all_pred = merge(s for s, _ in preds)
    all_gold = merge(golds)
    gold_voice = [raw.voice_of(g[0], voices) for g in all_gold]
    for voice in ("all", *VOICES):
        pv = all_pred if voice == "all" else merge(s for s, v in preds if v == voice)
        gv = (
            all_gold
            if voice == "all"
            else [g for g, v in zip(all_gold, gold_voice, strict=True) if v == voice]
        )
        t = slices[voice]
        # Precision of this voice's predictions against all gold; recall of the gold spans in
        # this voice's text against all predictions.
        for span in pv:
            t.p_sum += _overlap(span, all_gold) / (span[1] - span[0])
            t.n_pred += 1
        for span in gv:
            t.r_sum += _overlap(span, all_pred) / (span[1] - span[0])
            t.n_gold += 1
    # Words: each word belongs to the voice of the text it stands in.
    pred_cov, gold_cov = _coverage(all_pred, len(raw.text)), _coverage(all_gold, len(raw.text))
    for w in words:
        in_pred, in_gold = pred_cov.find(1, *w) != -1, gold_cov.find(1, *w) != -1
        if not (in_pred or in_gold):
            continue
        key = "tp" if in_pred and in_gold else ("fp" if in_pred else "fn")
        for voice in ("all", raw.voice_of(w[0], voices)):
            t = slices[voice]
            setattr(t, f"w_{key}", getattr(t, f"w_{key}") + 1)


# --------------------------------------------------------------------------------------------
# BABE


@dataclass
class BABEResult:
    sentences: int = 0
    w_tp: int = 0
    w_fp: int = 0
    w_fn: int = 0
    confusion: dict[str, int] = field(default_factory=lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    by_voice_words: dict[str, dict[str, int]] = field(
        default_factory=lambda: {v: {"tp": 0, "fp": 0} for v in VOICES}
    )

    def as_dict(self) -> dict[str, Any]:
        wp, wr = _word_pr(self.w_tp, self.w_fp, self.w_fn)
        c = self.confusion
        f1_biased = _f1(_div(c["tp"], c["tp"] + c["fp"]), _div(c["tp"], c["tp"] + c["fn"]))
        f1_neutral = _f1(_div(c["tn"], c["tn"] + c["fn"]), _div(c["tn"], c["tn"] + c["fp"]))
        return {
            "sentences": self.sentences,
            "word_precision": round(wp, 4),
            "word_recall": round(wr, 4),
            "word_f1": round(_f1(wp, wr), 4),
            "word_precision_by_voice": {
                v: round(_div(d["tp"], d["tp"] + d["fp"]), 4)
                for v, d in self.by_voice_words.items()
            },
            "word_predictions_by_voice": {
                v: d["tp"] + d["fp"] for v, d in self.by_voice_words.items()
            },
            "sentence_f1_biased": round(f1_biased, 4),
            "sentence_f1_non_biased": round(f1_neutral, 4),
            "sentence_macro_f1": round((f1_biased + f1_neutral) / 2, 4),
            "confusion": c,
        }


def babe_marked_words(row: dict[str, str]) -> set[str]:
    """The words a BABE row's annotators marked biased, lower-cased and split as flags are split
    (`_WORD`), so a marked "cry-bullying" is the two words a flag on it gives, not one token no
    flag can ever match (before, 79 flagged words on marked hyphenated words of BABE dev counted
    as false positives)."""
    try:
        marked = ast.literal_eval(row.get("biased_words") or "[]")
    except (ValueError, SyntaxError):
        return set()
    return {w.lower() for m in marked if isinstance(m, str) for w in _WORD.findall(m)}


def score_babe(csv_path: Path, lexicon: Lexicon) -> BABEResult:
    """Word-level P/R against BABE's biased words; sentence-level macro F1 of
    "has a flag outside direct quotes" against the Biased / Non-biased label."""
    if not csv_path.is_file():
        raise InputFileError(f"{csv_path}: no such file")
    result = BABEResult()
    try:
        rows = list(csv.DictReader(csv_path.open(encoding="utf-8"), delimiter=";"))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputFileError(f"{csv_path}: not a readable BABE CSV: {exc}") from None
    if rows and "text" not in rows[0]:
        raise InputFileError(f"{csv_path}: no 'text' column (is it ';'-separated BABE?)")
    for row in rows:
        label = row.get("label_bias", "")
        if label not in ("Biased", "Non-biased"):
            continue
        gold_words = babe_marked_words(row)
        text = row["text"]
        flags = flag(Article(headline="", body=text), lexicon)
        result.sentences += 1
        predicted: dict[str, str] = {}
        for f in flags:
            for w in _WORD.findall(f.text):
                predicted.setdefault(w.lower(), f.voice)
        for w, voice in predicted.items():
            hit = w in gold_words
            result.w_tp += hit
            result.w_fp += not hit
            result.by_voice_words[voice]["tp" if hit else "fp"] += 1
        result.w_fn += len(gold_words - set(predicted))
        # A paraphrase is the outlet's wording of what someone said, so its words count as the
        # outlet's choice here; a direct quote is the speaker's.
        has_outlet = any(f.voice != "quoted" for f in flags)
        biased = label == "Biased"
        key = {
            (True, True): "tp",
            (True, False): "fp",
            (False, True): "fn",
            (False, False): "tn",
        }[(has_outlet, biased)]
        result.confusion[key] += 1
    return result
