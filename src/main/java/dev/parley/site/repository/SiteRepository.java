package dev.parley.site.repository;

import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SiteRepository implements PanacheRepository<Site> {

    public record Upserted(long id, boolean inserted) {
    }

    public Optional<Site> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** The site, or a 404 problem naming the unknown key. */
    public Site require(String key) {
        return findByKey(key).orElseThrow(() -> ProblemException.notFound(
                "Unknown site '" + key + "'. Register it first with PUT /api/v1/sites/" + key + "."));
    }

    public List<Site> listByKey() {
        return list("order by key");
    }

    /**
     * Inserts or renames in one statement, so concurrent registrations of one key cannot fail.
     * {@code xmax = 0} is PostgreSQL's way of telling an inserted row from an updated one.
     */
    public Upserted upsert(String key, String name) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                INSERT INTO site (site_key, name, created_at, updated_at)
                VALUES (:key, :name, now(), now())
                ON CONFLICT (site_key) DO UPDATE
                   SET name = EXCLUDED.name,
                       updated_at = CASE WHEN site.name = EXCLUDED.name THEN site.updated_at ELSE now() END
                RETURNING id, (xmax = 0)
                """)
                .setParameter("key", key)
                .setParameter("name", name)
                .getSingleResult();
        return new Upserted(((Number) row[0]).longValue(), (Boolean) row[1]);
    }
}
