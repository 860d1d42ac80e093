#!/usr/bin/env bash
# The dossier lifecycle through the API (create, 3 uploads, submit, receive, forward, forward, complete, deliver) on a
# fresh PostgreSQL database: lifecycles/s, commits and row writes per lifecycle (see bench/RESULTS.md).
# Usage: ./mvnw -DskipTests package && bench/lifecycle.sh [database] ; LIFECYCLES=400 CLIENTS=8 in the environment;
# JAVA_OPTS for the application's JVM, APP_ARGS for its settings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_lifecyclebench}
jar=${JAR:-$root/target/opendvc.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
work=$(mktemp -d)
cd "$work"
# limits lifted: the benchmark signs in and acts far more often than a person
"$java" ${JAVA_OPTS:-} -jar "$jar" --server.port=18082 --opendvc.demo=true \
    --opendvc.limits.login.capacity=1000000 --opendvc.limits.token.capacity=1000000 \
    --opendvc.storage.directory="$work/files" \
    --spring.datasource.username=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" \
    ${APP_ARGS:-} > app.log 2>&1 &
app=$!
trap 'kill $app; rm -rf "$work"' EXIT
until curl -fs localhost:18082/actuator/health/readiness 2>/dev/null | grep -q UP; do
  kill -0 $app 2>/dev/null || { echo "the application did not start:"; tail -5 app.log; exit 1; }
  sleep 0.5
done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$pgjar" "$root/bench/LifecycleBench.java" --api=http://localhost:18082 \
    "--db=jdbc:postgresql://127.0.0.1:5432/$db" --lifecycles="${LIFECYCLES:-400}" --clients="${CLIENTS:-8}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
