#!/usr/bin/env bash
# The README's test command on a fresh machine: every host test (nf.host.slnf), the emulator's browser tests included.
# Installs chromium when it can (root with apt-get), else says in one line how; skipped tests are counted at the end.
# Extra arguments go to `dotnet test` (e.g. --filter). .ci/run is the full CI (device side too).
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v dotnet >/dev/null 2>&1; then
  echo "tests not run: the .NET 10 SDK (dotnet) is missing — install it from https://dotnet.microsoft.com/download"
  exit 1
fi

browser=${POS_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$browser" ] && [ -z "${POS_CHROMIUM:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the browser tests (apt-get install chromium)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$browser" ]; then
  echo "browser tests skipped: chromium not found — run \`sudo apt-get install chromium\` (or set POS_CHROMIUM=/path)"
fi

# The remote-management tests run against a real Mosquitto (tools/fleet/broker.sh, started by the tests themselves).
if ! command -v mosquitto >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing mosquitto for the remote-management tests (apt-get install mosquitto)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mosquitto >/dev/null
fi
if ! command -v mosquitto >/dev/null 2>&1; then
  echo "remote-management tests will fail: mosquitto not found — run \`sudo apt-get install mosquitto\`"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test nf.host.slnf "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# "Passed!  - Failed: 0, Passed: 19, Skipped: 0, Total: 19, …" per test project, summed.
read -r passed failed skipped < <(grep -E '(Passed|Failed|Skipped)! +- Failed:' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$skipped" -gt 0 ]; then
  echo "SKIPPED tests are not passed: see the 'skipped' lines above (browser tests need chromium)"
fi
exit "$status"
