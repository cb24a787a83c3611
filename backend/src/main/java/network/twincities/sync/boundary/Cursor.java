package network.twincities.sync.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import network.twincities.platform.problem.ProblemException;

/**
 * The feed's opaque cursor: a position in the feed, versioned ({@code c1.}) so that its form can change
 * without breaking the cursors consumers keep.
 */
record Cursor(long position) {

    private static final String PREFIX = "c1.";

    static final Cursor START = new Cursor(0);

    /** The cursor a consumer sent; a malformed one is its error (400). Absent: the beginning. */
    static Cursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return START;
        }
        if (text.startsWith(PREFIX)) {
            try {
                String decoded = new String(
                        Base64.getUrlDecoder().decode(text.substring(PREFIX.length())), StandardCharsets.US_ASCII);
                long position = Long.parseLong(decoded);
                if (position >= 0) {
                    return new Cursor(position);
                }
            } catch (IllegalArgumentException e) {
                // falls through to the problem below (NumberFormatException is one too)
            }
        }
        throw ProblemException.badRequest("after is not a cursor this feed gave out: '" + abbreviated(text) + "'.");
    }

    String text() {
        return PREFIX
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
    }

    private static String abbreviated(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
