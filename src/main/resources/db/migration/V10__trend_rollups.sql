-- Pre-aggregated trends, maintained on ingest from each comment's latest analysis, by the hour the
-- comment was written. Dashboards poll the trends API; it reads these small tables, never the
-- comments themselves.
CREATE TABLE stance_rollup (
    site_id    bigint      NOT NULL REFERENCES site (id),
    thread_id  bigint      NOT NULL REFERENCES discussion_thread (id),
    hour       timestamptz NOT NULL,
    country    text        NOT NULL,
    favor      integer     NOT NULL DEFAULT 0,
    against    integer     NOT NULL DEFAULT 0,
    neutral    integer     NOT NULL DEFAULT 0,
    score_sum  double precision NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, country, hour, thread_id)
);
CREATE INDEX stance_rollup_thread ON stance_rollup (thread_id, country, hour);

CREATE TABLE hostility_rollup (
    site_id    bigint      NOT NULL REFERENCES site (id),
    thread_id  bigint      NOT NULL REFERENCES discussion_thread (id),
    hour       timestamptz NOT NULL,
    comments   integer     NOT NULL DEFAULT 0,
    insults    integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, hour, thread_id)
);
CREATE INDEX hostility_rollup_thread ON hostility_rollup (thread_id, hour);

-- Bumped whenever a site's rollups change: the trends API's ETag, so an unchanged answer is a 304
-- without running the query.
CREATE TABLE trend_version (
    site_id  bigint PRIMARY KEY REFERENCES site (id),
    version  bigint NOT NULL
);
