#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build, and run the main job
# (`parallax analyze`) on the bundled sample corpus. The JSON result goes to
# parallax-result.json; the summary to the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
./build/release/parallax analyze examples/corpus --json parallax-result.json
