#!/usr/bin/env bash
# Runs every test of Minsheng on a fresh machine: installs what the tests need (Chromium and a
# CJK font for the browser tests, LibreOffice Writer and Calc for the documents' PDFs, PostgreSQL), starts
# a PostgreSQL server on a loopback port, runs each test project, stops the server, and ends with
# one line "N passed, N failed". Screenshots of the browser tests are left in artifacts/screenshots.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '== %s\n' "$*"; }

# 1. Debian's Chromium and a CJK font for the browser tests (Playwright drives /usr/bin/chromium),
#    and LibreOffice Writer and Calc for the documents' PDFs.
need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || need+=(fonts-noto-cjk)  # not grep -q: under pipefail its early exit fails the pipe
# LibreOffice (headless, no GUI) turns the .docx and .xlsx into PDF: Writer for the bulletin and card, Calc for the table.
[[ -e /usr/lib/libreoffice/program/libswlo.so ]] || need+=(libreoffice-writer-nogui)
[[ -e /usr/lib/libreoffice/program/libsclo.so ]] || need+=(libreoffice-calc-nogui)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${need[@]}"; } >/dev/null 2>&1 || { echo "could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# 2. A throw-away PostgreSQL server on a loopback port (installed first if the machine lacks it).
source scripts/postgres.sh
start_postgres || { echo "0 passed, 1 failed"; exit 1; }
export MINSHENG_TEST_POSTGRES="$PG_SERVER"

# 3. Every test project, one after another (the machine has two cores).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "restoring and building"
dotnet build Minsheng.slnx -c Release -v quiet -nologo 2>&1 | grep -E "error|warn" | sort -u
build=${PIPESTATUS[0]}
if ((build != 0)); then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi

passed=0; failed=0; status=0
for project in tests/*/*.csproj; do
  log "testing $(basename "$project" .csproj)"
  mkdir -p "$root/artifacts/test-results"
  out="$root/artifacts/test-results/$(basename "$project" .csproj).log"
  # The whole output stays in artifacts/test-results; the console shows each failure with its message.
  code=0
  dotnet test "$project" -c Release --no-build -nologo --results-directory "$root/artifacts/test-results" > "$out" 2>&1 || code=$?
  ((code != 0)) && status=1
  { grep -E -A3 "^\s+Failed |Passed!|Failed!|error|Error Message" "$out" | grep -v -E "^\s+at " | head -300; } || true
  line=$(grep -E "(Passed|Failed)! +- Failed:" "$out" | tail -n 1)
  if [[ -z "$line" ]]; then
    failed=$((failed + 1)); status=1
  else
    p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")
    f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f))
  fi
done

echo "$passed passed, $failed failed"
exit $status
