package dev.parley.trend.alert.service;

import dev.parley.platform.problem.FieldErrors;
import dev.parley.platform.problem.Problem.FieldError;
import dev.parley.platform.problem.ProblemException;
import dev.parley.platform.problem.ProblemType;
import dev.parley.trend.alert.api.AlertApi;
import dev.parley.trend.alert.api.AlertApi.Kind;
import dev.parley.trend.alert.repository.AlertRuleRepository.Settings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a rule request into stored settings, with the checks bean validation cannot express: the
 * window's format, and which fields each kind needs or must leave out. Every problem is reported
 * at once.
 */
public final class RuleSettings {

    /** Mentions each window needs when the request does not say. */
    public static final int DEFAULT_MIN_MENTIONS = 20;
    static final int MAX_WINDOW_HOURS = 168;

    private RuleSettings() {
    }

    public static Settings of(AlertApi.RuleRequest r) {
        List<FieldError> errors = new ArrayList<>();
        int hours = windowHours(r.window(), errors);
        if (r.kind() == Kind.AGAINST_SHARE_RISE) {
            required("country", r.country(), errors);
            required("points", r.points(), errors);
            absent("exchanges", r.exchanges(), r.kind(), errors);
        } else {
            required("exchanges", r.exchanges(), errors);
            absent("country", r.country(), r.kind(), errors);
            absent("points", r.points(), r.kind(), errors);
            absent("minMentions", r.minMentions(), r.kind(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, FieldErrors.summary(errors), errors);
        }
        Integer minMentions = r.kind() == Kind.AGAINST_SHARE_RISE && r.minMentions() == null
                ? Integer.valueOf(DEFAULT_MIN_MENTIONS) : r.minMentions();
        return new Settings(r.name(), r.kind(), hours, r.country(), r.points(), minMentions, r.exchanges(),
                r.enabled() == null || r.enabled());
    }

    /** The ISO-8601 form the API shows, e.g. PT6H. */
    public static String window(int hours) {
        return Duration.ofHours(hours).toString();
    }

    private static int windowHours(String window, List<FieldError> errors) {
        String message = "must be an ISO-8601 duration of whole hours from PT1H to PT" + MAX_WINDOW_HOURS + "H (P7D)";
        try {
            Duration d = Duration.parse(window);
            if (d.toSeconds() % 3600 == 0 && d.toHours() >= 1 && d.toHours() <= MAX_WINDOW_HOURS) {
                return (int) d.toHours();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError("window", message));
        return 0;
    }

    private static void required(String field, Object value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required for this kind of rule"));
        }
    }

    private static void absent(String field, Object value, Kind kind, List<FieldError> errors) {
        if (value != null) {
            errors.add(new FieldError(field, "does not apply to " + kind + " rules; leave it out"));
        }
    }
}
