#!/usr/bin/env bash
# Load benchmark of aidx serve (not a test): starts the server from target/aidx.jar on a free
# loopback port with a fresh store, runs org.aidx.bench.ServerLoad against it (mixed, cached,
# revalidate, static and slowloris loads, each bounded in time and requests), prints requests per
# second, p50/p99/max latency and answers by status, then stops the server.
# Usage: scripts/bench-server.sh [SECONDS] [CLIENTS] [LOADS] [SLOW]
#   defaults: 20 s per load, 50 clients, mixed,cached,revalidate,static,slowloris, 300 stalled bodies
#   BENCH_JAR=path/to/aidx.jar  benchmark another build (e.g. the previous one, side by side)
#   BENCH_CLASSPATH=classes:jars  or run the server from a class path (an unpackaged old build)
#   BENCH_SERVER_OPTS="--body-timeout 5"  extra options for aidx serve
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/serve.jfr"  JVM options of the server
# Loopback only: the server binds 127.0.0.1 and ServerLoad refuses any other address.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=target/bench-server
mkdir -p "$dir"
jar="${BENCH_JAR:-target/aidx.jar}"
if [[ -z "${BENCH_JAR:-}${BENCH_CLASSPATH:-}" ]] && { [[ ! -f "$jar" ]] ||
  [[ -n "$(find pom.xml src/main -newer "$jar" -print -quit)" ]]; }; then
  mvn -B -q -DskipTests package >&2
fi
if [[ ! -f "$dir/classpath.txt" || pom.xml -nt "$dir/classpath.txt" ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$dir/classpath.txt" >&2
fi
mvn -B -q test-compile >&2
store="$(mktemp -d /tmp/aidx-bench-store.XXXXXX)"
log="$dir/serve.log"
# emptied here, before the server starts: the background redirection below may truncate it only
# after the loop has read the previous run's address
: >"$log"
server_cmd=(-jar "$jar")
if [[ -n "${BENCH_CLASSPATH:-}" ]]; then
  server_cmd=(-cp "$BENCH_CLASSPATH" org.aidx.cli.Main)
  jar="class path ${BENCH_CLASSPATH%%:*}"
fi
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} "${server_cmd[@]}" serve --host 127.0.0.1 --port 0 --data-dir "$store" \
  ${BENCH_SERVER_OPTS:-} >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$store"' EXIT
url=""
for _ in $(seq 1 300); do
  url=$(sed -n 's/.*dashboard at \(http:[^ ]*\)/\1/p' "$log" | head -1)
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "the server did not start in 30 s" >&2; cat "$log" >&2; exit 1; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load average $(cut -d' ' -f1-3 /proc/loadavg); server: $jar at $url"
java -Xss512k -cp "target/test-classes:target/classes:$(cat "$dir/classpath.txt")" \
  org.aidx.bench.ServerLoad "$url" "$@"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg); server log lines: $(wc -l <"$log")"
