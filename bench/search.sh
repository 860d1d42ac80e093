#!/usr/bin/env bash
# Catalog search throughput next to a one-row read, in one run on one machine (wrk, 2 threads, 8 connections).
# Usage: ./mvnw -DskipTests package && bench/search.sh   (starts target/opendvc.jar on port 18080 in a temp dir)
set -euo pipefail
jar=$(cd "$(dirname "$0")/.." && pwd)/target/opendvc.jar
work=$(mktemp -d)
cd "$work"
java -jar "$jar" --server.port=18080 > app.log 2>&1 &
app=$!
trap 'kill $app; rm -rf "$work"' EXIT
until curl -fs localhost:18080/actuator/health/readiness 2>/dev/null | grep -q UP; do sleep 0.2; done
grep -E "Started OpenDvc|Catalog import|search index" app.log | sed 's/.*: //'
id=$(curl -s 'localhost:18080/api/v1/procedures?q=1.001193' | python3 -c 'import json,sys;print(json.load(sys.stdin)["items"][0]["id"])')
for path in "/api/v1/procedures/$id" \
            "/api/v1/procedures?q=dang%20ky%20khai%20sinh" \
            "/api/v1/procedures?q=cap%20giay%20phep%20xay%20dung&size=100" \
            "/api/v1/procedures?field=H%E1%BB%99%20t%E1%BB%8Bch&level=XA"; do
  wrk -t2 -c8 -d3s "http://localhost:18080$path" > /dev/null   # warm-up
  echo "== $path"
  wrk -t2 -c8 -d8s --latency "http://localhost:18080$path" | grep -E "Requests/sec| 50%| 99%"
done
