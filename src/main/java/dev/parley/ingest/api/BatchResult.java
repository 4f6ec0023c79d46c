package dev.parley.ingest.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per-item results of a batch, in request order, with totals. */
@Schema(name = "BatchResult")
public record BatchResult(int created, int edited, int unchanged, List<IngestResult> results) {

    public static BatchResult of(List<IngestResult> results) {
        int created = 0;
        int edited = 0;
        int unchanged = 0;
        for (IngestResult r : results) {
            switch (r.outcome()) {
                case CREATED -> created++;
                case EDITED -> edited++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new BatchResult(created, edited, unchanged, results);
    }
}
