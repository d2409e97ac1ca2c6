"""Extraction quality metric: shingle-based precision/recall/F1.

Follows the scrapinghub article-extraction-benchmark metric (evaluate.py) so our numbers
are comparable with published ones. One deliberate difference: a page whose precision or
recall is undefined (empty prediction, or empty truth) scores 0 here, whereas the
reference leaves it out of that average. So an extractor that returns nothing is
penalised in precision too. Results are identical whenever every prediction is non-empty.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

_TOKEN_RE = re.compile(r"\w+")
NGRAM_N = 4

Shingles = Counter[tuple[str, ...]]


def tokenize(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def shingles(text: str | None, n: int = NGRAM_N) -> Shingles:
    tokens = tokenize(text)
    if 0 < len(tokens) < n:
        # As in the reference: a text shorter than n tokens is one short shingle, so a
        # two-word prediction is not scored as if it were empty.
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def shingle_counts(pred: str | None, truth: str | None) -> tuple[int, int, int]:
    """Return (tp, fp, fn) over 4-gram shingle multisets."""
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    # Multiset sizes minus the overlap; equivalent to Counter subtraction.
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    return tp, fp, fn


def page_precision_recall(pred: str | None, truth: str | None) -> tuple[float, float]:
    tp, fp, fn = shingle_counts(pred, truth)
    total = tp + fp + fn
    if total == 0:
        # Both sides empty (or shorter than one shingle): nothing to get wrong.
        return 1.0, 1.0
    # Normalising to tp+fp+fn = 1 does not change the per-page ratios below; it is
    # kept explicit to mirror the reference implementation.
    ntp, nfp, nfn = tp / total, fp / total, fn / total
    precision = ntp / (ntp + nfp) if ntp + nfp > 0 else 0.0
    recall = ntp / (ntp + nfn) if ntp + nfn > 0 else 0.0
    return precision, recall


def shingle_f1(
    preds: Mapping[str, str | None], truths: Mapping[str, str]
) -> tuple[float, float, float]:
    """Macro-averaged precision and recall over pages, then F1 of the averages.

    Pages present in `truths` but missing from `preds` count as empty predictions.
    """
    if not truths:
        raise ValueError("no ground-truth pages")
    precisions: list[float] = []
    recalls: list[float] = []
    for key, truth in truths.items():
        p, r = page_precision_recall(preds.get(key), truth)
        precisions.append(p)
        recalls.append(r)
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1
