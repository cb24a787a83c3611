#!/usr/bin/env bash
# Benchmarks the bulk upsert of projects: start the system first with ./run.sh (in another terminal), then
# run this. After a warm-up of 2 requests (BULKWARM-…), it sends 10 requests of 1 000 new projects to
# POST /sync/projects as the demo sync client (Rehamna; externalId BULKBENCH-…, they stay), then the same
# again (unchanged), and copies the same rows with PostgreSQL's COPY FROM STDIN into a table made like
# project (dropped after) and into a bare temporary table; prints rows per second of each. Localhost only.
# The same settings as ./run.sh (TWINCITIES_HTTP_PORT, TWINCITIES_KEYCLOAK_PORT, TWINCITIES_DB_PORT or
# TWINCITIES_DB_URL/_USER/_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f stack/target/twincities-stack.jar ]; then
  mvn -B -q -DskipTests -Dspotless.check.skip=true -pl stack -am package
fi
exec java -cp "stack/target/twincities-stack.jar:stack/target/lib/*" network.twincities.stack.BulkUpsertBenchmark "$@"
