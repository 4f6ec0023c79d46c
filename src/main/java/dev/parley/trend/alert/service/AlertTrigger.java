package dev.parley.trend.alert.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Evaluates a site's alert rules once the ingest transaction that changed its rollups has
 * committed (see docs/adr/0003-alert-evaluation.md): after commit, so the evaluation sees every
 * committed comment and a failing evaluation cannot undo the ingest; once per transaction and
 * site, however many comments a batch holds.
 */
@ApplicationScoped
public class AlertTrigger {

    private static final Logger LOG = Logger.getLogger(AlertTrigger.class);
    /** Key of the per-transaction set of sites to evaluate. */
    private static final Object SITES = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final AlertEvaluator evaluator;

    AlertTrigger(TransactionSynchronizationRegistry transactions, AlertEvaluator evaluator) {
        this.transactions = transactions;
        this.evaluator = evaluator;
    }

    /** Called inside the transaction that changed the site's rollups. */
    public void rollupsChanged(long siteId) {
        @SuppressWarnings("unchecked")
        Set<Long> sites = (Set<Long>) transactions.getResource(SITES);
        if (sites == null) {
            Set<Long> pending = new LinkedHashSet<>();
            transactions.putResource(SITES, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        pending.forEach(AlertTrigger.this::evaluate);
                    }
                }
            });
            sites = pending;
        }
        sites.add(siteId);
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
}
