#!/usr/bin/env bash
# Builds Switchboard, starts the backend with demo data and opens the workstation logged in as
# alice. Needs only a JDK 17+. Stop it by closing the workstation (the backend stops with it).
#   SWITCHBOARD_PORT=9090 ./demo.sh    to use another port than 8080
set -euo pipefail
cd "$(dirname "$0")"
PORT=${SWITCHBOARD_PORT:-8080}

echo "Building (first run downloads Maven and the libraries; later runs take seconds)..."
./mvnw -B -q -DskipTests package

mkdir -p demo-data
echo "Starting the backend on port $PORT (log: demo-data/server.log)..."
java -jar server-stub/target/switchboard-server.jar --demo --simulate 30 --port "$PORT" --data demo-data > demo-data/server.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "The backend did not start; see demo-data/server.log:"; tail -n 20 demo-data/server.log; exit 1
  fi
  sleep 0.5
done

echo "Opening the workstation as alice (password: switchboard)..."
SWITCHBOARD_PASSWORD=switchboard java -Xmx256m -jar app/target/switchboard-app.jar --server "http://localhost:$PORT" --user alice
