package network.twincities.platform.observability;

import java.util.Optional;
import java.util.UUID;

/**
 * The id of the request being served on this thread: the log context (what an MDC is elsewhere; {@code
 * java.util.logging} has none), set by {@link RequestLogging} for the time of the request. The
 * problem+json {@code instance} of an error is {@code urn:uuid:} and this id.
 */
public final class RequestId {

    /** The header that carries it: taken from the request when it is a UUID, always on the response. */
    public static final String HEADER = "X-Request-Id";

    static final String ATTRIBUTE = RequestId.class.getName();

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {}

    /** The current request's id, if a request is being served on this thread. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The id a request gets: the one it brings when that is a UUID (a proxy's or a client's), else a new one. */
    static String of(String given) {
        if (given != null && given.length() == 36) {
            try {
                return UUID.fromString(given).toString();
            } catch (IllegalArgumentException e) {
                // not a UUID: a new one
            }
        }
        return UUID.randomUUID().toString();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** A key=value field's value: as it is when it is a plain word, else quoted. */
    public static String quoted(String value) {
        if (value == null) {
            return "\"\"";
        }
        if (value.matches("[A-Za-z0-9._:/@+-]+")) {
            return value;
        }
        return "\""
                + value.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r") + "\"";
    }
}
