#!/usr/bin/env bash
# Memory of one node under the lifecycle load (issue 18): for each heap limit in HEAPS, a fresh PostgreSQL database,
# the jar started on it with -Xmx<limit> (default: none, the JVM's own limit, a quarter of the RAM), LifecycleBench
# (the 10-step lifecycle through the API, as bench/lifecycle.sh) with CLIENTS clients for LIFECYCLES lifecycles after
# 40 warm-up ones, the application's resident memory (RSS, /proc/<pid>/status VmRSS) sampled every 0.2 s. A limit
# passes when every request of the load was answered 2xx and the log has no OutOfMemoryError (the client gives up
# after CLIENT_TIMEOUT, 600 s). Prints one line per limit: passed, lifecycles/s, RSS once ready, peak RSS under the
# load, heap in use after a full GC (jcmd GC.run, GC.heap_info) at the end, GC count and time over the load (jstat).
# Usage: ./mvnw -DskipTests package && bench/memory.sh [database]
#        HEAPS="default 512m 256m 192m 128m 96m" LIFECYCLES=300 CLIENTS=8 in the environment; JAVA_OPTS (more JVM
#        options, before -Xmx) and APP_ARGS as app.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_memorybench}
heaps=${HEAPS:-default 512m 256m 192m 128m 96m}
work=$(mktemp -d)
. "$root/bench/app.sh"
jstat=${JAVA_HOME:+$JAVA_HOME/bin/}jstat
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
trap 'kill ${app:-} ${sampler:-} 2> /dev/null; rm -rf "$work"; true' EXIT
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2> /dev/null || echo 0; }
gc() { "$jstat" -gc "$1" | awk 'NR == 2 {print $(NF - 6) + $(NF - 4), $NF}'; } # young + full GC count, GC time (s)
start() { # start_app without its exit: returns 1 when the application dies before it is ready
  (cd "$work" && exec "$java" ${JAVA_OPTS:-} ${opts} -jar "$jar" --server.port=18086 --opendvc.demo=true \
      --opendvc.storage.directory="$work/files" --spring.datasource.username=postgres \
      "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" --opendvc.limits.login.capacity=1000000 \
      --opendvc.limits.token.capacity=1000000 ${APP_ARGS:-} > "$work/app.log" 2>&1) &
  app=$!
  until curl -fs "localhost:18086/actuator/health/readiness" 2> /dev/null | grep -q UP; do
    kill -0 $app 2> /dev/null || return 1
    sleep 0.5
  done
}

machine
printf '%-8s %-6s %13s %11s %14s %16s %s\n' "-Xmx" "passed" "lifecycles/s" "RSS ready" "RSS peak load" "heap after GC" \
    "GCs (time) over the load"
for heap in $heaps; do
  opts=""; [ "$heap" = default ] || opts="-Xmx$heap"
  fresh_database "$db"
  rm -rf "$work/files"
  status=passed
  if ! start; then
    printf '%-8s %s\n' "$heap" "did not start: $(grep -m1 -E 'OutOfMemoryError|Exception' "$work/app.log" || tail -1 "$work/app.log")"
    app=; continue
  fi
  ready=$(rss_kb "$app")
  (peak=0; while kill -0 "$app" 2> /dev/null; do r=$(rss_kb "$app"); [ "${r:-0}" -gt "$peak" ] && peak=$r
     echo "$peak" > "$work/peak"; sleep 0.2; done) &
  sampler=$!
  read -r gcs0 gct0 <<< "$(gc "$app")"
  # a node out of memory may stop answering (its poller thread dies): the client gives up after CLIENT_TIMEOUT s
  timeout "${CLIENT_TIMEOUT:-600}" "$java" -cp "$pgjar" "$root/bench/LifecycleBench.java" --api=http://localhost:18086 \
      --lifecycles="${LIFECYCLES:-300}" --clients="${CLIENTS:-8}" > "$work/load" 2>&1 || status=FAILED
  read -r gcs1 gct1 <<< "$(gc "$app" 2> /dev/null || echo "0 0")"
  kill "$sampler" 2> /dev/null; wait "$sampler" 2> /dev/null || true
  grep -q OutOfMemoryError "$work/app.log" && status=OOM
  rate=$(sed -nE 's/.*= ([0-9.]+) lifecycles\/s.*/\1/p' "$work/load")
  used=$("$jcmd" "$app" GC.run > /dev/null 2>&1 && "$jcmd" "$app" GC.heap_info 2> /dev/null \
      | awk '/used [0-9]+K/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K.*/, "", v)
                                                                         printf "%d MB", v / 1024; exit}}')
  printf '%-8s %-6s %13s %8d MB %11d MB %16s %s\n' "$heap" "$status" "${rate:--}" $((ready / 1024)) \
      $(($(cat "$work/peak") / 1024)) "${used:--}" "$((gcs1 - gcs0)) ($(awk -v a="$gct0" -v b="$gct1" 'BEGIN { printf "%.2f s", b - a }'))"
  [ "$status" = passed ] || grep -m1 OutOfMemoryError "$work/app.log" || tail -1 "$work/load" || true
  kill "$app" 2> /dev/null; wait "$app" 2> /dev/null || true
  app=
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
