-- Queue listings filtered by thread (and the moderator page's thread context) need every comment
-- of a thread by time, not only the top level: without this, a thread filter over a million
-- comments is a sequential scan (about 230 ms at p50, measured by src/bench/queue/queue-bench.sh).
CREATE INDEX IF NOT EXISTS comment_thread_created ON comment (thread_id, created_at DESC, id DESC);
