#!/usr/bin/env bash
# Quick start, command 2 (and CI): install what is needed, build, and run
# every test (GoogleTest suites per stage, end-to-end checks) with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --preset release
