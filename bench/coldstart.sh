#!/usr/bin/env bash
# Start-up of OpenDVC next to a Spring Boot application with the same starters and no code (bench/skeleton), both on
# embedded H2, plain `java -jar` and with the JDK's AOT cache (JDK 25: -XX:AOTCacheOutput at a training start that
# stops after the context refresh, then -XX:AOTCache), alternating, RUNS times each; time from the process start until
# /actuator/health/readiness is UP, second start (database already there). Prints medians and ratios.
# Usage: ./mvnw -DskipTests package && bench/coldstart.sh ; RUNS=5 in the environment.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
runs=${RUNS:-5}
"$root/mvnw" -B -q -f "$root/bench/skeleton/pom.xml" package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for app in opendvc skeleton; do
  jar=$root/target/opendvc.jar; [ $app = skeleton ] && jar=$root/bench/skeleton/target/skeleton.jar
  mkdir -p "$work/$app"
  (cd "$work/$app" && "$java" -Djarmode=tools -jar "$jar" extract --destination extracted >/dev/null)
  # the training start: the classes loaded up to the context refresh go into the cache
  (cd "$work/$app" && "$java" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
      -jar extracted/$(basename "$jar") --server.port=18090 > training.log 2>&1) || true
done

ready_ms() { # $1 app directory, rest: java arguments
  local dir=$1; shift
  local start; start=$(date +%s%N)
  (cd "$dir" && exec "$java" "$@" --server.port=18090 > run.log 2>&1) &
  local pid=$!
  until curl -fs -u bench:bench localhost:18090/actuator/health/readiness 2>/dev/null | grep -q UP; do
    kill -0 $pid 2>/dev/null || { echo "did not start: $(tail -3 "$dir/run.log")" >&2; return 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times
for app in opendvc skeleton; do # a first start creates each database; not counted
  name=opendvc.jar; [ $app = skeleton ] && name=skeleton.jar
  ready_ms "$work/$app" -jar "extracted/$name" > /dev/null
done
for i in $(seq 1 "$runs"); do
  for app in opendvc skeleton; do
    name=opendvc.jar; [ $app = skeleton ] && name=skeleton.jar
    times[$app-plain]+="$(ready_ms "$work/$app" -jar "extracted/$name") "
    times[$app-aot]+="$(ready_ms "$work/$app" -XX:AOTCache=app.aot -jar "extracted/$name") "
  done
done
for k in opendvc-plain skeleton-plain opendvc-aot skeleton-aot; do
  m=$(tr ' ' '\n' <<< "${times[$k]}" | grep . | median)
  times[$k-median]=$m
  printf '%-15s median %6d ms  (runs: %s)\n' "$k" "$m" "${times[$k]}"
done
awk -v a="${times[opendvc-plain-median]}" -v b="${times[skeleton-plain-median]}" \
    -v c="${times[opendvc-aot-median]}" -v d="${times[skeleton-aot-median]}" 'BEGIN {
  printf "OpenDVC ÷ skeleton: plain %.2f×, both with the AOT cache %.2f×, OpenDVC with ÷ skeleton plain %.2f×\n",
         a / b, c / d, c / b }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
