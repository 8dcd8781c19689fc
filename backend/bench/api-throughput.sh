#!/usr/bin/env bash
# Throughput of an authenticated list call, with an API key and with a console session, under wrk.
# Starts the packaged jar on a throw-away data directory, imports 500 accounts, then runs
# `wrk -t2 -c16` for DURATION seconds on GET /api/accounts?size=20 each way. Needs wrk, curl, jq.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30}
PORT=${PORT:-18181}
S=http://localhost:$PORT
PASSWORD=benchmark-password-123
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

for tool in wrk curl jq; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install $tool)"; exit 1; }
done

# The limit is raised: this measures the call, not the 429 answers.
SESAME_DATA_DIR=$WORK/data SERVER_PORT=$PORT SESAME_ADMIN_PASSWORD=$PASSWORD \
  SESAME_API_KEYS_REQUESTS_PER_MINUTE=100000000 \
  java -Xmx1g -jar target/sesame.jar > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$S/actuator/health/readiness" > /dev/null; do sleep 1; done

jar=$WORK/cookies
curl -s -c "$jar" "$S/api/auth/me" > /dev/null
csrf() { echo "X-XSRF-TOKEN: $(awk '/XSRF-TOKEN/{print $7}' "$jar")"; }
curl -sf -b "$jar" -c "$jar" -H "$(csrf)" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" "$S/api/auth/login" > /dev/null
{
  echo 'type;nom;prenom;classe;id_externe'
  for i in $(seq 1 500); do echo "Élève;Nom$i;Prénom$i;6$((i % 6));B$i"; done
} > "$WORK/accounts.csv"
curl -sf -b "$jar" -H "$(csrf)" -F file=@"$WORK/accounts.csv" "$S/api/accounts/import" > /dev/null
KEY=$(curl -sf -b "$jar" -H "$(csrf)" -H 'Content-Type: application/json' \
  -d '{"name":"wrk","scopes":["accounts:read"]}' "$S/api/api-keys" | jq -r .key)
SESSION=$(awk '/SESAME_SESSION/{print $7}' "$jar")

run() { # label, header
  wrk -t2 -c16 -d5s -H "$2" "$S/api/accounts?size=20" > /dev/null # warm-up
  wrk -t2 -c16 -d"${DURATION}s" --latency -H "$2" "$S/api/accounts?size=20" > "$WORK/wrk.txt"
  awk -v label="$1" '
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = $2 } $1 == "90%" { p90 = $2 } $1 == "99%" { p99 = $2 }
    /Non-2xx/ { errors = $NF }
    END { printf "%-10s %10s %9s %9s %9s %8s\n", label, rps, p50, p90, p99, (errors ? errors : 0) }' \
    "$WORK/wrk.txt"
}
printf "%-10s %10s %9s %9s %9s %8s\n" "auth" "requests/s" "p50" "p90" "p99" "non-2xx"
run "API key" "Authorization: Bearer $KEY"
run "session" "Cookie: SESAME_SESSION=$SESSION"
echo "($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); GET /api/accounts?size=20 over 500 accounts, wrk -t2 -c16 -d${DURATION}s)"
