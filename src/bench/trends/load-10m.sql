-- Loads ten million comments into a site 'bench10m' of a running Parley database, with their
-- analyses, flags, moderation actions and flame exchanges, and then the trend rollups those
-- comments produce, computed from the loaded analyses exactly as TrendRollups maintains them.
--
-- Run (Parley started once so Flyway has created the schema; see trends-bench.sh):
--   psql -h localhost -p 54339 -U postgres postgres -f src/bench/trends/load-10m.sql
-- About 9.5 minutes on the idle 2-core development machine, about 12 GB of disk. Safe to run once per
-- database. Deterministic: every attribute is a hash of the comment number g, no random().
--
-- Shape: one site, 20,000 threads published every ~26 minutes over a year (2025-11-23 to
-- 2026-11-23); comment g is written at t0 + g * 3.15 s into one of the ~110 threads open at the
-- time (newer threads more likely); 200,000 authors, few write most. Analyses: 3% non-English
-- (no scores); insult probability p = u^6 (10.9% at p >= 0.5, 3.7% at p >= 0.8); stance
-- mentions russia 12%, us 10%, china 6%, japan 2%, labels mostly against / neutral. Moderation as
-- on a site whose moderators keep up: detected INSULT flags at p >= 0.8 (the default policy),
-- reader reports on 0.8% of comments; flagged or reported comments older than 7 days are decided
-- except a 5% backlog; 1.5% of comments are withheld (premod / system) and decided after 2 days
-- except a 1% backlog; 3% of the rest approved; 5% of the still-undecided flagged or withheld
-- comments escalated, a fifth of those escalations undone. Every decision has its action row.
\set ON_ERROR_STOP on
\timing on
SET TimeZone = 'UTC';
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 1;
-- One transaction: if anything fails, nothing is left behind (not even the dropped indexes).
BEGIN;
-- Bulk load: foreign keys are not checked row by row (the generated rows are consistent by
-- construction), and the secondary indexes are dropped and rebuilt afterwards.
SET LOCAL session_replication_role = replica;

-- u(g, k): a uniform number in [0, 1) from the comment number and a stream number.
CREATE FUNCTION pg_temp.u(g bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8extended(g, k) & 9007199254740991)::float8 / 9007199254740992 $$;

CREATE TEMP TABLE saved_index AS
SELECT i.indexname, i.indexdef FROM pg_indexes i
WHERE i.schemaname = 'public' AND i.tablename IN ('comment', 'comment_analysis', 'flag', 'moderation_action')
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname);
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexname FROM saved_index LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
END $$;

INSERT INTO site (site_key, name, created_at, updated_at)
VALUES ('bench10m', 'Benchmark, ten million comments', timestamptz '2025-11-23 00:00:00+00', now());

-- Threads: ix 0..19999, thread ix published at t0 + ix * 365 days / 20000.
CREATE TEMP TABLE p AS
SELECT s.id AS site_id, timestamptz '2025-11-23 00:00:00+00' AS t0,
       (SELECT coalesce(max(id), 0) FROM discussion_thread) AS thread_base,
       (SELECT coalesce(max(id), 0) FROM comment) AS comment_base
FROM site s WHERE s.site_key = 'bench10m';

INSERT INTO discussion_thread (id, site_id, external_id, url, title, published_at, created_at)
SELECT p.thread_base + 1 + ix, p.site_id, 'tt' || ix, 'https://news.example/a/' || ix, 'Article number ' || ix,
       p.t0 + ix * interval '1576.8 seconds', p.t0 + ix * interval '1576.8 seconds'
FROM p, generate_series(0, 19999) ix;
SELECT setval(pg_get_serial_sequence('discussion_thread', 'id'), (SELECT max(id) FROM discussion_thread));

-- Per-comment attributes, computed once (g = 1 .. n; n defaults to ten million, -v n=... for a dry run).
\if :{?n}
\else
\set n 10000000
\endif
CREATE TEMP TABLE bench_gen AS
SELECT y.*, CASE
    WHEN detected OR reported THEN
        CASE WHEN u_decide < 0.05 OR u_decide >= 0.05 + 0.95 * least(age_days / 7, 1) THEN 'NONE'
             WHEN insult_p >= 0.9 OR u_verdict < 0.6 THEN 'REJECTED' ELSE 'APPROVED' END
    WHEN u_withhold < 0.015 THEN
        CASE WHEN u_decide < 0.01 OR age_days < 2
                 THEN (CASE WHEN u_withhold < 0.005 THEN 'SYSTEM_WITHHELD' ELSE 'PREMOD' END)
             WHEN u_verdict < 0.8 THEN 'APPROVED' ELSE 'REJECTED' END
    WHEN u_approve < 0.03 THEN 'APPROVED'
    ELSE 'NONE' END AS status
FROM (
SELECT g, created_at, greatest(g * 20000 / (:n + 1) - floor(110 * pg_temp.u(g, 2) ^ 2)::int, 0) AS thread_ix,
       pg_temp.u(g, 3) AS u_author, ip AS insult_p, supported,
       extract(epoch FROM timestamptz '2026-11-23 00:00:00+00' - created_at) / 86400 AS age_days,
       supported AND ip >= 0.8 AS detected, pg_temp.u(g, 4) < 0.008 AS reported,
       pg_temp.u(g, 5) AS u_decide, pg_temp.u(g, 6) AS u_verdict, pg_temp.u(g, 7) AS u_withhold,
       pg_temp.u(g, 8) AS u_approve, pg_temp.u(g, 9) AS u_escalate, pg_temp.u(g, 11) AS u_undo,
       pg_temp.u(g, 14) AS u_flame
FROM (SELECT g, timestamptz '2025-11-23 00:00:00+00'
                + (g - 1 + pg_temp.u(g, 1)) * (interval '31536000 seconds' / :n) AS created_at,
             pg_temp.u(g, 12) >= 0.03 AS supported, pg_temp.u(g, 13) ^ 6 AS ip
      FROM generate_series(1::bigint, :n) g) x
) y;

INSERT INTO comment (id, site_id, thread_id, external_id, author_external_id, author_name, body, created_at,
                     received_at, updated_at, status, flag_score, report_count, escalated)
SELECT p.comment_base + g, p.site_id, p.thread_base + 1 + thread_ix, 'tc' || g,
       'u' || floor(200000 * u_author ^ 3)::int, 'user ' || floor(200000 * u_author ^ 3)::int,
       'Benchmark comment ' || g || ': ' || repeat('words of an ordinary reader comment ', 4),
       created_at, created_at + interval '2 seconds', created_at + interval '2 seconds', status,
       CASE WHEN detected THEN insult_p::real END, CASE WHEN reported THEN 1 ELSE 0 END,
       -- V13: the latest standing decision is an escalation (escalated below and not undone)
       status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD') AND (detected OR reported OR u_withhold < 0.015)
           AND u_escalate < 0.05 AND u_undo >= 0.2
FROM p, bench_gen;
SELECT setval(pg_get_serial_sequence('comment', 'id'), (SELECT max(id) FROM comment));

-- Analyses: one current result per comment, in AnalysisResult's JSON shape (trimmed: no evidence).
INSERT INTO comment_analysis (comment_id, analyzer_version, revision, analyzed_at, language, supported,
                              insult_probability, result)
SELECT p.comment_base + g, 'bench-1', 1, created_at + interval '2 seconds',
       CASE WHEN supported THEN 'eng' ELSE 'fra' END, supported, CASE WHEN supported THEN insult_p::real END,
       CASE WHEN NOT supported THEN jsonb_build_object('language', 'fra', 'languageConfidence', 0.97,
                'supported', false, 'unsupportedReason', 'language', 'quoted', '[]'::jsonb, 'mentions', '[]'::jsonb)
       ELSE jsonb_build_object('language', 'eng', 'languageConfidence', 0.99, 'supported', true,
                'quoted', '[]'::jsonb, 'mentions', coalesce(m.mentions, '[]'::jsonb),
                'insult', jsonb_build_object('probability', round(insult_p::numeric, 4), 'evidence', '[]'::jsonb),
                'stance', coalesce(m.stance, '{}'::jsonb)) END
FROM p, bench_gen b
LEFT JOIN LATERAL (
    SELECT jsonb_agg(jsonb_build_object('country', c.country, 'start', 0, 'end', 6, 'text', c.country,
                                        'kind', 'name', 'quoted', false)) AS mentions,
           jsonb_object_agg(c.country, jsonb_build_object('label', c.label, 'score', c.score)) AS stance
    FROM (SELECT v.country, l.label,
                 round((CASE l.label WHEN 'favor' THEN 0.3 + 0.6 * pg_temp.u(b.g, 30 + v.k)
                                     WHEN 'against' THEN -0.3 - 0.6 * pg_temp.u(b.g, 30 + v.k)
                                     WHEN 'neutral' THEN -0.2 + 0.4 * pg_temp.u(b.g, 30 + v.k)
                                     ELSE 0 END)::numeric, 4) AS score
          FROM (VALUES (0, 'russia', 0.12, 0.15, 0.65, 0.90), (1, 'us', 0.10, 0.30, 0.60, 0.90),
                       (2, 'china', 0.06, 0.20, 0.55, 0.90), (3, 'japan', 0.02, 0.40, 0.55, 0.90))
                   AS v(k, country, mention, favor, against, neutral)
          CROSS JOIN LATERAL (SELECT pg_temp.u(b.g, 20 + v.k) AS r) rr
          CROSS JOIN LATERAL (SELECT CASE WHEN rr.r < v.favor THEN 'favor' WHEN rr.r < v.against THEN 'against'
                                          WHEN rr.r < v.neutral THEN 'neutral' ELSE 'none' END AS label) l
          WHERE pg_temp.u(b.g, 10 + v.k) < v.mention) c
) m ON b.supported;

INSERT INTO flag (comment_id, source, reason, score, model_version, created_at)
SELECT p.comment_base + g, 'DETECTED', 'INSULT', insult_p::real, 'bench-1', created_at + interval '2 seconds'
FROM p, bench_gen WHERE detected;
INSERT INTO flag (comment_id, source, reason, reporter_id, created_at)
SELECT p.comment_base + g, 'REPORTED', 'ABUSE', 'reader-' || (g % 5000), created_at + interval '1 hour'
FROM p, bench_gen WHERE reported;

-- Decisions (one action per decided comment), escalations of undecided queue items, some undone.
INSERT INTO moderation_action (comment_id, moderator, action, status_before, status_after, created_at)
SELECT p.comment_base + g, 'mod' || (g % 12), CASE status WHEN 'APPROVED' THEN 'APPROVE' ELSE 'REJECT' END,
       CASE WHEN u_withhold < 0.015 AND NOT (detected OR reported) THEN 'PREMOD' ELSE 'NONE' END, status,
       created_at + interval '6 hours'
FROM p, bench_gen WHERE status IN ('APPROVED', 'REJECTED');
INSERT INTO moderation_action (comment_id, moderator, action, status_before, status_after, created_at)
SELECT p.comment_base + g, 'mod' || (g % 12), 'ESCALATE', status, status, created_at + interval '3 hours'
FROM p, bench_gen
WHERE status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD') AND (detected OR reported OR u_withhold < 0.015)
  AND u_escalate < 0.05;
INSERT INTO moderation_action (comment_id, moderator, action, status_before, status_after, undoes, created_at)
SELECT a.comment_id, 'mod0', 'UNDO', a.status_after, a.status_after, a.id, a.created_at + interval '1 hour'
FROM moderation_action a JOIN p ON a.comment_id > p.comment_base
JOIN bench_gen b ON b.g = a.comment_id - p.comment_base
WHERE a.action = 'ESCALATE' AND b.u_undo < 0.2;

-- Flame exchanges: about 25,000, the last week's still open.
INSERT INTO flame_exchange (site_id, thread_id, status, started_at, ended_at, turns, participants, peak_hostility,
                            mean_hostility, created_at, updated_at)
SELECT p.site_id, p.thread_base + 1 + thread_ix, CASE WHEN age_days < 7 THEN 'OPEN' ELSE 'REVIEWED' END,
       created_at, created_at + interval '20 minutes', 3 + g % 5, 2 + g % 3, 0.6 + insult_p * 0.4, 0.3 + insult_p * 0.3,
       created_at + interval '20 minutes', created_at + interval '20 minutes'
FROM p, bench_gen WHERE supported AND insult_p >= 0.2 AND u_flame < 0.015;

DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT indexdef FROM saved_index LOOP EXECUTE r.indexdef; END LOOP;
END $$;

-- Rollups, from the stored analyses, as TrendRollups writes them: hostility counts every analysed
-- comment and its insults (p >= 0.5; none for unsupported languages); stance adds one to favor,
-- against or neutral and the signed score, per country whose label is not none; all by the UTC
-- hour the comment was written.
INSERT INTO hostility_rollup (site_id, thread_id, hour, comments, insults)
SELECT c.site_id, c.thread_id, date_trunc('hour', c.created_at), count(*),
       count(*) FILTER (WHERE (a.result -> 'insult' ->> 'probability')::float8 >= 0.5)
FROM comment c JOIN comment_analysis a ON a.comment_id = c.id JOIN p ON c.site_id = p.site_id
GROUP BY 1, 2, 3;
INSERT INTO stance_rollup (site_id, thread_id, hour, country, favor, against, neutral, score_sum)
SELECT c.site_id, c.thread_id, date_trunc('hour', c.created_at), s.key,
       count(*) FILTER (WHERE s.value ->> 'label' = 'favor'), count(*) FILTER (WHERE s.value ->> 'label' = 'against'),
       count(*) FILTER (WHERE s.value ->> 'label' = 'neutral'), sum((s.value ->> 'score')::float8)
FROM comment c JOIN comment_analysis a ON a.comment_id = c.id JOIN p ON c.site_id = p.site_id
CROSS JOIN LATERAL jsonb_each(a.result -> 'stance') s
WHERE s.value ->> 'label' <> 'none'
GROUP BY 1, 2, 3, 4;
-- Per-thread daily stance rollup (V13): the hourly rows summed by UTC day.
INSERT INTO stance_daily_rollup (site_id, thread_id, day, country, favor, against, neutral, score_sum)
SELECT r.site_id, r.thread_id, date_trunc('day', r.hour, 'UTC'), r.country, sum(r.favor), sum(r.against),
       sum(r.neutral), sum(r.score_sum)
FROM stance_rollup r JOIN p ON r.site_id = p.site_id GROUP BY 1, 2, 3, 4;
-- Site-wide rollups (V12): the per-thread rows summed over threads, as RollupRepository adds them.
INSERT INTO site_hostility_rollup (site_id, hour, comments, insults)
SELECT r.site_id, r.hour, sum(r.comments), sum(r.insults)
FROM hostility_rollup r JOIN p ON r.site_id = p.site_id GROUP BY 1, 2;
INSERT INTO site_stance_rollup (site_id, country, hour, favor, against, neutral, score_sum)
SELECT r.site_id, r.country, r.hour, sum(r.favor), sum(r.against), sum(r.neutral), sum(r.score_sum)
FROM stance_rollup r JOIN p ON r.site_id = p.site_id GROUP BY 1, 2, 3;
INSERT INTO trend_version (site_id, version)
SELECT p.site_id, (SELECT count(*) FROM comment c WHERE c.site_id = p.site_id) FROM p;

DROP TABLE bench_gen;
COMMIT;
-- Sets the visibility map too, so index-only scans need no heap visits.
VACUUM ANALYZE;
SELECT relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid)) AS size
FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY pg_total_relation_size(relid) DESC LIMIT 12;
