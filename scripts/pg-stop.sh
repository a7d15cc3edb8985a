#!/usr/bin/env bash
# Stops the throwaway PostgreSQL cluster started by scripts/pg-start.sh and deletes its files. Safe to run when no
# cluster is running.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$root/target/pg"
[ -f "$state/datadir" ] || { rm -rf "$state"; exit 0; }
dir="$(cat "$state/datadir")"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  as_pg=(runuser -u postgres --)
fi
if [ -n "$bin" ] && [ -d "$dir/data" ]; then
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
fi
# Only ever remove the folder pg-start.sh made.
case "$dir" in
  */hanse-pg.*) rm -rf "$dir" ;;
esac
rm -rf "$state"
echo "pg-stop: stopped"
