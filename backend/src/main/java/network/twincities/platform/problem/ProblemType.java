package network.twincities.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of error the API reports; {@link #uri()} is the problem's {@code type}. */
public enum ProblemType {
    BAD_REQUEST(Status.BAD_REQUEST, "bad-request", "The request could not be read"),
    UNAUTHORIZED(Status.UNAUTHORIZED, "unauthorized", "Authentication required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not allowed"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflicts with the current state"),
    GONE(Status.GONE, "gone", "No longer available"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "precondition-failed", "The resource has changed"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    VALIDATION(422, "validation", "The request contains invalid data"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal error"),
    UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable");

    /** Where the problem types are documented (the API's OpenAPI document names them too). */
    public static final String BASE = "https://twincities.network/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    /** The type that best names a bare HTTP status, for errors raised by the container. */
    public static ProblemType forStatus(int status) {
        for (var type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
