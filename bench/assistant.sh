#!/usr/bin/env bash
# The assistant's latency over the whole evaluation set (bench/assistant.lua cycles its 168 questions), next to a
# one-row read, in one run on one machine: wrk with 1 thread / 2 connections and 2 threads / 8 connections.
# Usage: ./mvnw -DskipTests package && bench/assistant.sh   (starts target/opendvc.jar on port 18081 in a temp dir)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/target/opendvc.jar
work=$(mktemp -d)
cd "$work"
java -jar "$jar" --server.port=18081 --opendvc.limits.assistant.capacity=100000000 > app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; cp app.log /tmp/assistant-app.log; rm -rf "$work"' EXIT
until curl -fs localhost:18081/actuator/health/readiness 2>/dev/null | grep UP > /dev/null; do sleep 0.5; done
until grep -q "Assistant index: 5688" app.log; do sleep 0.2; done
grep -E "Started OpenDvc|search index|Assistant index" app.log | sed 's/.*: //'
id=$(curl -s 'localhost:18081/api/v1/procedures?q=1.001193' | python3 -c 'import json,sys;print(json.load(sys.stdin)["items"][0]["id"])')
export QUESTIONS=$root/src/test/resources/assistant/questions.tsv
for load in "-t1 -c2" "-t2 -c8"; do
  wrk $load -d3s -s "$root/bench/assistant.lua" http://localhost:18081 > /dev/null   # warm-up
  echo "== $load GET /api/v1/procedures/$id"
  wrk $load -d8s --latency "http://localhost:18081/api/v1/procedures/$id" | grep -E "Requests/sec| 50%| 99%|Non-2xx"
  echo "== $load POST /api/v1/assistant/ask (evaluation set)"
  wrk $load -d8s --latency -s "$root/bench/assistant.lua" http://localhost:18081 | grep -E "Requests/sec| 50%| 99%|Non-2xx"
done
