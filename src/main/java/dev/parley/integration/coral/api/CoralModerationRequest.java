package dev.parley.integration.coral.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.parley.platform.validation.CleanText;
import dev.parley.platform.validation.ExternalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What Coral Talk's external moderation phase POSTs for a new or edited comment (coralproject/talk
 * docs/external-moderation-phases.md). It carries no id of the comment itself. Only the fields
 * Parley uses are required; the others are read when present and unknown ones are ignored, so a
 * newer Coral that adds fields keeps working.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoralModerationRequest(
        @NotNull Action action,
        @NotNull @Valid Comment comment,
        @NotNull @Valid Author author,
        @NotNull @Valid Story story,
        @Valid SiteRef site,
        String tenantID,
        String tenantDomain) {

    public enum Action { NEW, EDIT }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(@NotNull @CleanText String body, @ExternalId String parentID) {
    }

    /** {@code role} is COMMENTER, STAFF, MODERATOR or ADMIN; kept as text so a new role is not an error. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(@NotNull @ExternalId String id, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Story(@NotNull @ExternalId String id, @Size(max = 2000) @CleanText String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SiteRef(String id) {
    }
}
