#!/usr/bin/env bash
# test-web.sh — the workshop server's tests, complete: the store and server
# tests against SQLite and a throwaway PostgreSQL (with-postgres.sh), then
# the end-to-end tests in headless Chromium: the game as make web built it
# into bin/web, and the HTML player (./cmd/webplayer, built by the test).
# make test-web and make test run it after make web. Installs Debian's
# chromium and postgresql with apt when they are missing. Screenshots go to
# shots/web (or $WEBCARESIM_SHOTS).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 && [[ -z ${CHROMIUM:-} ]]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test-web: Chromium is missing; install it or set CHROMIUM=/path/to/chrome" >&2
    exit 1
  fi
  sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  echo "test-web: installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

GO=${GO:-go}
scripts/with-postgres.sh "$GO" test -count=1 -timeout 30m ./game/workshop/...
if [[ ! -f bin/web/webcaresim.wasm ]]; then
  echo "test-web: no bin/web/webcaresim.wasm; run make web first" >&2
  exit 1
fi
WEBCARESIM_E2E=1 WEBCARESIM_DIST="$PWD/bin/web" "$GO" test -count=1 -timeout 30m -p 1 -v ./game/workshop/e2e/ ./game/studio/e2e/
