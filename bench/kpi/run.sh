#!/usr/bin/env bash
# KPI benchmark (issue 4): loads a year of data (2,000 employees, 5,000 content items, 10 million clicks as the daily
# rollup the click writer keeps) into the embedded H2 file database in a fresh directory, then times
# GET /api/v1/analytics/summary for a 90-day range on the real server, warm and repeated (p50/p99), against reference
# queries on the same database in the same run. Not a test: it prints numbers. Run from anywhere: bench/kpi/run.sh
#
# Environment: RUNS (default 100), WARMUP (30), RAW_CLICKS=1 to also load 10 million raw clicks rows (the summary
# never reads them; slow), KEEP=1 to keep the data directory, DATA=<dir> to measure again on the data directory a
# KEEP=1 run printed (<dir>/data; no load, the server migrates it to the current schema first).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [ -z "${JAVA_HOME:-}" ]; then
  source bench/jdk.sh
fi
JAVA="$JAVA_HOME/bin/java"
if [ -n "${DATA:-}" ]; then
  work="$(cd "$DATA" && pwd)"
  export REUSE=1 KEEP=1
else
  work="$(mktemp -d /tmp/herald-kpi.XXXXXX)"
fi
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT

echo "== build"
./mvnw -B -q -o -DskipTests -pl api -am package 2>/dev/null || ./mvnw -B -q -DskipTests -pl api -am package
CP="api/target/herald-api.jar:api/target/libs/*"
echo "== load and measure (data in $work)"
"$JAVA" -Xmx2g -cp "$CP" bench/kpi/KpiBench.java "$work/data" 2>"$work/stderr.log" | grep --line-buffered -E "^(LOAD|SAMPLE|RESULT)" || {
  echo "benchmark failed; last log lines:" >&2; tail -20 "$work/stderr.log" >&2; exit 1; }
