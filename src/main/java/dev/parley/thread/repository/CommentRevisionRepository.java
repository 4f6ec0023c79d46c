package dev.parley.thread.repository;

import dev.parley.thread.CommentRevision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CommentRevisionRepository implements PanacheRepositoryBase<CommentRevision, CommentRevision.Key> {

    public List<CommentRevision> ofComment(long commentId) {
        return list("key.commentId = ?1 order by key.revision", commentId);
    }
}
