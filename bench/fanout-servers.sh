#!/usr/bin/env bash
# Starts (or stops) throwaway messaging servers on loopback for the fan-out benchmark
# (docs/BENCHMARKS.md, "fan-out between nodes"): NATS with JetStream, Redis, and a PostgreSQL
# cluster, all in one folder under /tmp and on ports apart from the tests' (55432,
# /tmp/switchboard-pg), so a test run on the same machine is not disturbed.
#
#   bench/fanout-servers.sh start   # apt-get install -y nats-server redis-server postgresql first
#   java -jar bench/target/switchboard-bench.jar fanout
#   bench/fanout-servers.sh stop    # stops exactly the three processes started here, removes the folder
#
# Durability as a deployment would have it: JetStream on files, Redis with an append-only file
# synced every second, PostgreSQL with its defaults (synchronous_commit=on, fsync at each commit).
set -euo pipefail
DIR=${FANOUT_DIR:-/tmp/switchboard-fanout}
NATS_PORT=${FANOUT_NATS_PORT:-14222}
REDIS_PORT=${FANOUT_REDIS_PORT:-16379}
PG_PORT=${FANOUT_PG_PORT:-55442}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop() {
  if [ -f "$DIR/nats.pid" ]; then kill "$(cat "$DIR/nats.pid")" 2>/dev/null || true; fi
  if [ -f "$DIR/redis/redis.pid" ]; then kill "$(cat "$DIR/redis/redis.pid")" 2>/dev/null || true; fi
  if [ -f "$DIR/pg/postmaster.pid" ]; then as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg" stop -m fast >/dev/null 2>&1 || true; fi
  sleep 1
  rm -rf "$DIR"
}

case "${1:-}" in
  start)
    stop
    mkdir -p "$DIR/nats" "$DIR/redis" "$DIR/pg"
    nats-server -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$DIR/nats" >"$DIR/nats.log" 2>&1 &
    echo $! >"$DIR/nats.pid"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$DIR/redis" --save '' \
      --appendonly yes --appendfsync everysec --daemonize yes \
      --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/redis.log"
    chown postgres:postgres "$DIR/pg"
    as_postgres "$PGBIN/initdb" -D "$DIR/pg" -A trust -U postgres >/dev/null
    as_postgres "$PGBIN/pg_ctl" -D "$DIR/pg" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200" \
      -l "$DIR/pg/server.log" -w start >/dev/null
    sleep 1
    echo "nats://127.0.0.1:$NATS_PORT redis://127.0.0.1:$REDIS_PORT jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
