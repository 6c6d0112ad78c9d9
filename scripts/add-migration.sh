#!/usr/bin/env bash
# Adds a migration with the same name to both providers: ./scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Minsheng --context SqliteMinshengDb --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Minsheng --context PostgresMinshengDb --output-dir Data/Migrations/Postgres
