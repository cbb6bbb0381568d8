#!/usr/bin/env bash
# Benchmark of the records engines (not a test): seeded synthetic records (aidx records generate,
# the conference records' shape) run through the built-in conference-authorship job, by DuckDB in
# process and by Spark in local mode, one fresh JVM per run. Prints CSV: rows, engine, wall time,
# rows per second, peak memory (max RSS of the JVM, from /usr/bin/time), and whether both engines
# wrote identical tables.
# Usage: scripts/bench-records.sh [ROWS ...]        (default: 1000000 10000000)
#   BENCH_DIR (default target/bench-records), BENCH_MASTER (default local[*]), BENCH_XMX (default 4g),
#   BENCH_ENGINES (default "duckdb spark"). cpu_s (user + system) is less sensitive than wall time
#   to other processes on a shared machine; load_avg_1m says how busy it was.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir="${BENCH_DIR:-target/bench-records}"
mkdir -p "$dir"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$dir/classpath.txt" >&2
# test-classes: the servlet shim Spark 4.0 needs beside servlet-api 6 (see SingleThreadModel.java)
cp="target/classes:target/test-classes:$(cat "$dir/classpath.txt")"
# Spark on Java 17 (same flags as the surefire argLine in pom.xml)
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000000 10000000)
echo "rows,engine,wall_s,cpu_s,rows_per_s,max_rss_mb,load_avg_1m"
for n in "${sizes[@]}"; do
  f="$dir/synthetic-$n.csv"
  [[ -f "$f" ]] || java -cp "$cp" org.aidx.cli.Main records generate --rows "$n" --seed 1 --out "$f" >&2
  for engine in ${BENCH_ENGINES:-duckdb spark}; do
    out="$dir/out-$engine-$n"
    args=(records run conference-authorship --input "papers=$f" --quiet --out "$out")
    [[ $engine == spark ]] && args+=(--engine spark --master "${BENCH_MASTER:-local[*]}")
    load=$(cut -d' ' -f1 /proc/loadavg)
    SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" \
      java $opens -Xmx"${BENCH_XMX:-4g}" -cp "$cp" org.aidx.cli.Main "${args[@]}" 2>"$dir/log-$engine-$n.txt"
    read -r wall user sys rss <"$dir/time.txt"
    echo "$n,$engine,$wall,$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}'),$(awk -v n="$n" -v w="$wall" 'BEGIN{printf "%.0f", n/w}'),$((rss / 1024)),$load"
  done
  [[ " ${BENCH_ENGINES:-duckdb spark} " == *" spark "* && " ${BENCH_ENGINES:-duckdb spark} " == *" duckdb "* ]] || continue
  if cmp -s "$dir/out-duckdb-$n/ai-conference-authorship.csv" "$dir/out-spark-$n/ai-conference-authorship.csv"; then
    echo "# $n rows: DuckDB and Spark tables identical"
  else
    echo "# $n rows: DuckDB and Spark tables DIFFER"
  fi
done
