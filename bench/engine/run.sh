#!/usr/bin/env bash
# The engine benchmark of issue 3 ("Speed"), a program rather than a test: lint of a 3,000-character draft against
# 100 rules and ranking against a 10,000-item library, on the JVM and in headless Chromium, p50/p99 per call, each
# runtime with a trivial reference operation timed alongside. See README.md beside this file.
#
#   bench/engine/run.sh           both runtimes
#   bench/engine/run.sh jvm       the JVM only
#   bench/engine/run.sh chromium  Chromium only (needs: apt-get install -y chromium chromium-driver)
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/*/; do
    if [ -x "${jdk}bin/javac" ] && "${jdk}bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME="${jdk%/}"
      break
    fi
  done
fi
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"

# Builds common, engine.js (TeaVM) and the benchmark classes, and writes the test class path of the extension module.
./mvnw -B -q -pl extension -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classpath="extension/target/test-classes:extension/target/classes:common/target/classes"
classpath="$classpath:$(cat extension/target/bench-classpath.txt)"
java="$JAVA_HOME/bin/java"

case "${1:-all}" in
  jvm|all) "$java" -Xms1g -Xmx1g -cp "$classpath" io.herald.extension.bench.JvmBench ;;&
  chromium|all)
    echo
    "$java" -cp "$classpath" io.herald.extension.bench.ChromiumBench \
      engine/target/classes/herald/engine.js bench/engine extension/src/test/js
    ;;
  jvm) ;;
  *) echo "usage: bench/engine/run.sh [jvm|chromium]" >&2; exit 2 ;;
esac
