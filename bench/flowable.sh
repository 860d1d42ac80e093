#!/usr/bin/env bash
# The dossier lifecycle run by the Flowable engine (embedded, full history, on its own fresh PostgreSQL database) and by
# OpenDVC's API (bench/lifecycle.sh), one after the other in one run, with the same lifecycles and clients; prints both
# rates and the ratio (see bench/RESULTS.md). Usage: ./mvnw -DskipTests package && bench/flowable.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
n=${LIFECYCLES:-400}
clients=${CLIENTS:-8}
"$root/mvnw" -B -q -f "$root/bench/flowable/pom.xml" package
db=opendvc_flowablebench
dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
flowable=$("$java" -cp "$root/bench/flowable/target/flowable-lifecycle-1.jar:$(cat "$root/bench/flowable/target/classpath.txt")" \
    FlowableLifecycle --db="jdbc:postgresql://127.0.0.1:5432/$db" --lifecycles="$n" --clients="$clients" 2>/dev/null \
    | grep '^Flowable')
echo "$flowable"
opendvc=$(LIFECYCLES=$n CLIENTS=$clients "$root/bench/lifecycle.sh" | tee /dev/stderr | grep '^lifecycles:')
f=$(sed -E 's/.*= ([0-9.]+) lifecycles\/s.*/\1/' <<< "$flowable")
o=$(sed -E 's/.*= ([0-9.]+) lifecycles\/s.*/\1/' <<< "$opendvc")
echo "OpenDVC API ÷ Flowable: $(awk -v o="$o" -v f="$f" 'BEGIN { printf "%.2f×", o / f }')"
