package dev.parley.web.moderation;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.repository.CommentAnalysisRepository;
import dev.parley.moderation.api.FlameExchangeView;
import dev.parley.moderation.repository.FlameExchangeRepository;
import dev.parley.moderation.service.FlameExchangeService;
import dev.parley.moderation.service.ModerationQueryService;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.Comment;
import dev.parley.thread.api.CommentView;
import dev.parley.thread.repository.CommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Gathers a comment's review context for the moderator page from the moderation and thread rooms. */
@ApplicationScoped
public class ReviewContextService {

    /** Direct replies shown under the comment; the rest are counted. */
    static final int REPLIES_SHOWN = 10;
    private static final List<String> COUNTRIES = List.of("russia", "japan", "china", "us");

    private final SiteRepository sites;
    private final CommentRepository comments;
    private final CommentAnalysisRepository analyses;
    private final FlameExchangeRepository exchangeMembers;
    private final FlameExchangeService exchanges;
    private final ModerationQueryService moderation;

    ReviewContextService(SiteRepository sites, CommentRepository comments, CommentAnalysisRepository analyses,
                         FlameExchangeRepository exchangeMembers, FlameExchangeService exchanges,
                         ModerationQueryService moderation) {
        this.sites = sites;
        this.comments = comments;
        this.analyses = analyses;
        this.exchangeMembers = exchangeMembers;
        this.exchanges = exchanges;
        this.moderation = moderation;
    }

    @Transactional
    public ReviewItem item(String siteKey, String commentId) {
        Site site = sites.require(siteKey);
        Comment c = comments.findByExternalId(site.id, commentId).orElseThrow(
                () -> ProblemException.notFound("Site '" + siteKey + "' has no comment '" + commentId + "'"));
        Comment parent = c.parentId == null ? null : comments.findById(c.parentId);
        List<Comment> replies = comments.repliesOf(c.id, REPLIES_SHOWN + 1);
        List<Long> ids = new ArrayList<>(List.of(c.id));
        if (parent != null) {
            ids.add(parent.id);
        }
        replies.forEach(r -> ids.add(r.id));
        Map<Long, AnalysisResult> analysed = analyses.latestOf(ids);
        CommentView view = view(c, analysed);
        AnalysisResult a = view.analysis();
        List<CommentView> replyViews = replies.stream().limit(REPLIES_SHOWN).map(r -> view(r, analysed)).toList();
        int more = replies.size() > REPLIES_SHOWN ? (int) (comments.count("parentId", c.id) - REPLIES_SHOWN) : 0;
        return new ReviewItem(view, HighlightedText.of(c.body, a), chips(a),
                a == null || a.insult() == null ? null : a.insult().probability(),
                parent == null ? null : view(parent, analysed), replyViews, more,
                exchange(siteKey, site, c), moderation.history(siteKey, commentId));
    }

    private ReviewItem.Exchange exchange(String siteKey, Site site, Comment c) {
        return exchangeMembers.exchangeOf(c.id).map(id -> {
            FlameExchangeView view = exchanges.get(siteKey, id);
            List<ReviewItem.Turn> turns = view.members().stream().map(t -> new ReviewItem.Turn(t,
                    comments.findByExternalId(site.id, t.commentId()).map(m -> m.body).orElse(""),
                    t.commentId().equals(c.externalId))).toList();
            return new ReviewItem.Exchange(view, turns);
        }).orElse(null);
    }

    private static List<ReviewItem.StanceChip> chips(AnalysisResult a) {
        if (a == null || a.stance() == null) {
            return List.of();
        }
        List<ReviewItem.StanceChip> chips = new ArrayList<>();
        for (String country : COUNTRIES) {
            AnalysisResult.Stance s = a.stance().get(country);
            if (s != null && !s.label().equals("none")) {
                chips.add(new ReviewItem.StanceChip(country, s.label(), s.score()));
            }
        }
        return chips;
    }

    private static CommentView view(Comment c, Map<Long, AnalysisResult> analysed) {
        return CommentView.of(c, c.thread.externalId).withAnalysis(analysed.get(c.id));
    }
}
