package network.twincities.platform.paging;

import java.util.Arrays;
import java.util.Locale;
import network.twincities.platform.problem.ProblemException;

/** Reads filter query parameters; an unknown enum value is the client's error (400). */
public final class QueryParams {

    private QueryParams() {}

    /** The enum constant named by {@code value} (case-insensitive), or null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", was '" + value + "'.");
        }
    }

    /** A free-text filter, trimmed; null when absent or blank. A NUL character is the client's error (400). */
    public static String text(String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("A filter must not contain NUL characters.");
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An ISO 3166-1 alpha-2 country code in any case, upper-cased; null when absent. */
    public static String country(String value) {
        String code = text(value);
        if (code == null) {
            return null;
        }
        if (!code.matches("[A-Za-z]{2}")) {
            throw ProblemException.badRequest(
                    "country must be an ISO 3166-1 alpha-2 code, e.g. MA, was '" + value + "'.");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    /** A {@code limit} query parameter: 1 to {@code max}, {@code fallback} when absent; anything else is a 400. */
    public static int limit(String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the same answer as out of range
        }
        throw ProblemException.badRequest("limit must be a whole number from 1 to " + max + ", was '"
                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
    }
}
