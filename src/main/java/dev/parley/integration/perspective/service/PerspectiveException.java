package dev.parley.integration.perspective.service;

import java.util.List;
import java.util.Map;

/** An error answered in Perspective's (Google's) error shape rather than problem+json. */
public class PerspectiveException extends RuntimeException {

    private final int code;
    private final String status;
    private final transient List<Map<String, Object>> details;

    public PerspectiveException(int code, String status, String message, List<Map<String, Object>> details) {
        super(message);
        this.code = code;
        this.status = status;
        this.details = details;
    }

    public static PerspectiveException invalid(String message, String errorType) {
        return new PerspectiveException(400, "INVALID_ARGUMENT", message,
                List.of(Map.of("@type", "type.googleapis.com/google.commentanalyzer.v1alpha1.Error",
                        "errorType", errorType)));
    }

    public int code() {
        return code;
    }

    public String status() {
        return status;
    }

    public List<Map<String, Object>> details() {
        return details;
    }
}
