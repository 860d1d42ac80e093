#!/usr/bin/env bash
# Two nodes and node loss (issue 18): two nodes of target/opendvc.jar on one fresh PostgreSQL database (one token
# secret, one file directory) behind Debian's nginx (installed when missing; upstream with both nodes,
# proxy_next_upstream on error); citizens' clients (vn.opendvc.testing.NodeLossLoad, the load of NodeLossIT) submit
# dossiers through nginx with an Idempotency-Key on create and submit and retry on no answer or a 5xx; node 1 is
# killed with kill -9 once KILL_AFTER submissions went through nginx. Prints acknowledged / present / duplicates /
# client-visible error rate, and what each node answered according to nginx.
# Usage: ./mvnw -DskipTests package && bench/two-nodes.sh [database]
#        SECONDS_OF_LOAD=60 CLIENTS=4 KILL_AFTER=20 in the environment; PORT (nginx, 18090), NODE_PORTS ("18091 18092").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_twonodes}
jar=${JAR:-$root/target/opendvc.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
load_seconds=${SECONDS_OF_LOAD:-60}
kill_after=${KILL_AFTER:-20}
clients=${CLIENTS:-4}
port=${PORT:-18090}
read -r port1 port2 <<< "${NODE_PORTS:-18091 18092}"
[ -f "$jar" ] && [ -d "$root/target/test-classes/vn/opendvc/testing" ] \
  || { echo "build first: ./mvnw -DskipTests package"; exit 1; }

. "$root/bench/packages.sh"
need nginx nginx
nginx=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the load client runs on the test class path (it shares NodeLossIT's code)
(cd "$root" && ./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" > /dev/null 2>&1)
classpath="$root/target/test-classes:$root/target/classes:$(cat "$work/cp.txt")"

dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
createdb -h 127.0.0.1 -U postgres "$db"
export OPENDVC_DEMO=true OPENDVC_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" OPENDVC_DB_USER=postgres
export OPENDVC_TOKEN_SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')   # the same on both nodes
export OPENDVC_STORAGE_DIR=$work/files                                                 # shared file storage

start_node() { # name port → pid; returns once the node is ready
  mkdir -p "$work/$1"
  (cd "$work/$1" && exec "$java" ${JAVA_OPTS:--Xmx768m} -jar "$jar" --server.port="$2" \
      --opendvc.limits.token.capacity=1000 > node.log 2>&1) &
  local pid=$!
  until curl -fs "localhost:$2/actuator/health/readiness" 2> /dev/null | grep -q UP; do
    kill -0 $pid 2> /dev/null || { echo "$1 did not start:"; tail -20 "$work/$1/node.log"; exit 1; }
    sleep 0.5
  done
  node_pid=$pid
}
t0=$(date +%s)
start_node node-1 "$port1"; pid1=$node_pid; pids+=("$pid1")   # migrates and seeds the database
start_node node-2 "$port2"; pid2=$node_pid; pids+=("$pid2")   # finds it done
echo "two nodes ready in $(( $(date +%s) - t0 )) s (node 1 pid $pid1 :$port1, node 2 pid $pid2 :$port2)"

mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<EOF
# a throwaway rig: workers as root so that they may write the temporary files under $work
user root;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 512; }
http {
    log_format upstream '\$status "\$upstream_addr" \$request_method \$uri';
    access_log $work/nginx/access.log upstream;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    client_max_body_size 20m;
    upstream opendvc {
        server 127.0.0.1:$port1 max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$port2 max_fails=1 fail_timeout=10s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$port;
        location / {
            proxy_pass http://opendvc;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            # a node that refuses the connection or does not answer in time: the next one. A POST already sent
            # is not sent again (no non_idempotent): the client retries it under its Idempotency-Key.
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }
    }
}
EOF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
until curl -fs "localhost:$port/actuator/health" > /dev/null 2>&1; do sleep 0.2; done

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$clients clients for $load_seconds s through nginx :$port; kill -9 of node 1 after $kill_after submissions"
( until [ "$(grep -cE '^20[01] .* POST /api/v1/dossiers/[0-9]+/submit$' "$work/nginx/access.log")" -ge "$kill_after" ]; do
    sleep 0.1
  done
  kill -9 "$pid1"; echo "node 1 killed (kill -9) at $(date -u +%T), after $kill_after submissions through nginx" ) &
killer=$!
set +e
"$java" -cp "$classpath" vn.opendvc.testing.NodeLossLoad --base="http://127.0.0.1:$port" \
    --clients="$clients" --seconds="$load_seconds"
verdict=$?
set -e
if kill -0 $killer 2> /dev/null; then
  kill $killer; echo "node 1 was NOT killed: fewer than $kill_after submissions in $load_seconds s"; verdict=1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "answers according to nginx (requests, status, node(s) tried):"
awk -F'"' '{ sub(/ $/, "", $1); print $1, $2 }' "$work/nginx/access.log" | sort | uniq -c | sort -rn
exit $verdict
