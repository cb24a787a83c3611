#!/usr/bin/env bash
# Benchmarks the change feed: start the system first with ./run.sh (in another terminal), then run this.
# Once, it fills the feed up to 100 000 project changes straight in the system's database (resource_id
# BENCH-…, about 1 KB of JSON each); then it follows GET /sync/changes?resource=projects&limit=1000 from the
# beginning as the demo sync client, next to PostgreSQL's COPY TO STDOUT of the same rows, and prints rows per
# second of each and the backend's used heap before and after. Localhost only.
# The same settings as ./run.sh (TWINCITIES_HTTP_PORT, TWINCITIES_KEYCLOAK_PORT, TWINCITIES_DB_PORT or
# TWINCITIES_DB_URL/_USER/_PASSWORD).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f stack/target/twincities-stack.jar ]; then
  mvn -B -q -DskipTests -Dspotless.check.skip=true -pl stack -am package
fi
exec java -cp "stack/target/twincities-stack.jar:stack/target/lib/*" network.twincities.stack.FeedBenchmark "$@"
