#!/usr/bin/env bash
# Every benchmark of bench/RESULTS.md in one invocation, on the committed code (HEAD), on a quiet machine:
#   1. the comparison with JGraphT, igraph, NetworkX, scipy and numpy (compare/compare.py)  -> compare.jsonl
#   2. the JMH suite, 10 measurement iterations each                                       -> jmh.json, jmh.txt
#   3. betweenness and closeness beyond 10,000 nodes, single shot (single_shot.py)         -> jmh-single-shot-*.json
#   4. `./hanse analyze` on the bundled data, JVM start included (analyze.sh)              -> analyze.jsonl
# into bench/results/DATE/ (raw files, with machine.json and steps.jsonl: load average before and after each step),
# then regenerates the tables of bench/RESULTS.md and the README's speed summary from them (tables.py --write).
#
# HEAD is exported into a scratch folder and built there, so that uncommitted changes in the working tree are not
# measured. Needs the Debian packages python3-igraph, python3-networkx, python3-scipy, python3-numpy and time
# (installed where missing, as root or with sudo). Takes about 90 minutes on 2 cores (up to about 105 when the
# single shots need their whole 20-minute limits).
#
# Options (environment): RESULTS=DIR (default bench/results/DATE), LIMIT_MINUTES (per comparison run, default 5),
# SINGLE_SHOT_LIMIT_MINUTES (default 20). For trying the script out (not for results): STEPS="compare jmh single
# analyze" (a subset), COMPARE_ROWS="MEASURE:INPUT ..." (a subset), JMH_ARGS (extra JMH options and a benchmark
# pattern), SINGLE_SHOT_FIRST (nodes of the first single-shot run, default 20000), ANALYZE_RUNS (default 5),
# SOURCE=DIR (measure this source tree instead of an export of HEAD), TABLES=print (print the tables, do not write).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
date="$(date -u +%F)"
results="${RESULTS:-$root/bench/results/$date}"
steps="${STEPS:-compare jmh single analyze}"
commit="$(git -C "$root" rev-parse HEAD)"
mkdir -p "$results"
results="$(cd "$results" && pwd)"
if [ -n "$(ls -A "$results")" ]; then
  echo "run-all: $results is not empty; move it away or set RESULTS=DIR" >&2
  exit 1
fi

"$root/bench/install-packages.sh"

# Measurements run with a higher priority where allowed (root), so that stray background work disturbs them less.
nice=()
nice_flag=()
if [ "$(id -u)" -eq 0 ]; then nice=(nice -n -10); nice_flag=(--nice); fi

if [ -n "${SOURCE:-}" ]; then
  src="$(cd "$SOURCE" && pwd)"
  commit="$commit (source tree $src, not HEAD)"
else
  src="$(mktemp -d "${TMPDIR:-/tmp}/hanse-bench-XXXXXX")"
  trap 'rm -rf "$src"' EXIT
  git -C "$root" archive HEAD | tar -x -C "$src"
fi
target=target-bench
jar="$src/bench/$target/benchmarks.jar"

loadavg() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' ','; }
utc() { date -u +%Y-%m-%dT%H:%M:%SZ; }
failed=()
step() { # step NAME COMMAND...: runs the command, records its times, exit code and the load average around it
  local name="$1"; shift
  local start before rc=0
  start="$(utc)"; before="$(loadavg)"
  echo "run-all: $name ($start, load $before)" >&2
  "$@" || rc=$?
  printf '{"step": "%s", "utc_start": "%s", "utc_end": "%s", "load_before": [%s], "load_after": [%s], "rc": %d}\n' \
    "$name" "$start" "$(utc)" "$before" "$(loadavg)" "$rc" >>"$results/steps.jsonl"
  if [ "$rc" -ne 0 ]; then
    echo "run-all: $name FAILED (exit $rc)" >&2
    failed+=("$name")
  fi
  return 0
}

/usr/bin/python3 - "$results/machine.json" "$commit" "$(git -C "$root" log -1 --format=%cI HEAD)" <<'PY'
import json, os, platform, subprocess, sys
path, commit, committed = sys.argv[1:4]
info = {"commit": commit, "committed": committed, "cores": os.cpu_count(), "kernel": platform.release(),
        "python": platform.python_version(), "load": list(os.getloadavg())}
with open("/proc/cpuinfo", encoding="utf-8") as f:
    info["cpu"] = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
with open("/proc/meminfo", encoding="utf-8") as f:
    info["ram_gib"] = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
info["java"] = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
info["versions"] = {m: __import__(m).__version__ for m in ("igraph", "networkx", "scipy", "numpy")}
with open(path, "w", encoding="utf-8") as f:
    json.dump(info, f, indent=1)
    f.write("\n")
PY

# Tests are neither compiled nor run here.
build_bench() { (cd "$src" && mvn -q -B -Pbench -Dmaven.test.skip=true -Dhanse.target="$target" -pl bench -am package); }
build_cli() { (cd "$src" && mvn -q -B -Dmaven.test.skip=true -Dhanse.target="$target" -pl cli -am package); }
run_compare() {
  # shellcheck disable=SC2086  # COMPARE_ROWS is a list of rows
  "${nice[@]}" /usr/bin/python3 "$src/bench/compare/compare.py" --jar "$jar" --work "$src/bench/$target/compare" \
    --commit "$commit" --limit-minutes "${LIMIT_MINUTES:-5}" --out "$results/compare.jsonl" ${COMPARE_ROWS:-}
}
run_jmh() {
  # shellcheck disable=SC2086  # JMH_ARGS is a list of options
  (cd "$src" && "${nice[@]}" java -jar "$jar" -e LargeCentralityBenchmark ${JMH_ARGS:-} -rf json \
    -rff "$results/jmh.json" >"$results/jmh.txt")
}
run_single() {
  (cd "$src" && /usr/bin/python3 bench/single_shot.py --jar "$jar" --out "$results" \
    --limit-minutes "${SINGLE_SHOT_LIMIT_MINUTES:-20}" --first "${SINGLE_SHOT_FIRST:-20000}" "${nice_flag[@]}" \
    >"$results/single-shot.txt")
}
run_analyze() {
  (cd "$src" && HANSE_TARGET="$target" OUT="$results/analyze.jsonl" RUNS="${ANALYZE_RUNS:-5}" "${nice[@]}" \
    bench/analyze.sh >"$results/analyze.txt" 2>&1)
}

# Tests are neither compiled nor run here.
step build build_bench
if [ ! -f "$jar" ]; then
  echo "run-all: the benchmark jar did not build; nothing measured" >&2
  exit 1
fi
case " $steps " in *" compare "*) step compare run_compare ;; esac
case " $steps " in *" jmh "*) step jmh run_jmh ;; esac
case " $steps " in *" single "*) step single-shot run_single ;; esac
case " $steps " in *" analyze "*)
  # the command's jar first, so that analyze.sh's first run is the first load into the database, not a build
  step build-cli build_cli
  case " ${failed[*]} " in *" build-cli "*) ;; *) step analyze run_analyze ;; esac ;;
esac

if [ ${#failed[@]} -gt 0 ]; then
  echo "run-all: failed steps: ${failed[*]} (see steps.jsonl and the output above); tables not written" >&2
  /usr/bin/python3 "$root/bench/tables.py" "$results"
  exit 1
fi
if [ "${TABLES:-write}" = write ]; then
  /usr/bin/python3 "$root/bench/tables.py" --write "$results"
  echo "run-all: raw results in $results; bench/RESULTS.md and README.md regenerated from them" >&2
else
  /usr/bin/python3 "$root/bench/tables.py" "$results"
fi
