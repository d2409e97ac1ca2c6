"""Property tests: whatever the text, flagging never fails and offsets always point at the text."""

from __future__ import annotations

import html

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


# Addresses a page may carry in its links, canonical, og:url and syndication tags: wrappers,
# brackets, ports and schemes that urllib parses, refuses or raises on.
ADDRESS = st.sampled_from(
    [
        "http://[::1/p", "https://[bad", "http://a:99999999/x", "//[", "http://a b/c", "http:///x",
        "https://user:pw@host/x", "http://%zz/", "ht!tp://x", "http://[v1.fe]/",
        "data:text/html,hi", "", "#", "/local/path", "https://www.bbc.co.uk/news/a",
        "https://www.google.com/url?q=http://[bad&sa=D",
        "https://web.archive.org/web/2020/http://[bad", "https://archive.ph/2020/http://[bad",
        "https://l.facebook.com/l.php?u=http%3A%2F%2F%5Bbad", "https://x.cdn.ampproject.org/c/s/[::1/x",
        "https://webcache.googleusercontent.com/search?q=cache:http://[bad",
    ]
)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    links=st.lists(ADDRESS, min_size=4, max_size=4),
    url=st.one_of(st.none(), st.just("https://example.com/a"), ADDRESS),
)
def test_odd_addresses_in_a_page_never_stop_the_pipeline(links: list[str], url: str | None) -> None:
    """Whatever addresses a page holds, annotate() reports or refuses the page address with one
    of its own errors; it never fails with a parser's exception (issue 8)."""
    from annotator import annotate
    from annotator.errors import AnnotatorError

    a, b, c, d = (html.escape(x, quote=True) for x in links)
    page = (
        f'<html><head><link rel="canonical" href="{a}"><meta property="og:url" content="{b}">'
        f'<meta name="syndication-source" content="{c}"></head><body><article>'
        f"<h1>Council votes on the budget</h1><p>The council voted to approve the budget, "
        f'according to <a href="{a}">Reuters</a> and <a href="{b}">the AP</a>.</p><p>Members '
        f'said the plan <a href="{c}">would</a> be reviewed, <a href="{d}">officials</a> said.'
        f"</p></article></body></html>"
    )
    try:
        report = annotate(html=page.encode(), url=url)
    except AnnotatorError:
        return  # a refused page address: a clear one-line error for the doors to show
    assert report.article.headline == "Council votes on the budget"
