"""Person finding on real text nobody here wrote (tests/realtext/, see each NOTICE).

One (document, person) pair at a time, no registry, names resolved across
each corpus as across a site. The held-out documents (BTC's test section,
every fifth wikigold article) were never shown to the person model; GUM's
train documents were, so its floor guards against regressions only. The
floors sit just under what was measured when the model was trained:
wikigold held out P .800 R .694, BTC test section P .685 R .377 (tweets,
half their names in lower case), GUM train P .958 R .810. Every miss:
``python tests/realtext_score.py CORPUS --held-out --show``.
"""

from pathlib import Path

import pytest
from realtext_score import load, score

REALTEXT = Path(__file__).parent / "realtext"


@pytest.mark.parametrize(
    ("corpus", "held", "precision", "recall"),
    [
        ("wikigold", True, 0.78, 0.67),
        ("btc", True, 0.66, 0.36),
        ("gum", None, 0.94, 0.80),
    ],
)
def test_people_on_real_text(corpus, held, precision, recall):
    result = score(load(REALTEXT / corpus / "train.jsonl", held=held))
    assert result.precision >= precision and result.recall >= recall, result.line()
