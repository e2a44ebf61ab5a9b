#!/usr/bin/env bash
# Redirect benchmark (issue 4): Herald's /r/{code} against an nginx that answers every request with a fixed 302, in
# the same run, on loopback only. Not a test: it prints numbers. Run from anywhere: bench/redirect/run.sh
#
# What it does: builds the API, starts Herald on the embedded H2 database in a fresh data directory, where the first
# admin creates one content item and their link through the API (bench/redirect/BenchHerald.java), starts nginx with
# its own config in a temp dir, warms both up, then runs wrk at 50 and 200 connections for 20 s each with a browser
# user agent (nginx then Herald, per level), stops Herald gracefully (the click buffer is flushed) and compares the
# clicks in the database with the requests wrk completed.
#
# Needs: a JDK 21+ (JAVA_HOME or /usr/lib/jvm), nginx and wrk (Debian packages; installed with apt-get if missing).
# Environment: DURATION (default 20s), WARMUP (30s; the JIT keeps compiling Herald's paths for about that long),
# LEVELS ("50 200"), HERALD_PORT and NGINX_PORT (default: free ports picked at random; a port something already
# listens on is refused, so no other server is ever loaded), HERALD_CP (the class path of an earlier build to compare
# with, e.g. copies of api/target/herald-api.jar and api/target/libs; when set, nothing is built).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-30s}"
LEVELS="${LEVELS:-50 200}"
source bench/ports.sh
HERALD_PORT="${HERALD_PORT:-$(free_port)}"
NGINX_PORT="${NGINX_PORT:-$(free_port)}"
for p in "$HERALD_PORT" "$NGINX_PORT"; do
  if listening "$p"; then echo "Port $p is already in use: refusing to benchmark someone else's server." >&2; exit 1; fi
done
UA="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq nginx-light wrk >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
if [ -z "${JAVA_HOME:-}" ]; then
  source bench/jdk.sh
fi
JAVA="$JAVA_HOME/bin/java"

work="$(mktemp -d /tmp/herald-bench.XXXXXX)"
herald_pid=""; nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$herald_pid" ] && kill "$herald_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "== build"
[ -n "${HERALD_CP:-}" ] || ./mvnw -B -q -o -DskipTests -pl api -am package 2>/dev/null \
  || ./mvnw -B -q -DskipTests -pl api -am package
CP="${HERALD_CP:-api/target/herald-api.jar:api/target/libs/*}"

echo "== start Herald (data in $work/data) and nginx"
"$JAVA" -cp "$CP" bench/redirect/BenchHerald.java "$work/data" "$HERALD_PORT" >"$work/herald.log" 2>&1 &
herald_pid=$!
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT backlog=8192;
    location / {
      add_header Cache-Control no-store always;
      return 302 "https://www.example.com/landing?ref=bench&utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=bench-campaign&utm_content=AAAAAAAAAA&hclid=AAAAAAAAAAAAAAAAAAAAAA#top";
    }
  }
}
CONF
"$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 1 120); do grep -qE 'BENCH_(READY|FAILED)' "$work/herald.log" && break; sleep 0.5; done
if ! grep -q BENCH_READY "$work/herald.log"; then tail -20 "$work/herald.log"; echo "Herald did not start" >&2; exit 1; fi
code="$(sed -n 's/.*BENCH_READY code=\([^ ]*\).*/\1/p' "$work/herald.log")"
herald_url="http://127.0.0.1:$HERALD_PORT/r/$code"
nginx_url="http://127.0.0.1:$NGINX_PORT/r/$code"
first="$(curl -s -o /dev/null -w "%{http_code} -> %{redirect_url}" -A "$UA" "$herald_url")"
echo "Herald: $first"
case "$first" in 302*) ;; *) echo "Herald did not redirect: not benchmarking" >&2; exit 1 ;; esac
sleep 0.5
reference="$(curl -s -o /dev/null -w "%{http_code} -> %{redirect_url}" -A "$UA" "$nginx_url")"
echo "nginx:  $reference"
case "$reference" in 302*) ;; *) echo "nginx did not redirect: not benchmarking" >&2; exit 1 ;; esac
sent=1  # the curl above

run_wrk() { # name url connections duration -> prints one result line, adds completed requests for Herald
  local out
  out="$(wrk -t2 -c"$3" -d"$4" --latency -H "User-Agent: $UA" "$2")"
  echo "$out" >"$work/wrk-$1-c$3-$4.txt"
  local rps p50 p99 reqs errs
  rps="$(echo "$out" | awk '/Requests\/sec/ {print $2}')"
  p50="$(echo "$out" | awk '$1=="50%" {print $2}')"
  p99="$(echo "$out" | awk '$1=="99%" {print $2}')"
  reqs="$(echo "$out" | awk '/requests in/ {print $1}')"
  errs="$(echo "$out" | awk '/Socket errors|Non-2xx/ {printf "%s ", $0}')"
  echo "$1 $3 $rps $p50 $p99 $reqs $errs"
}
to_ms() { # wrk latency (e.g. 512.00us, 1.20ms, 1.01s) -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

echo "== warm-up ($WARMUP each)"
w="$(run_wrk herald "$herald_url" 50 "$WARMUP")"; sent=$((sent + $(echo "$w" | awk '{print $6}')))
run_wrk nginx "$nginx_url" 50 "$WARMUP" >/dev/null

declare -A result
for c in $LEVELS; do
  echo "== c=$c, $DURATION each"
  n="$(run_wrk nginx "$nginx_url" "$c" "$DURATION")"; echo "   $n"
  h="$(run_wrk herald "$herald_url" "$c" "$DURATION")"; echo "   $h"
  result["nginx-$c"]="$n"; result["herald-$c"]="$h"
  sent=$((sent + $(echo "$h" | awk '{print $6}')))
done

dropped_metric="$(curl -s -H 'Accept: text/plain' "http://127.0.0.1:$HERALD_PORT/observe/metrics" \
                  | awk '/^herald_clicks_dropped_total/ {print $2}')"
echo "== graceful shutdown of Herald (flushes the click buffer)"
kill -TERM "$herald_pid"; wait "$herald_pid" 2>/dev/null || true; herald_pid=""
grep BENCH_STOPPED "$work/herald.log" || true
H2="$(ls api/target/libs/h2-*.jar)"
count() {
  "$JAVA" -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/herald;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE" \
    -user herald -password herald -sql "$1" | awk 'NR==2 {print $1}'
}
clicks="$(count 'SELECT COUNT(*) FROM clicks')"
bots="$(count 'SELECT COUNT(*) FROM bot_visits')"
rollup="$(count 'SELECT SUM(clicks) FROM click_daily')"

echo
echo "== results ($(nproc) cores, wrk -t2, browser user agent, $DURATION per run)"
printf "%-6s %-7s %12s %10s %10s %12s\n" conns server "requests/s" "p50 ms" "p99 ms" "Herald/nginx"
for c in $LEVELS; do
  read -r _ _ nrps np50 np99 _ <<<"${result[nginx-$c]}"
  read -r _ _ hrps hp50 hp99 _ <<<"${result[herald-$c]}"
  ratio="$(awk -v h="$hrps" -v n="$nrps" 'BEGIN { printf "%.2f", h / n }')"
  printf "%-6s %-7s %12s %10s %10s %12s\n" "$c" nginx "$nrps" "$(to_ms "$np50")" "$(to_ms "$np99")" ""
  printf "%-6s %-7s %12s %10s %10s %12s\n" "$c" herald "$hrps" "$(to_ms "$hp50")" "$(to_ms "$hp99")" "${ratio}x"
done
echo
echo "requests completed by wrk against Herald (incl. warm-up and the first curl): $sent"
echo "clicks in the database after shutdown: $clicks (bot visits: $bots, daily rollup sum: $rollup)"
echo "dropped-clicks metric before shutdown: ${dropped_metric:-0}"
echo "(wrk does not count the requests still in flight when a run stops, so clicks may exceed requests by up to"
echo " the connections of all Herald runs added up; clicks below requests would be a loss.)"
echo "raw wrk output and logs: $work"
