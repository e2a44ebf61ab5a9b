# Sourced by the benchmark scripts: finds a JDK 21+ the same way ./herald does and exports JAVA_HOME.
JAVA_HOME=$(bash -c 'source <(sed -n "/^java_major()/,/^}/p;/^find_jdk()/,/^}/p" ./herald); find_jdk') || {
  echo "No JDK 21+ found; see README.md" >&2; exit 1; }
export JAVA_HOME
