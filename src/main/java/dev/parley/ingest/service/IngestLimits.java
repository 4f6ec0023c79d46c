package dev.parley.ingest.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;

/** Operator-tunable limits on what ingestion accepts ({@code parley.ingest.*}). */
@ConfigMapping(prefix = "parley.ingest")
public interface IngestLimits {

    /** Most comments in one batch request. */
    @WithDefault("1000")
    int maxBatchSize();

    /** Longest comment body, in Unicode code points (an emoji counts once). */
    @WithDefault("20000")
    int maxBodyChars();

    /** Earliest accepted creation or publication date. */
    @WithDefault("1990-01-01T00:00:00Z")
    Instant earliestDate();

    /** How far in the future a date may lie (source clocks drift). */
    @WithDefault("PT24H")
    Duration maxClockSkew();
}
