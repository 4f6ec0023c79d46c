package dev.parley.thread.service;

import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset-paging cursor: the sort key of the last item of a page. Clients pass it back
 * unchanged; its content is not part of the API.
 */
public record Cursor(Instant at, long id) {

    public String encode() {
        String raw = (at == null ? "" : at.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            Instant at = bar == 0 ? null : Instant.parse(raw.substring(0, bar));
            return new Cursor(at, Long.parseLong(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor: not a cursor this API returned",
                    List.of(new FieldError("cursor", "not a cursor this API returned")));
        }
    }
}
