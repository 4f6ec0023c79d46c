#!/usr/bin/env bash
# Latency of the Perspective-compatible endpoint as Coral Talk calls it (Coral's timeout: 800 ms).
# Start Parley first (./mvnw -DskipTests package quarkus:run), then from the repository root:
#   bash src/bench/perspective/perspective-bench.sh
# It registers a site and an API key, then sends N sequential requests per text (comments of the
# annotation pool, short to long) on loopback with curl and prints p50/p95/max in milliseconds.
set -euo pipefail
URL=${PARLEY_URL:-http://localhost:8080}
N=${N:-300}
site=bench-perspective
curl -sf -X PUT "$URL/api/v1/sites/$site" -H 'Content-Type: application/json' -d '{"name":"bench"}' > /dev/null
key=$(curl -sf -X POST "$URL/api/v1/sites/$site/api-keys" -H 'Content-Type: application/json' \
      -d '{"label":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
body=$(mktemp)
python3 - "$body" "$N" <<'PY'
import json, sys
rows = [json.loads(l) for l in open('training/data/annotation-pool/annotation_pool.jsonl')]
texts = [r['text'] for r in rows][:int(sys.argv[2])]
with open(sys.argv[1], 'w') as out:
    for t in texts:
        out.write(json.dumps({"comment": {"text": t}, "doNotStore": True,
                              "requestedAttributes": {"TOXICITY": {}}, "languages": ["en"]}) + "\n")
PY
times=$(while IFS= read -r line; do
  printf '%s' "$line" | curl -s -o /dev/null -w '%{time_total}\n' -X POST \
    -H 'Content-Type: application/json' --data-binary @- "$URL/v1alpha1/comments:analyze?key=$key"
done < "$body" | sort -n)
rm -f "$body"
echo "$times" | awk '{a[NR]=$1*1000} END {printf "requests %d  p50 %.1f ms  p95 %.1f ms  max %.1f ms\n", NR, a[int(NR*0.5)], a[int(NR*0.95)], a[NR]}'
