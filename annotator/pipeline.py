"""`annotate()`: the one pipeline behind the CLI, the HTTP server and batch runs.

page (fetch, extract) -> sources (identify the outlet) -> framing (flag loaded words by voice)
-> provenance (syndication, cited sources, status at publication, the outlet's own disclosures)
-> a `Report` that every renderer in `report/` reads.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from . import __version__
from .budget import check as check_budget
from .errors import EmptyPageError
from .framing import (
    Lexicon,
    count_voices,
    default_lexicon,
    detect_genre,
    flag,
    public_affairs,
    segment,
)
from .models import Fetched, Report, SourceInfo
from .page import is_url, read_page
from .provenance import trace
from .sources import Registry, default_registry, fetchable, unwrap

if TYPE_CHECKING:
    from .page import FetchPolicy

SAMPLE_NAME = "almanar-khamenei-kadhimi.html"


def sample_path() -> Path:
    """The bundled sample page (an Al-Manar English article in a CMS template of our own)."""
    return Path(str(importlib.resources.files("annotator") / "data" / "sample" / SAMPLE_NAME))


def annotate(
    source: str | None = None,
    *,
    html: str | bytes | None = None,
    text: str | None = None,
    url: str | None = None,
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    policy: FetchPolicy | None = None,
    fetched: Fetched | None = None,
) -> Report:
    """Annotate one article.

    Give exactly one of: `source` (a URL to fetch, a path to a saved page or text file, or '-'
    for standard input), `html` (a page's markup) or `text` (first line headline, then body).
    `url` says where a saved page came from; without it a page's canonical URL or og:url is used.
    `fetched` is a page fetched elsewhere with its fetch record (a web archive's response record).
    """
    if source is not None and is_url(source):
        # A Wayback snapshot is fetched raw (id_), but the address the user gave is the one read.
        url = url or (source if unwrap(source) else None)
        source = fetchable(source)
    page = read_page(source, html=html, text=text, url=url, policy=policy, fetched=fetched)
    check_budget()  # between stages: extraction may have used the budget up
    registry = registry or default_registry()
    lexicon = lexicon or default_lexicon()
    article, fetch_info, url = page.article, page.fetch, page.url
    warnings: list[str] = []

    url_from: Literal["argument", "fetch", "canonical", "none"] = "none"
    if url:
        url_from = "fetch" if fetch_info and url == fetch_info.final_url else "argument"
    elif article.canonical_url:
        url, url_from = article.canonical_url, "canonical"
    if not article.body and not article.headline:
        raise EmptyPageError("no article text found")
    if not article.body:
        warnings.append("no article body was found; only the headline was annotated")

    unwrapped = unwrap(url) if url else None
    original = unwrapped.original if unwrapped else url  # the article's own address
    outlet = registry.lookup(original)
    canonical = article.canonical_url
    if outlet.status != "matched" and canonical and canonical != url:
        # Read at an address the registry does not know (a local copy, a republisher): the
        # page's own canonical URL may name its outlet. The report says it is the page's claim.
        claimed = registry.lookup(canonical)
        if claimed.status == "matched":
            outlet = claimed.model_copy(
                update={
                    "basis": "canonical",
                    "how": f"{claimed.how}, named by the page's canonical URL {canonical} "
                    f"(read at {outlet.host or 'an unknown address'})",
                }
            )
    check_budget()
    genre = detect_genre(
        article, original, outlet, markup=page.kind != "text"
    )
    # One segmentation into voices for both the flags and the report's voices list, so a
    # flag's voice and speaker are always those of the span it stands in.
    voices = segment(article.headline, article.paragraphs)
    affairs = lexicon.word_classes.get("public_affairs", frozenset())
    topic = public_affairs(f"{article.headline}\n{article.body}", affairs)
    genre = genre.model_copy(update={"topic": topic})
    if article.language in (None, "en"):
        flags = flag(article, lexicon, voices, genre=genre.genre, topic=topic.topic)
    else:
        # An English lexicon on another language meets only loanwords ("serie animata cult").
        flags = []
        warnings.append(
            f"the page declares its language as {article.language!r}; the framing lexicon is "
            "English, so no words were flagged"
        )
    # Where the article came from: the host that published this copy and any original, the
    # sources it cites, its outlet's status when it was published, the outlet's own statements.
    provenance = trace(
        article,
        outlet,
        registry,
        url=original,
        tree=page.tree,
        jsonld=page.jsonld,
        elements=page.elements,
    )
    if provenance.canonical_warning:
        warnings.append(provenance.canonical_warning)
    check_budget()
    return Report(
        tool=f"annotator {__version__}",
        generated_at=dt.datetime.now(dt.UTC),
        source=SourceInfo(
            kind=page.kind,
            path=page.path,
            url=url,
            url_from=url_from,
            original_url=unwrapped.original if unwrapped else None,
            unwrapped_via=unwrapped.via if unwrapped else None,
        ),
        fetch=fetch_info,
        article=article,
        outlet=outlet,
        genre=genre,
        flags=flags,
        voices=voices.voice_spans(),
        counts=count_voices(flags),
        provenance=provenance,
        warnings=warnings,
    )
