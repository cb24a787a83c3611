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

    /**
     * What to tell the client when nothing more precise is known: for errors the JAX-RS runtime or the
     * servlet container raise themselves, before any resource code ran.
     */
    public String defaultDetail() {
        return switch (this) {
            case UNAUTHORIZED ->
                "A valid bearer token is required: the token is missing, expired, or not issued" + " for this API.";
            case FORBIDDEN -> "Your role does not allow this operation.";
            case NOT_FOUND -> "No resource at this path.";
            case METHOD_NOT_ALLOWED -> "This resource does not support the method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json.";
            case NOT_ACCEPTABLE -> "This resource answers application/json.";
            case BAD_REQUEST -> "The request could not be read: check the JSON syntax and types.";
            default -> title;
        };
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
