#!/usr/bin/env bash
# The public status lookup (GET /api/v1/lookup?code=…&phoneLast4=…, no login) next to nginx serving the same JSON
# bodies as static files (issue 18): wrk with the same threads, connections, duration and Lua script (lookup.lua: the
# codes of CODES loaded dossiers in turn) against the application, then against nginx, in one run. nginx serves one
# file per code, the body the application answered for it (fetched before the measurement, which also checks every
# code is found), from location = /api/v1/lookup with try_files /lookup/$arg_code.json: the same URLs, the same bytes.
# Prints requests/s and p99 of each, and OpenDVC ÷ nginx (goals: ratio ≥ 0.25, OpenDVC's p99 ≤ 10 ms).
#
# The database holds DOSSIERS synthetic dossiers: when it has fewer (or does not exist), the missing ones are loaded
# with the test class path's --generate (see README.md; needs ./mvnw, offline), and the time it took is printed.
#
# The lookup's rate limits (application.yml: opendvc.limits.lookup 30 per client address per 10 minutes,
# opendvc.limits.lookup-code 10 per code per hour) would answer 429 almost at once: they are raised on the command
# line, --opendvc.limits.lookup.capacity=1000000000 --opendvc.limits.lookup-code.capacity=1000000000. They are still
# taken: on PostgreSQL their buckets live in the table rate_limit_bucket (opendvc.limits.store=auto → database, as
# shipped), so every lookup also updates the bucket of its code and the one of the client address (all of wrk's
# connections come from 127.0.0.1: one row). LIMITS_STORE=memory measures with the buckets in memory instead.
#
# FILL=sql loads only TEMPLATE (100,000) dossiers with the generator and copies them in SQL up to DOSSIERS (see
# sql_fill below): 10 M in minutes instead of hours.
#
# Usage: ./mvnw -DskipTests package && bench/lookup.sh [database]
#   FILL=generate|sql TEMPLATE=100000 CHUNK=1000000
#   DOSSIERS=100000 CODES=1000 THREADS=2 CONNECTIONS=16 DURATION=30s WARMUP=10s LIMITS_STORE=auto in the environment;
#   JAVA_OPTS, APP_ARGS for the application (see app.sh); PORT (application, 18084), NGINX_PORT (18085).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-opendvc_lookupbench}
dossiers=${DOSSIERS:-100000}
codes=${CODES:-1000}
wrk_args=(-t"${THREADS:-2}" -c"${CONNECTIONS:-16}" --latency -s "$root/bench/lookup.lua")
port=${PORT:-18084}
nginx_port=${NGINX_PORT:-18085}
work=$(mktemp -d)
. "$root/bench/app.sh"
. "$root/bench/packages.sh"
need wrk wrk
need nginx nginx
nginx=$(command -v nginx || echo /usr/sbin/nginx)
pids=()
trap 'for p in ${app:-} "${pids[@]}"; do kill "$p" 2> /dev/null; done; rm -rf "$work"' EXIT
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -qAt "$@"; }

# 1. the synthetic dossiers (ids from 10^12 up, one after the other)
psql -h 127.0.0.1 -U postgres -qAt -c "select 1 from pg_database where datname = '$db'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres "$db"
loaded() { sql -c "select coalesce(max(id) - 999999999999, 0) from dossier where id >= 1000000000000" 2> /dev/null || echo 0; }
generate() { # n: loads n more synthetic dossiers with the generator of the test class path
  echo "loading $1 synthetic dossiers after the $(loaded) there ($(machine))"
  # optimizedLaunch=false: the plugin would start the JVM with -XX:TieredStopAtLevel=1 (no C2 compiler)
  (cd "$root" && ./mvnw -o -q spring-boot:test-run -Dspring-boot.run.main-class=vn.opendvc.OpenDvcApplication \
      -Dspring-boot.test-run.optimizedLaunch=false -Dspring-boot.run.arguments="--generate=$1 \
      --opendvc.demo=true --server.port=0 --spring.datasource.username=postgres \
      --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true") > "$work/generate.log" 2>&1 \
    || { tail -20 "$work/generate.log"; exit 1; }
  grep -o 'loaded [0-9]* synthetic dossiers in [0-9.,]* s' "$work/generate.log" \
    | awk '{gsub(",", "", $6); printf "%s (%.0f s per million)\n", $0, $6 / $2 * 1e6}'
}
# FILL=sql: only the first TEMPLATE dossiers come from the generator; the rest, up to DOSSIERS, are copies of them
# made by PostgreSQL (insert … select from generate_series, CHUNK rows per transaction): every column of a template
# row (form, applicant, status, dates, phone), a new id and code following the generator's (id 10^12 + n, code
# SYN-n on 10 digits), so codes stay unique and the lookup's code and phone work as for generated ones. Only the
# dossier table grows (no tracks or counters: the lookup reads neither); its indexes are kept as they are.
sql_fill() { # target
  local template=${TEMPLATE:-100000} chunk=${CHUNK:-1000000} from to cols t0
  cols=$(sql -c "select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns
                 where table_name = 'dossier' and table_schema = current_schema() and column_name not in ('id', 'code')")
  from=$(loaded)
  echo "copying dossiers $from … $(($1 - 1)) from the first $template in SQL, $chunk per transaction ($(machine))"
  t0=$(date +%s)
  while [ "$from" -lt "$1" ]; do
    to=$((from + chunk < $1 ? from + chunk : $1))
    sql -c "insert into dossier (id, code, $cols)
            select 1000000000000 + g.n, 'SYN-' || lpad(g.n::text, 10, '0'), $(sed -E 's/([a-z_0-9]+)/t.\1/g' <<< "$cols")
            from generate_series($from, $((to - 1))) as g(n)
            join dossier t on t.id = 1000000000000 + g.n % $template"
    from=$to
  done
  echo "copied $(($1 - ${2:-0})) dossiers in $(($(date +%s) - t0)) s"
}
have=$(loaded)
if [ "$have" -lt "$dossiers" ]; then
  if [ "${FILL:-generate}" = sql ]; then
    template=${TEMPLATE:-100000}
    if [ "$have" -lt "$template" ]; then generate $(( (dossiers < template ? dossiers : template) - have )); fi
    have=$(loaded)
    if [ "$have" -lt "$dossiers" ]; then sql_fill "$dossiers" "$have"; fi
  else
    generate $((dossiers - have))
  fi
  t0=$(date +%s)
  sql -c 'vacuum analyze'
  echo "vacuum analyze: $(($(date +%s) - t0)) s"
fi
total=$(loaded)
echo "$total synthetic dossiers in $db"

# 2. the application, lookup limits raised; CODES codes of loaded dossiers with a phone, at random
start_app "$port" "$db" --opendvc.limits.store="${LIMITS_STORE:-auto}" \
    --opendvc.limits.lookup.capacity=1000000000 --opendvc.limits.lookup-code.capacity=1000000000
sql -c "select code || ' ' || right(applicant_phone, 4) from dossier
        where id in (select 1000000000000 + (random() * ($total - 1))::bigint from generate_series(1, 2 * $codes))
          and applicant_phone is not null limit $codes" > "$work/codes"
export LOOKUP_CODES=$work/codes

# 3. nginx: one file per code with the application's answer for it
mkdir -p "$work/www/lookup" "$work/nginx"
awk -v api="http://localhost:$port" -v dir="$work/www/lookup" '{ printf "url = \"%s/api/v1/lookup?code=%s&phoneLast4=%s\"\noutput = \"%s/%s.json\"\n", api, $1, $2, dir, $1 }' \
    "$work/codes" > "$work/curl.cfg"
curl -s -K "$work/curl.cfg"
found=$(grep -l '"code":"SYN-' "$work"/www/lookup/*.json | wc -l)
[ "$found" -eq "$(wc -l < "$work/codes")" ] || { echo "only $found of $(wc -l < "$work/codes") codes found"; exit 1; }
echo "$found codes looked up, e.g. $(head -1 "$work/codes") → $(cat "$work/www/lookup/$(head -1 "$work/codes" | cut -d' ' -f1).json")"
cat > "$work/nginx/nginx.conf" <<CONF
# a throwaway rig: workers as root so that they may write the temporary files under $work
user root;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location = /api/v1/lookup {
            default_type application/json;
            try_files /lookup/\$arg_code.json =404;
        }
    }
}
CONF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
until curl -fs "localhost:$nginx_port/api/v1/lookup?code=$(head -1 "$work/codes" | sed 's/ /\&phoneLast4=/')" > /dev/null; do
  sleep 0.2
done

# 4. wrk: a warm-up of the application, then the application and nginx one after the other
wrk "${wrk_args[@]}" -d"${WARMUP:-10s}" "http://localhost:$port" > /dev/null
machine
echo "wrk ${wrk_args[*]} -d${DURATION:-30s}, $found codes in turn"
# commits and row writes in PostgreSQL, all connections together (reported by a connection once idle, within ~10 s)
db_counts() { sleep 11; sql -F' ' -c "select xact_commit, tup_inserted + tup_updated + tup_deleted from pg_stat_database
                                     where datname = current_database()"; }
for side in opendvc nginx; do
  p=$port; [ $side = nginx ] && p=$nginx_port
  [ $side = opendvc ] && read -r commits0 writes0 <<< "$(db_counts)"
  wrk "${wrk_args[@]}" -d"${DURATION:-30s}" "http://localhost:$p" > "$work/wrk.$side"
  [ $side = opendvc ] && read -r commits1 writes1 <<< "$(db_counts)"
  awk -v side=$side '/Requests\/sec/ {rps = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2} /Non-2xx/ {bad = $NF}
      /requests in/ {n = $1} END {printf "%-8s %10.0f requests/s  p50 %8s  p99 %8s  (%d requests, %d not 2xx)\n",
      side, rps, p50, p99, n, bad}' "$work/wrk.$side" | tee "$work/line.$side"
done
awk -v c=$((commits1 - commits0)) -v w=$((writes1 - writes0)) '/requests in/ { printf "PostgreSQL per OpenDVC " \
    "lookup: %.2f commits, %.2f row writes (pg_stat_database, the run and 22 s around it)\n", c / $1, w / $1 }' \
    "$work/wrk.opendvc"
echo "goals: OpenDVC's p99 ≤ 10 ms; OpenDVC ÷ nginx ≥ 0.25"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk 'FNR == 1 { rps[FILENAME ~ /nginx/] = $2 } END { printf "OpenDVC ÷ nginx: %.3f (goal ≥ 0.25)\n", rps[0] / rps[1] }' \
    "$work/line.opendvc" "$work/line.nginx"
