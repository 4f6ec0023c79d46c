package dev.parley.site.service;

import dev.parley.site.repository.ApiKeyRepository;
import dev.parley.site.repository.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Creates API keys (shown once) and resolves a key to its site. */
@ApplicationScoped
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SiteRepository sites;
    private final ApiKeyRepository keys;

    ApiKeyService(SiteRepository sites, ApiKeyRepository keys) {
        this.sites = sites;
        this.keys = keys;
    }

    /** A new random key for the site; only its hash is kept. */
    @Transactional
    public String create(String siteKey, String label) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = "pk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        keys.add(sites.require(siteKey).id, key, label, Instant.now());
        return key;
    }

    @Transactional
    public Optional<Long> siteOf(String key) {
        return key == null || key.isBlank() ? Optional.empty() : keys.siteOf(key);
    }
}
