package dev.parley.integration.coral.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A site's Coral binding as the API shows it: secrets masked, and the URLs to give Coral. */
@Schema(name = "CoralBinding")
public record CoralBindingView(
        String site,
        @Schema(description = "The configured secrets, masked to their last 4 characters", examples = "[\"****9a3c\"]")
        List<String> signingSecrets,
        @Schema(description = "Path of the external moderation phase endpoint, for Coral's admin settings")
        String moderationPhasePath,
        @Schema(description = "Path of the webhook endpoint, for Coral's admin settings")
        String webhookPath,
        Instant createdAt,
        Instant updatedAt) {

    public static CoralBindingView of(String siteKey, List<String> secrets, Instant createdAt, Instant updatedAt) {
        return new CoralBindingView(siteKey, secrets.stream().map(CoralBindingView::mask).toList(),
                "/integrations/coral/" + siteKey + "/moderation", "/integrations/coral/" + siteKey + "/webhooks",
                createdAt, updatedAt);
    }

    /** Enough to tell two secrets apart, not enough to help guess one (secrets are at least 16 long). */
    static String mask(String secret) {
        return "****" + secret.substring(secret.length() - 4);
    }
}
