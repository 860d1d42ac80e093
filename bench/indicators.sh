#!/usr/bin/env bash
# Indicator query latency (API over the counters) next to a GROUP BY over the dossier table, on a PostgreSQL
# database filled with synthetic dossiers (see bench/README.md for loading 100 k → 1 M → 10 M).
# Usage: ./mvnw -DskipTests package && bench/indicators.sh [database] [from] [to]
#   defaults: opendvc_bench, the quarter 2026-07-01 .. 2026-09-30; API_RUNS=500, SQL_RUNS=20 in the environment;
#   INDICATOR_ARGS=--synced: a hub's database (bench/sync.sh --vary), the GROUP BY over the synced dossiers.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_bench}
from=${2:-2026-07-01}
to=${3:-2026-09-30}
jar=${JAR:-$root/target/opendvc.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
work=$(mktemp -d)
cd "$work"
psql -h 127.0.0.1 -U postgres -d "$db" -qc 'vacuum analyze'   # fresh statistics after loading, for both sides
# --opendvc.demo=true: the demo configuration, as when these figures were measured (outside the demo, without
"$java" -jar "$jar" --server.port=18080 --opendvc.demo=true --spring.datasource.username=postgres \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" > app.log 2>&1 &
app=$!
trap 'kill $app; rm -rf "$work"' EXIT
until curl -fs localhost:18080/actuator/health/readiness 2>/dev/null | grep -q UP; do
  kill -0 $app 2>/dev/null || { echo "the application did not start:"; tail -5 app.log; exit 1; }
  sleep 0.5
done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" -cp "$pgjar" "$root/bench/IndicatorBench.java" --api=http://localhost:18080 \
    "--db=jdbc:postgresql://127.0.0.1:5432/$db" --user=postgres --from="$from" --to="$to" --scopes=DNG,VN \
    --api-runs="${API_RUNS:-500}" --sql-runs="${SQL_RUNS:-20}" ${INDICATOR_ARGS:-}
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
