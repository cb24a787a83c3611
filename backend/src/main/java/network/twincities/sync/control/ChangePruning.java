package network.twincities.sync.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prunes the change feed nightly ({@link ChangeFeed#prune}): what was recorded longer ago than
 * {@code twincities.sync.retention} (an ISO 8601 duration, 90 days by default) and is superseded or a
 * deletion. A consumer that calls at least that often never has to resync.
 */
@Singleton
public class ChangePruning {

    private static final Logger LOG = Logger.getLogger(ChangePruning.class.getName());

    @Inject
    ChangeFeed feed;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "twincities.sync.retention", defaultValue = "P90D")
    String retention;

    @Schedule(hour = "3", minute = "15", persistent = false, info = "change-feed-pruning")
    void nightly() {
        int removed = feed.prune(clock.instant().minus(Duration.parse(retention)));
        LOG.info(() -> "Pruned " + removed + " changes from the change feed.");
    }
}
