#!/usr/bin/env bash
# Times the full main job as a user runs it: `./hanse analyze` on the bundled data, JVM start included.
# The first run (build if needed, first load into the embedded database) is reported separately; then RUNS timed
# runs (default 5). With OUT=FILE, every run is also one JSON line in FILE: wall seconds, peak RSS, and the steps
# that took over a second as the command reports them on stderr (where the time goes).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${RUNS:-5}"
out="${OUT:-}"
export HANSE_HOME="${HANSE_HOME:-$(mktemp -d)}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# one_run LABEL: runs the command once under /usr/bin/time, prints a line, appends a JSON line to $out if set
one_run() {
  local label="$1"
  local load_before
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" ./hanse analyze --format json --out "$HANSE_HOME/out" \
    >/dev/null 2>"$tmp/stderr"
  read -r wall peak user sys <"$tmp/time"
  printf '%s: %s s wall, %s KiB peak RSS, %s s CPU\n' "$label" "$wall" "$peak" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
  grep '^hanse: ' "$tmp/stderr" | sed 's/^/  /' || true
  if [ -n "$out" ]; then
    /usr/bin/python3 - "$label" "$wall" "$peak" "$user" "$sys" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" \
      "$tmp/stderr" "$root" "$HANSE_HOME" >>"$out" <<'PY'
import json, sys
label, wall, peak, user, sys_s, before, after, err, root, home = sys.argv[1:11]
# the command's own step lines, with the folders of this machine left out
steps = [line[len("hanse: "):].rstrip("\n").replace(root + "/", "").replace(home, "$HANSE_HOME")
         for line in open(err, encoding="utf-8") if line.startswith("hanse: ")]
print(json.dumps({"run": label, "wall_s": float(wall), "peak_kib": int(peak), "cpu_s": float(user) + float(sys_s),
                  "load_before": [float(x) for x in before.split()], "load_after": [float(x) for x in after.split()],
                  "steps": steps}, ensure_ascii=False))
PY
  fi
}

one_run "first run (build if needed + first load into the database + analysis)"
for i in $(seq "$runs"); do
  one_run "run $i"
done
