package network.twincities.sync.boundary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import network.twincities.platform.problem.ProblemException;

/**
 * The feed's opaque cursor, versioned so that its form can change without breaking the cursors
 * consumers keep: {@code c2.} a position in the feed and the feed's horizon when the cursor was given
 * out (the position before which pruning had removed deletions), so that a consumer reading the feed
 * from its beginning may go on below the horizon as long as it does not move. {@code c1.}, the position
 * alone, is still read (with horizon 0: older than any pruning).
 */
record Cursor(long position, long horizon) {

    private static final String V1 = "c1.";
    private static final String V2 = "c2.";

    static final Cursor START = new Cursor(0, 0);

    /** The cursor a consumer sent; a malformed one is its error (400). Absent: the beginning. */
    static Cursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return START;
        }
        try {
            if (text.startsWith(V1)) {
                long position = Long.parseLong(decoded(text.substring(V1.length())));
                if (position >= 0) {
                    return new Cursor(position, 0);
                }
            } else if (text.startsWith(V2)) {
                String[] parts = decoded(text.substring(V2.length())).split("\\.", -1);
                if (parts.length == 2) {
                    long position = Long.parseLong(parts[0]);
                    long horizon = Long.parseLong(parts[1]);
                    if (position >= 0 && horizon >= 0) {
                        return new Cursor(position, horizon);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below (NumberFormatException is one too)
        }
        throw ProblemException.badRequest("after is not a cursor this feed gave out: '" + abbreviated(text) + "'.");
    }

    /**
     * Whether pruning may have removed deletions after this cursor since it was given out: the horizon
     * has moved past the cursor's position since then.
     */
    boolean gone(long currentHorizon) {
        return position < currentHorizon && horizon < currentHorizon;
    }

    String text() {
        return V2
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString((position + "." + horizon).getBytes(StandardCharsets.US_ASCII));
    }

    private static String decoded(String base64) {
        return new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.US_ASCII);
    }

    private static String abbreviated(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
