#!/usr/bin/env bash
# Person detection on the CoNLL-2003 English dev set (research data: fetched
# into ~/.cache, never stored in this repository). Not part of CI.
#   scripts/eval_conll.sh [SHARED_DIR]   (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
py=${PYTHON:-.venv/bin/python}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$py" "$shared/tools/conll2003.py" dev "$work/gold.jsonl" "$work/input.jsonl" >/dev/null 2>&1
words=$("$py" -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1])))' "$work/input.jsonl")
start=$(date +%s.%N)
"$py" -m pelican_celebmeta ner "$work/input.jsonl" > "$work/pred.jsonl"
end=$(date +%s.%N)
"$py" "$shared/tools/ner_score.py" "$work/gold.jsonl" "$work/pred.jsonl"
# Wall time includes interpreter start-up and the one-off word-list load.
"$py" -c "import sys; w=int(sys.argv[1]); s=float(sys.argv[2]); print(f'words={w} wall_s={s:.2f} ms_per_1000_words={s*1e6/w:.1f}')" "$words" "$(echo "$end - $start" | bc)"
