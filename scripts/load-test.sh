#!/usr/bin/env bash
# Load test of the public portal on loopback with wrk (Debian's package), beside a bare Kestrel
# hello-world on the same machine in the same run: scripts/load-test.sh [seconds] [connections]
# Starts the app in Release on the demo (SQLite in a temporary folder), warms each URL once, then
# runs wrk on each URL in turn and prints a Markdown table for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-15}
connections=${2:-64}
threads=2
app_port=5181
hello_port=5182

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Minsheng -c Release -v quiet -nologo >/dev/null
dotnet build benchmarks/HelloKestrel -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

(cd "$work" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  ConnectionStrings__Minsheng="Data Source=$work/minsheng.db" \
  exec dotnet "$root/src/Minsheng/bin/Release/net10.0/minsheng.dll" --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1) &
pids+=($!)
(exec dotnet "$root/benchmarks/HelloKestrel/bin/Release/net10.0/HelloKestrel.dll" --urls "http://127.0.0.1:$hello_port" >/dev/null 2>&1) &
pids+=($!)

wait_for() { for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1" >&2; exit 1; }
wait_for "http://127.0.0.1:$hello_port/"
wait_for "http://127.0.0.1:$app_port/public/1"

urls=(
  "http://127.0.0.1:$hello_port/"
  "http://127.0.0.1:$app_port/public/1"
  "http://127.0.0.1:$app_port/public/1/projects/01-01"
  "http://127.0.0.1:$app_port/public/1/map"
  "http://127.0.0.1:$app_port/api/public/plans/1"
  "http://127.0.0.1:$app_port/api/public/plans/1/sites"
  "http://127.0.0.1:$app_port/open/plans/1/plan.json"
  "http://127.0.0.1:$app_port/open/plans/1/indicators.csv"
  "http://127.0.0.1:$app_port/public/1/projects/01-01/qr.png"
  "http://127.0.0.1:$app_port/public/photos/1/small.jpg"
  "http://127.0.0.1:$app_port/public/photos/1.jpg"
)
# Each URL once through, then a short run: the JIT and the cache are warm before anything is measured.
for url in "${urls[@]}"; do curl -fs -o /dev/null "$url"; wrk -t1 -c4 -d2s "$url" >/dev/null; done

# wrk prints latencies as 1.23ms, 456.00us or 1.02s: normalise to milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

echo "wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), $threads threads, $connections connections, ${duration}s per URL, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| URL | requests/s | p50 ms | p75 ms | p90 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for url in "${urls[@]}"; do
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p75=$(ms "$(awk '$1 == "75%" { print $2 }' <<<"$out")")
  p90=$(ms "$(awk '$1 == "90%" { print $2 }' <<<"$out")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); printf "%s; ", $0 }' <<<"$out")
  name=${url#http://127.0.0.1:}
  [[ $name == "$hello_port/" ]] && name="hello-world /" || name=${name#"$app_port"}
  echo "| \`$name\` | $rps | $p50 | $p75 | $p90 | $p99 | ${errors:-0} |"
done

# The cost of a miss: every request a new query string, so that the output cache never holds it and
# each one loads the plan and runs the engine (what the first visitors after a publication cause).
miss="$work/miss.lua"
echo 'math.randomseed(os.time()); request = function() return wrk.format(nil, "/public/1?miss=" .. math.random(1, 1000000000)) end' >"$miss"
out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$miss" "http://127.0.0.1:$app_port")
rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
echo "| \`/public/1\` uncached (a new query each request) | $rps | $(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")") | $(ms "$(awk '$1 == "75%" { print $2 }' <<<"$out")") | $(ms "$(awk '$1 == "90%" { print $2 }' <<<"$out")") | $(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")") | $(awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); printf "%s; ", $0 }' <<<"$out") |"
