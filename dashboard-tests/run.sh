#!/usr/bin/env bash
# Browser tests of the public dashboard (dashboard-tests/run.mjs): installs what they need on a
# fresh Debian machine, then runs them. CI runs as root, so apt-get works as it is.
#   Debian's chromium (the browser Playwright drives; playwright-core downloads none itself),
#   fonts-noto-cjk (without a Chinese font the screenshots show empty boxes),
#   the npm packages pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! { command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; }; then missing+=(fonts-noto-cjk); fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "dashboard-tests: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "== installing ${missing[*]} (apt-get)"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
# run.mjs fails with a clear message if the browser is still missing: never a silent skip.

npm ci --no-audit --no-fund --loglevel=error
# A suite of its own (state, ports), so that the tests' writes never land in a developer's .suite
export SUITE_STATE_DIR=${SUITE_STATE_DIR:-.dashboard-suite} GATEWAY_PORT=${GATEWAY_PORT:-28080} \
  INDICATORS_PORT=${INDICATORS_PORT:-28081} PROJECTS_PORT=${PROJECTS_PORT:-28082} SUITE_PG_PORT=${SUITE_PG_PORT:-54340} \
  GATEWAY_MANAGEMENT_PORT=${GATEWAY_MANAGEMENT_PORT:-29080} INDICATORS_MANAGEMENT_PORT=${INDICATORS_MANAGEMENT_PORT:-29081} \
  PROJECTS_MANAGEMENT_PORT=${PROJECTS_MANAGEMENT_PORT:-29082} PLAN_MANAGEMENT_PORT=${PLAN_MANAGEMENT_PORT:-29083} \
  PLAN_PORT=${PLAN_PORT:-28083} NOTIFICATIONS_PORT=${NOTIFICATIONS_PORT:-28084} NOTIFICATIONS_MANAGEMENT_PORT=${NOTIFICATIONS_MANAGEMENT_PORT:-29084}
exec node run.mjs "$@"
