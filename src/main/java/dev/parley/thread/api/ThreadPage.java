package dev.parley.thread.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThreadPage")
public record ThreadPage(List<ThreadView> threads, @Schema(nullable = true) String nextCursor) {
}
