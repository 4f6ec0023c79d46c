package dev.parley.site.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** API keys, stored as SHA-256 hashes. */
@ApplicationScoped
public class ApiKeyRepository {

    private final EntityManager em;

    ApiKeyRepository(EntityManager em) {
        this.em = em;
    }

    public void add(long siteId, String key, String label, Instant now) {
        em.createNativeQuery("""
                INSERT INTO api_key (site_id, key_sha256, label, created_at) VALUES (:site, :hash, :label, :now)""")
                .setParameter("site", siteId).setParameter("hash", sha256(key)).setParameter("label", label)
                .setParameter("now", now).executeUpdate();
    }

    /** The site id the key belongs to, unless unknown or revoked. */
    public Optional<Long> siteOf(String key) {
        List<?> rows = em.createNativeQuery(
                        "SELECT site_id FROM api_key WHERE key_sha256 = :hash AND revoked_at IS NULL")
                .setParameter("hash", sha256(key)).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
