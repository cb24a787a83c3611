package network.twincities.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import network.twincities.platform.problem.Problem.FieldError;
import network.twincities.platform.problem.ProblemException;

/**
 * The {@code Idempotency-Key}s of bulk upserts, per caller, for 24 hours. A key is claimed in the
 * transaction of the writes, before any of them: a repeat that comes in meanwhile waits on the uncommitted
 * row (the primary key) until the first request ends. Then it finds the first answer, committed with the
 * writes, or no row at all if the first request was refused or failed (rolled back, nothing written), and
 * goes ahead itself. So the writes of one key happen once, whatever the timing.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key is remembered. */
    public static final String KEPT = "24 hours";

    /** What the first request with a key was answered. */
    public record Answer(int status, String json) {}

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    /** The SHA-256 of a body, in hex: two bodies are the same when they are the same bytes. */
    public static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key for this body, or answers what the first request with it was answered.
     *
     * @return empty when the key is new (or expired): the caller goes ahead and then {@link #answer}s
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> claim(String caller, String key, String bodyHash) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE caller = ?1 AND key = ?2"
                        + " AND created_at < now() - interval '" + KEPT + "'")
                .setParameter(1, caller)
                .setParameter(2, key)
                .executeUpdate();
        // waits here while another transaction holds an uncommitted row of the same key
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (caller, key, body_hash) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, bodyHash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT body_hash, status, response FROM idempotency_key WHERE caller = ?1 AND key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            throw ProblemException.conflict(
                    "A request with this Idempotency-Key is being processed; send it again in a moment.");
        }
        var row = rows.get(0);
        if (!bodyHash.equals(row[0].toString().strip())) {
            throw ProblemException.invalid(List.of(new FieldError(
                    "Idempotency-Key",
                    "was used in the last " + KEPT + " with another body; use a new key for another request")));
        }
        return Optional.of(new Answer(((Number) row[1]).intValue(), row[2].toString()));
    }

    /** Stores the answer of the request that claimed the key (committed with its writes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String caller, String key, Answer answer) {
        em.createNativeQuery("UPDATE idempotency_key SET status = ?3, response = ?4 WHERE caller = ?1 AND key = ?2")
                .setParameter(1, caller)
                .setParameter(2, key)
                .setParameter(3, answer.status())
                .setParameter(4, answer.json())
                .executeUpdate();
    }

    /** Forgets the keys older than {@value #KEPT}; how many. */
    @Transactional
    public int prune() {
        return em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - interval '" + KEPT + "'")
                .executeUpdate();
    }
}
