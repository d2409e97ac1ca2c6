"""annotator: source-bias and provenance annotation for news articles.

    >>> import annotator
    >>> report = annotator.annotate(text="Headline\\n\\nThe regime said so.")
    >>> report.outlet.status
    'no_url'

The pipeline, one folder a stage: `page` (fetch and extract) -> `sources` (identify the outlet)
-> `framing` (flag loaded words, by voice) -> `report` (renderers). `annotate()` in
`pipeline.py` runs them in order; the CLI, the server and batch runs are thin doors onto it.
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_exports
from .errors import (
    AnnotatorError,
    BlockedURLError,
    ContentTypeError,
    DataFileError,
    DNSError,
    EmptyPageError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InputFileError,
    TooLargeError,
    UsageError,
)

__version__ = "0.1.0"

__all__ = [
    "AnnotatorError",
    "BlockedURLError",
    "ContentTypeError",
    "DNSError",
    "DataFileError",
    "EmptyPageError",
    "FetchError",
    "FetchTimeout",
    "HTTPStatusError",
    "InputFileError",
    "Report",
    "TooLargeError",
    "UsageError",
    "annotate",
]
# The pipeline and the report model import pydantic, lxml and more: only when first used.
__getattr__ = lazy_exports(__name__, {"annotate": ".pipeline", "Report": ".models"})

if TYPE_CHECKING:
    from .models import Report
    from .pipeline import annotate
