#!/usr/bin/env bash
# Installs every Debian 12 package that parallax's build, tests and
# benchmarks need, then the browser test's npm packages (tests/browser:
# playwright-core, which drives Debian's chromium; it never downloads a
# browser). Idempotent; runs as root (or through sudo).
#   --fuzz  also clang and its libFuzzer runtime, for the "fuzz" preset.
#   --peers also the peer extractors bench/extraction_eval compares with:
#           readability-lxml (python3-readability, for /usr/bin/python3),
#           boilerpipe (libboilerpipe-java, with a JDK for javac); Mozilla
#           Readability runs on the node/npm installed always (then: npm ci
#           --prefix bench/peers).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates
  # libraries (see README "Chosen parts")
  libicu-dev libxml2-dev libsqlite3-dev sqlite3 libarchive-dev zlib1g-dev
  libcld2-dev libcli11-dev libfmt-dev nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  python3 python3-jsonschema xz-utils gzip clang-format
  # the HTML report's browser test (tests/browser/report_test.mjs)
  chromium
)
# Only when missing: a Node.js from elsewhere (e.g. NodeSource) is fine.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev)
fi
if [ "${1:-}" = "--peers" ]; then
  packages+=(python3-readability libboilerpipe-java)
  # Only when missing: a JDK from elsewhere is fine.
  command -v javac >/dev/null 2>&1 || packages+=(default-jdk-headless)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The browser test's npm packages, pinned by tests/browser/package-lock.json;
# skipped when node_modules already holds the locked playwright-core (so a
# second run, or one offline, does nothing).
npm_browser_test() {
  local dir="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
  local want have
  want=$(node -e 'console.log(require(process.argv[1]).packages["node_modules/playwright-core"].version)' \
    "$dir/package-lock.json")
  have=$(node -e 'try { console.log(require(process.argv[1]).version) } catch { console.log("") }' \
    "$dir/node_modules/playwright-core/package.json")
  if [ "$want" = "$have" ]; then
    echo "install-deps: tests/browser: playwright-core $have present"
    return
  fi
  echo "install-deps: tests/browser: npm ci (playwright-core $want)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund >/dev/null
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  npm_browser_test
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
npm_browser_test
echo "install-deps: done"
