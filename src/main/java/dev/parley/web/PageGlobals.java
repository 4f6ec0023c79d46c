package dev.parley.web;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** Fixed choice lists every page template can use by name ({@code {#for c in countries}}). */
@TemplateGlobal
public final class PageGlobals {

    /** The four countries Parley scores stance toward, in display order. */
    static final List<String> countries = List.of("russia", "japan", "china", "us");

    /** Dashboard time ranges; dashboard.js maps each to a bucket size. */
    static final List<String> ranges = List.of("24h", "7d", "30d", "1y", "all");

    /** Flag reasons a queue can be filtered by (system-detected and reader-reported). */
    static final List<String> flagReasons = List.of("INSULT", "FLAME_EXCHANGE", "ABUSE", "SPAM", "OFF_TOPIC", "OTHER");

    private PageGlobals() {
    }
}
