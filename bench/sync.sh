#!/usr/bin/env bash
# Sync ingest through the API (several clients, batches of 1,000) next to a raw COPY of the same rows into the same
# table, on a fresh PostgreSQL database, in one run (see bench/RESULTS.md).
# Usage: ./mvnw -DskipTests package && bench/sync.sh [database] ; RECORDS=100000 CLIENTS=4 in the environment (SYNC_ARGS=--rounds=3 by default);
# SYNC_ARGS=--vary RECORDS=10000000 bench/sync.sh opendvc_sync10m: the 10 M load for the indicators (no COPY side;
# the database stays for bench/indicators.sh opendvc_sync10m).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_syncbench}
jar=${JAR:-$root/target/opendvc.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
work=$(mktemp -d)
cd "$work"
"$java" ${JAVA_OPTS:-} -jar "$jar" --server.port=18081 --opendvc.demo=true --opendvc.limits.sync.capacity=1000000 \
    --spring.datasource.username=postgres "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
    > app.log 2>&1 &
app=$!
trap 'status=$?; kill $app; wait $app 2>/dev/null || true; rm -rf "$work"; exit $status' EXIT
until curl -fs localhost:18081/actuator/health/readiness 2>/dev/null | grep -q UP; do
  kill -0 $app 2>/dev/null || { echo "the application did not start:"; tail -5 app.log; exit 1; }
  sleep 0.5
done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$pgjar" "$root/bench/SyncBench.java" --api=http://localhost:18081 --app-pid=$app \
    "--db=jdbc:postgresql://127.0.0.1:5432/$db" --records="${RECORDS:-100000}" --clients="${CLIENTS:-4}" ${SYNC_ARGS:-}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
