#!/usr/bin/env bash
# The dossier lifecycle run by the Flowable engine (embedded, full history, on its own fresh PostgreSQL database), by
# OpenDVC's API (bench/lifecycle.sh) and by OpenDVC's dossier module API in the application's JVM without HTTP
# (--lifecycle-bench of the test class path: src/test/java/vn/opendvc/dossier/LifecycleModuleBench.java, started with
# ./mvnw -o spring-boot:test-run on a fresh database of its own), one after the other in one run, with the same
# lifecycles and clients; prints the three rates and the ratios (see bench/RESULTS.md).
# Usage: ./mvnw -DskipTests package && bench/flowable.sh ; LIFECYCLES=400 CLIENTS=8 in the environment.
# The first run needs the network (Maven fetches Flowable for bench/flowable).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
n=${LIFECYCLES:-400}
clients=${CLIENTS:-8}
"$root/mvnw" -B -q -f "$root/bench/flowable/pom.xml" package
db=opendvc_flowablebench
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
files=$(mktemp -d)
trap 'rm -rf "$files"' EXIT
# commits and row writes in a database, all connections together (reported by a connection once idle, within ~10 s)
db_counts() { sleep 11; psql -h 127.0.0.1 -U postgres -d "$1" -qAt -F' ' -c "select xact_commit, tup_inserted +
    tup_updated + tup_deleted from pg_stat_database where datname = current_database()"; }
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r commits0 writes0 <<< "$(db_counts "$db")"
flowable=$("$java" -cp "$root/bench/flowable/target/flowable-lifecycle-1.jar:$(cat "$root/bench/flowable/target/classpath.txt")" \
    FlowableLifecycle --db="jdbc:postgresql://127.0.0.1:5432/$db" --lifecycles="$n" --clients="$clients" 2>/dev/null \
    | grep '^Flowable')
echo "$flowable"
read -r commits1 writes1 <<< "$(db_counts "$db")"
awk -v c=$((commits1 - commits0)) -v w=$((writes1 - writes0)) -v n="$((n + 40))" 'BEGIN { printf "Flowable per " \
    "lifecycle: %.1f commits, %.1f row writes (pg_stat_database over the harness: schema, deployment, 40 warm-up and the measured lifecycles)\n",
    c / n, w / n }'
opendvc=$(LIFECYCLES=$n CLIENTS=$clients "$root/bench/lifecycle.sh" | tee -a /dev/stderr | grep '^lifecycles:')
moduledb=opendvc_modulebench
dropdb -h 127.0.0.1 -U postgres --if-exists "$moduledb"
createdb -h 127.0.0.1 -U postgres "$moduledb"
# optimizedLaunch=false: without it the plugin starts the JVM with -XX:TieredStopAtLevel=1 (no C2 compiler)
module=$(cd "$root" && ./mvnw -o -q spring-boot:test-run -Dspring-boot.run.main-class=vn.opendvc.OpenDvcApplication \
    -Dspring-boot.test-run.optimizedLaunch=false \
    -Dspring-boot.run.arguments="--lifecycle-bench=$n --lifecycle-bench.clients=$clients --opendvc.demo=true \
    --server.port=0 --opendvc.storage.directory=$files --spring.datasource.username=postgres \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$moduledb" 2>&1 | grep '^module API' | tee -a /dev/stderr)
f=$(sed -E 's/.*= ([0-9.]+) lifecycles\/s.*/\1/' <<< "$flowable")
o=$(sed -E 's/.*= ([0-9.]+) lifecycles\/s.*/\1/' <<< "$opendvc")
m=$(grep 'lifecycles/s' <<< "$module" | sed -E 's/.*= ([0-9.]+) lifecycles\/s.*/\1/')
awk -v o="$o" -v f="$f" -v m="$m" 'BEGIN { printf "lifecycles/s: Flowable %s, OpenDVC API %s, OpenDVC module API %s\n", f, o, m
  printf "OpenDVC API ÷ Flowable: %.2f×, OpenDVC module API ÷ Flowable: %.2f× (goal ≥ 5×), API ÷ module API: %.2f\n",
         o / f, m / f, o / m }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
