#!/usr/bin/env bash
# Runs every test of Minsheng on a fresh machine: installs what the tests need, starts a
# PostgreSQL server on a loopback port, runs each test project, stops the server, and ends
# with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '== %s\n' "$*"; }

# 1. Debian packages the tests use (PostgreSQL server).
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "could not install ${need[*]}"; exit 1; }
fi

# 2. A throw-away PostgreSQL server on a free loopback port (initdb refuses root: run as postgres).
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/minsheng-pg.XXXXXX)
chown postgres:postgres "$pgdata"
port=${MINSHENG_TEST_PG_PORT:-55432}
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
stop_postgres() {
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1
  rm -rf "$pgdata"
}
trap stop_postgres EXIT
log "starting PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdata.initdb.log" 2>&1 \
  || { cat "$pgdata.initdb.log"; echo "0 passed, 1 failed"; exit 1; }
rm -f "$pgdata.initdb.log"
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata" -l "$pgdata/server.log" -w start >/dev/null \
  || { cat "$pgdata/server.log"; echo "0 passed, 1 failed"; exit 1; }
export MINSHENG_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"

# 3. Every test project, one after another (the machine has two cores).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "restoring and building"
dotnet build Minsheng.slnx -c Release -v quiet -nologo 2>&1 | grep -E "error|warn" | sort -u
build=${PIPESTATUS[0]}
if ((build != 0)); then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

passed=0; failed=0; status=0
for project in tests/*/*.csproj; do
  log "testing $(basename "$project" .csproj)"
  out=$(mktemp)
  dotnet test "$project" -c Release --no-build -nologo --results-directory "$root/artifacts/test-results" 2>&1 | tee "$out" \
    | grep -E "^\s+Failed |Passed!|Failed!|error|Error Message|Assert|Expected|Actual" | head -200
  ((PIPESTATUS[0] != 0)) && status=1
  line=$(grep -E "(Passed|Failed)! +- Failed:" "$out" | tail -n 1)
  if [[ -z "$line" ]]; then
    failed=$((failed + 1)); status=1
  else
    p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")
    f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f))
  fi
  rm -f "$out"
done

echo "$passed passed, $failed failed"
exit $status
