package dev.parley.ingest.api;

/** What ingesting one comment did. */
public enum IngestOutcome {
    /** A new comment was stored. */
    CREATED,
    /** The comment existed and its body changed: a new revision was stored. */
    EDITED,
    /** The comment existed with the same content: nothing changed. */
    UNCHANGED
}
