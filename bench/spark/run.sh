#!/usr/bin/env bash
# Rows per second of each Hanse Spark job in local[2] mode on SYNTHETIC data, at the sizes given.
# Usage: bench/spark/run.sh [SIZE ...]     (default 1e5 1e6 1e7; sizes as whole numbers or 1e5-style)
# Environment:
#   HANSE_TARGET           build folder of the launcher (default target)
#   HANSE_SPARK_JAVA_OPTS  JVM options of every job (default -Xmx2g), recorded with the results
#   HANSE_BENCH_TIMEOUT    seconds one job may take (default: the larger of 1500 and rows/1000)
#   HANSE_BENCH_NOTE       a line about the machine's other load, recorded with the results
#   HANSE_BENCH_COMMIT     commit to name when the tree is not a git checkout
#   HANSE_BENCH_RESULTS    folder of the raw results (default bench/spark/results); RESULTS.md beside this script
#                          is regenerated only when the default is used
# Keeps the raw results of the run in RESULTS/<UTC date and time>/ (machine.txt, run.txt, and per job its
# summary.txt, CPU seconds, log, exit status and load average before and after), prints the run's table and
# regenerates bench/spark/RESULTS.md from every run kept (results.py).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=()
for s in "${@:-1e5 1e6 1e7}"; do
  for one in $s; do
    [[ "$one" =~ ^[0-9]+([.][0-9]+)?([eE][0-9]+)?$ ]] || { echo "run.sh: not a size: $one" >&2; exit 2; }
    sizes+=("$(printf '%.0f' "$one")")
  done
done
results_root="${HANSE_BENCH_RESULTS:-$here/results}"
stamp="$(date -u '+%Y-%m-%dT%H%MZ')"
raw="$results_root/$stamp"
mkdir -p "$raw"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
launcher="$root/spark/bin/hanse-spark"
export HANSE_SPARK_JAVA_OPTS="${HANSE_SPARK_JAVA_OPTS:--Xmx2g}"

# Build once (if needed) before any timing, then keep that build for every run.
"$launcher" --help >/dev/null
export HANSE_SPARK_BUILD=never

load() { cut -d' ' -f1-3 /proc/loadavg; }
commit="${HANSE_BENCH_COMMIT:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)}"
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1 \
    && [ -n "$(git -C "$root" status --porcelain -- spark model analysis pom.xml 2>/dev/null)" ]; then
  commit="$commit (with uncommitted changes to the jobs)"
fi
{
  echo "cores: $(nproc)"
  echo "memory: $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "os: $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1)"
} >"$raw/machine.txt"
{
  echo "start: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "commit: $commit"
  echo "sizes: ${sizes[*]}"
  echo "master: local[2]"
  echo "jvm: $HANSE_SPARK_JAVA_OPTS"
  echo "load before: $(load)"
  [ -n "${HANSE_BENCH_NOTE:-}" ] && echo "note: $HANSE_BENCH_NOTE"
} >"$raw/run.txt"

# Runs one job; keeps its log, CPU seconds (user system), exit status, load before/after and summary.txt.
# $1 = name of the result, $2 = output folder of the job (summary.txt is copied from it), rest = job arguments.
run() {
  local name="$1" out="$2"
  shift 2
  local limit="$timeout"
  echo "$(load)" >"$raw/$name.load"
  local status=0
  /usr/bin/time -f '%U %S' -o "$raw/$name.cpu" timeout "$limit" "$launcher" "$@" --master 'local[2]' \
    >"$raw/$name.log" 2>&1 || status=$?
  echo "$(load)" >>"$raw/$name.load"
  echo "$status" >"$raw/$name.status"
  [ -f "$out/summary.txt" ] && cp "$out/summary.txt" "$raw/$name.summary.txt"
  echo "run.sh: $name exit $status ($(awk 'NR==1 {printf "%.1f", $1 + $2}' "$raw/$name.cpu" 2>/dev/null) CPU s)" >&2
  return "$status"
}

timeout=1500
run gen-cities "$work/cities" generate-cities --rows 5000 --seed 1 --output "$work/cities"
for n in "${sizes[@]}"; do
  timeout="${HANSE_BENCH_TIMEOUT:-$(( n / 1000 > 1500 ? n / 1000 : 1500 ))}"
  if run "gen-events-$n" "$work/events-$n" generate-events --rows "$n" --seed 1 \
      --cities "$work/cities/cities.csv" --output "$work/events-$n"; then
    du -sb "$work/events-$n/events" | cut -f1 >"$raw/events-$n.bytes"
    if run "interactions-$n" "$work/inter-$n" interactions --events "$work/events-$n/events" \
        --cities "$work/cities/cities.csv" --output "$work/inter-$n"; then
      # The network job reads the interaction table of the same run; its input rows are the merged edges.
      run "network-$n" "$work/net-$n" network --interactions "$work/inter-$n/interactions" \
        --output "$work/net-$n" || true
    fi
  fi
  rm -rf "$work/events-$n" "$work/inter-$n" "$work/net-$n"
  if run "gen-offices-$n" "$work/offices-$n" generate-offices --rows "$n" --seed 1 --city-count 5000 \
      --firms $((n / 200 + 50)) --output "$work/offices-$n"; then
    run "connectivity-$n" "$work/inm-$n" connectivity --table "$work/offices-$n/offices" --format csv \
      --output "$work/inm-$n" || true
  fi
  rm -rf "$work/offices-$n" "$work/inm-$n"
done
{
  echo "end: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "load after: $(load)"
} >>"$raw/run.txt"

python3 "$here/results.py" "$raw"
if [ -z "${HANSE_BENCH_RESULTS:-}" ]; then
  # RESULTS.md: every run kept under results/, newest first.
  python3 "$here/results.py" >"$here/RESULTS.md"
  echo "kept the raw results in $raw; wrote $here/RESULTS.md"
else
  echo "kept the raw results in $raw"
fi
