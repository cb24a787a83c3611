#!/bin/sh
# Starts Payara Micro with the arguments of the container's command. Secrets come from files (Compose
# secrets): for every variable TWINCITIES_..._FILE or MP_..._FILE, the variable without _FILE gets the
# file's content, so that
# MicroProfile Config reads it from the environment. No secret is ever put on the command line.
set -eu
for name in $(env | sed -n 's/^\(\(TWINCITIES\|MP\)_[A-Z0-9_]*\)_FILE=.*/\1/p'); do
    eval "file=\${${name}_FILE}"
    if [ ! -r "$file" ]; then
        echo "entrypoint: ${name}_FILE names $file, which cannot be read" >&2
        exit 1
    fi
    value=$(cat "$file")
    export "$name=$value"
    unset "${name}_FILE"
done
exec java -XX:MaxRAMPercentage="${MEM_MAX_RAM_PERCENTAGE:-70.0}" -Xss"${MEM_XSS:-1m}" ${JVM_ARGS:-} \
    -jar /opt/payara/payara-micro.jar "$@"
