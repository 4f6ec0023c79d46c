package dev.parley.ingest;

import static dev.parley.support.Api.comment;
import static dev.parley.support.Api.newSite;
import static dev.parley.support.Api.post;
import static dev.parley.support.Api.postBatch;
import static dev.parley.support.Api.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.support.PostgresTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@PostgresTest
class ConcurrencyTests {

    @Inject
    EntityManager em;

    @Test
    void concurrentDuplicatesEndAsExactlyOneRow() throws Exception {
        String site = newSite();
        List<Integer> statuses = runTogether(12, i -> post(site, comment("dup", "t", null, "same text"))
                .extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(11, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1L, rows(site, "dup"));
    }

    @Test
    void repliesAndParentsArrivingAtTheSameMomentAreAllLinked() throws Exception {
        String site = newSite();
        int pairs = 20;
        // Even tasks send a parent, odd tasks its reply, all released at once.
        List<Integer> statuses = runTogether(pairs * 2, i -> (i % 2 == 0
                ? post(site, comment("p" + i / 2, "t", null, "parent"))
                : post(site, comment("r" + i / 2, "t", "p" + i / 2, "reply"))).extract().statusCode());
        assertEquals(pairs * 2, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        List<Map<String, Object>> roots = tree(site, "t").extract().path("comments");
        assertEquals(pairs, roots.size(), "every reply hangs under its parent");
    }

    @Test
    void overlappingBatchesInOppositeOrdersDoNotDeadlock() throws Exception {
        String site = newSite();
        List<Map<String, Object>> forward = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            forward.add(comment("c" + i, "t" + (i % 5), i % 10 == 0 ? null : "c" + (i - i % 10), "x" + i));
        }
        List<Map<String, Object>> backward = new ArrayList<>(forward.reversed());
        List<Integer> statuses = runTogether(6, i -> postBatch(site, i % 2 == 0 ? forward : backward)
                .extract().statusCode());
        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        assertEquals(200L, ((Number) em.createNativeQuery(
                "SELECT count(*) FROM comment c JOIN site s ON s.id = c.site_id WHERE s.site_key = ?1")
                .setParameter(1, site).getSingleResult()).longValue());
    }

    private long rows(String site, String externalId) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM comment c JOIN site s ON s.id = c.site_id
                WHERE s.site_key = ?1 AND c.external_id = ?2""")
                .setParameter(1, site).setParameter(2, externalId).getSingleResult()).longValue();
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs the tasks on their own threads, released together by a latch. */
    static <T> List<T> runTogether(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
