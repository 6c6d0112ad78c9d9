#!/usr/bin/env bash
# Lighthouse (12.2.3: 13.x wants Node 22) with Debian's Chromium, phone emulation (its default), on the public
# programme page, a public project page and the map of the demo, served by the app in Release on a fresh SQLite
# database. Prints performance, accessibility and best practices per page; the reports go to artifacts/lighthouse.
# Usage: scripts/lighthouse.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-5392}
root=$PWD
tools="$root/artifacts/tools/lighthouse"
out="$root/artifacts/lighthouse"
mkdir -p "$tools" "$out"
[[ -x "$tools/node_modules/.bin/lighthouse" ]] || (cd "$tools" && npm i -E --no-audit --no-fund lighthouse@12.2.3 >/dev/null)
work=$(mktemp -d)
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet build -c Release src/Minsheng -v quiet -nologo >/dev/null
(cd "$work" && Demo__Enabled=true exec dotnet "$root/src/Minsheng/bin/Release/net10.0/minsheng.dll" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1) &
app=$!
for _ in $(seq 90); do curl -s -o /dev/null "http://127.0.0.1:$port/public/1" && break; sleep 1; done

echo "| page | performance | accessibility | best practices |"
echo "|---|---:|---:|---:|"
for page in /public/1 /public/1/projects/01-01 /public/1/map; do
  name=$(tr '/' '-' <<<"${page#/}")
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" --quiet \
    --only-categories=performance,accessibility,best-practices --output=json --output-path="$out/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]); const s = k => Math.round(r.categories[k].score * 100);
    console.log(`| \`${process.argv[2]}\` | ${s("performance")} | ${s("accessibility")} | ${s("best-practices")} |`);
  ' "$out/$name.json" "$page"
done
