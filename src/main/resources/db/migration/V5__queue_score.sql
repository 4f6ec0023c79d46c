-- The highest score among a comment's detected flags, kept on the comment so queues can be sorted
-- by score with a keyset index instead of aggregating flags per row.
ALTER TABLE comment ADD COLUMN flag_score real;
UPDATE comment c SET flag_score = (SELECT max(f.score) FROM flag f WHERE f.comment_id = c.id AND f.source = 'DETECTED');
CREATE INDEX comment_site_status_score ON comment (site_id, status, (coalesce(flag_score, -1)) DESC, id DESC);
