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
share a name word with the Source; no speaker counts as wrong. Titles, honorifics and party words
("Mr.", "Sen.", "President", "Republican") are not name words, so "Mr. Rubio" is not "Mr.
Obama"; possessives count as their name ("Trump's": "Trump"). A Source that names only such
words ("Senate Republicans") must share one of them.

Flagged words: every flag `annotate(text=...)` returns (shown or not) is scored on the voice of
its first word against the gold voice of that word, and, where that word lies inside the
content of an attribution whose Source names someone (the narrowest such content, as a quote
inside a report is its own speaker's), on its speaker by the same rule. These are the words a
reader is shown a voice for, so they weigh what the word-level figures spread over all text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputFileError
from ..framing.lexicon import Lexicon
from ..framing.speakers import words
from ..framing.voices import segment
from ..models import Flag
from ..page.extract import headline_line
from ..pipeline import annotate

VOICES = ("outlet", "quoted", "paraphrase")
_WORD = re.compile(r"\w+")
_ID = re.compile(r"[TE]\d+$")
_CAPWORD = re.compile(r"\b[A-Z][\w’'\-]*")
_NOT_NAMES = words(
    "I He She It We They You Me Him Her Us Them His Hers Its Our Their Your The A An This "
    "That These Those Who Which"
)
# Capitalised words that name no one in particular: shared, they do not make two speakers one.
_TITLES = frozenset(
    w.lower()
    for w in words(
        "Mr Mrs Ms Miss Dr Sen Sens Senator Senators Rep Reps Representative Gov Governor "
        "President Vice Secretary Former Gen General Rev Judge Justice Speaker Leader Chairman "
        "Chairwoman Chair Chief Minister Prime Mayor Attorney Sir Lord Lady Prof Professor Jr Sr "
        "Lt Col Sgt Capt Adm Republican Republicans Democrat Democrats Democratic GOP U.S US "
        "American Americans House Senate State National Party Committee Department Campaign "
        "Office Press Candidate Presidential"
    )
)
_POSSESSIVE = re.compile(r"[’']s?$")
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
    # flagged words: gold voice -> predicted voice -> flags; speakers of flags in named content
    flag_confusion: dict[str, Counter[str]] = field(
        default_factory=lambda: {v: Counter() for v in VOICES}
    )
    flag_speaker_total: int = 0
    flag_speaker_right: int = 0

    def as_dict(self) -> dict[str, Any]:
        per = _per_voice(self.confusion, "words")
        macro = sum(float(per[v]["f1"]) for v in VOICES) / len(VOICES)
        return {
            "articles": self.articles,
            "voices": per,
            "macro_f1": round(macro, 4),
            "speaker_accuracy": round(_div(self.speaker_right, self.speaker_total), 4),
            "speaker_attributions": self.speaker_total,
            "confusion": {g: dict(c) for g, c in self.confusion.items()},
            "flags": self._flag_figures(),
        }

    def _flag_figures(self) -> dict[str, Any]:
        conf = self.flag_confusion
        total = sum(sum(c.values()) for c in conf.values())
        per = _per_voice(conf, "flags")
        return {
            "flags": total,
            "voice_accuracy": round(_div(sum(conf[v][v] for v in VOICES), total), 4),
            "voices": per,
            "speaker_accuracy": round(_div(self.flag_speaker_right, self.flag_speaker_total), 4),
            "speaker_flags": self.flag_speaker_total,
            "confusion": {g: dict(c) for g, c in conf.items()},
        }


def _per_voice(
    confusion: dict[str, Counter[str]], unit: str
) -> dict[str, dict[str, float | int]]:
    """Precision, recall and F1 per voice from a gold -> predicted confusion table."""
    per: dict[str, dict[str, float | int]] = {}
    for v in VOICES:
        tp, gold = confusion[v][v], sum(confusion[v].values())
        pred = sum(confusion[g][v] for g in VOICES)
        p, r = _div(tp, pred), _div(tp, gold)
        per[v] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(_f1(p, r), 4),
            f"gold_{unit}": gold,
            f"predicted_{unit}": pred,
        }
    return per


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


@dataclass
class Painted:
    """Our reading of every character of a PolNeAR-format text: its voice, its speaker, how the
    speaker was found, and the index of its line (headline 0; -1 between lines)."""

    voice: list[str]
    speaker: list[str | None]
    how: list[str]
    line: list[int]


def predicted(text: str) -> Painted:
    """Our voice and speaker for every character of a PolNeAR-format text."""
    lines, starts, pos = [], [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
            lines.append(line)
        pos += len(line) + 1
    n = len(text)
    out = Painted(["outlet"] * n, [None] * n, ["unknown"] * n, [-1] * n)
    if not lines:
        return out
    seg = segment(lines[0], lines[1:])
    for k, (base, spans) in enumerate(zip(starts, [seg.headline, *seg.body], strict=True)):
        out.line[base : base + len(lines[k])] = [k] * len(lines[k])
        # Paraphrase first, then quotes over it: a quote wins, as in voice_at.
        for s in sorted(spans, key=lambda s: s.voice == "quoted"):
            for i in range(base + s.start, base + s.end):
                out.voice[i], out.speaker[i], out.how[i] = s.voice, s.speaker, s.how
    return out


def score_attribution(folder: Path, lexicon: Lexicon | None = None) -> AttributionResult:
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
        score_article(text, read_ann(anns[0]), result, lexicon)
    return result


def score_article(
    text: str,
    attributions: list[Attribution],
    result: AttributionResult,
    lexicon: Lexicon | None = None,
) -> Painted:
    """Add one article's words, speakers and flags to `result`; return our reading of it."""
    n = len(text)
    content = bytearray(n)
    for a in attributions:
        for s, e in a.content:
            content[s:e] = b"\x01" * (min(e, n) - s)
    quoted = _gold_quoted(text)
    ours = predicted(text)
    voice, speaker = ours.voice, ours.speaker
    for m in _WORD.finditer(text):
        i = m.start()
        gold = ("quoted" if quoted[i] else "paraphrase") if content[i] else "outlet"
        result.confusion[gold][voice[i]] += 1
    for a in attributions:
        names = _source_names(a)
        if not names:
            continue
        result.speaker_total += 1
        said = Counter(speaker[m.start()] for s, e in a.content for m in _WORD.finditer(text, s, e))
        if not said:
            continue
        best = said.most_common(1)[0][0]
        if _names_match(names, best):
            result.speaker_right += 1
    _score_flags(text, attributions, content, quoted, result, lexicon)
    return ours


def _source_names(a: Attribution) -> set[str]:
    return {w for w in _CAPWORD.findall(a.source_text) if w not in _NOT_NAMES}


def _names_match(names: set[str], speaker: str | None) -> bool:
    if not speaker:
        return False
    said = {_name_word(w) for w in _CAPWORD.findall(speaker)}
    gold = {_name_word(w) for w in names}
    distinctive = gold - _TITLES
    return bool(distinctive & said) if distinctive else bool(gold & said)


def _name_word(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".").lower()


def _score_flags(
    text: str,
    attributions: list[Attribution],
    content: bytearray,
    quoted: bytearray,
    result: AttributionResult,
    lexicon: Lexicon | None,
) -> None:
    for f, gold, names in gold_flags(text, attributions, content, quoted, lexicon):
        result.flag_confusion[gold][f.voice] += 1
        if names:
            result.flag_speaker_total += 1
            result.flag_speaker_right += _names_match(names, f.speaker)


def gold_flags(
    text: str,
    attributions: list[Attribution],
    content: bytearray,
    quoted: bytearray,
    lexicon: Lexicon | None = None,
) -> list[tuple[Flag, str, set[str]]]:
    """Every flag of the article with the gold voice of its first word and the names in the
    Source of the narrowest named attribution holding that word (empty when none does)."""
    if not text.strip():
        return []
    report = annotate(text=text, lexicon=lexicon)
    # The narrowest content wins: widest first, so narrower ones overwrite.
    owner: dict[int, set[str]] = {}
    named = [(a, _source_names(a)) for a in attributions]
    for a, names in sorted(named, key=lambda x: -sum(e - s for s, e in x[0].content)):
        if names:
            for s, e in a.content:
                owner.update(dict.fromkeys(range(s, min(e, len(text))), names))
    where = _Raw(text)
    out = []
    for f in report.flags:
        i = where.offset(f, report.article.headline, report.article.paragraphs)
        if i is None:
            continue
        gold = ("quoted" if quoted[i] else "paraphrase") if content[i] else "outlet"
        out.append((f, gold, owner.get(i, set())))
    return out


_BLANK = re.compile(r"\n\s*\n")


class _Raw:
    """Where a flag of the extracted article stands in the raw text: the page stage reads the
    first line as the headline and blank-line blocks as paragraphs, collapsing whitespace, so
    the n-th non-space character of a block is the n-th of its paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The headline line as the page stage picks it (a label line above it is skipped).
        lines = text.split("\n")
        _, head = headline_line(lines)
        start = 0
        if head is not None:
            start = sum(len(line) + 1 for line in lines[:head])
            start += len(lines[head]) - len(lines[head].lstrip())
        nl = text.find("\n", start)
        head_end = len(text) if nl == -1 else nl
        self.blocks = [(start, head_end)]
        pos = head_end + 1
        # Blocks of the body, the way extract_text splits them.
        rest = text[pos:]
        if _BLANK.search(rest):
            for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", rest):
                if m.group().strip():
                    self.blocks.append((pos + m.start(), pos + m.end()))
        else:
            for m in re.finditer(r"[^\n]+", rest):
                if m.group().strip():
                    self.blocks.append((pos + m.start(), pos + m.end()))

    def offset(self, f: Flag, headline: str, paragraphs: list[str]) -> int | None:
        if f.field == "headline":
            block, cleaned, at = 0, headline, f.start
        else:
            assert f.paragraph is not None
            block = f.paragraph + 1
            cleaned = paragraphs[f.paragraph]
            at = f.start - sum(len(p) + 2 for p in paragraphs[: f.paragraph])
        if block >= len(self.blocks):
            return None
        s, e = self.blocks[block]
        raw = [i for i in range(s, e) if not self.text[i].isspace()]
        n = sum(1 for c in cleaned[:at] if not c.isspace())
        if len(raw) == sum(1 for c in cleaned if not c.isspace()) and n < len(raw):
            return raw[n]
        found = self.text.find(f.text, s, e)  # an entity the page stage unescaped
        return found if found != -1 else None
