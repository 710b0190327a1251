#!/usr/bin/env bash
# Starts the fleet console and N emulated terminals reporting to the broker tools/fleet/broker.sh started (docs/REMOTE.md).
#
#   tools/fleet/broker.sh start          # once: the TEST broker on 127.0.0.1:8883
#   tools/fleet/demo.sh [N]              # the console on http://127.0.0.1:5080, terminals 10000001..1000000N on 5101..
#
# Everything runs in the foreground of this script; Ctrl-C stops the console and the terminals (the broker keeps
# running: tools/fleet/broker.sh stop). Data goes to .fleet/demo (the console's SQLite file, one folder per terminal),
# kept across runs. TEST keys only: the broker's CA, the passwords and the terminals' command keys all come from the
# TEST fleet key.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
n=${1:-3}
[[ "$n" =~ ^[0-9]+$ ]] && (( n >= 1 && n <= 10 )) || { echo "demo: N is 1 to 10 (the broker knows terminals 10000001..10000010)" >&2; exit 2; }
broker=.fleet/broker
[ -f "$broker/port" ] && [ -f "$broker/test-ca.pem" ] || { echo "demo: no broker; run tools/fleet/broker.sh start first" >&2; exit 2; }
port=$(cat "$broker/port")
data=.fleet/demo
mkdir -p "$data"

dotnet build -v q -nologo tools/Pos.Fleet/Pos.Fleet.csproj >/dev/null
dotnet build -v q -nologo tools/Pos.Emulator/Pos.Emulator.csproj >/dev/null

pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

dotnet run --no-build --project tools/Pos.Fleet -- --broker "127.0.0.1:$port" --ca "$broker/test-ca.pem" \
  --db "sqlite:$data/fleet.db" --urls http://127.0.0.1:5080 >"$data/console.log" 2>&1 &
pids+=($!)
echo "console:   http://127.0.0.1:5080   (log $data/console.log)"
for i in $(seq 1 "$n"); do
  tid=$((10000000 + i))
  web=$((5100 + i))
  dotnet run --no-build --project tools/Pos.Emulator -- --port "$web" --tid "$tid" --data "$data/$tid" --fast-link \
    --mqtt "127.0.0.1:$port" --mqtt-ca "$broker/test-ca.pem" >"$data/$tid.log" 2>&1 &
  pids+=($!)
  echo "terminal $tid: http://127.0.0.1:$web   (log $data/$tid.log)"
done
echo "Ctrl-C stops them."
wait
