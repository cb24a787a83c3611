package network.twincities.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deliveries' store. Instances claim due deliveries with {@code FOR UPDATE SKIP LOCKED} and a lease,
 * so several backend instances never send the same delivery at once; a delivery whose instance died is
 * claimed again once its lease has run out (at least once, as webhooks are).
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** How long deliveries are retried, from when their event was recorded. */
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    /** The wait before the first retry; each next one waits twice as long. */
    public static final Duration FIRST_RETRY = Duration.ofSeconds(5);

    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** A delivery claimed for sending, with what to send where. */
    public record Claim(
            long id,
            String url,
            String secret,
            UUID message,
            String type,
            String body,
            Instant createdAt,
            int attempt) {}

    /** Claims up to {@code max} due deliveries for this instance, counting the attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE webhook_delivery d"
                        + " SET lease_until = now() + make_interval(secs => ?2), attempts = d.attempts + 1,"
                        + " last_attempt_at = now()"
                        + " FROM webhook w, webhook_message m"
                        + " WHERE d.webhook_id = w.id AND d.message_id = m.id AND d.id IN ("
                        + "  SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()"
                        + "  AND (lease_until IS NULL OR lease_until < now())"
                        + "  ORDER BY next_attempt_at LIMIT ?1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING d.id, w.url, w.secret, m.uuid, m.type, m.body, d.created_at, d.attempts")
                .setParameter(1, max)
                .setParameter(2, LEASE.toSeconds())
                .getResultList();
        var claims = new ArrayList<Claim>();
        for (Object[] row : rows) {
            claims.add(new Claim(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (UUID) row[3],
                    (String) row[4],
                    (String) row[5],
                    instant(row[6]),
                    ((Number) row[7]).intValue()));
        }
        return claims;
    }

    /**
     * Records an attempt's outcome: delivered on a 2xx answer; else retried after a doubling wait, until 24
     * hours after the event, then failed.
     *
     * @param status the receiver's HTTP status, null when none came (refused, timed out)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Claim claim, Integer status, String error, Instant now) {
        boolean delivered = status != null && status >= 200 && status < 300;
        Instant next = now.plus(retryDelay(claim.attempt()));
        String outcome =
                delivered ? "DELIVERED" : next.isAfter(claim.createdAt().plus(GIVE_UP_AFTER)) ? "FAILED" : "PENDING";
        // the status typed in the statement: with no answer it is null, which the driver sends as text
        em.createNativeQuery("UPDATE webhook_delivery SET status = ?2, last_status = CAST(?3 AS integer),"
                        + " last_error = ?4,"
                        + " next_attempt_at = ?5, lease_until = NULL WHERE id = ?1")
                .setParameter(1, claim.id())
                .setParameter(2, outcome)
                .setParameter(3, status)
                .setParameter(4, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(5, OffsetDateTime.ofInstant(next, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The wait after the n-th attempt failed: 5 s, 10 s, 20 s, ... (at most a day). */
    public static Duration retryDelay(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 15);
        Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
        return delay.compareTo(GIVE_UP_AFTER) > 0 ? GIVE_UP_AFTER : delay;
    }

    /** A delivery as its log shows it. */
    public record Logged(
            UUID id,
            UUID message,
            String event,
            String status,
            int attempts,
            Instant createdAt,
            Instant lastAttemptAt,
            Integer lastStatus,
            String lastError,
            Instant nextAttemptAt) {}

    /** The newest deliveries of a webhook, newest first. */
    public List<Logged> log(long webhook, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.uuid, m.uuid, m.type, d.status, d.attempts, d.created_at,"
                        + " d.last_attempt_at, d.last_status, d.last_error, d.next_attempt_at"
                        + " FROM webhook_delivery d JOIN webhook_message m ON m.id = d.message_id"
                        + " WHERE d.webhook_id = ?1 ORDER BY d.id DESC LIMIT ?2")
                .setParameter(1, webhook)
                .setParameter(2, max)
                .getResultList();
        var log = new ArrayList<Logged>();
        for (Object[] row : rows) {
            String status = (String) row[3];
            log.add(new Logged(
                    (UUID) row[0],
                    (UUID) row[1],
                    (String) row[2],
                    status,
                    ((Number) row[4]).intValue(),
                    instant(row[5]),
                    instant(row[6]),
                    row[7] == null ? null : ((Number) row[7]).intValue(),
                    (String) row[8],
                    "PENDING".equals(status) ? instant(row[9]) : null));
        }
        return log;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }
}
