package dev.parley.moderation.service;

import dev.parley.moderation.repository.QueueRepository;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Opaque keyset cursor of a queue page: the last row's creation time, score and id. */
final class QueueCursor {

    private QueueCursor() {
    }

    static String encode(QueueRepository.Row row) {
        String raw = row.createdAt() + "|" + row.score() + "|" + row.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static QueueRepository.Row decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            return new QueueRepository.Row(Long.parseLong(parts[2]), Instant.parse(parts[0]),
                    Double.parseDouble(parts[1]));
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemType.VALIDATION, "cursor: not a cursor this API returned",
                    List.of(new FieldError("cursor", "not a cursor this API returned")));
        }
    }
}
