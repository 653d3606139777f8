#!/usr/bin/env bash
# Install everything the test suite needs (Debian Chromium, the package with its test extras)
# and run the whole suite. Used by CI (.ci/run) and by developers alike.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -m pip install -q -e ".[test]"
# axe-core (pinned in tests/node/package-lock.json) for the accessibility tests; installed into
# the git-ignored tests/node/node_modules. Without node/npm those tests skip and say why.
if command -v npm >/dev/null 2>&1; then
  npm ci --prefix tests/node --no-audit --no-fund --silent
fi
export NO_MKDOCS_2_WARNING=1
python3 -m pytest -q -p no:cacheprovider "$@"
