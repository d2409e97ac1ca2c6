"""Error classes shared by every stage.

Each class has a distinct CLI exit code and a stable problem+json `type` slug, so the CLI and the
HTTP server report the same failure the same way. Messages are one line.
"""

from __future__ import annotations

MAX_WORD = 200  # characters of one word (a URL, a path) kept in a message


def _shorten(word: str) -> str:
    """A 100 KB URL in an error line says nothing a reader can use: keep its start."""
    if len(word) <= MAX_WORD:
        return word
    return f"{word[:MAX_WORD]}...[{len(word) - MAX_WORD} more characters]"


class AnnotatorError(Exception):
    """Base class: a failure the user should see as one line, never as a traceback."""

    exit_code = 1
    slug = "error"
    http_status = 500
    title = "Annotator error"

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(_shorten(word) for word in str(message).split()))

    @property
    def message(self) -> str:
        return str(self)


class UsageError(AnnotatorError):
    exit_code = 2
    slug = "bad-request"
    http_status = 400
    title = "Bad request"


class InputFileError(AnnotatorError):
    """A local input file is missing, unreadable, binary or empty."""

    exit_code = 3
    slug = "bad-input"
    http_status = 422
    title = "Unusable input"


class DataFileError(AnnotatorError):
    """A registry or lexicon file is invalid; the message starts with file:line."""

    exit_code = 4
    slug = "invalid-data-file"
    http_status = 500
    title = "Invalid data file"

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.details = details or [str(self)]


class FetchError(AnnotatorError):
    """The page could not be fetched: unreachable host, connection refused, TLS failure."""

    exit_code = 10
    slug = "fetch-failed"
    http_status = 502
    title = "Fetch failed"


class DNSError(FetchError):
    exit_code = 11
    slug = "dns-failure"
    title = "Host name did not resolve"


class FetchTimeout(FetchError):
    exit_code = 12
    slug = "fetch-timeout"
    http_status = 504
    title = "Fetch timed out"


class HTTPStatusError(FetchError):
    exit_code = 13
    slug = "upstream-status"
    title = "Upstream answered with an error status"


class ContentTypeError(FetchError):
    exit_code = 14
    slug = "not-html"
    http_status = 415
    title = "Not an HTML page"


class TooLargeError(FetchError):
    exit_code = 15
    slug = "too-large"
    http_status = 413
    title = "Page too large"


class BlockedURLError(FetchError):
    """The URL is refused by policy: scheme, port, credentials, or a non-global address."""

    exit_code = 16
    slug = "blocked-url"
    http_status = 403
    title = "URL refused by policy"


class EmptyPageError(AnnotatorError):
    """The page or text holds no article text to annotate."""

    exit_code = 17
    slug = "empty-page"
    http_status = 422
    title = "No article text"


class WorkLimitError(AnnotatorError):
    """The work ran past its deadline or was cancelled (see ``annotator.budget``)."""

    exit_code = 18
    slug = "work-limit"
    http_status = 503
    title = "Work limit reached"


ALL_ERRORS: tuple[type[AnnotatorError], ...] = (
    AnnotatorError,
    UsageError,
    InputFileError,
    DataFileError,
    FetchError,
    DNSError,
    FetchTimeout,
    HTTPStatusError,
    ContentTypeError,
    TooLargeError,
    BlockedURLError,
    EmptyPageError,
    WorkLimitError,
)
