package dev.parley.moderation.service;

import dev.parley.platform.db.SqlValues;
import dev.parley.site.repository.SiteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderator decisions as training labels, in the shape of Parley's annotated set
 * ({@code training/data/stance/stance_gold.jsonl}: id, source, text, insult, identity_attack), so
 * a retraining can read them next to the other data. Only each comment's standing decision counts:
 * an undone decision is no label.
 *
 * <p>Feedback sent to the Perspective-compatible {@code comments:suggestscore} on TOXICITY or INSULT
 * is exported too (value ≥ 0.5 → insult 1).
 *
 * <p>Mapping: APPROVE → insult 0, identity_attack 0. REJECT for INSULT or FLAME_EXCHANGE → insult 1;
 * for IDENTITY_ATTACK → identity_attack 1. A rejection for spam, off-topic or other says nothing
 * about insults and is left out.
 */
@ApplicationScoped
public class ModerationLabels {

    private final SiteRepository sites;
    private final EntityManager em;

    ModerationLabels(SiteRepository sites, EntityManager em) {
        this.sites = sites;
        this.em = em;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> export(String siteKey) {
        long siteId = sites.require(siteKey).id;
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (c.id) c.external_id, c.body, a.action, a.reason, a.moderator, a.created_at
                FROM comment c JOIN moderation_action a ON a.comment_id = c.id
                WHERE c.site_id = :site AND a.action IN ('APPROVE', 'REJECT')
                  AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)
                ORDER BY c.id, a.id DESC""").setParameter("site", siteId).getResultList();
        List<Map<String, Object>> out = new java.util.ArrayList<>(
                rows.stream().map(r -> label(siteKey, r)).filter(m -> m != null).toList());
        out.addAll(feedback(siteKey, siteId));
        return out;
    }

    /** Perspective-style feedback (comments:suggestscore) on TOXICITY or INSULT is an insult label. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> feedback(String siteKey, long siteId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, text, value, created_at FROM perspective_feedback
                WHERE site_id = :site AND attribute IN ('TOXICITY', 'INSULT') ORDER BY id""")
                .setParameter("site", siteId).getResultList();
        return rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", siteKey + ":perspective-feedback-" + r[0]);
            m.put("source", "parley-perspective-feedback:" + siteKey);
            m.put("text", r[1]);
            m.put("insult", ((Number) r[2]).doubleValue() >= 0.5 ? 1 : 0);
            m.put("decision", "SUGGESTSCORE");
            m.put("decided_at", SqlValues.instant(r[3]).toString());
            return m;
        }).toList();
    }

    private static Map<String, Object> label(String siteKey, Object[] r) {
        String action = (String) r[2];
        String reason = (String) r[3];
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", siteKey + ":" + r[0]);
        out.put("source", "parley-moderation:" + siteKey);
        out.put("text", r[1]);
        if (action.equals("APPROVE")) {
            out.put("insult", 0);
            out.put("identity_attack", 0);
        } else if ("INSULT".equals(reason) || "FLAME_EXCHANGE".equals(reason)) {
            out.put("insult", 1);
        } else if ("IDENTITY_ATTACK".equals(reason)) {
            out.put("identity_attack", 1);
        } else {
            return null;
        }
        out.put("decision", action);
        out.put("moderator", r[4]);
        Instant at = SqlValues.instant(r[5]);
        out.put("decided_at", at.toString());
        return out;
    }
}
