package dev.parley.thread.repository;

import dev.parley.thread.DiscussionThread;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ThreadRepository implements PanacheRepository<DiscussionThread> {

    public Optional<DiscussionThread> findByExternalId(long siteId, String externalId) {
        return find("site.id = :site and externalId = :ext", Parameters.with("site", siteId).and("ext", externalId))
                .firstResultOptional();
    }

    /**
     * The thread's id, inserting a bare row first if it does not exist. Concurrent first uses
     * of one thread meet at the unique constraint; ON CONFLICT makes the later one find the row.
     */
    public long idForExternalId(long siteId, String externalId, Instant now) {
        List<?> inserted = getEntityManager().createNativeQuery("""
                INSERT INTO discussion_thread (site_id, external_id, created_at)
                VALUES (:site, :ext, :now)
                ON CONFLICT (site_id, external_id) DO NOTHING
                RETURNING id
                """)
                .setParameter("site", siteId)
                .setParameter("ext", externalId)
                .setParameter("now", now)
                .getResultList();
        if (!inserted.isEmpty()) {
            return ((Number) inserted.getFirst()).longValue();
        }
        return ((Number) getEntityManager().createNativeQuery(
                        "SELECT id FROM discussion_thread WHERE site_id = :site AND external_id = :ext")
                .setParameter("site", siteId)
                .setParameter("ext", externalId)
                .getSingleResult()).longValue();
    }

    /** A page of a site's threads, newest first, after the thread with id {@code beforeId}. */
    public List<DiscussionThread> pageOfSite(long siteId, Long beforeId, int limit) {
        if (beforeId == null) {
            return find("site.id = ?1 order by id desc", siteId).page(0, limit).list();
        }
        return find("site.id = ?1 and id < ?2 order by id desc", siteId, beforeId).page(0, limit).list();
    }
}
