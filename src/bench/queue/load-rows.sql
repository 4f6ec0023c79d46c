-- Loads one million comments into a site 'bench' of a running Parley database, shaped like a busy
-- site: 10,000 threads, 50,000 authors, 90% undecided, 4% approved, 3% rejected, 3% withheld;
-- 10% carry a detected INSULT flag with a score, 1% a reader report.
-- Run by queue-bench.sh; safe to run once per database.
\set ON_ERROR_STOP on
INSERT INTO site (site_key, name, created_at, updated_at) VALUES ('bench', 'Benchmark', now(), now());
INSERT INTO discussion_thread (site_id, external_id, created_at)
SELECT s.id, 'bt' || g, now() FROM site s, generate_series(0, 9999) g WHERE s.site_key = 'bench';
INSERT INTO comment (site_id, thread_id, external_id, author_external_id, author_name, body, created_at,
                     received_at, updated_at, status, flag_score)
SELECT s.id, t.first_id + (g % 10000), 'bc' || g, 'u' || (g % 50000), 'user ' || (g % 50000),
       'benchmark comment number ' || g, timestamptz '2024-01-01 00:00:00+00' + g * interval '30 seconds',
       now(), now(),
       CASE WHEN g % 100 < 90 THEN 'NONE' WHEN g % 100 < 94 THEN 'APPROVED'
            WHEN g % 100 < 97 THEN 'REJECTED' ELSE 'SYSTEM_WITHHELD' END,
       CASE WHEN g % 10 = 0 THEN (g % 997) / 997.0 END
FROM site s,
     (SELECT min(dt.id) AS first_id FROM discussion_thread dt JOIN site x ON x.id = dt.site_id
      WHERE x.site_key = 'bench') t,
     generate_series(1, 1000000) g
WHERE s.site_key = 'bench';
INSERT INTO flag (comment_id, source, reason, score, model_version, created_at)
SELECT c.id, 'DETECTED', 'INSULT', c.flag_score, 'bench', now()
FROM comment c JOIN site s ON s.id = c.site_id WHERE s.site_key = 'bench' AND c.flag_score IS NOT NULL;
INSERT INTO flag (comment_id, source, reason, reporter_id, created_at)
SELECT c.id, 'REPORTED', 'ABUSE', 'reader-' || c.id, now()
FROM comment c JOIN site s ON s.id = c.site_id WHERE s.site_key = 'bench' AND c.id % 100 = 7;
ANALYZE;
