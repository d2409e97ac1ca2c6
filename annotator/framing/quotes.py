"""Quotation marks: where quotations open and close, in every common style.

`find_quotes(text)` returns the outermost quotations of a paragraph as (start, end, closed).
Single marks are also apostrophes, so they count only at word edges; an opening mark never
closed runs to the end of the paragraph (a quote that continues in the next one).
"""

from __future__ import annotations

import re

# Opening mark -> closing marks it accepts. Low-high („…“) and guillemets in both directions.
_PAIRS: dict[str, str] = {
    "“": "”“\"",  # some sites close with the same mark they open with, or a straight one
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "「": "」",
    "『": "』",
    '"': '"”',
    "‘": "’",
    "‚": "‘’",
    "'": "'",
}
_SINGLE_AMBIGUOUS = {"’", "'", "‘"}  # also apostrophes; need word-boundary checks
# A decade or year cut short ("the ‘90s", "in ‘08"): the mark stands for the century, often
# typed as an opening quote by word processors.
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|\b(?!\d))")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_ANY_OPENER = "\x00"  # a quote opened in an earlier paragraph: any double closing mark ends it
_PAIRS[_ANY_OPENER] = '”“"»«'


# Two apostrophes are a double mark, as some papers print quotations (''like this'').
_QUOTE_CHAR = re.compile(
    "''|[" + re.escape("".join({*_PAIRS, *"".join(_PAIRS.values())} - {_ANY_OPENER})) + "]"
)


def find_quotes(
    text: str, open_at_start: bool = False, runs_on: bool = False
) -> list[tuple[int, int, bool]]:
    """Outermost quotations as (start, end, closed); end is past the closing mark.

    Nested quotes stay inside their outer quote. An opening mark never closed runs to the end
    of the paragraph (closed=False), as in a quote that continues in the next paragraph; with
    `open_at_start` the paragraph begins inside such a quote, which its first closing mark ends.
    With `runs_on` too, a later paragraph is known to close it, so a paragraph with no closing
    mark is quoted whole.
    """
    out: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = [(_ANY_OPENER, 0)] if open_at_start else []
    n = len(text)
    for m in _QUOTE_CHAR.finditer(text):  # visit only quotation marks, not every character
        i, end, ch = m.start(), m.end(), m.group()
        if ch == "''":
            ch = '"'
        prev = text[i - 1] if i else " "
        nxt = text[end] if end < n else " "
        if ch == "“" and stack and stack[-1] == (ch, i - 1):
            continue  # "““Radical ...”": a doubled opening mark opens one quotation
        if stack and stack[-1][0] in _SINGLE_AMBIGUOUS and ch not in _SINGLE_AMBIGUOUS:
            _drop_apostrophes(stack, ch)
        if stack and ch in _PAIRS[stack[-1][0]]:
            opener = stack[-1][0]
            # A single mark closes only where it is not an apostrophe inside a word.
            if ch in _SINGLE_AMBIGUOUS and (
                _is_word(nxt) or (opener in "'‘’" and not _closing_ok(prev))
            ):
                pass
            else:
                _, start = stack.pop()
                if not stack or (
                    ch not in _SINGLE_AMBIGUOUS
                    and all(op in _SINGLE_AMBIGUOUS for op, _ in stack)
                ):
                    # Outermost, or inside single marks never closed so far (“in ‘08 ...
                    # “...”: an apostrophe); a single quote closing round it later wins.
                    while out and out[-1][0] >= start:
                        out.pop()
                    out.append((start, end, True))
                continue
        if ch in _PAIRS:
            if ch in _SINGLE_AMBIGUOUS and (
                _is_word(prev)
                or not (_is_word(nxt) or nxt in '"“')
                or nxt == "'"
                or _ELIDED_YEAR.match(text, end)
            ):
                continue  # an apostrophe (don't, Iraq’s, the ‘90s) or a stray mark
            if ch == '"' and _is_word(prev):
                continue  # inch marks and the like
            if ch == "»" and _is_word(prev):
                continue  # closing guillemet with no opener
            stack.append((ch, i))
    # Unclosed single marks are more often apostrophes than quotes: drop them; a quote
    # carried over from the last paragraph that never closes here was not carried over.
    for op, start in stack:
        if op not in _SINGLE_AMBIGUOUS and (op != _ANY_OPENER or runs_on):
            while out and out[-1][0] >= start:
                out.pop()
            out.append((start, n, False))
            break
    return out


def _drop_apostrophes(stack: list[tuple[str, int]], ch: str) -> None:
    """Single marks opened above the nearest double opener that `ch` closes were apostrophes
    ("if I asked ‘em.”", "in the ‘20s or the ‘90s,”"): drop them all, however many."""
    k = len(stack) - 1
    while k >= 0 and stack[k][0] in _SINGLE_AMBIGUOUS:
        k -= 1
    if k >= 0 and ch not in _PAIRS[stack[-1][0]] and ch in _PAIRS[stack[k][0]]:
        del stack[k + 1 :]


# A double mark, and one that closes: after a word or a sentence's end, not before a word.
_DOUBLE = re.compile('[“”"«»]')
_CLOSES = re.compile(r'(?<=[\w.,!?…’\'])[”"»](?!\w)')
QUOTE_REACH = 10  # a quotation runs on over at most this many paragraphs without a mark


def closes_later(paragraphs: list[str], i: int) -> bool:
    """Whether a quote left open before paragraph i closes within reach: some paragraph from i
    on has a closing mark as its first double mark, and none before it has any ("...this info
    was not used in court." / "BUILD THE WALL!\" Trump tweeted.", a page that prints each
    sentence on a line of its own)."""
    for p in paragraphs[i : i + QUOTE_REACH]:
        first = _DOUBLE.search(p)
        if first is not None:
            return _CLOSES.match(p, first.start()) is not None
    return False


def opens_with_quote(para: str) -> bool:
    return para.lstrip()[:1] in _PAIRS


def _closing_ok(prev: str) -> bool:
    return _is_word(prev) or prev in ".,!?;:)…"
