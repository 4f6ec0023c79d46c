package dev.parley.thread.api;

import dev.parley.thread.DiscussionThread;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Thread")
public record ThreadView(String externalId, @Schema(nullable = true) String url, @Schema(nullable = true) String title,
                         @Schema(nullable = true) Instant publishedAt, Instant createdAt, long commentCount) {

    public static ThreadView of(DiscussionThread t, long commentCount) {
        return new ThreadView(t.externalId, t.url, t.title, t.publishedAt, t.createdAt, commentCount);
    }
}
