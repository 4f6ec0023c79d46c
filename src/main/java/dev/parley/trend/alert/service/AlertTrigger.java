package dev.parley.trend.alert.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Evaluates a site's alert rules once the ingest transaction that changed its rollups has
 * committed (see docs/adr/0003-alert-evaluation.md). After commit, so the evaluation sees every
 * committed comment and cannot undo the ingest; on a thread of its own, because the committing
 * thread still holds its database connection until commit handling ends; coalesced per site, so
 * a burst of ingests queues one evaluation per site, not one per request.
 */
@ApplicationScoped
public class AlertTrigger {

    private static final Logger LOG = Logger.getLogger(AlertTrigger.class);
    /** Key of the per-transaction set of sites to evaluate. */
    private static final Object SITES = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final AlertEvaluator evaluator;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-alerts");
        t.setDaemon(true);
        return t;
    });

    AlertTrigger(TransactionSynchronizationRegistry transactions, AlertEvaluator evaluator) {
        this.transactions = transactions;
        this.evaluator = evaluator;
    }

    /** Called inside the transaction that changed the site's rollups. */
    public void rollupsChanged(long siteId) {
        @SuppressWarnings("unchecked")
        Set<Long> sites = (Set<Long>) transactions.getResource(SITES);
        if (sites == null) {
            Set<Long> changed = new LinkedHashSet<>();
            transactions.putResource(SITES, changed);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        changed.forEach(AlertTrigger.this::queue);
                    }
                }
            });
            sites = changed;
        }
        sites.add(siteId);
    }

    /** Waits until every evaluation queued so far has run: a barrier for tests, not a timer. */
    public void awaitQueuedEvaluations() throws InterruptedException, ExecutionException, TimeoutException {
        executor.submit(() -> { }).get(1, TimeUnit.MINUTES);
    }

    private void queue(long siteId) {
        if (!queued.add(siteId)) {
            return; // an evaluation that has not started yet will see this commit too
        }
        try {
            executor.execute(() -> {
                queued.remove(siteId); // before evaluating: a commit from now on queues another run
                evaluate(siteId);
            });
        } catch (RejectedExecutionException e) {
            queued.remove(siteId);
            LOG.debugf("Not evaluating alerts for site %d: shutting down", siteId);
        }
    }

    /**
     * The comments are committed whatever happens here; a failed evaluation is logged, and the
     * site's next comment evaluates its rules again.
     */
    private void evaluate(long siteId) {
        try {
            evaluator.evaluate(siteId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Alert evaluation for site %d failed; it runs again with the site's next comment", siteId);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
