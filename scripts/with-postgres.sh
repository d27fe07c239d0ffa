#!/usr/bin/env bash
# with-postgres.sh — run a command against a throwaway PostgreSQL server.
#
#   scripts/with-postgres.sh go test ./game/workshop/...
#
# Installs Debian's postgresql package when initdb is missing (apt-get, via
# sudo when not root), makes a cluster in a temporary folder (as the
# "postgres" user when run as root: PostgreSQL refuses to run as root),
# starts it on a Unix socket in that folder only (no TCP), with a random
# port number, exports WEBCARESIM_TEST_POSTGRES as the DSN, runs the
# command, then stops the server and removes the folder.
set -euo pipefail

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb ]] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

if ! bin=$(find_bin); then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "with-postgres: PostgreSQL (initdb) is missing and this is not a Debian system; install the PostgreSQL server" >&2
    exit 1
  fi
  sudo=()
  [[ $(id -u) -ne 0 ]] && sudo=(sudo)
  echo "with-postgres: installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(find_bin)
fi

dir=$(mktemp -d /tmp/webcaresim-pg.XXXXXX)
as=()
user=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  chown postgres: "$dir"
  as=(runuser -u postgres --)
  user=postgres
fi

stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as[@]}" "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }

started=
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 40000))
  if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=on -c synchronous_commit=on" start >/dev/null; then
    started=1
    break
  fi
done
[[ -n $started ]] || { echo "with-postgres: PostgreSQL did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }

"${as[@]}" "$bin/createdb" -h "$dir" -p "$port" -U "$user" webcaresim_test
export WEBCARESIM_TEST_POSTGRES="postgres://$user@/webcaresim_test?host=$dir&port=$port&sslmode=disable"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $dir port $port"
set +e
"$@"
rc=$?
exit $rc
