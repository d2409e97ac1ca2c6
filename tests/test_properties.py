"""Property tests: whatever the text, flagging never fails and offsets always point at the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.framing.flags import flag
from annotator.framing.lexicon import Lexicon
from annotator.framing.voices import find_quotes, segment_body
from annotator.models import Article

# Text built from words the lexicons know, quotation marks of every style and odd characters,
# so that matches, quotes and attributions actually occur.
PIECES = st.sampled_from(
    [
        "martyr",
        "Martyr",
        "regime",
        "slammed",
        "certainly",
        "Judea and Samaria",
        "Imam",
        "said",
        "Ana Ruiz",
        "he added",
        "according to",
        "that",
        "designated a",
        "terrorist group",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        ",",
        ".",
        " ",
        "  ",
        "\n",
        "İ",
        "ß",
        "—",
    ]
)
TEXT = st.lists(PIECES, max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(headline=TEXT, paragraphs=st.lists(TEXT, max_size=5))
def test_offsets_always_point_at_the_text(
    mini_lexicon: Lexicon, headline: str, paragraphs: list[str]
) -> None:
    paras = [" ".join(p.split()) for p in paragraphs if p.strip()]
    article = Article(headline=" ".join(headline.split()), body="\n\n".join(paras))
    for f in flag(article, mini_lexicon):
        src = article.headline if f.field == "headline" else article.body
        assert src[f.start : f.end] == f.text and f.text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=TEXT)
def test_quotes_are_ordered_and_inside_the_paragraph(text: str) -> None:
    quotes = find_quotes(text)
    ends = 0
    for start, end, _ in quotes:
        assert ends <= start < end <= len(text)
        ends = end
    for span in segment_body([text])[0]:
        assert 0 <= span.start <= span.end <= len(text)
