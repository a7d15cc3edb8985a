#!/usr/bin/env bash
# The comparison alone: Hanse vs JGraphT vs igraph vs NetworkX (and scipy, numpy) on the same inputs. Installs
# python3-igraph, python3-networkx, python3-scipy and python3-numpy from Debian's packages where missing, builds the
# benchmark jar from the working tree, runs compare.py with the given options and rows (compare.py --help).
# For results to record, use bench/run-all.sh: it measures the committed code and writes the raw files and tables.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
missing=()
/usr/bin/python3 -c 'import igraph' 2>/dev/null || missing+=(python3-igraph)
/usr/bin/python3 -c 'import networkx' 2>/dev/null || missing+=(python3-networkx)
/usr/bin/python3 -c 'import scipy' 2>/dev/null || missing+=(python3-scipy)
/usr/bin/python3 -c 'import numpy' 2>/dev/null || missing+=(python3-numpy)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi
mvn -q -B -Pbench -Dmaven.test.skip=true -Dhanse.target="${HANSE_TARGET:-target}" -pl bench -am package
/usr/bin/python3 bench/compare/compare.py "$@"
