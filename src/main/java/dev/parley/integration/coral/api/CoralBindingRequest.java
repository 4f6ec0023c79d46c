package dev.parley.integration.coral.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signing secrets Coral Talk signs its requests with for one site. Two while a secret is being
 * rolled: Coral then sends one signature per secret, and either configured secret is accepted.
 */
@Schema(name = "CoralBindingRequest")
public record CoralBindingRequest(
        @Schema(description = "1 or 2 secrets (2 while rolling); 16 to 500 printable ASCII characters, no spaces",
                examples = "[\"whsec_4f1c9a8e2b7d4e06a1c3\"]")
        @NotNull @Size(min = 1, max = 2)
        // Printable ASCII without spaces: a pasted trailing newline or space would otherwise make
        // every signature fail without an obvious reason.
        List<@NotNull @Pattern(regexp = "[\\x21-\\x7E]{16,500}",
                message = "must be 16 to 500 printable ASCII characters without spaces") String> signingSecrets) {
}
