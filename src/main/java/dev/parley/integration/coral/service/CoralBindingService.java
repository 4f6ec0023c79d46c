package dev.parley.integration.coral.service;

import dev.parley.integration.coral.api.CoralBindingView;
import dev.parley.integration.coral.repository.CoralBindingRepository;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** A site's Coral binding (its signing secrets), and verifying that a request comes from that Coral. */
@ApplicationScoped
public class CoralBindingService {

    public record Saved(CoralBindingView view, boolean created) {
    }

    private final SiteRepository sites;
    private final CoralBindingRepository bindings;

    CoralBindingService(SiteRepository sites, CoralBindingRepository bindings) {
        this.sites = sites;
        this.bindings = bindings;
    }

    @Transactional
    public Saved put(String siteKey, List<String> secrets) {
        Site site = sites.require(siteKey);
        boolean created = bindings.upsert(site.id, secrets, Instant.now());
        CoralBindingRepository.Binding stored = bindings.find(site.id).orElseThrow();
        return new Saved(CoralBindingView.of(siteKey, stored.secrets(), stored.createdAt(), stored.updatedAt()), created);
    }

    @Transactional
    public CoralBindingView get(String siteKey) {
        return bindings.find(sites.require(siteKey).id)
                .map(b -> CoralBindingView.of(siteKey, b.secrets(), b.createdAt(), b.updatedAt()))
                .orElseThrow(() -> notBound(siteKey));
    }

    /**
     * Refuses (401) a request to the site's Coral endpoints unless {@code X-Coral-Signature} carries
     * a valid signature of the raw body under one of the site's secrets. Nothing is read from the
     * body before this passes. Unknown site: 404, as for every other per-site call.
     */
    public void verify(String siteKey, String signatureHeader, byte[] body) {
        CoralBindingRepository.Binding binding = QuarkusTransaction.joiningExisting()
                .call(() -> bindings.find(sites.require(siteKey).id))
                .orElseThrow(() -> new CoralSignatureRejected("Site '" + siteKey + "' has no Coral binding, so no "
                        + "request can be verified. Configure it with PUT /api/v1/sites/" + siteKey + "/integrations/coral."));
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new CoralSignatureRejected("The X-Coral-Signature header is missing.");
        }
        if (!CoralSignatures.verify(signatureHeader, body == null ? new byte[0] : body, binding.secrets())) {
            throw new CoralSignatureRejected("X-Coral-Signature matches none of the site's signing secrets.");
        }
    }

    private static ProblemException notBound(String siteKey) {
        return ProblemException.notFound("Site '" + siteKey + "' has no Coral binding. Configure it with "
                + "PUT /api/v1/sites/" + siteKey + "/integrations/coral.");
    }
}
