#!/usr/bin/env bash
# Queue paging at one million comments. Start Parley first (./mvnw -DskipTests package quarkus:run,
# embedded PostgreSQL on port 54329), then run this from the repository root:
#   bash src/bench/queue/queue-bench.sh
# It loads the rows once (load-rows.sql, needs the psql client), then times each request N times
# with curl on loopback and prints p50/p95 in milliseconds. Bounded: N requests per case.
set -euo pipefail
BASE=${PARLEY_URL:-http://localhost:8080}/api/v1/sites/bench
N=${N:-200}
PSQL="psql -q -h localhost -p ${PARLEY_EMBEDDED_DB_PORT:-54329} -U postgres postgres"
dir=$(dirname "$0")

if ! curl -sf "$BASE" > /dev/null; then
  echo "loading one million comments..."
  time $PSQL -f "$dir/load-rows.sql"
fi

measure() { # name url
  local times
  times=$(for _ in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$2"; done | sort -n)
  local p50 p95
  p50=$(echo "$times" | awk -v n="$N" 'NR==int(n*0.50){printf "%.1f", $1*1000}')
  p95=$(echo "$times" | awk -v n="$N" 'NR==int(n*0.95){printf "%.1f", $1*1000}')
  printf '| %s | %s | %s |\n' "$1" "$p50" "$p95"
}

deep_cursor() { # url: follow 20 pages and print the cursor of the 21st
  local url=$1 cursor=""
  for _ in $(seq 20); do
    cursor=$(curl -s "$url${cursor:+&cursor=$cursor}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')
  done
  echo "$cursor"
}

echo "| request | p50 ms | p95 ms |"
echo "|---|---|---|"
measure "flagged, first page of 50 (newest first)" "$BASE/queues/flagged?limit=50"
measure "flagged, first page of 50 by score" "$BASE/queues/flagged?limit=50&sort=score"
measure "flagged, page 21 (keyset cursor)" "$BASE/queues/flagged?limit=50&cursor=$(deep_cursor "$BASE/queues/flagged?limit=50")"
measure "reported, first page of 50" "$BASE/queues/reported?limit=50"
measure "pending, first page of 50" "$BASE/queues/pending?limit=50"
measure "approved, first page of 50" "$BASE/queues/approved?limit=50"
measure "flagged in one thread" "$BASE/queues/flagged?limit=50&thread=bt42"
N=20 measure "queue counts (all six)" "$BASE/queues"
