"""annotator: source-bias and provenance annotation for news articles."""

__version__ = "0.1.0"
