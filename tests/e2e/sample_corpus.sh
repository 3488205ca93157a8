#!/usr/bin/env bash
# End-to-end: `parallax analyze` on the bundled sample corpus; the JSON must
# validate against docs/parallax.schema.json, keep its offset invariants, and
# match tests/e2e/sample_expectations.json (language, title, date per file).
set -euo pipefail
bin="$1"
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
CI=true "$bin" analyze "$root/examples/corpus" --json "$tmp/out.json" >"$tmp/summary.txt" 2>"$tmp/stderr.txt" || {
  echo "parallax analyze failed:"; cat "$tmp/stderr.txt"; exit 1; }
# Debian's python3 (it has python3-jsonschema), not a pyenv one first on PATH.
/usr/bin/python3 "$root/tests/e2e/check_analysis.py" \
  --schema "$root/docs/parallax.schema.json" \
  --expect "$root/tests/e2e/sample_expectations.json" \
  --no-errors "$tmp/out.json"
