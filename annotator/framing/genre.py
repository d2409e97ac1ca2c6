"""Page genre: what kind of text this is, from what the page says about itself.

A restaurant list, a product page or a column is not a news report, and flags that are signal
in news (certainty, puffery) are noise there. The genre decides which flags the default view
shows; the JSON keeps every flag either way.

    >>> from annotator.models import Article
    >>> detect_genre(Article(headline="Opinion: Why we must act", body="..."), None).genre
    'opinion'
    >>> detect_genre(Article(headline="The 12 best e-bikes", body="..."), None).genre
    'other'
    >>> detect_genre(Article(headline="T", body="...", page_types=["Recipe"]), None).basis
    ['JSON-LD @type Recipe']

Evidence: JSON-LD @type, og:type (not "article", which every blog and shop sets), a label in
the headline or section, a headline of a list, review or guide, the URL's path, hosts that only
publish one genre (press-release wires), and the registry: a profiled news outlet is news, a
post on a user-content platform is opinion. When evidence
disagrees, the genre that changes how a reader should take the words wins, in the order of
`_PRIORITY` (sponsored content labelled as news is still sponsored).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..models import Article, Flag, Genre, GenreInfo, OutletMatch, Topic

_PRIORITY: tuple[Genre, ...] = (
    "sponsored",
    "satire",
    "press_release",
    "opinion",
    "analysis",
    "other",
    "news",
)

# schema.org types (lowercase) -> genre. NewsArticle subtypes are the Trust Project's.
_TYPES: dict[str, Genre] = {
    "opinionnewsarticle": "opinion",
    "reviewnewsarticle": "opinion",
    "analysisnewsarticle": "analysis",
    "backgroundnewsarticle": "analysis",
    "askpublicnewsarticle": "news",
    "reportagenewsarticle": "news",
    "newsarticle": "news",
    "liveblogposting": "news",
    "satiricalarticle": "satire",
    "advertisercontentarticle": "sponsored",
    **dict.fromkeys(
        [
            "product",
            "productgroup",
            "offer",
            "aggregateoffer",
            "recipe",
            "restaurant",
            "foodestablishment",
            "localbusiness",
            "review",
            "event",
            "itemlist",
            "howto",
            "faqpage",
            "videogame",
            "movie",
            "book",
            "musicrecording",
            "musicalbum",
            "tvseries",
            "jobposting",
            "realestatelisting",
            "hotel",
            "touristattraction",
            "course",
            "softwareapplication",
            "blogposting",
        ],
        "other",
    ),
}
# og:type "article" is on every blog and shop page, so it is no evidence of news.
_OG_TYPES: dict[str, Genre] = {"og:product": "other", "og:book": "other"}
# Evidence a publisher's generic markup gives any post: it loses to any sign of news.
_WEAK = frozenset({"blogposting"})
# Headlines of buying guides, lists, reviews and how-tos ("The 10 best EVs", "X review").
_SERVICE_HEADLINE = re.compile(
    r"^(?:the\s+)?\d+\s+(?:best|top|greatest|essential|must)|^(?:the\s+)?best\s|"
    r"\b(?:review|hands-on|buying guide|gift guide|deals?|coupons?)\b\s*(?:[:|(\-]|$)|^how to\b",
    re.I,
)

_LABEL = r"(?:{})\b"
_LABELS: dict[Genre, re.Pattern[str]] = {
    "opinion": re.compile(
        _LABEL.format(r"opinion|op-?ed|editorial|commentary|column|viewpoint|perspective|letters?"),
        re.I,
    ),
    "analysis": re.compile(_LABEL.format(r"analysis|explainer|news analysis|fact ?check"), re.I),
    "sponsored": re.compile(
        _LABEL.format(r"sponsored|paid (?:content|post|partnership)|advertorial|partner content"),
        re.I,
    ),
    "press_release": re.compile(_LABEL.format(r"press release|media release"), re.I),
    "satire": re.compile(_LABEL.format(r"satire"), re.I),
}
# A label leads the headline ("Opinion: ...", "ANALYSIS | ...") or names the section.
_HEAD_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z'\u2019\- ]{2,24}?)\s*[:|\u2013\u2014-]\s+\S")
# ... unless it names whose piece the story is about: an outlet's initials or a possessive
# before the label ("WSJ editorial: 'Deport Nikki Haley'" is Politico's news report on it).
_OTHERS_PIECE = re.compile(r"\b[A-Z]{2,5}\b|['\u2019]s?\s")

_PATHS: dict[Genre, frozenset[str]] = {
    "opinion": frozenset(
        [
            "opinion",
            "opinions",
            "comment",
            "commentisfree",
            "commentary",
            "editorial",
            "editorials",
            "op-ed",
            "oped",
            "columns",
            "column",
            "columnists",
            "letters",
            "blogs",
            "viewpoints",
            "perspectives",
        ]
    ),
    "analysis": frozenset(
        ["analysis", "explainer", "explainers", "explained", "fact-check", "factcheck"]
    ),
    "sponsored": frozenset(
        [
            "sponsored",
            "partner-content",
            "paid-post",
            "paidpost",
            "brandstudio",
            "advertorial",
            "partners",
        ]
    ),
    "press_release": frozenset(
        ["press-release", "press-releases", "pressrelease", "pressreleases"]
    ),
    "satire": frozenset({"satire"}),
    "other": frozenset(
        [
            "recipe",
            "recipes",
            "reviews",
            "review",
            "shop",
            "shopping",
            "product",
            "products",
            "deals",
            "coupons",
            "games",
            "gaming",
            "travel",
            "restaurants",
            "food",
            "dining",
            "horoscope",
            "horoscopes",
            "puzzles",
            "crossword",
            "blog",
            "guide",
            "guides",
            "buying-guide",
            "best",
            "how-to",
            "tips",
        ]
    ),
    "news": frozenset(
        [
            "news",
            "world",
            "politics",
            "national",
            "local",
            "us",
            "uk",
            "europe",
            "middle-east",
            "asia",
            "africa",
            "americas",
            "business",
            "economy",
        ]
    ),
}
# A dateline opening the body: the place in capitals, maybe its state or country and a date,
# maybe the wire's credit, then a dash ("WASHINGTON (Reuters) -", "COLUMBIA, S.C. (AP) —",
# "MADRID —"). News reports open this way; guides, reviews and shops do not: of the 974
# extraction pages, the 18 that open with one are all news reports (3 had been read as "other"
# for want of news markup, a Reuters story among them).
_DATELINE = re.compile(
    r"[\s|]*([A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Z][\w.&' ]{0,30}\)\s*)?)(?:--|[\-\u2013\u2014])\s"
)
_PRESS_WIRES = frozenset(
    [
        "prnewswire.com",
        "businesswire.com",
        "globenewswire.com",
        "accesswire.com",
        "einpresswire.com",
        "newswire.com",
        "prweb.com",
        "presswire.com",
    ]
)


def detect_genre(
    article: Article,
    url: str | None,
    outlet: OutletMatch | None = None,
    *,
    markup: bool = True,
) -> GenreInfo:
    """The page's genre and the evidence for it.

    `outlet` is the registry's match: a profiled news outlet is evidence of news, a post on a
    user-content platform of opinion. `markup` is False for plain text, which has no evidence
    either way and is read as it is given (genre "unknown", every flag shown); a page with
    markup and no sign of news is "other".
    """
    found: dict[Genre, list[str]] = {}
    strong: set[Genre] = set()  # genres with evidence beyond a CMS's generic post type

    def add(genre: Genre, why: str, *, is_weak: bool = False) -> None:
        found.setdefault(genre, []).append(why)
        if not is_weak:
            strong.add(genre)

    for t in article.page_types:
        genre = _TYPES.get(t.lower()) or _OG_TYPES.get(t.lower())
        if genre:
            why = f"og:type {t[3:]}" if t.startswith("og:") else f"JSON-LD @type {t}"
            add(genre, why, is_weak=t.lower() in _WEAK)
    # the dateline opens the story, which a page may put after a kicker or a table's caption
    for para in article.body.split("\n\n", 3)[:3]:  # (no split of a long body's rest)
        if dateline := _DATELINE.match(para[:120]):
            add("news", f"dateline {dateline.group(1).strip()!r}")
            break
    if _SERVICE_HEADLINE.search(article.headline):
        add("other", "headline of a list, review or guide")
    if outlet is not None and outlet.platform:
        add("opinion", f"self-published on {outlet.platform}")
    elif outlet is not None and outlet.outlet is not None and outlet.outlet.kind != "platform":
        add("news", f"published by {outlet.outlet.name} ({outlet.outlet.kind})")
    head = _HEAD_LABEL.match(article.headline)
    label = head.group(1) if head else ""
    for where, text in (
        ("headline label", label),
        ("section", article.section or ""),
    ):
        for genre, pattern in _LABELS.items():
            found_label = pattern.search(text) if text else None
            if found_label is None:
                continue
            before = text[: found_label.start()]
            if where == "headline label" and not text.isupper() and _OTHERS_PIECE.search(before):
                continue
            add(genre, f"{where} {text!r}")
    try:
        parts = urlsplit(url) if url else None
    except ValueError:  # the pipeline passes parsed addresses; a direct caller may not
        parts = None
    if parts is not None:
        host = (parts.hostname or "").removeprefix("www.")
        if any(host == w or host.endswith("." + w) for w in _PRESS_WIRES):
            add("press_release", f"press-release wire {host}")
        for segment in [s.lower() for s in parts.path.split("/")[:-1] if s]:
            for genre, names in _PATHS.items():
                if segment in names:
                    add(genre, f"URL path /{segment}/")
    if "news" in found:  # a blog-post type on a news outlet's page is only its CMS
        found = {g: why for g, why in found.items() if g in strong}
    for genre in _PRIORITY:
        if genre in found:
            return GenreInfo(genre=genre, basis=found[genre])
    if markup:
        return GenreInfo(genre="other", basis=["no sign of news: no news markup, label or outlet"])
    return GenreInfo(basis=["plain text: no page markup to tell"])


def out_of_view(flag: Flag, genre: Genre, topic: Topic = "unknown") -> str | None:
    """Why the default view leaves a flag out on a page of this genre and topic, in a few words
    for the reader of `--all` and the JSON; None when it is shown.

    A page that is not about public affairs (`topic.py`: sport, science, products, games)
    shows none: there the lexicon's words are nearly always their everyday senses. Nor does any
    page show a quoted or paraphrased word whose speaker is unknown, nor a paraphrased word
    below high severity.

    News (and text of unknown kind, usually pasted news) shows every medium and high flag, and
    of the low-severity ones only the outlet's own verbs of saying and words of doubt in its
    body text.
    Elsewhere certainty and promotional words are the genre's normal register, and
    low-severity flags are mostly noise; satire is not meant literally at all.
    """
    if topic == "other":
        return "the page is not about public affairs"
    if flag.voice != "outlet" and flag.speaker is None:
        # A reported word whose speaker the tool could not name tells the reporter nothing about
        # who chose it: in four editor readings none of the 9 such flags shown was right (the
        # text named a speaker the tool missed, or the word was a speaker's own feeling).
        return "reported words whose speaker is not named"
    if flag.voice == "paraphrase" and flag.severity != "high":
        # Where reported speech without quotation marks ends is where the voices are least sure
        # (PolNeAR dev: paraphrase F1 0.74 against 0.96 for quotes): in six editor readings 21 of
        # the 52 paraphrased flags shown were right, 23 had the wrong voice or speaker (mostly
        # the writer's own word credited to the person written about).
        return "paraphrased, below high severity"
    if genre in ("news", "unknown"):
        if (
            flag.field == "headline"
            and flag.category == "attribution"
            and flag.technique != "Doubt"
        ):
            # Headlines compress by convention ("Senators assail deal", "Trump derides debate"):
            # the tuning readings' editors judged every such colour verb trivial. In body text
            # the verb is the outlet's choice; a verb that casts doubt ("claims") is one
            # wherever it stands.
            return "a headline's verb of saying"
        # Low-severity intensifiers ("totally", "iconic") are mostly how people talk (an editor
        # reading 50 pages judged nearly all trivial), low-severity contested names ("Persian
        # Gulf", "Kiev") naming conventions, and a low-severity word a speaker is quoted or
        # paraphrased using the speaker's register, not the outlet's choice (of 33 such words in
        # reported speech, editors judged 2 worth a flag). Other low-severity labels are the
        # entries editors judged trivial or ordinary ("brash", "the mogul"; most were lowered on
        # that evidence). What stays is the outlet's own choice of verb for someone's speech
        # ("insisted", "slammed": 16 of 21 right in the tuning readings) and its words of doubt
        # ("so-called", "supposedly"). All stay in the JSON and --all.
        if flag.severity != "low" or (
            flag.category in ("attribution", "doubt") and flag.voice == "outlet"
        ):
            return None
        return "low severity"
    if genre == "satire":
        return "satire"
    if flag.severity == "low" or flag.category in ("certainty", "puffery"):
        return f"low severity, certainty or promotion on a page of genre {genre}"
    if genre in ("opinion", "analysis"):
        return None
    # Pages that are not news (reviews, games, lists): only high-severity flags; an editor
    # found medium labels there were mostly the words' everyday senses ("insane abilities").
    return None if flag.severity == "high" else f"below high severity on a page of genre {genre}"
