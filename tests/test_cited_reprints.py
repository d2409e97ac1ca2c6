"""A reprinted article under a citation line ("“Title,” by Name, Outlet, Date:"): its text is
its writer's, up to an editor's line after it, and the blogger's own lines above stay the
outlet's. Every sentence here is invented."""

from __future__ import annotations

from annotator.framing.documents import Reprint, reprints

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

PAGE = [
    "The harbor board tried to bury this story. Its members are crooks.",
    "“Harbor audit finds missing millions,” by Ana Ruiz, Daily Bugle, May 21, 2018 "
    "(thanks to Leo):",
    "The board’s treasurer ran a sham account for years.",
    "Officials said the inquiry would continue.",
    "Article posted with permission from the Daily Bugle",
    "Share this story.",
]


def test_the_cited_article_is_its_writers() -> None:
    assert reprints("", PAGE) == [Reprint(first=2, start=0, end=4, author="Ana Ruiz")]
    assert _who(PAGE, 2, "sham") == ("quoted", "Ana Ruiz")


def test_the_bloggers_lines_above_stay_the_outlets() -> None:
    assert _who(PAGE, 0, "crooks") == ("outlet", "")


def test_a_quoted_title_without_a_byline_and_date_cites_nothing() -> None:
    page = ["“Harbor audit finds missing millions,” the paper wrote:", *PAGE[2:]]
    assert reprints("", page) == []


def _flag_voice(page: list[str], word: str) -> tuple[str, str | None]:
    from annotator.framing import default_lexicon, flag
    from annotator.models import Article

    article = Article(headline="Harbor audit", body="\n\n".join(page))
    found = [f for f in flag(article, default_lexicon()) if f.text == word]
    assert found, word
    return found[0].voice, found[0].speaker


def test_a_verb_of_saying_in_the_reprint_is_its_writers_choice() -> None:
    page = [
        *PAGE[:2],
        "A lawyer for the board found out she had called the police and lashed out at her.",
        *PAGE[3:],
    ]
    assert _flag_voice(page, "lashed out") == ("quoted", "Ana Ruiz")


def test_a_verb_of_saying_beside_the_speakers_own_quote_stays_the_outlets() -> None:
    page = ["The mayor said the plan was “a disaster” and lashed out at the board for it."]
    assert _flag_voice(page, "lashed out") == ("outlet", None)
