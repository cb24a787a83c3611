#!/usr/bin/env bash
# Start-up benchmark: an empty Payara Micro next to a backend instance (Payara Micro with the backend WAR
# only, demo data off), side by side in one run on this machine, against an embedded PostgreSQL of its own
# (migrated once before the rounds). Prints each round, the medians and the ratio backend / empty (the
# target is ≤ 2). Needs nothing running; uses ports TWINCITIES_BENCH_PORT (18280) and
# TWINCITIES_BENCH_DB_PORT (18233); TWINCITIES_BENCH_ROUNDS rounds (3). Localhost only.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f stack/target/twincities-stack.jar ] || [ ! -f stack/target/stack/api.war ]; then
  mvn -B -q -DskipTests -Dspotless.check.skip=true -pl stack -am package
fi
exec java -cp "stack/target/twincities-stack.jar:stack/target/lib/*" network.twincities.stack.StartupBenchmark "$@"
