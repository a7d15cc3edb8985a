#!/usr/bin/env bash
# The comparison alone: Hanse vs JGraphT vs igraph vs NetworkX (and scipy, numpy) on the same inputs. Installs
# python3-igraph, python3-networkx, python3-scipy and python3-numpy from Debian's packages where missing, builds the
# benchmark jar from the working tree, runs compare.py with the given options and rows (compare.py --help).
# For results to record, use bench/run-all.sh: it measures the committed code and writes the raw files and tables.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bench/install-packages.sh
mvn -q -B -Pbench -Dmaven.test.skip=true -Dhanse.target="${HANSE_TARGET:-target}" -pl bench -am package
/usr/bin/python3 bench/compare/compare.py "$@"
