#!/usr/bin/env bash
# The extension benchmark, a program rather than a test: the built extension in headless Chromium against the fixture
# copies of X and LinkedIn and a real Herald API in the same JVM (100 rules, a library of 200 then 2,000 items).
# Keystroke to findings, focus to findings (first, again, cold worker), script sizes, and the content script's cost
# on a busy timeline, each against a reference measured in the same run. See README.md beside this file.
#
#   bench/extension/run.sh          the whole benchmark (about 3 minutes on 2 idle cores, after the build)
#   bench/extension/run.sh quick    a few samples of each, to try the program; not figures to report
#
# Offline: Maven runs with -o and the fixture pages' npm libraries must already be in extension/node_modules (the
# extension's tests install them: ./mvnw -pl extension -am verify, or java extension/src/build/NpmCi.java extension).
# Needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${JAVA_HOME:-}" ]; then
  source bench/jdk.sh
fi

case "${1:-full}" in
  full|quick) ;;
  *) echo "usage: bench/extension/run.sh [quick]" >&2; exit 2 ;;
esac

if [ ! -d extension/node_modules/draft-js ] || [ ! -d extension/node_modules/quill ]; then
  echo "extension/node_modules has no fixture libraries; install them once (npm ci, pinned by package-lock.json):" >&2
  echo "  $JAVA_HOME/bin/java extension/src/build/NpmCi.java extension" >&2
  exit 1
fi

# Builds common, the API and the extension (its scripts, the zip, the test classes) in one reactor, offline, and
# writes the extension's test class path; the API comes from this reactor, never from ~/.m2.
./mvnw -B -q -o -pl extension -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd extension
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
# The API's and Selenium's logs go to a file; on a failure its end is shown.
log=target/extension-bench.log
if ! "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -cp "$classpath" io.herald.extension.product.ExtensionBench \
    ../engine/target/classes/herald/engine.js ../bench/extension/probes.js "${1:-full}" 2> "$log"; then
  tail -n 40 "$log" >&2
  exit 1
fi
