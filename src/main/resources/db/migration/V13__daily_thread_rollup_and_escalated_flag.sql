-- Read performance at ten million comments, second step (docs/benchmarks.md, "Trends and queue
-- counts at ten million comments").

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
