package org.jiulongpo.plan.common.problem;

/**
 * The kinds of problem the suite reports. Each has a stable type URI (documented in the
 * contract) and a title that never varies between occurrences.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    REQUEST_TIMEOUT(408, "request-timeout", "Request timeout"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    GONE(410, "gone", "Resource removed"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused with another request"),
    CALLBACK_REFUSED(422, "callback-refused", "Callback refused"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    public static final String TYPE_PREFIX = "/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null, null);
    }

    /** The type for a status that has no specific kind (e.g. 405 from the router). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
