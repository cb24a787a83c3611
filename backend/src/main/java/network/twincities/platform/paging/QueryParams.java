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

    /** A free-text filter, trimmed; null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
