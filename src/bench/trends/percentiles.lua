-- wrk reporter for trends-bench.sh: one line "requests p50 p95 p99 non2xx3xx" (milliseconds).
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.1f %.1f %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
