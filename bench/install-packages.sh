#!/usr/bin/env bash
# Installs from Debian's packages, where missing, what the comparison needs: python3-igraph, python3-networkx,
# python3-scipy, python3-numpy and GNU time (as root, or with sudo). Used by bench/run-all.sh and
# bench/compare/run.sh.
set -euo pipefail
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
