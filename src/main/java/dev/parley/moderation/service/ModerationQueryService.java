package dev.parley.moderation.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.repository.CommentAnalysisRepository;
import dev.parley.moderation.api.ModerationApi.ActionView;
import dev.parley.moderation.api.ModerationApi.FlagView;
import dev.parley.moderation.api.ModerationApi.History;
import dev.parley.moderation.api.ModerationApi.QueueItem;
import dev.parley.moderation.api.ModerationApi.QueueCounts;
import dev.parley.moderation.api.ModerationApi.QueuePage;
import dev.parley.moderation.api.Queue;
import dev.parley.moderation.repository.ActionRepository;
import dev.parley.moderation.repository.FlagRepository;
import dev.parley.moderation.repository.QueueRepository;
import dev.parley.platform.db.SqlValues;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.Comment;
import dev.parley.thread.api.CommentView;
import dev.parley.thread.repository.CommentRepository;
import dev.parley.thread.repository.ThreadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads queues, counts and per-comment history. */
@ApplicationScoped
@Transactional
public class ModerationQueryService {

    private final SiteRepository sites;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final QueueRepository queues;
    private final FlagRepository flags;
    private final ActionRepository actions;
    private final CommentAnalysisRepository analyses;

    ModerationQueryService(SiteRepository sites, ThreadRepository threads, CommentRepository comments,
                           QueueRepository queues, FlagRepository flags, ActionRepository actions,
                           CommentAnalysisRepository analyses) {
        this.sites = sites;
        this.threads = threads;
        this.comments = comments;
        this.queues = queues;
        this.flags = flags;
        this.actions = actions;
        this.analyses = analyses;
    }

    public QueuePage page(String siteKey, Queue queue, String threadExternalId, String reason, String country,
                          java.time.Instant since, java.time.Instant until, boolean byScore, String cursor, int limit) {
        Site site = sites.require(siteKey);
        Long threadId = null;
        if (threadExternalId != null) {
            threadId = threads.findByExternalId(site.id, threadExternalId).map(t -> t.id).orElse(-1L);
        }
        QueueRepository.Row after = cursor == null ? null : QueueCursor.decode(cursor);
        List<QueueRepository.Row> rows = queues.page(site.id, queue,
                new QueueRepository.Filter(threadId, reason, country, since, until), byScore, after, limit + 1);
        boolean more = rows.size() > limit;
        List<QueueRepository.Row> page = more ? rows.subList(0, limit) : rows;
        List<Long> shown = page.stream().map(QueueRepository.Row::id).toList();
        Map<Long, AnalysisResult> analysed = analyses.latestOf(shown);
        List<QueueItem> items = new ArrayList<>();
        for (long id : shown) {
            Comment c = comments.findById(id);
            items.add(new QueueItem(CommentView.of(c, c.thread.externalId).withAnalysis(analysed.get(id)), c.status,
                    c.moderationVersion, flagsOf(id)));
        }
        String next = more ? QueueCursor.encode(page.getLast()) : null;
        return new QueuePage(queue.name().toLowerCase(), items, next);
    }

    /** Comments per queue by lower-case name (approved and rejected capped: see {@link #queueCounts}). */
    public Map<String, Long> counts(String siteKey) {
        return queueCounts(siteKey).counts();
    }

    /** Comments per queue, and which of the capped queues reached their limit. */
    public QueueCounts queueCounts(String siteKey) {
        Map<String, Long> out = new LinkedHashMap<>();
        List<String> atLeast = new ArrayList<>();
        queues.counts(sites.require(siteKey).id).forEach((q, n) -> {
            out.put(q.name().toLowerCase(), n.value());
            if (n.atLeast()) {
                atLeast.add(q.name().toLowerCase());
            }
        });
        return new QueueCounts(out, atLeast);
    }

    public History history(String siteKey, String commentId) {
        Site site = sites.require(siteKey);
        Comment c = comments.findByExternalId(site.id, commentId).orElseThrow(
                () -> ProblemException.notFound("No comment '" + commentId + "' on site '" + siteKey + "'"));
        return history(c);
    }

    private History history(Comment c) {
        List<ActionView> log = actions.ofComment(c.id).stream()
                .map(a -> new ActionView(a.id(), a.moderator(), a.action(), a.statusBefore(), a.statusAfter(),
                        a.reason(), a.note(), a.undoes(), a.createdAt()))
                .toList();
        return new History(DecisionService.state(c), flagsOf(c.id), log);
    }

    /** An author's comments on a site, newest first (at most 200), with their moderation state. */
    @SuppressWarnings("unchecked")
    public List<History> authorHistory(String siteKey, String authorId) {
        Site site = sites.require(siteKey);
        List<Number> ids = comments.getEntityManager().createNativeQuery("""
                SELECT id FROM comment WHERE site_id = :site AND author_external_id = :author
                ORDER BY created_at DESC, id DESC LIMIT 200""")
                .setParameter("site", site.id).setParameter("author", authorId).getResultList();
        List<History> out = new ArrayList<>();
        for (Number id : ids) {
            out.add(history(comments.findById(id.longValue())));
        }
        return out;
    }

    /** Decision counts per moderator and action on a site. */
    public Map<String, Map<String, Long>> moderatorCounts(String siteKey) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (Object[] row : actions.countsByModerator(sites.require(siteKey).id)) {
            out.computeIfAbsent((String) row[0], k -> new LinkedHashMap<>()).put((String) row[1],
                    ((Number) row[2]).longValue());
        }
        return out;
    }

    private List<FlagView> flagsOf(long commentId) {
        return flags.ofComment(commentId).stream()
                .map(r -> new FlagView((String) r[0], (String) r[1], r[2] == null ? null : ((Number) r[2]).doubleValue(),
                        (String) r[3], (String) r[4], (String) r[5], SqlValues.instant(r[6])))
                .toList();
    }
}
