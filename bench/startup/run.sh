#!/usr/bin/env bash
# Time from launching Herald (embedded database, fresh and existing data dir) until /observe/health answers 200,
# against a reference measured in the same run: a bare JVM printing its version. Also the CPU time (user + system,
# every thread) Herald had used by then, which the other work on a shared machine disturbs less. See README.md.
# Usage: bench/startup/run.sh [runs]   (build first: ./mvnw -B -q -pl api -am package -DskipTests)
# HERALD_JAR (another build's jar, its libs/ beside it), HERALD_JAVA_OPTS and BENCH_PORT (default: a free one) may
# be set.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
source bench/jdk.sh
source bench/ports.sh
jar=${HERALD_JAR:-api/target/herald-api.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -q -pl api -am package -DskipTests" >&2; exit 1; }
port=${BENCH_PORT:-$(free_port)}
tck=$(getconf CLK_TCK)

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

time_to_health() { # $1 = data dir; prints milliseconds to health and CPU milliseconds by then
  local start pid ms cpu
  start=$(now_ms)
  SERVER_PORT=$port HERALD_DATA_DASH_DIR="$1" "$JAVA_HOME/bin/java" ${HERALD_JAVA_OPTS:-} -jar "$jar" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/observe/health"; do
    sleep 0.02
    if ! kill -0 $pid 2>/dev/null; then echo "Herald exited before it was healthy" >&2; exit 1; fi
    if (( $(now_ms) - start > 30000 )); then kill $pid; echo "not healthy after 30 s" >&2; exit 1; fi
  done
  ms=$(( $(now_ms) - start ))
  cpu=$(awk -v t="$tck" '{print int(($14 + $15) * 1000 / t)}' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms $cpu"
}

reference=() fresh=() existing=() fresh_cpu=() existing_cpu=()
for ((i = 0; i < runs; i++)); do
  s=$(now_ms); "$JAVA_HOME/bin/java" -version >/dev/null 2>&1; reference+=($(( $(now_ms) - s )))
  dir=$(mktemp -d)
  read -r ms cpu < <(time_to_health "$dir"); fresh+=("$ms"); fresh_cpu+=("$cpu")
  read -r ms cpu < <(time_to_health "$dir"); existing+=("$ms"); existing_cpu+=("$cpu")
  rm -rf "$dir"
done
ref=$(printf '%s\n' "${reference[@]}" | median)
f=$(printf '%s\n' "${fresh[@]}" | median)
e=$(printf '%s\n' "${existing[@]}" | median)
fc=$(printf '%s\n' "${fresh_cpu[@]}" | median)
ec=$(printf '%s\n' "${existing_cpu[@]}" | median)
echo "runs: $runs (JDK: $JAVA_HOME)"
echo "reference, bare JVM 'java -version': median ${ref} ms"
echo "Herald healthy, new data dir:       median ${f} ms  ($(awk "BEGIN {printf \"%.1f\", $f/$ref}")x reference), CPU ${fc} ms"
echo "Herald healthy, existing data dir:  median ${e} ms  ($(awk "BEGIN {printf \"%.1f\", $e/$ref}")x reference), CPU ${ec} ms"
echo "target: healthy within 1500 ms of launch; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
