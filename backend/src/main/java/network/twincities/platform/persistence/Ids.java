package network.twincities.platform.persistence;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The ids the server makes (MoUs, projects, practices, notifications, webhooks): UUIDs. */
public final class Ids {

    private Ids() {}

    /**
     * The UUID an id names in its canonical form; empty for anything else, so that a path with another
     * text is simply not found ({@code UUID.fromString} alone accepts short forms such as 1-2-3-4-5).
     */
    public static Optional<UUID> uuid(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            var uuid = UUID.fromString(id);
            return uuid.toString().equals(id.toLowerCase(Locale.ROOT)) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
