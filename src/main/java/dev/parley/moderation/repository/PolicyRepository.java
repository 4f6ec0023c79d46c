package dev.parley.moderation.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.moderation.api.ModerationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Per-site policies and their append-only change log. */
@ApplicationScoped
public class PolicyRepository {

    private final EntityManager em;
    private final ObjectMapper json;

    PolicyRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public Optional<ModerationPolicy> find(long siteId) {
        List<?> rows = em.createNativeQuery("SELECT cast(policy AS text) FROM site_policy WHERE site_id = :site")
                .setParameter("site", siteId).getResultList();
        return rows.stream().findFirst().map(r -> read((String) r));
    }

    public ModerationPolicy effective(long siteId) {
        return find(siteId).orElse(ModerationPolicy.DEFAULTS);
    }

    /** Stores the policy and appends the change (before → after) to the log, in the caller's transaction. */
    public void save(long siteId, ModerationPolicy policy, String changedBy, Instant now) {
        String before = find(siteId).map(this::write).orElse(null);
        String after = write(policy);
        em.createNativeQuery("""
                INSERT INTO site_policy (site_id, policy, updated_at, updated_by)
                VALUES (:site, cast(:policy AS jsonb), :now, :by)
                ON CONFLICT (site_id) DO UPDATE SET policy = EXCLUDED.policy, updated_at = EXCLUDED.updated_at,
                                                    updated_by = EXCLUDED.updated_by
                """).setParameter("site", siteId).setParameter("policy", after).setParameter("now", now)
                .setParameter("by", changedBy).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO site_policy_change (site_id, changed_by, before, after, changed_at)
                VALUES (:site, :by, cast(:before AS jsonb), cast(:after AS jsonb), :now)
                """).setParameter("site", siteId).setParameter("by", changedBy).setParameter("before", before)
                .setParameter("after", after).setParameter("now", now).executeUpdate();
    }

    /** The change log, newest first: {changedBy, changedAt, before, after}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> changes(long siteId) {
        return em.createNativeQuery("""
                SELECT changed_by, changed_at, cast(before AS text), cast(after AS text) FROM site_policy_change
                WHERE site_id = :site ORDER BY id DESC""").setParameter("site", siteId).getResultList();
    }

    public ModerationPolicy read(String text) {
        try {
            return json.readValue(text, ModerationPolicy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(ModerationPolicy policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
