-- Read performance at ten million comments, second step (docs/benchmarks.md, "Trends and queue
-- counts at ten million comments").

-- Per-thread DAILY stance rollup. Top threads summed every per-thread hourly row of its range
-- (46,246 rows for 30 days); whole UTC days of the range are now read from here (one row per
-- thread, country and day) and only the partial days at the range's edges and around its middle
-- from the hourly rows (TrendQueries.shifts). Maintained with the hourly rows in the same
-- statement (RollupRepository.addStance). `day` is the UTC midnight starting the day.
CREATE TABLE stance_daily_rollup (
    site_id    bigint      NOT NULL REFERENCES site (id),
    thread_id  bigint      NOT NULL REFERENCES discussion_thread (id),
    day        timestamptz NOT NULL,
    country    text        NOT NULL,
    favor      integer     NOT NULL DEFAULT 0,
    against    integer     NOT NULL DEFAULT 0,
    neutral    integer     NOT NULL DEFAULT 0,
    score_sum  double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, country, day, thread_id)
);
INSERT INTO stance_daily_rollup (site_id, thread_id, day, country, favor, against, neutral, score_sum)
SELECT site_id, thread_id, date_trunc('day', hour, 'UTC'), country, sum(favor), sum(against), sum(neutral),
       sum(score_sum)
FROM stance_rollup GROUP BY 1, 2, 3, 4;

-- Escalation state on the comment: true exactly when the comment's latest standing decision (the
-- latest non-UNDO action not undone) is ESCALATE. The escalated queue evaluated that per
-- escalation against moderation_action (about 50 µs each, 66 ms at 1,356 escalations); now it is
-- a partial index. Maintained by every status change that logs an action (ActionRepository.changeStatus).
ALTER TABLE comment ADD COLUMN escalated boolean NOT NULL DEFAULT false;
UPDATE comment c SET escalated = true
FROM (SELECT DISTINCT ON (a.comment_id) a.comment_id, a.action
      FROM moderation_action a
      WHERE a.comment_id IN (SELECT comment_id FROM moderation_action WHERE action = 'ESCALATE')
        AND a.action <> 'UNDO'
        AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)
      ORDER BY a.comment_id, a.id DESC) latest
WHERE latest.action = 'ESCALATE' AND latest.comment_id = c.id;
-- Holds exactly the escalated queue, keyed like the other queue indexes (V12) so it serves the
-- newest-first listing too.
CREATE INDEX comment_queue_escalated ON comment (site_id, created_at DESC, id DESC)
    WHERE escalated AND status IN ('NONE', 'PREMOD', 'SYSTEM_WITHHELD');
