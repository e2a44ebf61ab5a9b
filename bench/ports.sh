# Sourced by the benchmark scripts: loopback ports. listening PORT: whether something listens there; free_port: a port
# nothing listens on (a benchmark never loads someone else's server).
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! listening "$p"; then echo "$p"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}
