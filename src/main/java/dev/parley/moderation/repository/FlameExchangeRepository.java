package dev.parley.moderation.repository;

import dev.parley.platform.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Flame exchanges and their members. */
@ApplicationScoped
public class FlameExchangeRepository {

    private final EntityManager em;

    FlameExchangeRepository(EntityManager em) {
        this.em = em;
    }

    public record Exchange(long id, long threadId, String status, Instant startedAt, Instant endedAt, int turns,
                           int participants, double peakHostility, double meanHostility) {
    }

    /** A member comment: id, external id, author, creation time, hostility. */
    public record Member(long commentId, String externalId, String authorExternalId, String authorName,
                         Instant createdAt, double hostility) {
    }

    public Optional<Long> exchangeOf(long commentId) {
        List<?> rows = em.createNativeQuery("SELECT exchange_id FROM flame_exchange_member WHERE comment_id = :c")
                .setParameter("c", commentId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    public long create(long siteId, long threadId, Instant now) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO flame_exchange (site_id, thread_id, started_at, ended_at, turns, participants,
                                            peak_hostility, mean_hostility, created_at, updated_at)
                VALUES (:site, :thread, :now, :now, 0, 0, 0, 0, :now, :now) RETURNING id""")
                .setParameter("site", siteId).setParameter("thread", threadId).setParameter("now", now)
                .getSingleResult()).longValue();
    }

    public void addMember(long exchangeId, long commentId, double hostility) {
        em.createNativeQuery("""
                INSERT INTO flame_exchange_member (exchange_id, comment_id, hostility) VALUES (:e, :c, :h)
                ON CONFLICT (comment_id) DO NOTHING""")
                .setParameter("e", exchangeId).setParameter("c", commentId).setParameter("h", (float) hostility)
                .executeUpdate();
    }

    /** Moves every member of {@code from} into {@code into} and deletes the emptied exchange. */
    public void merge(long from, long into) {
        em.createNativeQuery("UPDATE flame_exchange_member SET exchange_id = :into WHERE exchange_id = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        em.createNativeQuery("DELETE FROM flame_exchange WHERE id = :from").setParameter("from", from).executeUpdate();
    }

    /** Recomputes the summary from the members; a grown exchange is open again for review. */
    public void refresh(long exchangeId, Instant now) {
        em.createNativeQuery("""
                UPDATE flame_exchange e SET
                    started_at = s.started, ended_at = s.ended, turns = s.turns, participants = s.people,
                    peak_hostility = s.peak, mean_hostility = s.mean, updated_at = :now,
                    status = CASE WHEN s.turns > e.turns THEN 'OPEN' ELSE e.status END
                FROM (SELECT min(c.created_at) started, max(c.created_at) ended, count(*) turns,
                             count(DISTINCT c.author_external_id) people, max(m.hostility) peak, avg(m.hostility) mean
                      FROM flame_exchange_member m JOIN comment c ON c.id = m.comment_id
                      WHERE m.exchange_id = :e) s
                WHERE e.id = :e""").setParameter("e", exchangeId).setParameter("now", now).executeUpdate();
    }

    public void markReviewed(long exchangeId, Instant now) {
        em.createNativeQuery("UPDATE flame_exchange SET status = 'REVIEWED', updated_at = :now WHERE id = :e")
                .setParameter("e", exchangeId).setParameter("now", now).executeUpdate();
    }

    public Optional<Exchange> find(long siteId, long exchangeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, thread_id, status, started_at, ended_at, turns, participants, peak_hostility, mean_hostility
                FROM flame_exchange WHERE site_id = :site AND id = :e""")
                .setParameter("site", siteId).setParameter("e", exchangeId).getResultList();
        return rows.stream().findFirst().map(FlameExchangeRepository::exchange);
    }

    @SuppressWarnings("unchecked")
    public List<Exchange> list(long siteId, String status, int limit) {
        return ((List<Object[]>) em.createNativeQuery("""
                SELECT id, thread_id, status, started_at, ended_at, turns, participants, peak_hostility, mean_hostility
                FROM flame_exchange WHERE site_id = :site AND (cast(:status AS text) IS NULL OR status = :status)
                ORDER BY started_at DESC, id DESC LIMIT :limit""")
                .setParameter("site", siteId).setParameter("status", status).setParameter("limit", limit)
                .getResultList()).stream().map(FlameExchangeRepository::exchange).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Member> members(long exchangeId) {
        return ((List<Object[]>) em.createNativeQuery("""
                SELECT c.id, c.external_id, c.author_external_id, c.author_name, c.created_at, m.hostility
                FROM flame_exchange_member m JOIN comment c ON c.id = m.comment_id
                WHERE m.exchange_id = :e ORDER BY c.created_at, c.id""").setParameter("e", exchangeId)
                .getResultList()).stream()
                .map(r -> new Member(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        SqlValues.instant(r[4]), ((Number) r[5]).doubleValue()))
                .toList();
    }

    private static Exchange exchange(Object[] r) {
        return new Exchange(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                SqlValues.instant(r[3]), SqlValues.instant(r[4]), ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(), ((Number) r[7]).doubleValue(), ((Number) r[8]).doubleValue());
    }
}
