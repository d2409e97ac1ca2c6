"""The framing stage: loaded words in the article, each in its voice (the outlet's own, a quoted
speaker, a paraphrase), from the curated lexicon.

    >>> from annotator.framing import default_lexicon, flag
    >>> from annotator.models import Article
    >>> article = Article(headline="", body="The Zionist regime fell.")
    >>> [(f.text, f.voice) for f in flag(article, default_lexicon())]
    [('Zionist regime', 'outlet')]

Modules: `flags` (the entry: `flag()`), `lexicon` (the Aho-Corasick automaton and context
rules), `schema` (the lexicon YAML's shape), `sense` (a match inside a name, negated or hedged
is not the word in use), `genre` and `topic` (what kind of page this is and whether it is
about public affairs, which decide the default view),
`voices` (the segmentation into voices: `segment()`), with `quotes` (quotation marks),
`attribution` (who reports what, and how far it runs), `cues` (the reporting verbs) and
`speakers` (speaker phrases, pronouns and role nouns).
"""

from .flags import count_voices, flag
from .genre import detect_genre
from .lexicon import Lexicon, default_lexicon, lexicon_with_overlays
from .topic import public_affairs
from .voices import Segmentation, segment

__all__ = [
    "Lexicon",
    "Segmentation",
    "count_voices",
    "default_lexicon",
    "detect_genre",
    "flag",
    "lexicon_with_overlays",
    "public_affairs",
    "segment",
]
