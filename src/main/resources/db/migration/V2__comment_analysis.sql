-- Analysis results, one row per comment and analyzer version (text pipeline + aliases + models).
-- A newer model adds a row next to the old one; an edit re-analyses and replaces the row of the
-- current version (revision says which body it describes).
CREATE TABLE comment_analysis (
    comment_id          bigint      NOT NULL REFERENCES comment (id),
    analyzer_version    text        NOT NULL,
    revision            integer     NOT NULL,
    analyzed_at         timestamptz NOT NULL,
    language            text        NOT NULL,
    supported           boolean     NOT NULL,
    insult_probability  real,
    result              jsonb       NOT NULL,
    PRIMARY KEY (comment_id, analyzer_version)
);

CREATE INDEX comment_analysis_latest ON comment_analysis (comment_id, analyzed_at DESC);
