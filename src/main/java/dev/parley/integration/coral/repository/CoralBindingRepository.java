package dev.parley.integration.coral.repository;

import dev.parley.platform.db.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Per-site Coral signing secrets (table coral_binding; stored in clear, see V8__coral.sql). */
@ApplicationScoped
public class CoralBindingRepository {

    public record Binding(List<String> secrets, Instant createdAt, Instant updatedAt) {
    }

    private final EntityManager em;

    CoralBindingRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Replaces the site's secrets in one statement (safe under concurrent first calls); true when
     * the binding was created. {@code xmax = 0} tells an inserted row from an updated one.
     */
    public boolean upsert(long siteId, List<String> secrets, Instant now) {
        Object inserted = em.createNativeQuery("""
                INSERT INTO coral_binding (site_id, signing_secret, second_secret, created_at, updated_at)
                VALUES (:site, :first, :second, :now, :now)
                ON CONFLICT (site_id) DO UPDATE SET signing_secret = EXCLUDED.signing_secret,
                                                    second_secret = EXCLUDED.second_secret,
                                                    updated_at = EXCLUDED.updated_at
                RETURNING (xmax = 0)
                """)
                .setParameter("site", siteId)
                .setParameter("first", secrets.getFirst())
                .setParameter("second", secrets.size() > 1 ? secrets.get(1) : null)
                .setParameter("now", now)
                .getSingleResult();
        return (Boolean) inserted;
    }

    public Optional<Binding> find(long siteId) {
        List<?> rows = em.createNativeQuery("""
                SELECT signing_secret, second_secret, created_at, updated_at FROM coral_binding WHERE site_id = :site
                """).setParameter("site", siteId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            List<String> secrets = new ArrayList<>(2);
            secrets.add((String) row[0]);
            if (row[1] != null) {
                secrets.add((String) row[1]);
            }
            return new Binding(List.copyOf(secrets), SqlValues.instant(row[2]), SqlValues.instant(row[3]));
        });
    }
}
