"""Reprinted documents: a letter, speech, sermon, statement or transcript a page prints whole.

    >>> paras = ["Below is the text of the mayor's letter:", "Dear neighbours,",
    ...          "I am tired of the harbour board.", "Sincerely yours,", "Ana Ruiz"]
    >>> reprints("", paras)
    [Reprint(first=1, start=0, end=5, author='Ana Ruiz')]

A document starts after an introduction ("Full text:", "Below is the text of X's letter:",
"Following is a transcript:", a heading "The Archbishop Speaks" or "X's letter to the
faithful", a citation line "“Title,” by Ana Ruiz, Daily Bugle, May 21, 2018:" over a reprinted
article) or at a salutation ("Dear brothers and sisters,", "Ladies and Gentlemen:"), and
runs to its signature (a complimentary close, "Faithfully yours,", and the name under it), to
an editor's line after it ("This text first appeared in ...", its endnotes) or to the page's
end. Its author is the name signing it, else the one its introduction names. A salutation with
no introduction starts a document only when a signature closes it, and every document must
speak in the first person within its first paragraphs: a reprint is someone's own words, so
narration about a letter is never one (a cited article's byline is that evidence itself).
Paragraphs are whatever the page gives: a line per sentence (PTC) or an HTML paragraph of
several.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .layouts import sentence_per_line
from .quotes import opens_with_quote
from .speakers import NAME

__all__ = ["Reprint", "reprints"]


@dataclass(frozen=True)
class Reprint:
    first: int  # the paragraph the document's words start in
    start: int  # where in that paragraph (after an introduction's colon)
    end: int  # the paragraph after its last (its signature included)
    author: str


_KINDS = (
    r"letter|speech|address|statement|homily|sermon|message|remarks|transcript|text|"
    r"essay|testimony|declaration|appeal|op-ed|column|note"
)
# "Below is the full text of the bishop's letter:", "Following is a transcript:", "Full text:"
_INTRO = re.compile(
    rf"(?i:(?:below|here|following)\s+(?:is|are)\s+(?:a|an|the)\s+(?:[a-z\-]+\s+){{0,2}}?"
    rf"(?:{_KINDS})\b|(?:the\s+)?(?:full|complete|entire)\s+(?:text|transcript)\b)"
    r"(?P<rest>[^:.!?]{0,160}):\s*"
)
# A citation line over a reprinted article: its title in quotation marks, its byline, outlet and
# date, and a colon ("“Motive a mystery in car explosion,” by Ana Ruiz, Daily Bugle, March 23,
# 2018 (thanks to Leo):"). What follows is that writer's article, not the page's narration.
_CITATION = re.compile(
    rf"\s*[\"“](?P<title>[^\n]{{5,300}}?)[\"”],?\s+by\s+(?P<name>{NAME})"
    r"(?:\s+(?:and|&)\s+[^,]{1,60})?,\s+[^,:]{2,80},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
    r"(?:\s*\([^()]{0,80}\))?\s*:\s*"
)
# A line handing over to a report the page copies, on a page printed a sentence per line:
# "The Hill's John Solomon reported on Wednesday:", "Breitbart reported the following:", "RT
# continues:", or left open by a comma ("Homan said in a statement Tuesday,"). The report runs
# on, unmarked, over the next lines.
_REPORTED = re.compile(
    rf"(?:(?P<who>{NAME})(?:['’]s)?(?:,?\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w.\-’' ]{{0,40}}?,?)?"
    r"\s+(?:(?:\w+ly|also|then|later)\s+)?(?:reported|reports|wrote|writes|noted|notes|"
    r"explained|explains|explaining|observed|pointed\s+out|added|adds|continued|continues|"
    r"describes|summarizes|has\s+more|tells\s+the\s+tale|said|says|announced|declared|stated|"
    r"testified|tweeted|responded|replied|made\s+the\s+following\s+\w+)"
    r"(?:\s+(?:for|in|at|on|that)\s+[^:]{1,50}?)?(?:\s+(?:the\s+)?following)?"
    # "According to Fox News:", "From TPM:", "More from the Washington Times:"
    rf"|^\s*(?:[Aa]ccording\s+to|(?:[Mm]ore\s+)?[Ff]rom)\s+(?:the\s+)?(?P<by>{NAME})"
    # "Here's a catalogue from the Daily Wire:"
    rf"|^\s*(?:[Hh]ere[’']s\s+|[Hh]ere\s+is\s+)?(?:a|an|the)\s+[\w-]+\s+from\s+(?:the\s+)?"
    rf"(?P<from>{NAME})"
    # "Here's the crux of Greenwald's argument:", "Quoth Fisher:"
    rf"|\b(?P<owner>{NAME})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:argument|answer|response|reply|"
    r"statement|remarks|words|testimony|letter|speech|post|message|announcement|explanation)"
    rf"|^\s*[Qq]uoth\s+(?P<quoth>{NAME}))\s*[:,]\s*$"
)
_SPOKEN = re.compile(
    r"\b(?:said|says|announced|declared|stated|testified|tweeted|responded|replied|explaining|"
    r"explains|explained|argues|argued|made\s+the\s+following)\b"
)
_OPENING_WORD = re.compile(r"^(?:As|And|But|So|Then)\s+")
# The page's own voice coming back after a copied report: the writer or the reader ("I", "we",
# "you"), the writer's conclusion, an exclamation or a question, a short aside ("Ah, yes, John
# Bolton."), or the report's source named from outside ("As Slavo noted, ...").
# (Unlike `_FIRST_PERSON` below, which asks whether a document speaks at all, this also takes
# the reader's "you" and a sentence's capitalised first word.)
_PERSON = re.compile(r"\b(?:I|I[’'](?:m|ve|d|ll)|[Ww]e|us|[Oo]ur|[Mm]y|me|[Yy]ou|[Yy]our)\b")
# the writer drawing the conclusion: "That means ...", "Of course, ...", "This man is ..."
_COMMENT = re.compile(
    r"\s*(?:(?:That|This)\s+(?:means|is\s+why|shows|proves)\b|(?:This|That)\s+(?:man|woman|guy)\b|"
    r"(?:Of\s+course|Indeed|Clearly|Obviously|Needless\s+to\s+say|In\s+other\s+words|Sadly|"
    r"Translation)\b)"
)
_QUOTED_BIT = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_ASIDE_CHARS = 40
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s*|\s*[•·▪*–-]\s*")  # "1." alone on its line
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.)–-]|[•·▪])\s+\S")  # "8 – In coming to ..."
_REPORT_LINES = 30  # a copied report this long at most: the writer comes back sooner


def _outside_quotes(line: str) -> str:
    """A line's words outside quotation marks (a quote still open at its end, or closing at
    its start, cut off)."""
    text = _QUOTED_BIT.sub(" ", line)
    if "”" in text:
        text = text[text.index("”") + 1 :]
    return text.split("“")[0]


def _report_end(
    paragraphs: list[str], first: int, source: str, first_person: bool
) -> int | None:
    """Where words copied from `first` on end. A report (third person) ends before the first
    line in the page's own voice. Words in the first person (a speech, an answer, a post the
    page copies after "Quoth Fisher:") end only where the page hands over again, at an editor's
    line or where the speaker is named from outside ("Greenwald's point is ..."): the writer says
    "I" too. Only a person's words (`first_person`: a verb of speaking or "X's argument:") run
    on so. A numbered list ends at its first line that is no item. None when the first line
    opens a quotation (the marks say it all) or is already the page's own."""
    last = re.compile(rf"\b{re.escape(source.split()[-1])}\b")

    def handed_on(j: int) -> bool:
        line = paragraphs[j]
        return bool(
            line.rstrip().endswith(":") or _AFTER.match(line) or last.search(_outside_quotes(line))
        )

    def own(j: int) -> bool:
        line = paragraphs[j]
        text = _outside_quotes(line)
        return bool(
            handed_on(j)
            or _PERSON.search(text)
            # (the words outside quotation marks: a line that closes a quotation opened on the
            # line before, "That shows you ... today.” Ms. Broaddrick has also", is no comment)
            or _COMMENT.match(text.lstrip())
            or re.search(r"[!?]\W*$", text)
            or (len(line) < _ASIDE_CHARS and not _LIST_MARK.fullmatch(line))
        )

    def unlisted(j: int) -> bool:
        return handed_on(j) or not (
            _listed(paragraphs[j]) or _LIST_MARK.fullmatch(paragraphs[j - 1])
        )

    if opens_with_quote(paragraphs[first]) or handed_on(first):
        return None
    limit = _REPORT_LINES
    if _listed(paragraphs[first]):
        ends, limit = unlisted, 2 * _REPORT_LINES
    elif first_person and _PERSON.search(_outside_quotes(paragraphs[first])):
        ends = handed_on
    elif own(first):
        return None
    else:
        ends = own
    end = first + 1
    while end < len(paragraphs) and end - first < limit and not ends(end):
        end += 1
    return end


def _listed(line: str) -> bool:
    """A list's mark alone on its line ("1.") or an item opening with one ("8 – In ...")."""
    return bool(_LIST_MARK.fullmatch(line) or _LIST_ITEM.match(line))


_HEADING_VERBS = ("Speaks", "Writes", "Responds", "Replies")
# A heading naming the document and its author: "Bishop Ana Ruiz's letter to the faithful",
# "The Archbishop Speaks", "Statement of Mayor Ana Ruiz"
_HEADING = re.compile(
    rf"\s*(?:(?P<owner>{NAME})[’']s\s+(?:[A-Za-z\-]+\s+){{0,2}}?(?i:{_KINDS})\b"
    rf"|(?P<speaker>(?:The\s+)?{NAME})\s+(?:{'|'.join(_HEADING_VERBS)})\b"
    rf"|(?i:{_KINDS})\s+(?:of|from|by)\s+(?P<by>{NAME}))"
)
_OWNER = re.compile(rf"(?P<name>{NAME})[’']s\b|\b(?:of|from|by)\s+(?P<by>{NAME})")
# a transcript's label: a name, as the page spells it ("Jihad Al-‘Ayesh:")
_LABEL = re.compile(r"(?P<name>[A-Z][\w’'‘\-.]*(?:\s+[A-Z][\w’'‘\-.]*){0,3}):\s")
_SALUTATION = re.compile(
    r"(?i:(?:my\s+)?(?:dear(?:est|ly)?|beloved)\s+[^.!?]{1,90}|ladies\s+and\s+gentlemen|"
    r"(?:brothers|sisters)\s+and\s+(?:sisters|brothers)[^.!?]{0,60}|"
    r"(?:my\s+)?(?:dear\s+)?(?:fellow\s+[a-z]+|friends)|(?:mr\.|madam)\s+(?:speaker|president|"
    r"chairman|chair)|your\s+(?:excellency|eminence|holiness|honou?r))\s*[,:]"
)
_CLOSE = re.compile(
    r"(?i:(?:(?:yours\s+)?(?:sincerely|faithfully|respectfully|cordially|truly|fraternally|"
    r"gratefully|devotedly)(?:\s+yours)?|yours\s+(?:sincerely|faithfully|truly|respectfully)|"
    r"with\s+(?:gratitude|love|respect|best\s+wishes|warm\s+regards)|(?:best|kind|warm)\s+"
    r"regards|in\s+christ)\b)[^.!?]{0,60},"
)
# An editor's line after the document: where it appeared, who allowed the reprint, notes.
_AFTER = re.compile(
    r"\s*(?i:editor[’']s\s+note|this\s+(?:text|letter|statement|speech|article|homily)\s+"
    r"(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published|posted)|(?:article\s+)?"
    r"(?:re)?posted\s+with\s+permission|originally\s+(?:published|appeared)|source:|notes?:)"
)
_NOTE_ONE = re.compile(r"\s*\[1\]")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I[’']m|I[’']ve|we|us|our)\b")
_HEADING_WORDS = 20  # a heading is short and ends with no sentence stop
_SIGNATURE_LINES = 5  # "Most Rev." / "+ Robert C. Morlino" / "Bishop of Madison"
_FIRST_PARAGRAPHS = 8  # a document says "I" or "we" this early
_LOOK_BACK = 200  # paragraphs searched for the name a heading's title stands for (bounded work)
_SIGNED_NAME = re.compile(rf"\s*[+†]?\s*(?P<name>{NAME})\s*,?[^.!?]{{0,60}}$")


def _heading(p: str) -> re.Match[str] | None:
    text = p.strip()
    if not text or len(text.split()) > _HEADING_WORDS or text[-1] in ".!?:;,”\"":
        return None
    return _HEADING.match(text)


def _before(paragraphs: list[str], i: int, title: str) -> str:
    """The name the text gave someone it now calls by a title ("the Archbishop":
    "Archbishop Lefebvre"), or the phrase itself when none."""
    word = title.split()[-1]
    pattern = re.compile(rf"\b{re.escape(word)}\s+(?P<n>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)")
    for p in reversed(paragraphs[max(0, i - _LOOK_BACK) : i]):
        # an earlier heading ("The Archbishop Speaks") names no one
        found = [m for m in pattern.finditer(p) if m.group("n").split()[0] not in _HEADING_VERBS]
        if found:
            return f"{word} {found[-1].group('n')}"
    return title.removeprefix("The ").removeprefix("the ")


def _signature(paragraphs: list[str], i: int) -> tuple[int, str] | None:
    """Where a signature under paragraph i's close ends (exclusive) and the name signing."""
    for j in range(i + 1, min(len(paragraphs), i + 1 + _SIGNATURE_LINES)):
        p = paragraphs[j]
        m = _SIGNED_NAME.match(p)
        # a name of two words or more, not a title alone ("Most Rev.")
        if m is not None and len(m.group("name").split()) >= 2 and not p.rstrip().endswith("."):
            end = j + 1
            while end < min(len(paragraphs), j + 3) and len(paragraphs[end].split()) <= 5 and (
                not _AFTER.match(paragraphs[end])
            ):
                end += 1  # the title under the name: "Bishop of Madison"
            return end, m.group("name")
    return None


@dataclass(frozen=True)
class _Marks:
    """Where a page's closes, editor's lines and endnotes stand, found once: every candidate
    start looks its end up here (a scan from each start to the page's end was quadratic on a
    page of many salutations)."""

    signed: list[int]  # closes a signature follows
    signatures: dict[int, tuple[int, str]]
    afters: list[int]
    markers: list[int]  # paragraphs holding "[1]"
    restarts: list[int]  # paragraphs opening with "[1]"

    @classmethod
    def of(cls, paragraphs: list[str]) -> _Marks:
        signatures = {}
        for j, p in enumerate(paragraphs):
            if (
                len(p) < 80
                and _CLOSE.fullmatch(p.strip())
                and (sig := _signature(paragraphs, j)) is not None
            ):
                signatures[j] = sig
        return cls(
            sorted(signatures), signatures,
            [j for j, p in enumerate(paragraphs) if _AFTER.match(p)],
            [j for j, p in enumerate(paragraphs) if "[1]" in p],
            [j for j, p in enumerate(paragraphs) if _NOTE_ONE.match(p)],
        )


def _next(marks: list[int], at: int) -> int | None:
    """The first of the sorted `marks` at or after `at`."""
    k = bisect.bisect_left(marks, at)
    return marks[k] if k < len(marks) else None


def _extent(
    paragraphs: list[str], marks: _Marks, first: int, signed: bool
) -> tuple[int, str | None] | None:
    """Where a document starting at paragraph `first` ends, and the name that signs it;
    None when it must be signed (a bare salutation) and nothing signs it. It ends at the first
    signed close, else before an editor's line after its first paragraph or where its
    endnotes start again at [1], else at the page's end."""
    stops = [len(paragraphs)]
    if (after := _next(marks.afters, first + 1)) is not None:
        stops.append(after)
    note = _next(marks.markers, first)
    if note is not None and (again := _next(marks.restarts, note + 1)) is not None:
        stops.append(again)
    stop = min(stops)
    close = _next(marks.signed, first)
    if close is not None and close <= stop and close < len(paragraphs):
        return marks.signatures[close]
    return None if signed else (stop, None)


# A line that opens with an ellipsis picks up an excerpt where it left off ("... To get there,
# migrants will have to travel ..."), after the page broke into it (a poll, a caption).
_RESUMES = re.compile(r"\s*(?:\.\.\.|…)\s*[\w“\"]")
_RESUME_LINES = 15  # the break an excerpt resumes after is this many lines at most


def _resumed(paragraphs: list[str], i: int, out: list[Reprint]) -> Reprint | None:
    """The report copied before, taken up again at line `i` (above): when the page broke into
    it no more than a few lines earlier and handed over to no one else since."""
    if not out or not _RESUMES.match(paragraphs[i]) or out[-1].start:
        return None
    last = out[-1]
    if not 0 <= i - last.end <= _RESUME_LINES:
        return None
    if any(p.rstrip().endswith(":") for p in paragraphs[last.end : i]):
        return None
    end = _report_end(paragraphs, i, last.author, first_person=False)
    return Reprint(i, 0, end, last.author) if end is not None else None


def reprints(
    headline: str, paragraphs: list[str], per_line: bool | None = None
) -> list[Reprint]:
    """The documents a page reprints, in order; none overlap. `per_line`: whether the page
    prints a sentence per line (`sentence_per_line`, found here when not given)."""
    out: list[Reprint] = []
    marks = _Marks.of(paragraphs)
    if per_line is None:
        per_line = sentence_per_line(paragraphs)
    i = 0
    while i < len(paragraphs):
        p = paragraphs[i]
        resumed = _resumed(paragraphs, i, out) if per_line else None
        if resumed is not None:
            out.append(resumed)
            i = resumed.end
            continue
        first, start, author, titled, cited = -1, 0, None, False, False
        intro = _INTRO.search(p) if ":" in p else None
        heading = _heading(p)
        citation = _CITATION.fullmatch(p) if intro is None and p.rstrip().endswith(":") else None
        reported = (
            _REPORTED.search(p)
            # a line left open by a colon or a comma ("Homan said in a statement Tuesday,"):
            # on a page of a sentence per line, the words it hands over follow unmarked
            if per_line and citation is None and intro is None and p.rstrip().endswith((":", ","))
            else None
        )
        if reported is not None and i + 1 < len(paragraphs):
            named = next(n for n in reported.group("who", "by", "from", "owner", "quoth") if n)
            source = _OPENING_WORD.sub("", re.split(r"[’']s\s+", named)[-1])
            # only a person's own words run on in the first person: after "Fox News reports:"
            # a line saying "you" is the page's (a poll, a remark), not the report's
            spoken = bool(reported.group("owner") or reported.group("quoth")) or bool(
                _SPOKEN.search(reported.group())
            )
            end = (
                None
                if source in ("I", "We")
                else _report_end(paragraphs, i + 1, source, first_person=spoken)
            )
            if end is not None:
                out.append(Reprint(i + 1, 0, end, source))
                i = end
                continue
        if citation is not None:
            # a reprinted article: its byline says whose words follow, so it need not say "I"
            author, first, cited = citation.group("name"), i + 1, True
        elif intro is not None:
            owner = _OWNER.search(intro.group("rest"))
            author = owner.group("name") or owner.group("by") if owner else None
            if intro.end() < len(p.rstrip()):
                first, start = i, intro.end()  # "... a transcript: Ana Ruiz: “..."
                label = _LABEL.match(p, start)
                if label is not None:
                    author = author or label.group("name")
            else:
                first = i + 1
        elif heading is not None:
            named = heading.group("owner") or heading.group("speaker") or heading.group("by")
            author = named
            titled = named.split()[0] in {"The", "the"}  # named below, once it is a document
            first = i + 1
        elif len(p) < 120 and _SALUTATION.fullmatch(p.strip()):
            first = i
        if first < 0 or first >= len(paragraphs):
            i += 1
            continue
        found = _extent(paragraphs, marks, first, signed=author is None)
        body = paragraphs[first : first + _FIRST_PARAGRAPHS]
        if found is None or not (cited or any(_FIRST_PERSON.search(b) for b in body)):
            i += 1
            continue
        end, signer = found
        who = signer or author
        if titled and signer is None and author is not None:
            # looked back for only once the document is found: a scan back per heading was
            # quadratic on a page of many
            who = _before(paragraphs, i, author)
        if who is None:
            i += 1
            continue
        out.append(Reprint(first, start, end, who))
        i = end
    return out
