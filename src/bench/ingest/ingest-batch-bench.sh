#!/usr/bin/env bash
# Time to ingest full batches (1,000 comments, the largest batch Parley accepts) of real reader
# comments: storage, analysis (text pipeline, insult model, stance model with its sentence
# encoder), flags and rollups, all in the batch's one transaction.
# Start Parley first (./mvnw -DskipTests package quarkus:run), then from the repository root:
#   bash src/bench/ingest/ingest-batch-bench.sh
# Each run posts ROUNDS batches; batch k holds the 1,000 first comments of the annotation pool
# (every one names a country), each its own thread, with external ids unique to the run and batch.
set -euo pipefail
URL=${PARLEY_URL:-http://localhost:8080}
ROUNDS=${ROUNDS:-3}
site=bench-ingest
run=$(date +%s)
curl -sf -X PUT "$URL/api/v1/sites/$site" -H 'Content-Type: application/json' -d '{"name":"ingest bench"}' > /dev/null
for k in $(seq 1 "$ROUNDS"); do
  body=$(mktemp)
  python3 - "$body" "$run-$k" <<'PY'
import json, sys
rows = [json.loads(l) for l in open('training/data/annotation-pool/annotation_pool.jsonl')][:1000]
tag = sys.argv[2]
comments = [{"externalId": f"{tag}-{i}", "thread": {"externalId": f"{tag}-t{i}", "title": "bench"},
             "author": {"externalId": f"a{i % 97}"}, "body": r['text'], "createdAt": "2026-11-01T00:00:00Z"}
            for i, r in enumerate(rows)]
json.dump({"comments": comments}, open(sys.argv[1], 'w'))
PY
  curl -s -o /dev/null -w "batch $k: HTTP %{http_code}, %{time_total} s\n" -X POST \
    -H 'Content-Type: application/json' --data-binary "@$body" "$URL/api/v1/sites/$site/comments/batch"
  rm -f "$body"
done
