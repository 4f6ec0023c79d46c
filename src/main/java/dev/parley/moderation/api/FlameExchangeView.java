package dev.parley.moderation.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A flame exchange: who took part, its turns in order, when, how hostile, and whether reviewed. */
@Schema(name = "FlameExchange")
public record FlameExchangeView(long id, String threadExternalId, String status, Instant startedAt, Instant endedAt,
                                int turns, int participants, double peakHostility, double meanHostility,
                                List<Turn> members) {

    @Schema(name = "FlameExchangeTurn")
    public record Turn(String commentId, String authorExternalId, String authorName, Instant createdAt,
                       double hostility, String status, long moderationVersion) {
    }

    @Schema(name = "FlameExchangePage")
    public record Page(List<FlameExchangeView> exchanges) {
    }
}
