"""The test helpers the word-sense and label tests share: what the flagger makes of a text."""

from __future__ import annotations

from annotator.framing import default_lexicon, flag
from annotator.models import Article, Flag


def flags(body: str, headline: str = "") -> list[Flag]:
    """Every flag on an article of `body` under `headline`, genre and topic unknown."""
    return flag(Article(headline=headline, body=body), default_lexicon())


def words(body: str, headline: str = "") -> set[str]:
    """The flagged words, lower-cased."""
    return {f.text.lower() for f in flags(body, headline)}


def shown_in_news(body: str, headline: str = "") -> dict[str, bool]:
    """Each flagged word of a news page about public affairs, and whether it is shown."""
    found = flag(
        Article(headline=headline, body=body),
        default_lexicon(),
        genre="news",
        topic="public_affairs",
    )
    return {f.text: f.shown for f in found}
