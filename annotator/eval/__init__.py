"""Evaluation against expert annotations: PTC propaganda spans and BABE biased words.

The data lives outside the project (`../shared/data`); `annotator eval ptc|babe DIR` reads it.
"""

from .flags import score_babe, score_ptc

__all__ = ["score_babe", "score_ptc"]
