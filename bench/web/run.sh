#!/usr/bin/env bash
# Load benchmark of the main API endpoints: 50 concurrent clients (wrk connections) against `hanse serve` on
# loopback, over the bundled data loaded into a throwaway H2 database (or HANSE_BENCH_DB). Prints requests per second and p50/p95/p99 latency per endpoint, and writes the
# same table to bench/web/results.tsv. Bounded: each endpoint runs for DURATION (default 15s) after a warm-up.
#
# Usage: bench/web/run.sh [DURATION]      (needs wrk: apt-get install wrk; builds Hanse on first use)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/web"
duration="${1:-15s}"
port="${HANSE_BENCH_PORT:-7391}"
connections=50
threads=2

command -v wrk >/dev/null || { echo "bench/web: wrk is needed (apt-get install wrk)" >&2; exit 1; }

# Start the server through the normal launcher, on loopback only, over its own database so that the benchmark
# neither reads nor changes the user's knowledge base (the first start loads the bundled data into it).
log="$(mktemp)"
dbdir="$(mktemp -d)"
db="${HANSE_BENCH_DB:-jdbc:h2:file:$dbdir/hanse}"
# HANSE_CMD may name another way to run Hanse (e.g. "java -jar cli/target/hanse.jar"). Without the warm-up, so
# that the "first request" column times each endpoint's own first computation and the warm-up's work does not
# share the cores with the measured requests.
${HANSE_CMD:-"$root/hanse"} serve --no-warm-up --host 127.0.0.1 --port "$port" --db "$db" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"; rm -rf "$dbdir"' EXIT
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/api/v1/clusters" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "bench/web: the server did not start:" >&2; cat "$log" >&2; exit 1; fi
  sleep 0.5
done
grep -m1 "^Hanse is serving" "$log" || head -1 "$log"

base="http://127.0.0.1:$port"
# A cluster and a city that exist in the served data, so every request is a 200.
cluster="$(curl -fs "$base/api/v1/clusters" | sed -n 's/^\[{"id":"\([^"]*\)".*/\1/p')"
city="$(curl -fs "$base/api/v1/clusters/$cluster" | sed -n 's/.*"centralIds":\["\([^"]*\)".*/\1/p')"
endpoints=(
  "/api/v1/clusters"
  "/api/v1/cities?size=50"
  "/api/v1/cities/$city"
  "/api/v1/ties?type=sister_city&size=50"
  "/api/v1/clusters/$cluster/members"
  "/api/v1/rankings/ties?size=50"
  "/api/v1/map?type=sister_city"
  "/api/v1/network?layer=sister_city&limit=300"
  "/api/v1/clusters/$cluster/assessment"
  "/api/v1/advice/partners?cluster=$cluster&kind=city&limit=10"
)

out="$here/results.tsv"
printf "endpoint\tfirst_ms\treq_per_s\tp50_ms\tp95_ms\tp99_ms\trequests\terrors\n" | tee "$out"
for path in "${endpoints[@]}"; do
  # The first request pays for what is computed once per revision of the data (snapshot, assessment, advice);
  # it is timed on its own, then wrk warms up (JIT) and measures the steady state.
  first="$(curl -s -o /dev/null --max-time 600 -w '%{time_total}' "$base$path" | awk '{printf "%.0f", $1 * 1000}')"
  wrk -t1 -c4 -d3s "$base$path" >/dev/null
  line="$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s "$here/report.lua" "$base$path" \
    | sed -n 's/^RESULT\t//p')"
  printf "%s\t%s\t%s\n" "$path" "$first" "$line" | tee -a "$out"
done
echo "($connections concurrent connections, $threads wrk threads, $duration per endpoint, $(nproc) cores; server and wrk share the machine)"
