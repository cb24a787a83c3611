package network.twincities.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.platform.security.BearerToken;
import network.twincities.platform.security.TokenSeen;

/**
 * When each person last used the network (the people list's {@code lastSignIn}): the backend verifies every
 * token itself, so it records the first token of a person it sees, then at most once an hour per person
 * (remembered in memory, per backend instance). Never fails a request: a failed write is logged.
 */
@ApplicationScoped
public class Activity implements TokenSeen {

    private static final Logger LOG = Logger.getLogger(Activity.class.getName());

    static final long RECORD_MILLIS = 3_600_000;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    ActivityRecorder recorder;

    private final Map<String, Long> recorded = new ConcurrentHashMap<>();

    @Override
    public void seen(BearerToken token) {
        String username = token.name();
        long now = System.currentTimeMillis();
        Long last = recorded.get(username);
        if (last != null && now - last < RECORD_MILLIS) {
            return;
        }
        boolean mine =
                last == null ? recorded.putIfAbsent(username, now) == null : recorded.replace(username, last, now);
        if (!mine) {
            return; // another request of the same person records it
        }
        try {
            recorder.record(username);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the activity of " + username, e);
            recorded.remove(username, now);
        }
    }

    /** When these people were last seen, by login; those never seen are missing. */
    public Map<String, Instant> lastSeen(Collection<String> usernames) {
        var result = new HashMap<String, Instant>();
        if (usernames.isEmpty()) {
            return result;
        }
        // one row per person who ever signed in: read whole, as the people themselves are
        var query = usernames.size() == 1
                ? em.createNativeQuery("SELECT username, last_seen_at FROM person_activity WHERE username = ?1")
                        .setParameter(1, usernames.iterator().next())
                : em.createNativeQuery("SELECT username, last_seen_at FROM person_activity");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            if (usernames.contains((String) row[0])) {
                result.put((String) row[0], instant(row[1]));
            }
        }
        return result;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
