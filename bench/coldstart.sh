#!/usr/bin/env bash
# Start-up of OpenDVC next to a Spring Boot application with the same starters and no code (bench/skeleton), both on
# embedded H2, plain `java -jar` and with the JDK's AOT cache (JDK 25: -XX:AOTCacheOutput at a training start that
# stops after the context refresh, then -XX:AOTCache), alternating, RUNS times each; time from the process start until
# /actuator/health/readiness is UP, second start (database already there). Prints medians and ratios.
# Usage: ./mvnw -DskipTests package && bench/coldstart.sh ; RUNS=5 in the environment; JAR (default
# target/opendvc.jar); BASELINE_JAR=<another build of OpenDVC> adds it as a third application ("before"), started in
# the same rounds, to measure a change side by side.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
runs=${RUNS:-5}
"$root/mvnw" -B -q -f "$root/bench/skeleton/pom.xml" package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
apps="opendvc skeleton"; [ -n "${BASELINE_JAR:-}" ] && apps="opendvc before skeleton"
jar_of() { case $1 in opendvc) echo "${JAR:-$root/target/opendvc.jar}" ;; before) echo "$BASELINE_JAR" ;;
                      skeleton) echo "$root/bench/skeleton/target/skeleton.jar" ;; esac; }
for app in $apps; do
  jar=$(jar_of $app)
  mkdir -p "$work/$app"
  (cd "$work/$app" && "$java" -Djarmode=tools -jar "$jar" extract --destination extracted >/dev/null
   mv extracted/"$(basename "$jar")" extracted/app.jar)
  # the training start: the classes loaded up to the context refresh go into the cache
  (cd "$work/$app" && "$java" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
      -jar extracted/app.jar --server.port=18090 > training.log 2>&1) || true
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
for app in $apps; do # a first start creates each database; not counted
  ready_ms "$work/$app" -jar extracted/app.jar > /dev/null
done
for i in $(seq 1 "$runs"); do
  for app in $apps; do
    times[$app-plain]+="$(ready_ms "$work/$app" -jar extracted/app.jar) "
    times[$app-aot]+="$(ready_ms "$work/$app" -XX:AOTCache=app.aot -jar extracted/app.jar) "
  done
done
for k in $(for a in $apps; do echo $a-plain $a-aot; done); do
  m=$(tr ' ' '\n' <<< "${times[$k]}" | grep . | median)
  times[$k-median]=$m
  printf '%-15s median %6d ms  (runs: %s)\n' "$k" "$m" "${times[$k]}"
done
awk -v a="${times[opendvc-plain-median]}" -v b="${times[skeleton-plain-median]}" \
    -v c="${times[opendvc-aot-median]}" -v d="${times[skeleton-aot-median]}" 'BEGIN {
  printf "OpenDVC ÷ skeleton: plain %.2f×, both with the AOT cache %.2f×, OpenDVC with ÷ skeleton plain %.2f×\n",
         a / b, c / d, c / b }'
if [ -n "${BASELINE_JAR:-}" ]; then
  awk -v a="${times[before-plain-median]}" -v b="${times[skeleton-plain-median]}" \
      -v c="${times[before-aot-median]}" -v d="${times[skeleton-aot-median]}" 'BEGIN {
    printf "before (BASELINE_JAR) ÷ skeleton: plain %.2f×, both with the AOT cache %.2f×\n", a / b, c / d }'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
