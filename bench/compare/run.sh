#!/usr/bin/env bash
# Hanse vs igraph vs NetworkX on the same inputs: installs python3-igraph, python3-networkx and python3-scipy from
# Debian's packages where missing, builds the benchmark jar, runs compare.py. Results go to stdout; copy the table
# into bench/RESULTS.md with the machine, date and commit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
missing=()
/usr/bin/python3 -c 'import igraph' 2>/dev/null || missing+=(python3-igraph)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || missing+=(python3-networkx)
/usr/bin/python3 -c 'import scipy' 2>/dev/null || missing+=(python3-scipy)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi
mvn -q -B -Pbench -DskipTests -Dhanse.target="${HANSE_TARGET:-target}" -pl bench -am package
/usr/bin/python3 bench/compare/compare.py "$@"
