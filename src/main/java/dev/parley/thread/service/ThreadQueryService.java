package dev.parley.thread.service;

import dev.parley.analysis.api.AnalysisResult;
import dev.parley.analysis.repository.CommentAnalysisRepository;
import dev.parley.platform.problem.ProblemException;
import dev.parley.site.Site;
import dev.parley.site.repository.SiteRepository;
import dev.parley.thread.Comment;
import dev.parley.thread.DiscussionThread;
import dev.parley.thread.api.CommentDetail;
import dev.parley.thread.api.CommentView;
import dev.parley.thread.api.ThreadPage;
import dev.parley.thread.api.ThreadTree;
import dev.parley.thread.api.ThreadView;
import dev.parley.thread.api.TreeNode;
import dev.parley.thread.repository.CommentRepository;
import dev.parley.thread.repository.CommentRevisionRepository;
import dev.parley.thread.repository.ThreadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads threads, thread trees and comments. */
@ApplicationScoped
@Transactional
public class ThreadQueryService {

    private final SiteRepository sites;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final CommentRevisionRepository revisions;
    private final CommentAnalysisRepository analyses;

    ThreadQueryService(SiteRepository sites, ThreadRepository threads, CommentRepository comments,
                       CommentRevisionRepository revisions, CommentAnalysisRepository analyses) {
        this.analyses = analyses;
        this.sites = sites;
        this.threads = threads;
        this.comments = comments;
        this.revisions = revisions;
    }

    public ThreadPage listThreads(String siteKey, String cursor, int limit) {
        Site site = sites.require(siteKey);
        Long before = cursor == null ? null : Cursor.decode(cursor).id();
        List<DiscussionThread> page = threads.pageOfSite(site.id, before, limit + 1);
        boolean more = page.size() > limit;
        List<DiscussionThread> shown = more ? page.subList(0, limit) : page;
        List<ThreadView> views = shown.stream().map(t -> ThreadView.of(t, comments.countInThread(t.id))).toList();
        String next = more ? new Cursor(null, shown.getLast().id).encode() : null;
        return new ThreadPage(views, next);
    }

    public ThreadTree tree(String siteKey, String threadExternalId, String cursor, int limit) {
        Site site = sites.require(siteKey);
        DiscussionThread thread = threads.findByExternalId(site.id, threadExternalId).orElseThrow(
                () -> ProblemException.notFound("Site '" + siteKey + "' has no thread '" + threadExternalId + "'"));
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        List<Comment> top = comments.topLevelPage(thread.id,
                after == null ? null : after.at(), after == null ? null : after.id(), limit + 1);
        boolean more = top.size() > limit;
        List<Comment> roots = more ? top.subList(0, limit) : top;

        Map<Long, List<Comment>> repliesByParent = new HashMap<>();
        for (Comment reply : comments.descendantsOf(roots.stream().map(c -> c.id).toList())) {
            repliesByParent.computeIfAbsent(reply.parentId, k -> new ArrayList<>()).add(reply);
        }
        List<Long> ids = new ArrayList<>(roots.stream().map(c -> c.id).toList());
        repliesByParent.values().forEach(list -> list.forEach(c -> ids.add(c.id)));
        Map<Long, AnalysisResult> analysesById = analyses.latestOf(ids);
        List<TreeNode> nodes = roots.stream()
                .map(c -> node(c, repliesByParent, thread.externalId, analysesById)).toList();
        String next = more ? new Cursor(roots.getLast().createdAt, roots.getLast().id).encode() : null;
        return new ThreadTree(ThreadView.of(thread, comments.countInThread(thread.id)), nodes, next);
    }

    public CommentDetail comment(String siteKey, String externalId) {
        Site site = sites.require(siteKey);
        Comment comment = comments.findByExternalId(site.id, externalId).orElseThrow(
                () -> ProblemException.notFound("Site '" + siteKey + "' has no comment '" + externalId + "'"));
        CommentView view = CommentView.of(comment, comment.thread.externalId)
                .withAnalysis(analyses.latestOf(List.of(comment.id)).get(comment.id));
        return new CommentDetail(view,
                revisions.ofComment(comment.id).stream().map(CommentDetail.RevisionView::of).toList());
    }

    /** Builds the subtree iteratively: reply chains can be deeper than the call stack. */
    private static TreeNode node(Comment root, Map<Long, List<Comment>> repliesByParent, String threadExternalId,
                                 Map<Long, AnalysisResult> analysesById) {
        Map<Long, List<TreeNode>> childLists = new HashMap<>();
        TreeNode rootNode = new TreeNode(view(root, threadExternalId, analysesById), new ArrayList<>());
        childLists.put(root.id, rootNode.replies());
        ArrayList<Comment> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            Comment current = stack.removeLast();
            for (Comment reply : repliesByParent.getOrDefault(current.id, List.of())) {
                TreeNode child = new TreeNode(view(reply, threadExternalId, analysesById), new ArrayList<>());
                childLists.get(current.id).add(child);
                childLists.put(reply.id, child.replies());
                stack.add(reply);
            }
        }
        return rootNode;
    }

    private static CommentView view(Comment c, String threadExternalId, Map<Long, AnalysisResult> analysesById) {
        return CommentView.of(c, threadExternalId).withAnalysis(analysesById.get(c.id));
    }
}
