#!/usr/bin/env bash
# Scores the issue 4 annotator on the number and date peer cases: converts
# the peer suites with bench/numbers_cases.py into a temporary case file
# (its summary, including the list of skipped spec families, is printed
# first), then runs numbers_eval on it. Options are passed to numbers_eval
# (--failures N, --family F, --lang L, --suite S, --file SUBSTR, --json OUT,
# --data-dir D); see bench/README.md, "Number and date peer evaluation".
#
#   bench/numbers_eval.sh [numbers_eval options]
#
# Environment: NUMBERS_EVAL (the binary; default: the most recently built
# numbers_eval of build/release, build/h-eval-rel, build/h-eval, build/dev),
# NUMBERS_DATA (the folder with the peer archives, passed to the converter
# as --data; default its own default, ../shared/data/numbers).
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${NUMBERS_EVAL:-}"
if [[ -z "$bin" ]]; then
  # The most recently built of the usual build folders.
  for candidate in build/release/numbers_eval build/h-eval-rel/numbers_eval \
    build/h-eval/numbers_eval build/dev/numbers_eval; do
    if [[ -x "$candidate" && ( -z "$bin" || "$candidate" -nt "$bin" ) ]]; then
      bin="$candidate"
    fi
  done
fi
if [[ -z "$bin" || ! -x "$bin" ]]; then
  echo "numbers_eval.sh: no numbers_eval binary; build with -DPARALLAX_BUILD_BENCH=ON" \
    "or set NUMBERS_EVAL" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
convert=(/usr/bin/python3 bench/numbers_cases.py)
if [[ -n "${NUMBERS_DATA:-}" ]]; then convert+=(--data "$NUMBERS_DATA"); fi
"${convert[@]}" "$tmp/cases.jsonl"
echo
"$bin" --cases "$tmp/cases.jsonl" "$@"
