#!/usr/bin/env bash
# The dossier lifecycle through the API (create, 3 uploads, submit, receive, forward, forward, complete, deliver) on a
# fresh PostgreSQL database: lifecycles/s, commits and row writes per lifecycle (see bench/RESULTS.md).
# Usage: ./mvnw -DskipTests package && bench/lifecycle.sh [database] ; LIFECYCLES=400 CLIENTS=8 in the environment;
# JAVA_OPTS for the application's JVM, APP_ARGS for its settings. The client needs Java 22+ (it is launched from its
# source file with the other sources of bench/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_lifecyclebench}
work=$(mktemp -d)
. "$root/bench/app.sh"
fresh_database "$db"
trap 'kill ${app:-} 2> /dev/null; rm -rf "$work"' EXIT
# limits lifted: the benchmark signs in and acts far more often than a person
start_app 18082 "$db" --opendvc.limits.login.capacity=1000000 --opendvc.limits.token.capacity=1000000
machine
"$java" -cp "$pgjar" "$root/bench/LifecycleBench.java" --api=http://localhost:18082 \
    "--db=jdbc:postgresql://127.0.0.1:5432/$db" --lifecycles="${LIFECYCLES:-400}" --clients="${CLIENTS:-8}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
