#!/usr/bin/env bash
# The test command: installs what the tests need (Debian packages), starts a throwaway PostgreSQL on loopback,
# runs every test of every module (Spark included) against real H2, PostgreSQL and headless Chromium, then stops
# PostgreSQL again. Safe to run repeatedly. Needs root (or sudo) for apt-get on a fresh machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/install-test-deps.sh

pg_url_file="$root/target/pg/url"
scripts/pg-start.sh
trap 'scripts/pg-stop.sh || true' EXIT
HANSE_TEST_PG_URL="$(cat "$pg_url_file")"
export HANSE_TEST_PG_URL

# Tests must not touch the user's own database or data home.
export HANSE_HOME="$root/target/hanse-home"
mkdir -p "$HANSE_HOME"

# verify (not install): modules resolve each other inside the reactor, nothing is written to ~/.m2.
# -Pspark adds the Spark module and its tests; -Pbench compiles the benchmarks so they cannot rot.
mvn -B -ntp -Pspark,bench \
  -Dhanse.requirePostgres=true \
  -Dhanse.requireBrowser=true \
  verify "$@"

# The Spark module's real entry points (launcher script, SparkSubmit with the shaded jar) on a tiny input, with the
# jars verify just built (in the build folder -Dhanse.target names, if given).
target=target
for a in "$@"; do
  case "$a" in -Dhanse.target=*) target="${a#-Dhanse.target=}" ;; esac
done
scripts/spark-smoke.sh "$target"
