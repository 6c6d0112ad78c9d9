# Sourced by test.sh and benchmarks/run.sh: starts a throw-away PostgreSQL server on a free
# loopback port and sets PG_SERVER to its connection string; it stops and is removed on exit.
# initdb refuses root, so the server runs as the postgres user.

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "== installing postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null || { echo "could not install postgresql"; return 1; }
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DATA=$(mktemp -d /tmp/minsheng-pg.XXXXXX)
  chown postgres:postgres "$PG_DATA"
  local port=${MINSHENG_PG_PORT:-55432}
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  trap stop_postgres EXIT
  echo "== starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  local out
  out=$(runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" --auth=trust -E UTF8 --locale=C.UTF-8 2>&1) || { echo "$out"; return 1; }
  # The server log lives in the data folder: the postgres user cannot write root's files.
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DATA" -l "$PG_DATA/server.log" -w start >/dev/null \
    || { cat "$PG_DATA/server.log"; return 1; }
  PG_SERVER="Host=127.0.0.1;Port=$port;Username=postgres"
}

stop_postgres() {
  [[ -n "${PG_DATA:-}" ]] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_DATA"
}
