package dev.parley.moderation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.analysis.api.AnalysisResult;
import dev.parley.moderation.api.ModerationPolicy;
import dev.parley.moderation.repository.ActionRepository;
import dev.parley.moderation.repository.FlagRepository;
import dev.parley.moderation.repository.PolicyRepository;
import dev.parley.integration.webhook.service.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raises DETECTED flags from a comment's analysis, per the site's policy, inside the ingest
 * transaction; a WITHHOLD rule also hides the comment (status SYSTEM_WITHHELD, logged as a
 * decision by "parley").
 */
@ApplicationScoped
public class FlagService {

    public static final String SYSTEM_MODERATOR = "parley";

    private final PolicyRepository policies;
    private final FlagRepository flags;
    private final ActionRepository actions;
    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhookOutbox outbox;

    FlagService(PolicyRepository policies, FlagRepository flags, ActionRepository actions, EntityManager em,
                ObjectMapper json, WebhookOutbox outbox) {
        this.outbox = outbox;
        this.policies = policies;
        this.flags = flags;
        this.actions = actions;
        this.em = em;
        this.json = json;
    }

    public void onAnalysis(long siteId, long commentId, AnalysisResult result, Instant now) {
        if (result.insult() == null) {
            return;
        }
        ModerationPolicy.Rule rule = policies.effective(siteId).insult();
        double p = result.insult().probability();
        if (p < rule.threshold()) {
            return;
        }
        boolean added = flags.addDetected(commentId, "INSULT", p, result.models().get("insult"),
                write(result.insult().evidence()), now);
        if (added) {
            flagged(siteId, commentId, "DETECTED", "INSULT", p, now);
        }
        if (added && rule.effect() == ModerationPolicy.Effect.WITHHOLD) {
            withhold(commentId, "INSULT", now);
        }
    }

    /** Tells subscribers (webhook outbox, same transaction) that a comment was flagged. */
    public void flagged(long siteId, long commentId, String source, String reason, Double score, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commentId", externalId(commentId));
        data.put("source", source);
        data.put("reason", reason);
        data.put("score", score);
        outbox.emit(siteId, WebhookOutbox.COMMENT_FLAGGED, data, now);
    }

    String externalId(long commentId) {
        return (String) em.createNativeQuery("SELECT external_id FROM comment WHERE id = :id")
                .setParameter("id", commentId).getSingleResult();
    }

    /** Hides a comment nobody has decided on yet (status NONE), logged as a decision by "parley". */
    void withhold(long commentId, String reason, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT status, moderation_version FROM comment WHERE id = :id")
                .setParameter("id", commentId).getSingleResult();
        String status = (String) row[0];
        if (!status.equals("NONE")) {
            return; // a moderator already decided, or it is already held
        }
        // The withhold becomes the latest standing decision, so an earlier escalation no longer stands.
        if (actions.changeStatus(commentId, ((Number) row[1]).longValue(), "SYSTEM_WITHHELD", false)) {
            actions.append(commentId, SYSTEM_MODERATOR, "SYSTEM_WITHHOLD", status, "SYSTEM_WITHHELD", reason,
                    "withheld by site policy", null, now);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
