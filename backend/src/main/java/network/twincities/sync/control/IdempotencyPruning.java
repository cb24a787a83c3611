package network.twincities.sync.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Forgets the Idempotency-Keys of bulk upserts nightly, once they are older than 24 hours. */
@Singleton
public class IdempotencyPruning {

    private static final Logger LOG = Logger.getLogger(IdempotencyPruning.class.getName());

    @Inject
    IdempotencyKeys keys;

    @Schedule(hour = "3", minute = "45", persistent = false, info = "idempotency-key-pruning")
    void nightly() {
        int removed = keys.prune();
        LOG.info(() -> "Forgot " + removed + " idempotency keys older than " + IdempotencyKeys.KEPT + ".");
    }
}
