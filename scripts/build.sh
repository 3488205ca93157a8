#!/usr/bin/env bash
# Configures and builds the release preset (used by quickstart.sh and test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${PARALLAX_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
