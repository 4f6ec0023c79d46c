package dev.parley.ingest.api;

import dev.parley.thread.api.CommentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to one submitted comment, and the comment as now stored. */
@Schema(name = "IngestResult")
public record IngestResult(String externalId, IngestOutcome outcome, CommentView comment) {
}
