# Sourced by the bench scripts that run the shipped jar on PostgreSQL (127.0.0.1:5432, user postgres, trust auth).
# Needs $work (a scratch directory); $JAR (default target/opendvc.jar), $JAVA_OPTS for the application's JVM and
# $APP_ARGS for more of its settings come from the environment.
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${JAR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/opendvc.jar}
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)

fresh_database() { # name: an empty database of that name
  dropdb -h 127.0.0.1 -U postgres --if-exists "$1"
  createdb -h 127.0.0.1 -U postgres "$1"
}

# start_app port database [setting...]: the jar in demo mode on the database, its files under $work/files, its log in
# $work/app.log; returns once it is ready, with its pid in $app (the caller's trap stops it).
start_app() {
  local port=$1 db=$2
  shift 2
  (cd "$work" && exec "$java" ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --opendvc.demo=true \
      --opendvc.storage.directory="$work/files" --spring.datasource.username=postgres \
      "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$db" "$@" ${APP_ARGS:-} > "$work/app.log" 2>&1) &
  app=$!
  until curl -fs "localhost:$port/actuator/health/readiness" 2> /dev/null | grep -q UP; do
    kill -0 $app 2> /dev/null || { echo "the application did not start:"; tail -5 "$work/app.log"; exit 1; }
    sleep 0.5
  done
}

machine() { # when, on what, under which load
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
