"""B-cubed precision and recall of a clustering (for scoring story threads)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping


def bcubed(
    gold: Mapping[str, str | None], predicted: Mapping[str, str | None]
) -> tuple[float, float, float]:
    """Precision, recall and F1 over the items of ``gold``.

    An item whose cluster is ``None`` (or missing from ``predicted``) is a
    cluster of its own.
    """

    def clusters(labels: Mapping[str, str | None]) -> dict[str, frozenset[str]]:
        groups: dict[str, set[str]] = defaultdict(set)
        for item in gold:
            label = labels.get(item)
            groups[label if label is not None else f"\0{item}"].add(item)
        return {item: frozenset(g) for g in groups.values() for item in g}

    g, p = clusters(gold), clusters(predicted)
    n = len(gold) or 1
    precision = sum(len(p[i] & g[i]) / len(p[i]) for i in gold) / n
    recall = sum(len(p[i] & g[i]) / len(g[i]) for i in gold) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
