#!/usr/bin/env bash
# Benchmarks the projects API on a large network: start the system first with ./run.sh (in another
# terminal), then run this. Once, it generates 1 000 territories, 100 000 projects and 1 000 000 progress
# updates straight in the system's database (marked bench-t-… and BENCH-…); then prints p50/p95 of the
# project list (page 1 and page 1000), a search, a single read, next to /health. Localhost only.
# The same settings as ./run.sh (TWINCITIES_HTTP_PORT, TWINCITIES_KEYCLOAK_PORT, TWINCITIES_DB_PORT or
# TWINCITIES_DB_URL/_USER/_PASSWORD); TWINCITIES_BENCH_CLIENTS (4), TWINCITIES_BENCH_REQUESTS (1000).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f stack/target/twincities-stack.jar ]; then
  mvn -B -q -DskipTests -Dspotless.check.skip=true -pl stack -am package
fi
exec java -cp "stack/target/twincities-stack.jar:stack/target/lib/*" network.twincities.stack.ProjectBenchmark "$@"
