package network.twincities.platform;

import jakarta.ws.rs.core.EntityTag;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: every mutable resource is served with {@code ETag: "<version>"},
 * and a change must name the version it was made from in {@code If-Match}.
 */
public final class Preconditions {

    private Preconditions() {}

    public static EntityTag etag(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** PUT, PATCH, DELETE: {@code If-Match} is required (428) and must name the current version (412). */
    public static void requireIfMatch(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you edited (current: \"" + currentVersion + "\").");
        }
        check(ifMatch, currentVersion);
    }

    /** Workflow actions: {@code If-Match} is optional; when given it must name the current version. */
    public static void checkIfMatch(String ifMatch, int currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion);
        }
    }

    static void check(String ifMatch, int currentVersion) {
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + currentVersion + "\"")) {
                return;
            }
        }
        throw new ProblemException(
                ProblemType.PRECONDITION_FAILED,
                "The resource was changed since you read it: it is now at version " + currentVersion
                        + ". Read it again and apply your change to the current version.");
    }
}
