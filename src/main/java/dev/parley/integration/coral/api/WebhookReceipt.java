package dev.parley.integration.coral.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What Parley did with one webhook delivery. */
@Schema(name = "CoralWebhookReceipt")
public record WebhookReceipt(String id, String type, Outcome outcome) {

    public enum Outcome {
        /** A pending comment from the moderation phase now carries Coral's comment id (200). */
        RECONCILED(200),
        /** No pending comment matched; the comment in data.comment was stored under its Coral id (200). */
        INGESTED(200),
        /** STORY_CREATED: the story's thread exists (200). */
        THREAD_READY(200),
        /** Nothing matched and the payload had no data.comment to store: nothing recorded (202). */
        UNMATCHED(202),
        /** This webhook id was processed before: nothing done (202). */
        DUPLICATE(202),
        /** An event type Parley does not act on (202). */
        IGNORED(202);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
