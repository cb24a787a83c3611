#!/usr/bin/env bash
# Runs the whole TwinCities Network on this machine with the demo network: an embedded PostgreSQL,
# Keycloak with the realm of keycloak/, and Payara Micro with the backend and the UI.
# Needs Java 17 and Maven. Ctrl-C stops everything. Configuration: see README.md.
set -euo pipefail
cd "$(dirname "$0")"
echo "Building (the first build downloads the dependencies: a few minutes)..."
mvn -B -q -DskipTests -Dspotless.check.skip=true -pl stack -am package
exec java -cp "stack/target/twincities-stack.jar:stack/target/lib/*" network.twincities.stack.TwinCitiesStack "$@"
