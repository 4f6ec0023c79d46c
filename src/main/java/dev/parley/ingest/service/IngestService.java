package dev.parley.ingest.service;

import dev.parley.ingest.api.BatchResult;
import dev.parley.ingest.api.BatchSubmission;
import dev.parley.ingest.api.CommentSubmission;
import dev.parley.ingest.api.IngestResult;
import dev.parley.platform.problem.FieldErrors;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import dev.parley.platform.db.TransactionRetry;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores comments as sources send them: one comment, or a batch in one transaction. Everything
 * is checked before anything is written, so a rejected request changes nothing. Validation runs
 * here rather than on the resource so that one answer lists every invalid field of a batch.
 */
@ApplicationScoped
public class IngestService {

    private final SiteRepository sites;
    private final SubmissionChecks checks;
    private final CommentWriter writer;
    private final IngestMetrics metrics;
    private final TransactionRetry retry;
    private final Validator validator;

    IngestService(SiteRepository sites, SubmissionChecks checks, CommentWriter writer, IngestMetrics metrics,
                  TransactionRetry retry, Validator validator) {
        this.validator = validator;
        this.sites = sites;
        this.checks = checks;
        this.writer = writer;
        this.metrics = metrics;
        this.retry = retry;
    }

    public IngestResult ingest(String siteKey, CommentSubmission submission) {
        Instant now = Instant.now();
        List<FieldError> errors = new ArrayList<>(FieldErrors.of(validator.validate(submission)));
        if (errors.isEmpty()) {
            errors.addAll(checks.check(submission, "", now));
        }
        rejectIfInvalid(errors);
        return metrics.singleTimer().record(() -> {
            List<IngestResult> results = retry.inNewTransaction(() -> write(siteKey, List.of(submission), now));
            results.forEach(r -> metrics.count(r.outcome()));
            return results.getFirst();
        });
    }

    public BatchResult ingest(String siteKey, BatchSubmission batch) {
        Instant now = Instant.now();
        // Structural errors first (a missing list, null items); the limits apply to complete items.
        List<FieldError> errors = new ArrayList<>(FieldErrors.of(validator.validate(batch)));
        List<CommentSubmission> comments = batch.comments() == null ? List.of() : batch.comments();
        if (comments.size() > checks.maxBatchSize()) {
            errors.add(new FieldError("comments",
                    "has " + comments.size() + " items; the limit is " + checks.maxBatchSize()));
            rejectIfInvalid(errors);
        }
        for (int i = 0; i < comments.size(); i++) {
            String prefix = "comments[" + i + "].";
            CommentSubmission item = comments.get(i);
            if (item != null && errors.stream().noneMatch(e -> e.field().startsWith(prefix))) {
                errors.addAll(checks.check(item, prefix, now));
            }
        }
        rejectIfInvalid(errors);
        return metrics.batchTimer().record(() -> {
            List<IngestResult> results = retry.inNewTransaction(() -> write(siteKey, comments, now));
            results.forEach(r -> metrics.count(r.outcome()));
            return BatchResult.of(results);
        });
    }

    private List<IngestResult> write(String siteKey, List<CommentSubmission> comments, Instant now) {
        Site site = sites.require(siteKey);
        writer.lockKeysOf(site.id, comments);
        List<IngestResult> results = new ArrayList<>(comments.size());
        for (int i = 0; i < comments.size(); i++) {
            try {
                results.add(writer.write(site.id, comments.get(i), now));
            } catch (ProblemException e) {
                throw comments.size() == 1 ? e : new ProblemException(e.type(), "comments[" + i + "]: " + e.getMessage());
            }
        }
        return results;
    }

    private static void rejectIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, FieldErrors.summary(errors), errors);
        }
    }
}
