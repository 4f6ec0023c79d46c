package dev.parley.thread.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a thread as a tree: top-level comments (and replies still waiting for their
 * parent) in time order, each with all its replies below it.
 */
@Schema(name = "ThreadTree")
public record ThreadTree(ThreadView thread, List<TreeNode> comments,
                         @Schema(description = "Pass as ?cursor= for the next page; null on the last page",
                                 nullable = true) String nextCursor) {
}
