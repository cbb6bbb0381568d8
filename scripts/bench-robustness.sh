#!/usr/bin/env bash
# Interleaved whole-process timings of `aidx robustness --synthetic` against the plain-Java
# timing reference (../shared/bench/robustness-reference/Proto.java, compiled into a temporary
# folder when present; skipped otherwise). JVM start-up is included in both.
#   scripts/bench-robustness.sh [RUNS ...]          (default: 100000 1000000; 5 rounds each)
# Environment: ROUNDS (default 5), SIZE (default 200x60), SEED (default 1), THREADS (default 2);
# BEFORE=/path/to/another/clone/aidx also times that launcher in each round (e.g. a build of main,
# for before/after figures); its output must be byte-identical to this clone's.
# Prints one line per run (wall and user+sys CPU seconds, load average) and, per RUNS, the
# min–max of each program and the ratio of their minima and medians. Other work on the machine
# shows in the load average: compare only figures taken in the same session.
set -euo pipefail
here="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-5}"
size="${SIZE:-200x60}"
seed="${SEED:-1}"
threads="${THREADS:-2}"
before="${BEFORE:-}"
runs_list=("$@")
[[ ${#runs_list[@]} -gt 0 ]] || runs_list=(100000 1000000)
units="${size%x*}"
inds="${size#*x}"

ref_src="$here/../shared/bench/robustness-reference/Proto.java"
ref_classes=""
if [[ -f "$ref_src" ]]; then
  ref_classes="$(mktemp -d)"
  trap 'rm -rf "$ref_classes"' EXIT
  javac -d "$ref_classes" "$ref_src"
else
  echo "reference not found at $ref_src: timing aidx alone" >&2
fi
# build the jar and the CDS archive first, so that no timed run builds them
"$here/aidx" --version >/dev/null

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); nproc: $(nproc); $(lscpu | grep -m1 'Model name' | tr -s ' ')"
# one timed run: prints "wall cpu load"
timed() {
  local t
  t="$(mktemp)"
  /usr/bin/time -f '%e %U %S' -o "$t" "$@" >/dev/null 2>&1
  awk -v l="$(cut -d' ' -f1 /proc/loadavg)" '{printf "%.2f %.2f %s\n", $1, $2 + $3, l}' "$t"
  rm -f "$t"
}
stats() { # min, median, max of stdin
  sort -n | awk '{v[NR]=$1} END{printf "%.2f %.2f %.2f\n", v[1], v[int((NR+1)/2)], v[NR]}'
}
for runs in "${runs_list[@]}"; do
  a=()
  r=()
  b=()
  if [[ -n "$before" ]]; then
    cmp -s <("$here/aidx" robustness --synthetic "$size" --runs 1000 --seed "$seed" --quiet) \
      <("$before" robustness --synthetic "$size" --runs 1000 --seed "$seed" --quiet) ||
      echo "warning: $before prints another table than $here/aidx" >&2
  fi
  for ((k = 1; k <= rounds; k++)); do
    if [[ -n "$before" ]]; then
      read -r w c l < <(timed "$before" robustness --synthetic "$size" --runs "$runs" \
        --seed "$seed" --threads "$threads" --quiet)
      echo "runs $runs round $k before    wall $w s cpu $c s load $l"
      b+=("$w")
    fi
    read -r w c l < <(timed "$here/aidx" robustness --synthetic "$size" --runs "$runs" \
      --seed "$seed" --threads "$threads" --quiet)
    echo "runs $runs round $k aidx      wall $w s cpu $c s load $l"
    a+=("$w")
    if [[ -n "$ref_classes" ]]; then
      read -r w c l < <(timed java -cp "$ref_classes" Proto fast "$units" "$inds" "$runs" "$seed" \
        "$threads")
      echo "runs $runs round $k reference wall $w s cpu $c s load $l"
      r+=("$w")
    fi
  done
  read -r amin amed amax < <(printf '%s\n' "${a[@]}" | stats)
  if [[ -n "$before" ]]; then
    read -r bmin bmed bmax < <(printf '%s\n' "${b[@]}" | stats)
    echo "runs $runs: before $bmin–$bmax s (median $bmed)"
  fi
  if [[ -n "$ref_classes" ]]; then
    read -r rmin rmed rmax < <(printf '%s\n' "${r[@]}" | stats)
    awk -v n="$runs" -v a1="$amin" -v a2="$amed" -v a3="$amax" -v r1="$rmin" -v r2="$rmed" \
      -v r3="$rmax" 'BEGIN{printf "runs %d: aidx %.2f–%.2f s (median %.2f), reference %.2f–%.2f s (median %.2f); ratio of minima %.2f, of medians %.2f\n", n, a1, a3, a2, r1, r3, r2, a1 / r1, a2 / r2}'
  else
    echo "runs $runs: aidx $amin–$amax s (median $amed)"
  fi
done
