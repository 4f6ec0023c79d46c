package dev.parley.thread.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment with its replies, oldest first. */
@Schema(name = "TreeNode")
public record TreeNode(CommentView comment, List<TreeNode> replies) {
}
