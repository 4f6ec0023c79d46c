#!/usr/bin/env bash
# Trends API and queue counts at ten million comments.
#
# 1. Build and start Parley from the repository root with its own data directory and ports:
#      ./mvnw -DskipTests package
#      java -Dparley.embedded-db.data-dir=$PWD/data/postgres -Dparley.embedded-db.port=54339 \
#           -Dquarkus.http.port=8090 -jar target/quarkus-app/quarkus-run.jar
# 2. Load the rows once (needs the psql client; 9.5 min on the idle 2-core machine, longer when it is shared;
#    ~11 GB database, ~12 GB data directory):
#      psql -h localhost -p 54339 -U postgres postgres -f src/bench/trends/load-10m.sql
# 3. Run this script from the repository root (needs wrk: apt-get install -y wrk):
#      bash src/bench/trends/trends-bench.sh
#
# Each case: a 3 s warm-up, then a bounded wrk run of D seconds (default 20) with C connections
# (default 2: two dashboards polling back to back) on one thread, on loopback. Prints
# p50/p95/p99 in milliseconds. Data ends at 2026-11-23; ranges are fixed so runs compare.
set -euo pipefail
URL=${PARLEY_URL:-http://localhost:8090}
BASE=$URL/api/v1/sites/bench10m
D=${D:-20}
C=${C:-2}
dir=$(dirname "$0")
END=2026-11-23T00:00:00Z

curl -sf "$BASE/trends/stance?country=russia" > /dev/null || { echo "no site bench10m at $URL: load it first" >&2; exit 1; }

measure() { # name url [extra wrk args...]
  local name=$1 url=$2; shift 2
  wrk -t1 -c"$C" -d3s "$@" "$url" > /dev/null
  local line
  line=$(wrk -t1 -c"$C" -d"${D}s" -s "$dir/percentiles.lua" "$@" "$url" | grep '^RESULT')
  read -r _ n p50 p95 p99 errs <<< "$line"
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$n" "$p50" "$p95" "$p99" "$errs"
}

stance_week="$BASE/trends/stance?country=russia&bucket=week&from=2025-11-24T00:00:00Z&to=$END"
etag=$(curl -s -D - -o /dev/null "$stance_week" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$stance_week")
[ "$code" = 304 ] || { echo "expected 304 for If-None-Match $etag, got $code" >&2; exit 1; }

echo "| request | requests | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
if [ "${ONLY_COUNTS:-0}" != 1 ]; then
measure "stance, hour buckets, 7 days" "$BASE/trends/stance?country=russia&bucket=hour&from=2026-11-16T00:00:00Z&to=$END"
measure "stance, day buckets, 90 days" "$BASE/trends/stance?country=russia&bucket=day&from=2026-08-25T00:00:00Z&to=$END"
measure "stance, week buckets, 52 weeks" "$stance_week"
measure "stance, one thread, day buckets, 90 days" "$BASE/trends/stance?country=russia&bucket=day&from=2026-08-25T00:00:00Z&to=$END&thread=tt19800"
measure "hostility, day buckets, 90 days" "$BASE/trends/hostility?bucket=day&from=2026-08-25T00:00:00Z&to=$END"
measure "top threads, 30 days" "$BASE/trends/top-threads?country=russia&from=2026-10-24T00:00:00Z&to=$END"
measure "stance week/52 weeks, If-None-Match (304)" "$stance_week" -H "If-None-Match: $etag"
fi
# ONLY_COUNTS=1 runs only the counts; SKIP_COUNTS=1 leaves the counts out (before V12 one counts request took minutes at this size).
[ "${SKIP_COUNTS:-0}" = 1 ] || measure "queue counts (all six)" "$BASE/queues"
