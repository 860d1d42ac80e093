#!/usr/bin/env bash
# Dossier submissions/s through the API next to PostgreSQL's own write limit for the same rows (issue 18): on one
# fresh database, pgbench (bench/submission.sql: the dossier row as submitted, its 3 file rows and its history row in
# one transaction) with as many clients as the API run, then SubmissionBench (citizens' clients: create, 3 uploads,
# submit through the API, with commits and row writes per submission from pg_stat_* and the application's mean time
# per request kind from its Micrometer timers), then pgbench again.
# Prints submissions/s, pgbench tps and rows/s before and after, and submissions/s ÷ pgbench tps (goal ≥ 0.3).
# Usage: ./mvnw -DskipTests package && bench/submission.sh [database]
#        CLIENTS=4 SECONDS_OF_LOAD=30 in the environment; JAVA_OPTS, APP_ARGS for the application (see app.sh).
# Needs pgbench (Debian's postgresql-client) and Java 22+ for the client (launched with the other sources of bench/).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_submissionbench}
clients=${CLIENTS:-4}
seconds=${SECONDS_OF_LOAD:-30}
command -v pgbench > /dev/null || { echo "pgbench is missing: apt-get install postgresql-client"; exit 1; }
work=$(mktemp -d)
. "$root/bench/app.sh"
fresh_database "$db"
trap 'kill ${app:-} 2> /dev/null; rm -rf "$work"' EXIT
# the token limit lifted: the clients sign in more often than a person
start_app 18083 "$db" --opendvc.limits.token.capacity=1000000
machine

pgbench_run() { # label: one pgbench run on the database; prints its figures, leaves its tps in $work/tps.<label>
  pgbench -h 127.0.0.1 -U postgres -n -c "$clients" -j 2 -T "$seconds" -f "$root/bench/submission.sql" "$db" \
      > "$work/pgbench.$1" 2>&1 || { cat "$work/pgbench.$1"; exit 1; }
  local tps
  tps=$(awk '/^tps = / {print $3}' "$work/pgbench.$1")
  echo "$tps" > "$work/tps.$1"
  awk -v label="$1" -v tps="$tps" '/processed:|failed:|latency average/ {sub(/^ */, ""); print "pgbench " label ": " $0}
      END {printf "pgbench %s: %.1f transactions/s = %.0f rows/s (5 rows each)\n", label, tps, tps * 5}' \
      "$work/pgbench.$1"
}

server_times() { # label: the application's own request timers (Micrometer), as the demo MONITOR account
  curl -fs -u giamsat:Demo@123 "localhost:18083/actuator/prometheus" \
    | grep -E '^http_server_requests_seconds_(count|sum)\{' > "$work/timers.$1"
}

pgbench_run before
server_times before
"$java" -cp "$pgjar" "$root/bench/SubmissionBench.java" --api=http://localhost:18083 \
    "--db=jdbc:postgresql://127.0.0.1:5432/$db" --clients="$clients" --seconds="$seconds" | tee "$work/api"
server_times after
# mean time in the application per request kind (the client's warm-up included), from the counters' differences
awk '{ match($0, /method="[^"]*"/); m = substr($0, RSTART + 8, RLENGTH - 9); match($0, /uri="[^"]*"/)
       k = m " " substr($0, RSTART + 5, RLENGTH - 6); v = (FILENAME ~ /before/ ? -1 : 1) * $NF
       if ($1 ~ /_count/) n[k] += v; else t[k] += v }
     END { for (k in n) if (n[k] > 0) printf "server time: %-40s %6d requests, mean %6.1f ms\n", k, n[k], t[k] / n[k] * 1000 }' \
    "$work/timers.before" "$work/timers.after" | sort
pgbench_run after
awk -v before="$(cat "$work/tps.before")" -v after="$(cat "$work/tps.after")" '/^submissions\/s:/ {
    printf "submissions/s ÷ pgbench tps: %.3f (before %.3f, after %.3f; goal ≥ 0.3)\n", $2 / ((before + after) / 2),
        $2 / before, $2 / after }' "$work/api"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
