#!/usr/bin/env bash
# Page times on the demo data: the app in Release on a fresh SQLite database, signed in with curl,
# 10 warm-up then 100 sequential requests per page on loopback. Prints median, p95 and max in ms.
# Usage: scripts/page-times.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5391}
work=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/Minsheng >/dev/null
(cd "$work" && exec dotnet "$OLDPWD/src/Minsheng/bin/Release/net10.0/minsheng.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app=$!
for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done

signin() { # user → cookie jar
  curl -s -c "$work/$1" -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"userName\":\"$1\",\"password\":\"Minsheng#2024\"}" "http://127.0.0.1:$port/api/account/login"
}
measure() { # user path
  local url="http://127.0.0.1:$port$2"
  for _ in $(seq 10); do curl -s -o /dev/null -b "$work/$1" "$url"; done
  for _ in $(seq 100); do curl -s -o /dev/null -b "$work/$1" -w '%{time_total}\n' "$url"; done |
    sort -n | awk -v page="$2" '{ t[NR] = $1 * 1000 } END { printf "| `%s` | %.1f ms | %.1f ms | %.1f ms |\n", page, t[int(NR/2)], t[int(NR*0.95)], t[NR] }'
}
for user in office reporter reviewer; do signin $user; done
echo "| page | median | p95 | max |"
echo "|---|---:|---:|---:|"
for page in / /plans/1/projects/03-04 /rankings /problems /supervision /review /api/plans/1/summary; do measure office "$page"; done
measure reporter /report
