#!/usr/bin/env python3
"""Learn the weights of ``pelican_celebmeta/core/data/person_model.json``.

    PYTHONPATH=. python scripts/train_person_model.py CORPUS[:WEIGHT[:TABLES]] ... [-o FILE] [--cv K]

Each CORPUS is JSON Lines in the format of ``tests/realtext/`` (text and the
people it names, with every form the text uses). Every document is read by
the rules alone; each open phrase (see ``core/classifier.py``) is an example,
positive when it is one of the document's annotated forms. WEIGHT repeats a
corpus's examples (``tests/realtext/gum/train.jsonl:3``); TABLES (``m``, ``s`` or
``ms``, the default) says which tables it teaches: multi-word phrases, single words. ``--cv K`` scores
K-fold cross-validation over documents instead of writing the model:
precision and recall of the phrases at each threshold, for the two tables.

Documents ``tests/realtext_score.py`` holds out are skipped: the suite
scores them. Training is plain logistic regression (AdaGrad, L2), seeded, so the same
corpora give the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from realtext_score import held_out, norm

from pelican_celebmeta.core.classifier import features
from pelican_celebmeta.core.lexicon import lexicon
from pelican_celebmeta.core.pipeline import read_document
from pelican_celebmeta.core.text import text_to_document

Example = tuple[frozenset[str], int, str]  # features, label, document id
EPOCHS = 12
RATE = 0.2
L2 = 1e-3
MIN_COUNT = 2


def _untitled(name: str) -> str:
    lex = lexicon()
    titles = {t.lower() for t in lex.royal_titles | lex.honorifics} | lex.roles
    words = name.split()
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    return " ".join(words)


def examples(path: Path) -> dict[str, list[tuple[bool, Example]]]:
    """Every document's open phrases: (is it a phrase of two words or more, example)."""
    out: dict[str, list[tuple[bool, Example]]] = {}
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        doc = json.loads(line)
        if held_out(doc["id"]):
            continue
        gold = {norm(f) for p in doc["people"] for f in (p["name"], *p["forms"])}
        # Some corpora keep titles inside names ("President Obama"); the rules take
        # them off, so the bare name is the positive example.
        gold |= {bare for g in gold if (bare := _untitled(g)) and bare != g}
        reading = read_document(
            text_to_document(doc["text"]), doc.get("date") or "2024-01-01", learned=False
        )
        out[doc["id"]] = [
            (" " in k, (frozenset(feats), int(norm(k) in gold), doc["id"]))
            for k, feats, _ in features(reading.ctx, reading.candidates)
        ]
    return out


def train(data: list[Example], seed: int = 0, l2: float = L2) -> tuple[float, dict[str, float]]:
    counts = Counter(f for feats, _, _ in data for f in feats)
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    w: dict[str, float] = dict.fromkeys(keep, 0.0)
    g2: dict[str, float] = dict.fromkeys(keep, 1e-8)
    bias, bias_g2 = 0.0, 1e-8
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, label, _ = data[i]
            active = [f for f in feats if f in keep]
            z = bias + sum(w[f] for f in active)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - label
            bias_g2 += grad * grad
            bias -= RATE * grad / math.sqrt(bias_g2)
            for f in active:
                gf = grad + l2 * w[f]
                g2[f] += gf * gf
                w[f] -= RATE * gf / math.sqrt(g2[f])
    return bias, {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 0.005}


def probability(bias: float, w: dict[str, float], feats: frozenset[str]) -> float:
    z = bias + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cross_validate(docs: dict[str, list[tuple[bool, Example]]], weights: dict[str, int], k: int):
    ids = sorted(docs)
    for multi in (True, False):
        scored: list[tuple[float, int]] = []
        for fold in range(k):
            held = {d for i, d in enumerate(ids) if i % k == fold}
            train_set = [
                ex
                for d in ids
                if d not in held
                for m, ex in docs[d]
                if m == multi
                for _ in range(weights[d])
            ]
            bias, w = train(train_set)
            scored += [
                (probability(bias, w, ex[0]), ex[1])
                for d in sorted(held)
                for m, ex in docs[d]
                if m == multi
            ]
        positives = sum(label for _, label in scored)
        print(f"{'multi' if multi else 'single'}: {len(scored)} phrases, {positives} names")
        for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
            tp = sum(1 for p, y in scored if p >= t and y)
            fp = sum(1 for p, y in scored if p >= t and not y)
            prec = tp / (tp + fp) if tp + fp else 0.0
            print(f"  t={t:.1f} P={prec:.3f} R={tp / positives if positives else 0:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--cv", type=int, default=0)
    parser.add_argument("--t-multi", type=float, default=0.5)
    parser.add_argument("--t-single", type=float, default=0.5)
    parser.add_argument("--veto", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()

    docs: dict[str, list[tuple[bool, Example]]] = {}
    weights: dict[str, int] = {}
    sources = []
    for spec in args.corpora:
        path, _, rest = spec.partition(":")
        weight, _, tables = rest.partition(":")
        found = {
            d: [(m, ex) for m, ex in exs if ("m" if m else "s") in (tables or "ms")]
            for d, exs in examples(Path(path)).items()
        }
        docs.update(found)
        weights.update(dict.fromkeys(found, int(weight or 1)))
        sources.append({"corpus": path, "documents": len(found), "weight": int(weight or 1)})
        print(f"{path}: {len(found)} documents", file=sys.stderr)
    if args.cv:
        cross_validate(docs, weights, args.cv)
        return
    model = {
        "about": {"trained by": "scripts/train_person_model.py", "sources": sources},
        "veto": args.veto,
    }
    for name, multi, threshold in (
        ("multi", True, args.t_multi),
        ("single", False, args.t_single),
    ):
        data = [
            ex for d in sorted(docs) for m, ex in docs[d] if m == multi for _ in range(weights[d])
        ]
        bias, w = train(data, l2=args.l2)
        model[name] = {"bias": round(bias, 4), "threshold": threshold, "weights": w}
        print(f"{name}: {len(data)} examples, {len(w)} weights", file=sys.stderr)
    out = args.output or Path("pelican_celebmeta/core/data/person_model.json")
    out.write_text(json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
