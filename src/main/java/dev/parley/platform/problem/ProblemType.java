package dev.parley.platform.problem;

/** The kinds of problem Parley answers with; the URIs are stable identifiers, not links. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    VALIDATION("validation", "Invalid request", 400),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401),
    NOT_FOUND("not-found", "Not found", 404),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    HTTP("http", "HTTP error", 400),
    INTERNAL("internal", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:parley:problem:" + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
