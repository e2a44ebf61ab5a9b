#!/usr/bin/env bash
# Where the redirect's CPU goes: Herald alone (no nginx) under wrk at 50 connections, and the CPU time each of its
# threads used during the measured run, per request, from /proc/<pid>/task/*/stat (Linux). Per-thread CPU time holds
# up better than requests/s on a shared, loaded machine: it says what a request costs, not how fast it went.
# Not a test: it prints numbers. Run from anywhere: bench/redirect/threads.sh [extra JVM or Herald -D options]
# Environment: DURATION (default 20s), WARMUP (30s), CONNECTIONS (50), HERALD_PORT (default: a free port), HERALD_CP (the
# class path of an earlier build to compare with; when set, nothing is built).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-30s}"
CONNECTIONS="${CONNECTIONS:-50}"
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
HERALD_PORT="${HERALD_PORT:-$((20000 + RANDOM % 20000))}"
if listening "$HERALD_PORT"; then echo "Port $HERALD_PORT is in use" >&2; exit 1; fi
UA="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then
  source bench/jdk.sh
fi
work="$(mktemp -d /tmp/herald-threads.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

[ -n "${HERALD_CP:-}" ] || ./mvnw -B -q -o -DskipTests -pl api -am package 2>/dev/null \
  || ./mvnw -B -q -DskipTests -pl api -am package
"$JAVA_HOME/bin/java" "$@" -cp "${HERALD_CP:-api/target/herald-api.jar:api/target/libs/*}" bench/redirect/BenchHerald.java \
  "$work/data" "$HERALD_PORT" >"$work/herald.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do grep -qE 'BENCH_(READY|FAILED)' "$work/herald.log" && break; sleep 0.5; done
grep -q BENCH_READY "$work/herald.log" || { tail -20 "$work/herald.log"; exit 1; }
code="$(sed -n 's/.*BENCH_READY code=\([^ ]*\).*/\1/p' "$work/herald.log")"
url="http://127.0.0.1:$HERALD_PORT/r/$code"

# thread name (digits folded, so the carriers count as one) -> utime+stime ticks, for every thread of $pid
snapshot() {
  for task in /proc/"$pid"/task/*; do
    name="$(tr -d '\n' <"$task/comm" 2>/dev/null | sed 's/[0-9]\+/N/g; s/ /_/g')" || continue
    stat="$(cat "$task/stat" 2>/dev/null)" || continue
    echo "$name $(echo "${stat##*) }" | awk '{print $12 + $13}')"
  done | awk '{t[$1] += $2} END {for (n in t) print n, t[n]}' | sort
}

wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -H "User-Agent: $UA" "$url" >/dev/null
sleep 2  # the writer catches up with the warm-up
before="$(snapshot)"
out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "User-Agent: $UA" "$url")"
after="$(snapshot)"
requests="$(echo "$out" | awk '/requests in/ {print $1}')"
echo "$out" | grep -E 'Requests/sec|50%|99%'
hz="$(getconf CLK_TCK)"
echo "CPU time per request by thread (us), $requests requests at $CONNECTIONS connections, $DURATION:"
join -a2 -e0 -o 0,1.2,2.2 <(echo "$before") <(echo "$after") \
  | awk -v r="$requests" -v hz="$hz" '{d = ($3 - $2) * 1e6 / hz / r; total += d; if (d > 0) printf "  %-28s %8.2f\n", $1, d}
                                      END {printf "  %-28s %8.2f\n", "all threads", total}'
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
grep -E 'BENCH_STOPPED' "$work/herald.log" || true
echo "logs: $work"
