"""Speed work that must not change behaviour: the page and provenance stages' faster searches
find exactly what the slower forms find (the same elements, in the same order), and the
command line's start-up objects are kept out of the garbage collector's scans without
stopping collection for the work itself."""

from __future__ import annotations

import gc
import re
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.metadata import AUTHOR_XPATHS

from annotator.cli.lasting import lasting
from annotator.page import extract
from annotator.page.byline import _BYLINE_XPATHS, visible_byline
from annotator.page.extract import parse_html
from annotator.pipeline import sample_path
from annotator.provenance import cited, syndication
from annotator.sources.registry import host_of, registrable_domain
from annotator.sources.wrappers import may_wrap, unwrap

PAGES = Path(__file__).parent / "fixtures" / "pages"

# Every branch of trafilatura's first two byline XPaths, each on a tag it admits and on one it
# does not, with near misses (a class that only starts like one, the right value on the wrong
# attribute, a child <rel> element that says "me").
BRANCHES = """<html><body>
<div rel="author">r1</div><em rel="author">r1 wrong tag</em>
<span id="author">i1</span><span id="authors">i1 not equal, tier 2</span>
<p class="author">c1</p><strong class="xx-author-name-yy">c2</strong><a class="authorname">c3</a>
<div class="AuthorName">c4</div><span class="authorName">c5</span><em class="authorName">no</em>
<link itemprop="author name"/><address itemprop="author">tier 2 only if its tag allowed</address>
<div data-testid="AuthorCard">t1</div><div data-testid="AuthorURL">t2</div>
<div data-testid="Author">no</div><p><rel>me</rel>child rel</p><p><rel>you</rel>no</p>
<author>an author element</author>
<h3 class="byline">b1</h3><h4 class="username">b2</h4><div class="byl">b3</div>
<span class="BBL">b4</span><strong class="byline">wrong tag</strong><div class="bylines">no</div>
<div itemprop="creator author">ip</div><p id="the-zuozhe">z</p><span id="bianji1">bj</span>
<a id="xiaobian">x</a><div class="channel-name">cn</div><div class="submitted-by">sb</div>
<div class="posted-by">pb</div><div class="journalist-name">jn</div><div class="Author">no</div>
</body></html>"""


def _trees() -> list[lxml.html.HtmlElement]:
    trees = [parse_html(BRANCHES), parse_html(sample_path().read_bytes())]
    trees += [parse_html(p.read_bytes()) for p in sorted(PAGES.glob("*.html"))]
    return trees


@pytest.mark.parametrize("tier", [0, 1])
def test_byline_xpaths_find_what_trafilaturas_find(tier: int) -> None:
    trees = _trees()
    found = [AUTHOR_XPATHS[tier](t) for t in trees]
    assert [_BYLINE_XPATHS[tier](t) for t in trees] == found
    assert len(found[0]) >= 10  # the branches page exercises the tier


def test_visible_byline_reads_a_byline_and_skips_comments() -> None:
    page = parse_html(
        '<html><body><div class="comments"><span class="author">Troll</span></div>'
        '<p class="byline">By Jane Doe</p></body></html>'
    )
    assert visible_byline(page) == "Jane Doe"


def _links_by_walk(tree: lxml.html.HtmlElement) -> list[tuple[object, object]]:
    """The links in a block and outside menus and footers, found the slow way: each link's
    ancestors walked in Python (what cited.linked did before)."""
    out = []
    for a in tree.iter("a"):
        if a.get("href") is None:
            continue
        block = None
        for el in a.iterancestors():
            if el.tag in cited._OUTSIDE:
                break
            if block is None and el.tag in cited._BLOCKS:
                block = el
        else:
            if block is not None:
                out.append((a, block))
    return out


def test_body_links_and_their_blocks_are_those_a_walk_finds() -> None:
    nested = parse_html(
        "<html><body><p>a <a href='/1'>one</a> <span><a href='/2'>two</a></span></p>"
        "<nav><p><a href='/3'>menu</a></p></nav><a href='/4'>loose</a>"
        "<li><blockquote><a href='/5'>inner block wins</a></blockquote></li>"
        "<footer><div><ul><li><a href='/6'>footer</a></li></ul></div></footer>"
        "<td><p><a>no href</a></p></td></body></html>"
    )
    for tree in [nested, *_trees()]:
        found = [(a, cited._NEAREST_BLOCK(a)[0]) for a in cited._IN_BLOCKS(tree)]
        assert found == _links_by_walk(tree)
    hrefs = [a.get("href") for a in cited._IN_BLOCKS(nested)]
    assert hrefs == ["/1", "/2", "/5"]
    assert cited._NEAREST_BLOCK(cited._IN_BLOCKS(nested)[2])[0].tag == "blockquote"


def test_provider_blocks_are_those_a_walk_finds() -> None:
    classes = re.compile(r"provider|syndicat|article-source|source-name")
    page = parse_html(
        '<html class="syndicated"><body><div class="x-provider-logo">AFP</div>'
        '<span itemprop="provider">Reuters</span><span itemprop="providers">no</span>'
        '<p class="Provider">no</p><em class="article-source">AP</em></body></html>'
    )
    for tree in [page, *_trees()]:
        walk = [
            el for el in tree.iter(etree.Element)
            if classes.search(el.get("class") or "")
            or el.get("itemprop") in {"sourceOrganization", "provider"}
        ]
        assert syndication._PROVIDER_BLOCKS(tree) == walk
        assert syndication.provider_blocks(tree) == walk  # with its quick test first
    assert len(syndication._PROVIDER_BLOCKS(page)) == 4
    only_itemprop = parse_html('<html><body><b itemprop="sourceOrganization">X</b></body></html>')
    assert [el.tag for el in syndication.provider_blocks(only_itemprop)] == ["b"]


def test_lasting_collects_nothing_inside_then_freezes_and_collects_again() -> None:
    runs: list[str] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        runs.append(phase)

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    gc.callbacks.append(watch)
    try:
        with lasting():
            made = [[i] for i in range(50_000)]  # far past the first generation's threshold
            assert not gc.isenabled()
        assert runs == []  # no collection while start-up objects were made
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen + len(made)
        garbage = [[i] for i in range(50_000)]  # the work after start-up is collected as usual
        assert "start" in runs
        del garbage
        gc.disable()
        with lasting():
            pass
        assert not gc.isenabled()  # a collector the caller had stopped stays stopped
    finally:
        gc.enable()
        gc.callbacks.remove(watch)
        gc.unfreeze()


# Pieces of links: the page's own host in several spellings, other hosts, wrappers' markers,
# and the characters urlsplit treats specially (tab, user, brackets, zone, port, dot segments).
_PIECES = [
    "/", "//", "http://", "https://", "HTTPS://", "news.daily.co.uk", "NEWS.Daily.co.uk.",
    "daily.co.uk", "www.daily.co.uk", "other.org", "user@", "@", ":8080", "[", "]", "%25",
    "..", ".", "?", "#", ";", "=", "a", "amp", "archive.", "web.archive.org", "\t", "\n", " ",
    "é", "xn--", "l.facebook.com", "=http", "%3A%2F%2F", "\\", "\x01",
]
_BASES = [
    "https://www.daily.co.uk/news/2024/story.html",
    "http://daily.co.uk/a/b?c=1#d",
    "https://user@news.daily.co.uk:8443/x",
]


def _slow_skip(href: str, base: str) -> bool:
    """The own-site test `linked` makes on the resolved address."""
    own = host_of(base)
    own_site = registrable_domain(own) if own else None
    target = urljoin(base, href)
    if not target.startswith(("http://", "https://")):
        return False
    host = host_of(target) or ""
    return bool(own_site and host and registrable_domain(host) == own_site and not unwrap(target))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from(_BASES))
@example(["/", "a"], _BASES[0])
@example(["https://", "daily.co.uk", "/", "a"], _BASES[1])
@example(["/", "\t", "/", "other.org"], _BASES[0])
def test_own_link_is_sure_only_where_the_resolved_address_agrees(
    pieces: list[str], base: str
) -> None:
    href = "".join(pieces).strip()
    own = host_of(base)
    assert own and not may_wrap(base)
    if cited._own_link(href, registrable_domain(own)):
        assert _slow_skip(href, base), href  # never skips a link the slow path would keep


def test_own_link_settles_the_common_links() -> None:
    site = registrable_domain("www.daily.co.uk")
    for href in ["/news/a.html", "https://daily.co.uk/b", "http://www.daily.co.uk:80/c?d"]:
        assert cited._own_link(href, site) and _slow_skip(href, _BASES[0])
    for href in ["//cdn.other.org/x", "https://other.org/a", "https://u@daily.co.uk/",
                 "/amp/story", "/a\t/b", "ftp://daily.co.uk/", "story.html"]:
        assert not cited._own_link(href, site)


# Every character str.isspace() admits (re's \s is the same set), entities that decode to
# whitespace or to nothing visible, and line breaks that make paragraphs.
_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*_SPACES, "a", "É", "&amp;", "&#10;", "&nbsp;", "&#x2003;",
                                  "&", ";", "\n", "\n\n"])))
@example([" a \u2003 b \n\n\u00a0\n&#10;c&nbsp;"])
def test_body_paragraphs_clean_each_line_as_clean_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    old = "\n\n".join(p for p in (extract._clean(line) for line in text.split("\n")) if p)
    assert extract._body_paragraphs(text) == old


def test_the_parse_without_an_id_table_builds_the_same_tree() -> None:
    dup = "<html><body><p id='a'>one</p><div id='a'><p id='b'>two</p></div><!-- c --></body></html>"
    pages = [dup, sample_path().read_bytes().decode()]
    pages += [p.read_bytes().decode("utf-8", "replace") for p in sorted(PAGES.glob("*.html"))]
    for html in pages:
        default = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser())
        assert lxml.html.tostring(parse_html(html)) == lxml.html.tostring(default)
    tree = parse_html(dup)
    assert [e.text for e in tree.xpath("//*[@id='a']")] == ["one", None]  # attributes kept


# Sentence openings of our own: phrases with "of" and with the "informed" links, and the
# words that make the lookaheads almost hold ("offer", "who" alone, "of" at the very end).
_OPENING_SENTENCES = [
    "People familiar with the matter said the deal was off.",
    "Sources close to the campaign of the senator said it was over.",
    "Members of Congress said they would vote against it.",
    "Leaders of the union, who spoke on Tuesday, said no.",
    "The mayor, who asked not to be named, said the plan failed.",
    "Officials briefed on the talks of last week described them as tense.",
    "Aides involved in the talks said a deal was near.",
    "Analysts with knowledge of the bank's plans said cuts were coming.",
    "In a statement on Tuesday, the company said it would appeal.",
    "Standing in front of a crowd of supporters, Clinton turned to the economy.",
    "Ana Ruiz offered a compromise; critics of the plan said it was late.",
    "The head of the agency said the offer stood.",
    "Nearly half said they would vote.",
    "He said so.",
    "Most of",
    "Friends who",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "The", "Members", "of", "the", "Senate", "said", "familiar", "with", "close", "to",
    "who", "spoke", "briefed", "on", "People", "Ana", "Ruiz", ",", ";", "In", "2013", "offer",
    "knowledge", "aides", "involved", "in", "knowledgeable", "about", "\u00a0of\t"]), max_size=14))
def test_subject_at_start_matches_as_the_full_pattern(tokens: list[str]) -> None:
    from annotator.framing import speakers

    for text in [*_OPENING_SENTENCES, " ".join(tokens)]:
        for start in (0, min(3, len(text))):
            fast = speakers.subject_at_start(text, start, len(text))
            full = speakers._SUBJECT_OPENING.match(text, start, len(text))
            assert (fast and fast.regs) == (full and full.regs), text


def test_subject_at_start_reads_the_phrases_its_lookaheads_guard() -> None:
    from annotator.framing import speakers

    informed = speakers.subject_at_start(_OPENING_SENTENCES[0], 0, 60)
    assert informed is not None and informed.group("np").startswith("People familiar with the")
    group_of = speakers.subject_at_start(_OPENING_SENTENCES[2], 0, 60)
    assert group_of is not None and group_of.group("np") == "Members of Congress"


# The sentence end as it was written first, with a look-behind: the faster pattern matches
# from the mark itself, one character earlier, and must find the same ends.
_SENTENCE_BEHIND = re.compile(r"(?<=[.!?])(?:''|[\"”’»])?\s+(?=[\"“‘«„A-Z0-9]|'')")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=".!?'\"”’»“‘«„ \n\u00a0Aa0", max_size=40))
@example("He left. “Why?” she asked. ''No.'' Then 3 more.")
def test_sentence_ends_are_those_the_look_behind_finds(text: str) -> None:
    from annotator.framing import voices

    fast = [(m.start() + 1, m.end()) for m in voices._SENTENCE.finditer(text)]
    assert fast == [m.span() for m in _SENTENCE_BEHIND.finditer(text)]


# The article word index of the speaker book (`speakers._ArticleWords`) against the per-word
# patterns it replaced: the same answers for every word asked about.
def _common_by_pattern(texts: list[str], phrase: str) -> bool:
    from annotator.framing.speakers import _SENTENCE_START

    low = re.compile(rf"(?<![\w’'-]){re.escape(phrase.lower())}(?![\w’'-])")
    cap = re.compile(rf"(?<![\w’'-]){re.escape(phrase)}(?![\w’'-])")
    return any(low.search(t) for t in texts) and not any(
        not _SENTENCE_START.search(t, max(0, m.start() - 8), m.start())
        for t in texts[1:]
        for m in cap.finditer(t)
    )


def _casing_by_pattern(texts: list[str], word: str) -> str:
    from annotator.framing.speakers import _SENTENCE_START

    cap = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])(?P<run>\s+[A-Z])?")
    low = re.compile(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w’'-])")
    body = texts[1:]
    if any(
        m.group("run") or not _SENTENCE_START.search(t, max(0, m.start() - 8), m.start())
        for t in body
        for m in cap.finditer(t)
    ):
        return "name"
    return "common" if any(low.search(t) for t in body) else "unknown"


_WORDS = ["Trump", "Critics", "O'Brien", "O", "Rather", "Bernie", "Sanders", "Aims", "Woman"]
_PIECES = [
    "Trump", "Trump's", "trump", "O'Brien's", "O’Brien", "Critics", "critics", "Rather",
    "rather", "Bernie Sanders", "aims", "Aims", "woman", "Woman", "Sanders-style", ". ", ", ",
    ": ", "\u201c", " - ", "(", " ", " said ", "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), min_size=1,
                max_size=4))
@example(["Title", "Critics said so. Rather, critics said it to O'Brien's aide Bernie Sanders."])
def test_article_word_index_answers_as_the_patterns_did(texts: list[str]) -> None:
    from annotator.framing.speakers import SpeakerBook

    book = SpeakerBook(texts)
    for word in _WORDS:
        assert book.casing(word) == _casing_by_pattern(texts, word), (word, texts)
        if word[1:].islower():  # common_word asks only of one capitalised word
            expected = not _skipped_by_common_word(word) and _common_by_pattern(texts, word)
            assert book.common_word(word) == expected, (word, texts)


def _skipped_by_common_word(word: str) -> bool:
    """Words `common_word` answers before reading the text (pronouns, speaker nouns)."""
    from annotator.framing.speakers import PRONOUNS
    from annotator.framing.subjects import speaker_head

    return word.lower() in PRONOUNS or bool(speaker_head(word.lower()))
