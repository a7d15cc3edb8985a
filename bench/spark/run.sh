#!/usr/bin/env bash
# Rows per second of each Hanse Spark job in local[2] mode at three sizes, on SYNTHETIC data.
# Usage: bench/spark/run.sh [SIZE ...]     (default sizes: 50000 500000 2000000 rows)
# Writes bench/spark/results-<date>.md with the machine, the date and one line per job and size.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(50000 500000 2000000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() { "$root/spark/bin/hanse-spark" "$@" --master local[2]; }
rate() { sed -n 's/.*input rate *: \([0-9,]*\) rows\/s.*/\1/p' "$1/summary.txt"; }
secs() { sed -n 's/.*wall-clock time *: \([0-9.]*\) s.*/\1/p' "$1/summary.txt"; }

out="$here/results-$(date +%Y-%m-%d).md"
{
  echo "# Hanse Spark jobs, local[2], $(date +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB memory, $(uname -sr), $(java -version 2>&1 | head -1)."
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Data: SYNTHETIC (hanse-spark generate-*), 5,000 synthetic cities, seed 1; rows/s = input rows / wall-clock"
  echo "time of the whole job (reading, computing, writing Parquet and CSV, summary), driver JVM -Xmx2g."
  echo
  echo "| job | input rows | wall-clock s | rows/s | input |"
  echo "|---|---:|---:|---:|---|"
} >"$out"

run generate-cities --rows 5000 --seed 1 --output "$work/cities" >/dev/null
for n in "${sizes[@]}"; do
  run generate-events --rows "$n" --cities "$work/cities/cities.csv" --output "$work/events-$n" >/dev/null
  run interactions --events "$work/events-$n/events" --cities "$work/cities/cities.csv" --output "$work/inter-$n" >/dev/null
  echo "| interactions | $n | $(secs "$work/inter-$n") | $(rate "$work/inter-$n") | GDELT 2.0 text |" >>"$out"
  run network --interactions "$work/inter-$n/interactions" --output "$work/net-$n" >/dev/null
  edges="$(sed -n 's/.*edges (parallel edges merged) *: \([0-9,]*\).*/\1/p' "$work/net-$n/summary.txt")"
  echo "| network (PageRank to 1e-10) | $edges edges | $(secs "$work/net-$n") | $(rate "$work/net-$n") | city pairs of the events |" >>"$out"
  run generate-offices --rows "$n" --city-count 5000 --firms $((n / 200 + 50)) --output "$work/offices-$n" >/dev/null
  run connectivity --table "$work/offices-$n/offices" --format csv --output "$work/inm-$n" >/dev/null
  echo "| connectivity (GNC, sectors, top 100 dyads) | $n | $(secs "$work/inm-$n") | $(rate "$work/inm-$n") | city x firm CSV |" >>"$out"
  rm -rf "$work/events-$n" "$work/offices-$n"
done
echo "written $out"
cat "$out"
