package dev.parley.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting helpers for the pages' templates ({@code {value.snippet}}, {@code {instant.shown}}, ...). */
@TemplateExtension
public final class TemplateFormats {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    static final int SNIPPET = 160;

    private TemplateFormats() {
    }

    /** The first characters of a text on one line, for queue lists. */
    static String snippet(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET - 1) + "…";
    }

    static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    /** A probability as a whole percentage. */
    static String pct(Double p) {
        return p == null ? "–" : Math.round(p * 100) + "%";
    }

    /** A signed score with two decimals and an explicit sign. */
    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    /** A comment's moderation status as moderators say it (Coral's NONE is "undecided"). */
    static String statusLabel(String status) {
        return switch (status) {
            case "NONE" -> "undecided";
            case "PREMOD" -> "pre-moderation";
            case "SYSTEM_WITHHELD" -> "withheld";
            default -> status.toLowerCase(Locale.ROOT);
        };
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
