-- The plans behind docs/benchmarks-plans/trends-10m.md: each trend query (text as in
-- TrendQueries) and each queue count (QueueRepository.counts with Queue's conditions), as of V12,
-- with the parameters trends-bench.sh uses. Run after load-10m.sql:
--   psql -h localhost -p 54339 -U postgres postgres -f src/bench/trends/explain.sql
\set ON_ERROR_STOP on
SET TimeZone = 'UTC';
SELECT id AS site FROM site WHERE site_key = 'bench10m' \gset
SELECT id AS thread FROM discussion_thread WHERE site_id = :site AND external_id = 'tt19800' \gset

\echo '### stance, hour buckets, 7 days'
EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(cast('1 hours' AS interval), hour, timestamptz '2000-01-03 00:00:00+00') AS b,
  sum(favor), sum(against), sum(neutral), sum(score_sum) FROM site_stance_rollup
  WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-16T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
  GROUP BY b ORDER BY b;
\echo '### stance, day buckets, 90 days'
EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(cast('24 hours' AS interval), hour, timestamptz '2000-01-03 00:00:00+00') AS b,
  sum(favor), sum(against), sum(neutral), sum(score_sum) FROM site_stance_rollup
  WHERE site_id = :site AND country = 'russia' AND hour >= '2026-08-25T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
  GROUP BY b ORDER BY b;
\echo '### stance, week buckets, 52 weeks'
EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(cast('168 hours' AS interval), hour, timestamptz '2000-01-03 00:00:00+00') AS b,
  sum(favor), sum(against), sum(neutral), sum(score_sum) FROM site_stance_rollup
  WHERE site_id = :site AND country = 'russia' AND hour >= '2025-11-24T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
  GROUP BY b ORDER BY b;
\echo '### stance, one thread, day buckets, 90 days'
EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(cast('24 hours' AS interval), hour, timestamptz '2000-01-03 00:00:00+00') AS b,
  sum(favor), sum(against), sum(neutral), sum(score_sum) FROM stance_rollup
  WHERE site_id = :site AND country = 'russia' AND hour >= '2026-08-25T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
  AND thread_id = :thread GROUP BY b ORDER BY b;
\echo '### hostility, day buckets, 90 days'
EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(cast('24 hours' AS interval), hour, timestamptz '2000-01-03 00:00:00+00') AS b,
  sum(comments), sum(insults) FROM site_hostility_rollup
  WHERE site_id = :site AND hour >= '2026-08-25T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
  GROUP BY b ORDER BY b;
\echo '### flame exchanges started, day buckets, 90 days (part of the hostility answer)'
EXPLAIN (ANALYZE, BUFFERS) SELECT date_bin(cast('24 hours' AS interval), started_at, timestamptz '2000-01-03 00:00:00+00') AS b,
  count(*) FROM flame_exchange WHERE site_id = :site AND started_at >= '2026-08-25T00:00:00Z' AND started_at < '2026-11-23T00:00:00Z'
  GROUP BY b ORDER BY b;
\echo '### top threads, 30 days'
EXPLAIN (ANALYZE, BUFFERS) SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour < '2026-11-08T00:00:00Z'), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE r.hour < '2026-11-08T00:00:00Z'), 0) AS sum_before,
             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour >= '2026-11-08T00:00:00Z'), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.hour >= '2026-11-08T00:00:00Z'), 0) AS sum_after
      FROM stance_rollup r
      WHERE r.site_id = :site AND r.country = 'russia' AND r.hour >= '2026-10-24T00:00:00Z' AND r.hour < '2026-11-23T00:00:00Z'
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id;
\echo '### ETag: trend version'
EXPLAIN (ANALYZE, BUFFERS) SELECT version FROM trend_version WHERE site_id = :site;

-- Queue counts: QueueRepository.counts runs one count per queue with Queue.condition(); approved
-- and rejected only up to QueueRepository.COUNT_LIMIT + 1 rows.
\echo '### count: pending'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM comment c WHERE c.site_id = :site AND c.status IN ('PREMOD', 'SYSTEM_WITHHELD');
\echo '### count: flagged'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM comment c WHERE c.site_id = :site AND c.status = 'NONE' AND c.flag_score IS NOT NULL;
\echo '### count: reported'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM comment c WHERE c.site_id = :site AND c.status = 'NONE' AND c.report_count > 0;
\echo '### count: escalated'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM comment c WHERE c.site_id = :site
  AND c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD')
  AND EXISTS (SELECT 1 FROM moderation_action e WHERE e.comment_id = c.id AND e.action = 'ESCALATE')
  AND (SELECT a.action FROM moderation_action a
  WHERE a.comment_id = c.id AND a.action <> 'UNDO' AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)
  ORDER BY a.id DESC LIMIT 1) = 'ESCALATE';
\echo '### count: approved (up to 10,001)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM comment c WHERE c.site_id = :site AND c.status = 'APPROVED' LIMIT 10001) x;
\echo '### count: rejected (up to 10,001)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM comment c WHERE c.site_id = :site AND c.status = 'REJECTED' LIMIT 10001) x;
