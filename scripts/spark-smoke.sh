#!/usr/bin/env bash
# Smoke test of the Spark module's real entry points, after a build that packaged it (scripts/test.sh runs it after
# 'mvn -Pspark verify'): spark/bin/hanse-spark, and org.apache.spark.deploy.SparkSubmit (what spark-submit runs)
# with the shaded -submit jar and nothing of Hanse on its classpath. Each runs the interactions job on a tiny
# SYNTHETIC input in local[2] mode, must exit 0 and write its summary, within HANSE_SMOKE_TIMEOUT seconds (default 60).
# Usage: scripts/spark-smoke.sh [BUILD_FOLDER]   (default: $HANSE_TARGET, else target)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${1:-${HANSE_TARGET:-target}}"
limit="${HANSE_SMOKE_TIMEOUT:-60}"
module="$root/spark"
version="0.1.0-SNAPSHOT"
jar="$module/$target/hanse-spark-$version.jar"
submit_jar="$module/$target/hanse-spark-$version-submit.jar"
classpath_file="$module/$target/runtime-classpath.txt"
for f in "$jar" "$submit_jar" "$classpath_file"; do
  [ -f "$f" ] || { echo "spark-smoke: $f is missing: package the Spark module first (mvn -Pspark verify)" >&2; exit 1; }
done
flags="$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$module/pom.xml")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A tiny SYNTHETIC input: three cities and 40 GDELT 2.0 lines (61 tab-separated fields) between them.
printf 'id,latitude,longitude\nx-syn-000000,10.0,20.0\nx-syn-000001,-30.0,40.0\nx-syn-000002,50.0,-60.0\n' \
  >"$work/cities.csv"
mkdir -p "$work/events"
awk 'BEGIN {
  split("10.0 -30.0 50.0", lat, " "); split("20.0 40.0 -60.0", lon, " ");
  for (i = 0; i < 40; i++) {
    for (k = 1; k <= 61; k++) f[k] = "";
    a = i % 3 + 1; b = (i + 1) % 3 + 1;
    f[1] = 1000000000 + i; f[2] = sprintf("2020%02d15", i % 12 + 1); f[29] = "04"; f[30] = i % 4 + 1;
    f[31] = "1.0"; f[32] = "1"; f[35] = "0.5";
    f[36] = "4"; f[41] = lat[a]; f[42] = lon[a]; f[43] = "-" a;
    f[44] = "4"; f[49] = lat[b]; f[50] = lon[b]; f[51] = "-" b;
    f[61] = "synthetic://hanse/event/" i;
    line = f[1]; for (k = 2; k <= 61; k++) line = line "\t" f[k]; print line
  }
}' >"$work/events/events.export.CSV"

check() {
  local what="$1" out="$2" log="$3" status="$4"
  if [ "$status" -ne 0 ] || ! grep -q "hanse-spark interactions summary" "$out/summary.txt" 2>/dev/null \
      || ! grep -q "events counted for a city pair *: 40" "$out/summary.txt"; then
    echo "spark-smoke: $what failed (exit $status; 124 = over ${limit} s); its output follows" >&2
    tail -50 "$log" >&2
    exit 1
  fi
  echo "spark-smoke: $what: exit 0, summary written ($(sed -n 's/^ *wall-clock time *: //p' "$out/summary.txt"))"
}

# 1. The launcher, with the jars just built. A tiny input needs no UI and few shuffle partitions (Spark reads spark.*
#    system properties).
status=0
HANSE_TARGET="$target" HANSE_SPARK_BUILD=never \
  HANSE_SPARK_JAVA_OPTS="-Xmx1g -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=2" timeout "$limit" "$module/bin/hanse-spark" interactions \
  --events "$work/events" --cities "$work/cities.csv" --output "$work/out-launcher" --master 'local[2]' \
  >"$work/launcher.log" 2>&1 || status=$?
check "spark/bin/hanse-spark interactions" "$work/out-launcher" "$work/launcher.log" "$status"

# 2. SparkSubmit with the shaded jar, as on a cluster: Spark's own jars on the classpath, Hanse's classes (and the
#    libraries shaded with them) only in the -submit jar.
spark_cp="$(tr ':' '\n' <"$classpath_file" | grep -v -E '/hanse-[a-z]+-|/(model|ingest|analysis)/[^/]+/classes|/org/(jgrapht|apfloat|jheaps)/' \
  | paste -sd: -)"
status=0
# shellcheck disable=SC2086
timeout "$limit" java -Xmx1g $flags -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=2 --class org.hanse.spark.HanseSpark "$submit_jar" \
  interactions --events "$work/events" --cities "$work/cities.csv" --output "$work/out-submit" \
  >"$work/submit.log" 2>&1 || status=$?
check "SparkSubmit --master local[2] (-submit jar)" "$work/out-submit" "$work/submit.log" "$status"
