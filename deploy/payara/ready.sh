#!/bin/bash
# The container's health check: healthy only when /health/ready answers 200 AND lists the check named
# in $1, which exists only when this image's application is deployed. Payara Micro keeps running after
# a failed deployment (for instance a startup check that refused a demo secret); alone it then answers
# 503 "No Application deployed", but beside another application its readiness would be UP without this
# one. Asking for the application's own check covers both. Uses bash's /dev/tcp: no curl needed.
set -u
check=${1:?name the readiness check of the application}
port=${2:-8080}
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n' >&3
response=$(timeout 5 cat <&3)
[[ $response == HTTP/1.?\ 200* ]] || exit 1
[[ $response =~ \"name\"[[:space:]]*:[[:space:]]*\"$check\" ]]
