package dev.parley.moderation.service;

import dev.parley.moderation.api.ModerationPolicy;
import dev.parley.moderation.repository.FlagRepository;
import dev.parley.moderation.repository.FlameExchangeRepository;
import dev.parley.moderation.repository.PolicyRepository;
import dev.parley.integration.webhook.service.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds flame exchanges incrementally: whenever a comment is stored, the reply edges it takes part
 * in (to its parent, and to replies already linked to it) are checked. An edge whose two turns are
 * both hostile and written by different people joins an exchange: a new one, the one either side
 * already belongs to, or both merged. Because a late parent re-checks the edges to its waiting
 * replies, the result does not depend on arrival order.
 *
 * <p>A turn is hostile when its insult probability is at least the site's flame threshold (the
 * analysis's model score, not a word list). A reply without a parent that opens with
 * {@code @Name} is treated as a reply to Name's latest earlier comment in the thread (flat threads).
 */
@ApplicationScoped
public class FlameDetector {

    private final EntityManager em;
    private final PolicyRepository policies;
    private final FlameExchangeRepository exchanges;
    private final FlagRepository flags;
    private final FlagService flagService;
    private final WebhookOutbox outbox;

    FlameDetector(EntityManager em, PolicyRepository policies, FlameExchangeRepository exchanges, FlagRepository flags,
                  FlagService flagService, WebhookOutbox outbox) {
        this.outbox = outbox;
        this.em = em;
        this.policies = policies;
        this.exchanges = exchanges;
        this.flags = flags;
        this.flagService = flagService;
    }

    /** One turn: a comment with its author and hostility (null when it has no insult score). */
    record Turn(long id, long threadId, Long parentId, String author, String authorName, String body,
                Instant createdAt, Double hostility) {
    }

    public void onComment(long siteId, long commentId, Instant now) {
        ModerationPolicy.Rule rule = policies.effective(siteId).flameExchangeOrDefault();
        Turn turn = turn(commentId).orElseThrow();
        List<Turn[]> edges = new ArrayList<>();
        Optional<Turn> parent = turn.parentId() != null ? turn(turn.parentId()) : addressed(turn);
        parent.ifPresent(p -> edges.add(new Turn[] {p, turn}));
        for (long child : childrenOf(commentId)) {
            turn(child).ifPresent(c -> edges.add(new Turn[] {turn, c}));
        }
        for (Turn[] edge : edges) {
            if (hostile(edge[0], rule) && hostile(edge[1], rule) && !edge[0].author().equals(edge[1].author())) {
                join(siteId, edge[0], edge[1], rule, now);
            }
        }
    }

    private void join(long siteId, Turn a, Turn b, ModerationPolicy.Rule rule, Instant now) {
        Optional<Long> ea = exchanges.exchangeOf(a.id());
        Optional<Long> eb = exchanges.exchangeOf(b.id());
        long exchange;
        boolean opened = ea.isEmpty() && eb.isEmpty();
        if (ea.isPresent() && eb.isPresent()) {
            exchange = Math.min(ea.get(), eb.get());
            if (!ea.get().equals(eb.get())) {
                exchanges.merge(Math.max(ea.get(), eb.get()), exchange);
            }
        } else {
            exchange = ea.or(() -> eb).orElseGet(() -> exchanges.create(siteId, a.threadId(), now));
        }
        boolean grown = false;
        for (Turn t : List.of(a, b)) {
            grown |= exchanges.exchangeOf(t.id()).isEmpty();
            exchanges.addMember(exchange, t.id(), t.hostility());
            if (flags.addDetected(t.id(), "FLAME_EXCHANGE", t.hostility(), "flame-exchange@" + exchange, null, now)) {
                flagService.flagged(siteId, t.id(), "DETECTED", "FLAME_EXCHANGE", t.hostility(), now);
                if (rule.effect() == ModerationPolicy.Effect.WITHHOLD) {
                    flagService.withhold(t.id(), "FLAME_EXCHANGE", now);
                }
            }
        }
        exchanges.refresh(exchange, now);
        if (opened || grown) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("exchangeId", exchange);
            event.put("commentIds", exchanges.members(exchange).stream()
                    .map(FlameExchangeRepository.Member::externalId).toList());
            outbox.emit(siteId, opened ? WebhookOutbox.FLAME_EXCHANGE_OPENED : WebhookOutbox.FLAME_EXCHANGE_GROWN,
                    event, now);
        }
    }

    private static boolean hostile(Turn t, ModerationPolicy.Rule rule) {
        return t.hostility() != null && t.hostility() >= rule.threshold();
    }

    /** For a flat thread: "@Bernard Wijeyasingha …" addresses Bernard's latest earlier comment. */
    private Optional<Turn> addressed(Turn turn) {
        String body = turn.body().strip();
        if (!body.startsWith("@")) {
            return Optional.empty();
        }
        String[] words = body.substring(1).split("[^\\p{L}\\p{N}_.'-]+", 4);
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("""
                SELECT id, author_name FROM comment
                WHERE thread_id = :thread AND id <> :id AND created_at <= :at AND author_name IS NOT NULL
                ORDER BY created_at DESC, id DESC LIMIT 200""")
                .setParameter("thread", turn.threadId()).setParameter("id", turn.id())
                .setParameter("at", turn.createdAt()).getResultList();
        for (int n = Math.min(3, words.length); n >= 1; n--) {
            String name = String.join(" ", java.util.Arrays.copyOf(words, n)).toLowerCase(Locale.ROOT);
            if (name.length() < 3) {
                continue;
            }
            List<Turn> byName = earlier.stream()
                    .filter(row -> ((String) row[1]).toLowerCase(Locale.ROOT).contains(name))
                    .map(row -> turn(((Number) row[0]).longValue()).orElseThrow())
                    .toList();
            if (!byName.isEmpty()) {
                // The comment the reply quotes, if it quotes one of them; else the latest.
                return Optional.of(byName.stream().filter(t -> quotes(turn.body(), t.body())).findFirst()
                        .orElse(byName.getFirst()));
            }
        }
        return Optional.empty();
    }

    /** True when six consecutive words of the reply's opening appear in the earlier comment. */
    static boolean quotes(String reply, String earlier) {
        String[] words = plain(reply.length() > 400 ? reply.substring(0, 400) : reply).split(" ");
        String haystack = plain(earlier);
        for (int i = 0; i + 6 <= words.length; i++) {
            if (haystack.contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + 6)))) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private Optional<Turn> turn(long commentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, c.thread_id, c.parent_id, c.author_external_id, c.author_name, c.body, c.created_at,
                       (SELECT a.insult_probability FROM comment_analysis a WHERE a.comment_id = c.id
                        ORDER BY a.analyzed_at DESC LIMIT 1)
                FROM comment c WHERE c.id = :id""").setParameter("id", commentId).getResultList();
        return rows.stream().findFirst().map(r -> new Turn(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[3], (String) r[4], (String) r[5],
                dev.parley.platform.db.SqlValues.instant(r[6]), r[7] == null ? null : ((Number) r[7]).doubleValue()));
    }

    @SuppressWarnings("unchecked")
    private List<Long> childrenOf(long commentId) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM comment WHERE parent_id = :id")
                .setParameter("id", commentId).getResultList()).stream().map(Number::longValue).toList();
    }
}
