#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL cluster for the tests: its own data directory in a fresh temporary folder,
# listening on 127.0.0.1 only, password authentication (a random password made for this run), no Docker.
# Installs the Debian package 'postgresql' first when no PostgreSQL server binaries are found.
#
# Writes the JDBC URL to target/pg/url (and prints it), so the test command can run
#   export HANSE_TEST_PG_URL="$(cat target/pg/url)"
# Running it again while the cluster is up only prints the URL. scripts/pg-stop.sh stops it and removes its files.
#
# Environment: HANSE_PG_PORT (first port to try, default 55432).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="$root/target/pg"
mkdir -p "$state"

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-start: installing PostgreSQL (Debian package 'postgresql')" >&2
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends postgresql
  bin="$(find_bin)"
fi

# The server refuses to run as root: as root it runs as the 'postgres' system user the package created.
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  as_pg=(runuser -u postgres --)
fi

if [ -f "$state/datadir" ] && [ -f "$state/url" ]; then
  datadir="$(cat "$state/datadir")"
  if "${as_pg[@]}" "$bin/pg_ctl" -D "$datadir/data" status >/dev/null 2>&1; then
    cat "$state/url"
    exit 0
  fi
  "$root/scripts/pg-stop.sh" >/dev/null 2>&1 || true
  mkdir -p "$state"
fi

port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port="${HANSE_PG_PORT:-55432}"
for _ in $(seq 1 100); do
  port_free "$port" && break
  port=$((port + 1))
done
port_free "$port" || { echo "pg-start: no free port from ${HANSE_PG_PORT:-55432} upwards" >&2; exit 1; }

dir="$(mktemp -d -t hanse-pg.XXXXXX)"
chmod 755 "$dir"
password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
printf '%s\n' "$password" > "$dir/pwfile"
mkdir -p "$dir/data" "$dir/sock"
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres:postgres "$dir"
fi
chmod 600 "$dir/pwfile"
echo "$dir" > "$state/datadir"

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pwfile" \
  --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"

# fsync and full-page writes are off: the cluster is thrown away after the tests, and the tests kill client
# processes, never this server.
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc \
  "CREATE DATABASE hanse_test ENCODING 'UTF8'" >/dev/null

url="jdbc:postgresql://127.0.0.1:$port/hanse_test?user=postgres&password=$password"
printf '%s\n' "$url" > "$state/url"
chmod 600 "$state/url"
echo "$url"
