#!/usr/bin/env bash
# Rows per second of each Hanse Spark job in local[2] mode at three sizes, on SYNTHETIC data.
# Usage: bench/spark/run.sh [SIZE ...]     (default sizes: 100000 1000000 10000000 rows)
# Environment: HANSE_TARGET (build folder, default target), HANSE_BENCH_TIMEOUT (seconds one job may take, default
# 1500), HANSE_BENCH_COMMIT (commit to name when the tree is not a git checkout), HANSE_BENCH_NOTE (a line about the machine's other load, copied into the results).
# Writes bench/spark/RESULTS.md with the machine, the date, the commit and one line per job and size.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000 1000000 10000000)
limit="${HANSE_BENCH_TIMEOUT:-1500}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
launcher="$root/spark/bin/hanse-spark"

# Build once (if needed) before any timing, then keep that build for every run.
"$launcher" --help >/dev/null
export HANSE_SPARK_BUILD=never

# A job's status line: ok, or why there is no number.
run() {
  local log="$1"
  shift
  if /usr/bin/time -f '%U %S' -o "$log.cpu" timeout "$limit" "$launcher" "$@" --master 'local[2]' >"$log" 2>&1; then
    return 0
  fi
  return 1
}
field() { sed -n "s/^ *$2 *: \(.*\)$/\1/p" "$1/summary.txt" | head -1; }
secs() { field "$1" 'wall-clock time' | sed 's/ s$//'; }
rate() { field "$1" 'input rate' | sed 's/ rows\/s$//'; }
# CPU seconds (user + system) of the job's JVM, start-up included: unlike wall-clock time, it barely depends on
# what else runs on the machine.
cpu() { awk 'NR==1 {printf "%.1f", $1 + $2}' "$1.cpu"; }
per_cpu() { awk -v n="$1" -v c="$2" 'BEGIN {printf "%.0f", n / c}'; }
row() { echo "| $1 | $2 | $3 | $4 | $5 | $6 | $7 |" >>"$out"; }
failed() { row "$1" "$2" "—" "—" "—" "—" "did not finish within $limit s (or failed)"; }

out="$here/RESULTS.md"
commit="${HANSE_BENCH_COMMIT:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)}"
{
  echo "# Hanse Spark jobs, local[2]"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit."
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB memory, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  [ -n "${HANSE_BENCH_NOTE:-}" ] && echo "- $HANSE_BENCH_NOTE"
  echo "- Data: SYNTHETIC (\`hanse-spark generate-*\`, seed 1): 5,000 synthetic cities; events over 120 months;"
  echo "  offices of n/200 + 50 firms in 6 sectors. They describe no real city, firm or event."
  echo "- rows/s = input rows / wall-clock time of the whole job as its summary reports it (JVM start excluded;"
  echo "  reading, computing, writing Parquet and CSV included), driver JVM -Xmx2g, one run each."
  echo
  echo "- CPU s = user + system CPU seconds of the job's JVM (start-up included); rows per CPU s = input rows / CPU s."
  echo
  echo "| job | input rows | wall-clock s | rows/s | CPU s | rows per CPU s | input |"
  echo "|---|---:|---:|---:|---:|---:|---|"
} >"$out"

run "$work/gen-cities.log" generate-cities --rows 5000 --seed 1 --output "$work/cities"
for n in "${sizes[@]}"; do
  if run "$work/gen-events-$n.log" generate-events --rows "$n" --seed 1 --cities "$work/cities/cities.csv" \
      --output "$work/events-$n"; then
    if run "$work/inter-$n.log" interactions --events "$work/events-$n/events" --cities "$work/cities/cities.csv" \
        --output "$work/inter-$n"; then
      c="$(cpu "$work/inter-$n.log")"
      row interactions "$n" "$(secs "$work/inter-$n")" "$(rate "$work/inter-$n")" "$c" "$(per_cpu "$n" "$c")" \
        "GDELT 2.0 text (61 fields)"
      # The network job reads the interaction table of the same run; its input rows are the merged edges.
      if run "$work/net-$n.log" network --interactions "$work/inter-$n/interactions" --output "$work/net-$n"; then
        edges="$(field "$work/net-$n" 'edges (parallel edges merged)')"
        iters="$(field "$work/net-$n" PageRank | sed 's/ iterations.*//')"
        c="$(cpu "$work/net-$n.log")"
        row "network (degree, strength, PageRank to 1e-10)" "$edges edges" "$(secs "$work/net-$n")" \
          "$(rate "$work/net-$n")" "$c" "$(per_cpu "${edges//,/}" "$c")" \
          "city pairs of the $n events; $iters PageRank iterations"
      else
        failed "network" "edges of $n events"
      fi
    else
      failed interactions "$n"
    fi
  else
    failed "generate-events" "$n"
  fi
  rm -rf "$work/events-$n"
  if run "$work/gen-offices-$n.log" generate-offices --rows "$n" --seed 1 --city-count 5000 \
      --firms $((n / 200 + 50)) --output "$work/offices-$n" \
    && run "$work/inm-$n.log" connectivity --table "$work/offices-$n/offices" --format csv --output "$work/inm-$n"; then
    c="$(cpu "$work/inm-$n.log")"
    row "connectivity (GNC, sector GNC, top 100 dyads)" "$n" "$(secs "$work/inm-$n")" "$(rate "$work/inm-$n")" \
      "$c" "$(per_cpu "$n" "$c")" "city x firm CSV"
  else
    failed connectivity "$n"
  fi
  rm -rf "$work/offices-$n" "$work/inter-$n" "$work/net-$n" "$work/inm-$n"
done
echo >>"$out"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$out"
echo "written $out"
cat "$out"
