#!/usr/bin/env bash
# Runs the benchmarks against a throw-away PostgreSQL server: benchmarks/run.sh [BenchmarkDotNet args]
# e.g. benchmarks/run.sh --filter '*' --job short
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
start_postgres
export MINSHENG_BENCH_POSTGRES="$PG_SERVER;Database=minsheng_bench"
if (($# == 0)); then set -- --filter '*'; fi
dotnet run -c Release --project benchmarks/Minsheng.Benchmarks -- "$@"
