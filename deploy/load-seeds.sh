#!/usr/bin/env sh
# Loads the seed threads (the real pages Parley was conceived from; see training/data/seeds) into a
# running Parley as site "seeds", through the public API: registers the site, then sends
# deploy/seeds/seed-batch.json (39 reader comments in 3 threads) as one ingest batch. Idempotent:
# running it again changes nothing. Needs only curl.
#
#   sh deploy/load-seeds.sh                 # Parley on http://localhost:8080
#   sh deploy/load-seeds.sh http://host:port
set -eu
BASE=${1:-http://localhost:8080}
DIR=$(dirname "$0")

curl -sf -X PUT "$BASE/api/v1/sites/seeds" -H 'Content-Type: application/json' \
     -d '{"name":"Seed pages (Japan–Russia relations)"}' > /dev/null
curl -sf -X POST "$BASE/api/v1/sites/seeds/comments/batch" -H 'Content-Type: application/json' \
     --data-binary "@$DIR/seeds/seed-batch.json" -o /dev/null -w 'seed threads loaded (HTTP %{http_code})\n'
echo "moderator page: $BASE/moderate/seeds   dashboard: $BASE/dashboard/seeds?range=all"
