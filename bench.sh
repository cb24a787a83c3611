#!/usr/bin/env bash
# Benchmarks the REST API of the running system: start it first with ./run.sh (in another terminal),
# then run this. Prints throughput and latency percentiles per scenario, and what authenticating a request
# costs (the anonymous API root against the same with a token and an authenticated read). Targets
# localhost only; each scenario stops after a minute at most.
# TWINCITIES_BENCH_CLIENTS (default 4) and TWINCITIES_BENCH_REQUESTS (default 2000) tune it.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f stack/target/twincities-stack.jar ]; then
  mvn -B -q -DskipTests -Dspotless.check.skip=true -pl stack -am package
fi
exec java -cp "stack/target/twincities-stack.jar:stack/target/lib/*" network.twincities.stack.ApiBenchmark "$@"
