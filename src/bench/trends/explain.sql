-- The plans behind docs/benchmarks-plans/trends-10m.md: each trend query (text as in
-- TrendQueries) and each queue count (QueueRepository.counts with Queue's conditions), as of V13
-- (top threads and the escalated count also as of V12, and checks that both give the same
-- answers), with the parameters trends-bench.sh uses. Run after load-10m.sql:
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
\echo '### top threads, 30 days, as of V12 (every hourly row)'
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
\echo '### top threads, 30 days (V13: whole days from stance_daily_rollup)'
EXPLAIN (ANALYZE, BUFFERS) SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.n) FILTER (WHERE NOT r.after), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE NOT r.after), 0) AS sum_before,
             coalesce(sum(r.n) FILTER (WHERE r.after), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.after), 0) AS sum_after
      FROM (
    SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-10-24T00:00:00Z' AND hour < '2026-10-24T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-10-24T00:00:00Z' AND day < '2026-11-08T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T00:00:00Z' AND hour < '2026-11-08T00:00:00Z'
    UNION ALL
    SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T00:00:00Z' AND hour < '2026-11-08T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-11-08T00:00:00Z' AND day < '2026-11-23T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-23T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
      ) r
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id;
\echo '### top threads, 2026-10-24T13:30Z .. 2026-11-23T05:00Z, middle 2026-11-08T09:15Z (V13, partial days at the edges)'
EXPLAIN (ANALYZE, BUFFERS) SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.n) FILTER (WHERE NOT r.after), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE NOT r.after), 0) AS sum_before,
             coalesce(sum(r.n) FILTER (WHERE r.after), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.after), 0) AS sum_after
      FROM (
    SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-10-24T14:00:00Z' AND hour < '2026-10-25T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-10-25T00:00:00Z' AND day < '2026-11-08T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T00:00:00Z' AND hour < '2026-11-08T10:00:00Z'
    UNION ALL
    SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T10:00:00Z' AND hour < '2026-11-09T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-11-09T00:00:00Z' AND day < '2026-11-23T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-23T00:00:00Z' AND hour < '2026-11-23T05:00:00Z'
      ) r
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id;
\echo '### check: V13 top threads equal V12 (counts exactly, sums to 1e-9), both ranges: expect 0 and 0'
SELECT count(*) FROM (
SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour < '2026-11-08T00:00:00Z'), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE r.hour < '2026-11-08T00:00:00Z'), 0) AS sum_before,
             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour >= '2026-11-08T00:00:00Z'), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.hour >= '2026-11-08T00:00:00Z'), 0) AS sum_after
      FROM stance_rollup r
      WHERE r.site_id = :site AND r.country = 'russia' AND r.hour >= '2026-10-24T00:00:00Z' AND r.hour < '2026-11-23T00:00:00Z'
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id) o FULL JOIN (
SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.n) FILTER (WHERE NOT r.after), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE NOT r.after), 0) AS sum_before,
             coalesce(sum(r.n) FILTER (WHERE r.after), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.after), 0) AS sum_after
      FROM (
    SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-10-24T00:00:00Z' AND hour < '2026-10-24T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-10-24T00:00:00Z' AND day < '2026-11-08T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T00:00:00Z' AND hour < '2026-11-08T00:00:00Z'
    UNION ALL
    SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T00:00:00Z' AND hour < '2026-11-08T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-11-08T00:00:00Z' AND day < '2026-11-23T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-23T00:00:00Z' AND hour < '2026-11-23T00:00:00Z'
      ) r
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id) n ON n.id = o.id
WHERE n.id IS NULL OR o.id IS NULL OR n.n_before <> o.n_before OR n.n_after <> o.n_after
   OR abs(n.sum_before - o.sum_before) > 1e-9 OR abs(n.sum_after - o.sum_after) > 1e-9;
SELECT count(*) FROM (
SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour < '2026-11-08T09:15:00Z'), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE r.hour < '2026-11-08T09:15:00Z'), 0) AS sum_before,
             coalesce(sum(r.favor + r.against + r.neutral) FILTER (WHERE r.hour >= '2026-11-08T09:15:00Z'), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.hour >= '2026-11-08T09:15:00Z'), 0) AS sum_after
      FROM stance_rollup r
      WHERE r.site_id = :site AND r.country = 'russia' AND r.hour >= '2026-10-24T13:30:00Z' AND r.hour < '2026-11-23T05:00:00Z'
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id) o FULL JOIN (
SELECT t.id, t.external_id, t.title, s.n_before, s.sum_before, s.n_after, s.sum_after
FROM (SELECT r.thread_id,
             coalesce(sum(r.n) FILTER (WHERE NOT r.after), 0) AS n_before,
             coalesce(sum(r.score_sum) FILTER (WHERE NOT r.after), 0) AS sum_before,
             coalesce(sum(r.n) FILTER (WHERE r.after), 0) AS n_after,
             coalesce(sum(r.score_sum) FILTER (WHERE r.after), 0) AS sum_after
      FROM (
    SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-10-24T14:00:00Z' AND hour < '2026-10-25T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-10-25T00:00:00Z' AND day < '2026-11-08T00:00:00Z'
    UNION ALL SELECT thread_id, false AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T00:00:00Z' AND hour < '2026-11-08T10:00:00Z'
    UNION ALL
    SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-08T10:00:00Z' AND hour < '2026-11-09T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_daily_rollup WHERE site_id = :site AND country = 'russia' AND day >= '2026-11-09T00:00:00Z' AND day < '2026-11-23T00:00:00Z'
    UNION ALL SELECT thread_id, true AS after, favor + against + neutral AS n, score_sum FROM stance_rollup WHERE site_id = :site AND country = 'russia' AND hour >= '2026-11-23T00:00:00Z' AND hour < '2026-11-23T05:00:00Z'
      ) r
      GROUP BY r.thread_id) s
JOIN discussion_thread t ON t.id = s.thread_id) n ON n.id = o.id
WHERE n.id IS NULL OR o.id IS NULL OR n.n_before <> o.n_before OR n.n_after <> o.n_after
   OR abs(n.sum_before - o.sum_before) > 1e-9 OR abs(n.sum_after - o.sum_after) > 1e-9;
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
\echo '### count: escalated, as of V12 (from the action log)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM comment c WHERE c.site_id = :site
  AND c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD')
  AND EXISTS (SELECT 1 FROM moderation_action e WHERE e.comment_id = c.id AND e.action = 'ESCALATE')
  AND (SELECT a.action FROM moderation_action a
  WHERE a.comment_id = c.id AND a.action <> 'UNDO' AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)
  ORDER BY a.id DESC LIMIT 1) = 'ESCALATE';
\echo '### count: escalated (V13: comment.escalated, partial index comment_queue_escalated)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM comment c WHERE c.site_id = :site
  AND c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD') AND c.escalated;
\echo '### check: the flag equals the V12 definition: expect 0'
-- (only comments with an escalation or the flag can be in either, so only those are compared)
SELECT count(*) FROM comment c WHERE c.site_id = :site AND c.status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD')
  AND c.id IN (SELECT comment_id FROM moderation_action WHERE action = 'ESCALATE'
               UNION SELECT id FROM comment WHERE site_id = :site AND escalated AND status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD'))
  AND c.escalated IS DISTINCT FROM coalesce(((SELECT a.action FROM moderation_action a
  WHERE a.comment_id = c.id AND a.action <> 'UNDO' AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)
  ORDER BY a.id DESC LIMIT 1)) = 'ESCALATE', false);
\echo '### count: approved (up to 10,001)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM comment c WHERE c.site_id = :site AND c.status = 'APPROVED' LIMIT 10001) x;
\echo '### count: rejected (up to 10,001)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM (SELECT 1 FROM comment c WHERE c.site_id = :site AND c.status = 'REJECTED' LIMIT 10001) x;
