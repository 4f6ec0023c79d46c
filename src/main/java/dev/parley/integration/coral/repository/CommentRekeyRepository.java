package dev.parley.integration.coral.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Renames a comment's external id (pending key → Coral id) and the parent references of its
 * replies. Callers hold the advisory locks on both keys (ADR 0002), so no ingestion of either key
 * runs in between. {@code version} is bumped as every other native change of a comment does.
 */
@ApplicationScoped
public class CommentRekeyRepository {

    private final EntityManager em;

    CommentRekeyRepository(EntityManager em) {
        this.em = em;
    }

    public boolean exists(long siteId, String externalId) {
        return !em.createNativeQuery("SELECT 1 FROM comment WHERE site_id = :site AND external_id = :ext")
                .setParameter("site", siteId).setParameter("ext", externalId).getResultList().isEmpty();
    }

    /** The renamed comment's id; empty when no comment has the old key. */
    public Optional<Long> rename(long siteId, String from, String to) {
        List<?> ids = em.createNativeQuery("""
                UPDATE comment SET external_id = :to, version = version + 1
                WHERE site_id = :site AND external_id = :from
                RETURNING id
                """).setParameter("to", to).setParameter("site", siteId).setParameter("from", from).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Replies that named the old key as their parent now name the new one (links stay as they are). */
    public int repointReplies(long siteId, String from, String to) {
        return em.createNativeQuery("""
                UPDATE comment SET parent_external_id = :to, version = version + 1
                WHERE site_id = :site AND parent_external_id = :from
                """).setParameter("to", to).setParameter("site", siteId).setParameter("from", from).executeUpdate();
    }
}
