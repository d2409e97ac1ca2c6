"""Batch runs: many inputs through the same `annotate()`, one JSON report a line.

    >>> from annotator.batch import expand_inputs
    >>> expand_inputs(["https://example.org/a"])
    ['https://example.org/a']
"""

from .run import expand_inputs, run_batch

__all__ = ["expand_inputs", "run_batch"]
