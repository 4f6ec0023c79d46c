package dev.parley.ingest.service;

import dev.parley.ingest.api.IngestOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** Ingest counters and latencies, exported at /q/metrics as parley_ingest_*. */
@ApplicationScoped
public class IngestMetrics {

    private final Map<IngestOutcome, Counter> outcomes = new EnumMap<>(IngestOutcome.class);
    private final Timer single;
    private final Timer batch;

    IngestMetrics(MeterRegistry registry) {
        for (IngestOutcome outcome : IngestOutcome.values()) {
            outcomes.put(outcome, Counter.builder("parley.ingest.comments")
                    .description("Comments ingested, by outcome")
                    .tag("outcome", outcome.name().toLowerCase())
                    .register(registry));
        }
        single = Timer.builder("parley.ingest.request").tag("kind", "single")
                .description("Time to store one ingest request").publishPercentileHistogram().register(registry);
        batch = Timer.builder("parley.ingest.request").tag("kind", "batch")
                .description("Time to store one ingest request").publishPercentileHistogram().register(registry);
    }

    public void count(IngestOutcome outcome) {
        outcomes.get(outcome).increment();
    }

    public Timer singleTimer() {
        return single;
    }

    public Timer batchTimer() {
        return batch;
    }
}
