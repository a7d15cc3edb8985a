#!/usr/bin/env bash
# Times the full main job as a user runs it: `./hanse analyze` on the bundled data, JVM start included.
# The first run (build, first load into the embedded database) is reported separately; then RUNS timed runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
export HANSE_HOME="${HANSE_HOME:-$(mktemp -d)}"
t0=$(date +%s.%N)
./hanse analyze --format json --out "$HANSE_HOME/out" >/dev/null
t1=$(date +%s.%N)
printf 'first run (build if needed + first load into the database + analysis): %.2f s\n' "$(echo "$t1 - $t0" | bc)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "run $i: %e s wall, %M KiB peak RSS" ./hanse analyze --format json --out "$HANSE_HOME/out" >/dev/null
done
