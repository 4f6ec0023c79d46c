package dev.parley.ingest.service;

import dev.parley.ingest.api.CommentSubmission;
import dev.parley.platform.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that depend on configuration and on the whole submission, which bean validation
 * on the request records cannot express: body length, date range, a comment naming itself as
 * its own parent.
 */
@ApplicationScoped
public class SubmissionChecks {

    private final IngestLimits limits;

    SubmissionChecks(IngestLimits limits) {
        this.limits = limits;
    }

    public int maxBatchSize() {
        return limits.maxBatchSize();
    }

    /** Field errors of one submission, each field prefixed by {@code prefix} (e.g. {@code comments[3].}). */
    public List<FieldError> check(CommentSubmission s, String prefix, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        int length = s.body().codePointCount(0, s.body().length());
        if (length > limits.maxBodyChars()) {
            errors.add(new FieldError(prefix + "body",
                    "is " + length + " characters long; the limit is " + limits.maxBodyChars()));
        }
        checkDate(s.createdAt(), prefix + "createdAt", now, errors);
        checkDate(s.thread().publishedAt(), prefix + "thread.publishedAt", now, errors);
        if (s.externalId().equals(s.parentExternalId())) {
            errors.add(new FieldError(prefix + "parentExternalId", "a comment cannot reply to itself"));
        }
        return errors;
    }

    private void checkDate(Instant date, String field, Instant now, List<FieldError> errors) {
        if (date == null) {
            return;
        }
        Instant latest = now.plus(limits.maxClockSkew());
        if (date.isBefore(limits.earliestDate()) || date.isAfter(latest)) {
            errors.add(new FieldError(field, "must lie between " + limits.earliestDate() + " and " + latest));
        }
    }
}
