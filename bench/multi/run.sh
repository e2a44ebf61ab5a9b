#!/usr/bin/env bash
# Several instances, one database (issue 13): how long each kind of change made on one instance takes to be seen on
# the other, and what nginx serves with one Herald instance behind it and with two, in the same run. Loopback only.
# Not a test: it prints numbers. Run from anywhere: bench/multi/run.sh
#
# It starts an H2 TCP server, two Herald instances (own data folders, the same JWKS file and public URL, as
# docs/multi-instance.md sets them up), and two nginx front ends made from docs/multi-instance/nginx-herald.conf: one
# with only instance A in its upstream, one with A and B. bench/multi/MultiBench.java sets up a company through the API
# and times the changes; then wrk loads each front end in turn (warm-up, then ROUNDS paired rounds) on one link.
#
# Needs: a JDK 21+ (JAVA_HOME or /usr/lib/jvm), nginx and wrk (Debian nginx-light and wrk; installed if missing).
# Environment: DURATION (default 15s per round), WARMUP (20s per front end), ROUNDS (3), CONNECTIONS (50),
# CHANGES (rounds of change timings, 10).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-20s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-50}"
CHANGES="${CHANGES:-10}"
source bench/ports.sh
UA="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

if [ ! -x /usr/sbin/nginx ] || ! command -v wrk >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq nginx-light wrk >/dev/null
fi
NGINX=/usr/sbin/nginx
if [ -z "${JAVA_HOME:-}" ]; then
  source bench/jdk.sh
fi
JAVA="$JAVA_HOME/bin/java"

work="$(mktemp -d /tmp/herald-multi-bench.XXXXXX)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== build"
./mvnw -B -q -o -DskipTests -pl api -am package 2>/dev/null || ./mvnw -B -q -DskipTests -pl api -am package
CP="api/target/herald-api.jar:api/target/libs/*"
H2="$(ls api/target/libs/h2-*.jar)"

DB_PORT="$(free_port)"; A_PORT="$(free_port)"; B_PORT="$(free_port)"; ONE_PORT="$(free_port)"; TWO_PORT="$(free_port)"
echo "== H2 server on $DB_PORT, Herald A on $A_PORT and B on $B_PORT (data in $work)"
"$JAVA" -cp "$H2" org.h2.tools.Server -tcp -tcpPort "$DB_PORT" -baseDir "$work/h2" -ifNotExists >"$work/h2.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do listening "$DB_PORT" && break; sleep 0.1; done
DB_URL="jdbc:h2:tcp://127.0.0.1:$DB_PORT/herald;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH"
"$JAVA" -cp "$CP" bench/multi/MultiBench.java keys "$work/jwks.json"
# The unknown-code limit is off: MultiBench makes three links a round on A from one address, and each costs B one
# look-up of a code it does not hold (20 a minute by default).
start_herald() { # name port
  "$JAVA" -cp "$CP" -Dherald.data-dir="$work/data-$1" -Dserver.port="$2" \
    -Dherald.public-url="http://127.0.0.1:$TWO_PORT" -Dherald.auth.jwks-file="$work/jwks.json" \
    -Ddb.connection.url="$DB_URL" -Dherald.http.forwarded-for-hops=1 \
    -Dherald.limits.unknown-codes.per-address=off io.herald.api.Main >"$work/$1.log" 2>&1 &
  pids+=($!)
}
start_herald a "$A_PORT"
start_herald b "$B_PORT"
for name in a b; do
  for _ in $(seq 1 240); do grep -q "Herald listening" "$work/$name.log" && break; sleep 0.5; done
  grep -q "Herald listening" "$work/$name.log" || { tail -30 "$work/$name.log"; echo "Herald $name did not start" >&2; exit 1; }
done

start_nginx() { # name port upstream-server-lines...
  local dir="$work/nginx-$1" port="$2"; shift 2
  mkdir -p "$dir"
  # The checked-in site, with this run's addresses: the listen line, and the upstream's servers.
  awk -v port="$port" -v servers="$*" '
    /listen 127\.0\.0\.1:8080 / { sub(/127\.0\.0\.1:8080/, "127.0.0.1:" port) }
    /server 127\.0\.0\.1:8081 / { n = split(servers, s, " "); for (i = 1; i <= n; i++) print "    server 127.0.0.1:" s[i] " max_fails=3 fail_timeout=5s;"; next }
    /server 127\.0\.0\.1:8082 / { next }
    { print }' docs/multi-instance/nginx-herald.conf | sed "s/upstream herald/upstream herald_$1/; s#proxy_pass http://herald;#proxy_pass http://herald_$1;#" >"$dir/herald.conf"
  cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  include $dir/herald.conf;
}
CONF
  "$NGINX" -p "$dir" -c "$dir/nginx.conf" &
  pids+=($!)
}
start_nginx one "$ONE_PORT" "$A_PORT"
start_nginx two "$TWO_PORT" "$A_PORT" "$B_PORT"
sleep 1

echo "== changes made on A, seen on B ($CHANGES rounds)"
"$JAVA" -cp "$CP" bench/multi/MultiBench.java run "http://127.0.0.1:$A_PORT" "http://127.0.0.1:$B_PORT" "$DB_URL" \
  "$CHANGES" | tee "$work/changes.txt"
code="$(sed -n 's/^BENCH_CODE //p' "$work/changes.txt")"

run_wrk() { # name port duration -> "name rps p50 p99 requests non2xx"
  local out
  out="$(wrk -t2 -c"$CONNECTIONS" -d"$3" --latency -H "User-Agent: $UA" "http://127.0.0.1:$2/r/$code")"
  echo "$out" >>"$work/wrk-$1.txt"
  echo "$1 $(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="50%" {print $2}') \
$(echo "$out" | awk '$1=="99%" {print $2}') $(echo "$out" | awk '/requests in/ {print $1}') \
$(echo "$out" | awk '/Non-2xx/ {print $5; f=1} END {if (!f) print 0}')"
}
for front in one two; do
  port=$ONE_PORT; [ "$front" = two ] && port=$TWO_PORT
  curl -s -o /dev/null -w "$front: %{http_code}\n" -A "$UA" "http://127.0.0.1:$port/r/$code"
done
echo "== warm-up ($WARMUP per front end)"
run_wrk one "$ONE_PORT" "$WARMUP" >/dev/null
run_wrk two "$TWO_PORT" "$WARMUP" >/dev/null
declare -a one_rps two_rps
for r in $(seq 1 "$ROUNDS"); do
  o="$(run_wrk one "$ONE_PORT" "$DURATION")"; t="$(run_wrk two "$TWO_PORT" "$DURATION")"
  echo "   round $r: $o | $t   (name requests/s p50 p99 requests non-3xx)"
  one_rps+=("$(echo "$o" | awk '{print $2}')"); two_rps+=("$(echo "$t" | awk '{print $2}')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m1="$(median "${one_rps[@]}")"; m2="$(median "${two_rps[@]}")"
echo
echo "== redirect throughput through nginx ($(nproc) cores shared by nginx, both instances, H2 and wrk; c=$CONNECTIONS)"
echo "one instance:  $m1 requests/s (median of $ROUNDS)"
echo "two instances: $m2 requests/s (median of $ROUNDS)"
echo "two / one:     $(awk -v a="$m2" -v b="$m1" 'BEGIN { printf "%.2f", a / b }')"
echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(non-3xx: answers other than a redirect, from wrk's \"Non-2xx or 3xx responses\")"
echo "logs and raw wrk output: $work"
