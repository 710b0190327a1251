#!/usr/bin/env bash
# A TEST Mosquitto broker for remote management (docs/REMOTE.md, "Broker"): TLS only, one user per terminal.
#
#   tools/fleet/broker.sh start  [--dir DIR] [--port 8883] [--terminals ID,ID,...] [--count N] [--fleet-key-file FILE]
#   tools/fleet/broker.sh stop   [--dir DIR]
#   tools/fleet/broker.sh status [--dir DIR]
#
# start writes into DIR (default .fleet/broker under the repository, git-ignored) and starts Mosquitto (Debian's
# package `mosquitto`, 2.0) in the background as our own process, never the system service:
#   test-ca.pem                 a TEST certificate authority (its key is dropped once it signed the broker's certificate);
#                               kept across restarts while valid, so terminals and the console keep trusting it
#   test-server.pem, .key       the broker's TEST certificate for 127.0.0.1, ::1 and localhost
#   passwd                      users: every terminal id and the console's `fleet`, PBKDF2-SHA512 hashes (mosquitto_passwd -U)
#   acl                         terminal <tid> writes pos/<tid>/status|event|ack and reads pos/<tid>/cmd;
#                               `fleet` reads pos/# and writes pos/+/cmd
#   mosquitto.conf              one listener on 127.0.0.1:PORT, TLS 1.2 or newer only, no anonymous users, no persistence
#   mosquitto.pid, mosquitto.log, port
# and returns once the broker accepts connections. A broker already running from DIR is stopped first.
#
# Terminals: 10000001..10000010 (emulators, manual runs) and 20000001..20000030 (the tests' own, BrokerProcess in
# tools/Pos.Fleet.Common) always, plus 10000001..(10000000+N) with --count N, plus each --terminals id (8 letters or
# digits). Passwords come from the fleet key as docs/REMOTE.md says: the first 16 bytes of
# HMAC-SHA256(fleet key, "pos-mqtt-pass|" + user) as 32 lowercase hex digits. Without --fleet-key-file the key is the
# TEST fleet key, the UTF-8 bytes of "pos-test-fleet-key-0001". Everything here is for tests and the emulator: a real
# fleet provisions its own CA, certificates and random passwords.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PATH="$PATH:/usr/sbin:/usr/bin" # mosquitto lives in /usr/sbin
TEST_FLEET_KEY="pos-test-fleet-key-0001"

die() { echo "broker.sh: $*" >&2; exit 1; }

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

cmd=${1:-}
[ -n "$cmd" ] || usage
shift
dir="$ROOT/.fleet/broker"
port=8883
count=0
extra=""
key_file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --terminals) extra=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --fleet-key-file) key_file=$2; shift 2 ;;
    *) usage ;;
  esac
done
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
pid_file="$dir/mosquitto.pid"

running_pid() {
  local pid
  pid=$(cat "$pid_file" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q mosquitto "/proc/$pid/comm" 2>/dev/null; then echo "$pid"; fi
}

stop() {
  local pid
  pid=$(running_pid)
  if [ -z "$pid" ]; then rm -f "$pid_file"; echo "broker: not running ($dir)"; return 0; fi
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  rm -f "$pid_file"
  echo "broker: stopped (pid $pid)"
}

status() {
  local pid
  pid=$(running_pid)
  if [ -z "$pid" ]; then echo "broker: not running ($dir)"; return 1; fi
  echo "broker: running, pid $pid, 127.0.0.1:$(cat "$dir/port"), CA $dir/test-ca.pem, $(grep -c . "$dir/passwd") users"
}

# The test CA and the broker's certificate, made anew when missing or within a day of expiry.
certificates() {
  if [ -f "$dir/test-ca.pem" ] && [ -f "$dir/test-server.key" ] &&
     openssl x509 -checkend 86400 -noout -in "$dir/test-server.pem" >/dev/null 2>&1; then
    return 0
  fi
  local work
  work=$(mktemp -d)
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -sha256 -keyout "$work/ca.key" -out "$work/ca.pem" \
    -subj "/O=TEST ONLY not for production/CN=TEST ONLY Pos fleet broker CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -sha256 -keyout "$work/server.key" -out "$work/server.csr" \
    -subj "/O=TEST ONLY not for production/CN=TEST ONLY Pos fleet broker" 2>/dev/null
  printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
    "extendedKeyUsage=serverAuth" "subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost" >"$work/server.ext"
  openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 30 -sha256 \
    -extfile "$work/server.ext" -out "$work/server.pem" 2>/dev/null
  install -m 644 "$work/ca.pem" "$dir/test-ca.pem"
  install -m 644 "$work/server.pem" "$dir/test-server.pem"
  install -m 600 "$work/server.key" "$dir/test-server.key"
  rm -rf "$work"
}

# The user names, one a line: the defaults, the --count range and the --terminals list, without repeats.
terminals() {
  local n=$(( count > 10 ? count : 10 ))
  seq 10000001 $((10000000 + n))
  seq 20000001 20000030
  if [ -n "$extra" ]; then tr ',' '\n' <<<"$extra"; fi
}

# user:password lines (the password derived from the fleet key), hashed in place by mosquitto_passwd -U.
passwords() {
  local ids
  ids=$(terminals | awk 'NF && !seen[$0]++')
  if grep -qvE '^[0-9A-Za-z]{8}$' <<<"$ids"; then die "terminal ids are 8 letters or digits: $(grep -vE '^[0-9A-Za-z]{8}$' <<<"$ids" | head -1)"; fi
  [ -z "$key_file" ] || [ -r "$key_file" ] || die "cannot read the fleet key file $key_file"
  printf '%s\nfleet\n' "$ids" | python3 -c '
import hashlib, hmac, sys
key = open(sys.argv[1], "rb").read().rstrip(b"\r\n") if sys.argv[1] else sys.argv[2].encode("utf-8")
if not key: sys.exit("the fleet key file is empty")
for user in sys.stdin.read().split():
    print(user + ":" + hmac.new(key, ("pos-mqtt-pass|" + user).encode("utf-8"), hashlib.sha256).digest()[:16].hex())
' "$key_file" "$TEST_FLEET_KEY" >"$dir/passwd.new"
  chmod 600 "$dir/passwd.new"
  mosquitto_passwd -U "$dir/passwd.new"
  mv "$dir/passwd.new" "$dir/passwd"
}

configuration() {
  cat >"$dir/acl" <<'EOF'
# Remote management (docs/REMOTE.md). %u is the user name: a terminal's user name is its terminal id.
pattern write pos/%u/status
pattern write pos/%u/event
pattern write pos/%u/ack
pattern read pos/%u/cmd

# The fleet console.
user fleet
topic read pos/#
topic write pos/+/cmd
EOF
  cat >"$dir/mosquitto.conf" <<EOF
# Written by tools/fleet/broker.sh: a TEST broker, TLS only, one user per terminal (docs/REMOTE.md, "Broker").
per_listener_settings false
allow_anonymous false
password_file $dir/passwd
acl_file $dir/acl
persistence false
pid_file $pid_file
log_dest file $dir/mosquitto.log
log_type error
log_type warning
log_type notice
log_timestamp_format %Y-%m-%dT%H:%M:%S
connection_messages true
# Run as whoever started it (as root Mosquitto would otherwise switch to the user "mosquitto", who cannot read DIR).
user $(id -un)

listener $port 127.0.0.1
cafile $dir/test-ca.pem
certfile $dir/test-server.pem
keyfile $dir/test-server.key
tls_version tlsv1.2
set_tcp_nodelay true
EOF
  echo "$port" >"$dir/port"
}

start() {
  command -v mosquitto >/dev/null || die "mosquitto is not installed (apt-get install -y mosquitto)"
  [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "bad port $port"
  [[ "$count" =~ ^[0-9]+$ ]] || die "bad count $count"
  if [ -n "$(running_pid)" ]; then stop; fi
  local started
  started=$(date +%s%N)
  certificates
  passwords
  configuration
  : >"$dir/mosquitto.log"
  ulimit -n 8192 2>/dev/null || true
  # Its start-up warnings (such as running as root) go to the log; a bad configuration fails here.
  mosquitto -c "$dir/mosquitto.conf" -d 2>>"$dir/mosquitto.log" || { tail -5 "$dir/mosquitto.log" >&2; die "mosquitto did not start"; }
  for _ in $(seq 1 100); do
    if [ -n "$(running_pid)" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "broker: started in $(( ($(date +%s%N) - started) / 1000000 )) ms, pid $(running_pid), 127.0.0.1:$port (TLS), CA $dir/test-ca.pem, $(grep -c . "$dir/passwd") users"
      return 0
    fi
    sleep 0.1
  done
  tail -5 "$dir/mosquitto.log" >&2
  die "the broker did not accept connections on 127.0.0.1:$port within 10 s"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) usage ;;
esac
