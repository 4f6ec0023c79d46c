-- Read performance at ten million comments (docs/benchmarks.md, "Trends and queue counts at ten
-- million comments"; plans in docs/benchmarks-plans/trends-10m.md).

-- Site-wide hourly rollups: the per-thread rollups summed over threads. A site-wide trend over a
-- year read ~570,000 per-thread rows (about 0.3 s); these hold one row per site, country and
-- hour (8,760 a year). Maintained with the per-thread rows in the same statement (RollupRepository).
CREATE TABLE site_stance_rollup (
    site_id    bigint      NOT NULL REFERENCES site (id),
    country    text        NOT NULL,
    hour       timestamptz NOT NULL,
    favor      integer     NOT NULL DEFAULT 0,
    against    integer     NOT NULL DEFAULT 0,
    neutral    integer     NOT NULL DEFAULT 0,
    score_sum  double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, country, hour)
);
INSERT INTO site_stance_rollup (site_id, country, hour, favor, against, neutral, score_sum)
SELECT site_id, country, hour, sum(favor), sum(against), sum(neutral), sum(score_sum)
FROM stance_rollup GROUP BY site_id, country, hour;

CREATE TABLE site_hostility_rollup (
    site_id    bigint      NOT NULL REFERENCES site (id),
    hour       timestamptz NOT NULL,
    comments   integer     NOT NULL DEFAULT 0,
    insults    integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, hour)
);
INSERT INTO site_hostility_rollup (site_id, hour, comments, insults)
SELECT site_id, hour, sum(comments), sum(insults) FROM hostility_rollup GROUP BY site_id, hour;

-- Top threads read a range of the per-thread rollup and only needs these columns: with them in
-- the index it is an index-only scan.
CREATE INDEX stance_rollup_site_covering ON stance_rollup (site_id, country, hour)
    INCLUDE (thread_id, favor, against, neutral, score_sum);

-- Queue counts. Each actionable queue gets a partial index holding exactly its candidates, so its
-- count reads the (small) queue, not the site's comments.
-- Reader reports, counted on the comment like flag_score (V5) is for detected flags.
ALTER TABLE comment ADD COLUMN report_count integer NOT NULL DEFAULT 0;
UPDATE comment c SET report_count = r.n
FROM (SELECT comment_id, count(*) AS n FROM flag WHERE source = 'REPORTED' GROUP BY comment_id) r
WHERE r.comment_id = c.id;
CREATE INDEX comment_queue_flagged ON comment (site_id, created_at DESC, id DESC) WHERE status = 'NONE' AND flag_score IS NOT NULL;
CREATE INDEX comment_queue_reported ON comment (site_id, created_at DESC, id DESC) WHERE status = 'NONE' AND report_count > 0;
-- Escalations are few: the escalated queue starts from them instead of from every undecided comment.
CREATE INDEX moderation_action_escalations ON moderation_action (comment_id) WHERE action = 'ESCALATE';
-- "Not undone" looks an escalation up by the action that undoes it; without this index every
-- look-up was a sequential scan of moderation_action.
CREATE INDEX moderation_action_undoes ON moderation_action (undoes) WHERE undoes IS NOT NULL;
