"""Sample strings a regular expression matches, for tests that compare two matchers.

Every branch of every alternation is taken, each optional part both with and
without; character classes give their first member. Lookarounds are left out,
so a sample may fail the pattern's own assertions: compare matchers on it, do
not assume it matches.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from re import _constants as C
from re import _parser as P


def samples(pattern: str, cap: int = 4000) -> list[str]:
    def seq(items) -> list[str]:
        outs = [""]
        for op, av in items:
            alts = node(op, av)
            outs = [a + b for a in outs for b in alts][:cap]
        return outs

    def node(op, av) -> list[str]:
        if op is C.LITERAL:
            return [chr(av)]
        if op is C.NOT_LITERAL:
            return ["y" if av == ord("x") else "x"]
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    return [chr(a)]
                if o is C.RANGE:
                    return [chr(a[0])]
            return ["1" if "DIGIT" in str(av) else "a"]
        if op is C.ANY:
            return ["a"]
        if op is C.CATEGORY:
            return ["1" if "DIGIT" in str(av) else "a"]
        if op is C.SUBPATTERN:
            return seq(av[-1])
        if op is C.BRANCH:
            return [s for branch in av[1] for s in seq(branch)][:cap]
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            body = seq(sub)[:3]
            out: list[str] = []
            for n in sorted({low, min(max(low, 1), high)}):
                out += ["".join(p) for p in itertools.product(body, repeat=n)]
            return out[:cap]
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            return [""]
        raise ValueError(f"no samples for {op}")

    return seq(list(P.parse(pattern, re.IGNORECASE)))


def real_text_lines() -> list[str]:
    """Every line of the real-text training corpora, for the same comparisons on prose."""
    lines: list[str] = []
    for corpus in sorted((Path(__file__).parent / "realtext").glob("*/train.jsonl")):
        lines += corpus.read_text(encoding="utf-8").replace("\\n", "\n").splitlines()
    return lines
