package network.twincities.memorandum.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the MoUs' expiry ({@link ExpiryRun}): nightly at 02:30 (server time), once shortly after start
 * and, when {@code twincities.expiry.interval} is set (an ISO 8601 duration such as {@code PT5S}, as the
 * system tests do), at that fixed rate as well. Each MoU is handled in its own transaction, so one that
 * fails (e.g. another backend instance expired it at the same moment) does not stop the others.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MemorandumExpiry {

    static final Duration AFTER_START = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(MemorandumExpiry.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "twincities.expiry.interval")
    Optional<String> interval;

    @Inject
    ExpiryRun run;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        var config = new TimerConfig("memorandum-expiry", false);
        var every = interval.filter(s -> !s.isBlank()).map(Duration::parse);
        if (every.isPresent()) {
            long millis = every.get().toMillis();
            timers.createIntervalTimer(Math.min(millis, AFTER_START.toMillis()), millis, config);
        } else {
            timers.createSingleActionTimer(AFTER_START.toMillis(), config);
        }
    }

    @Timeout
    void afterStartOrInterval() {
        runNow();
    }

    @Schedule(hour = "2", minute = "30", persistent = false, info = "memorandum-expiry-nightly")
    void nightly() {
        runNow();
    }

    /** Expires what is due and sends the reminders due today. */
    public void runNow() {
        runOn(LocalDate.now(clock));
    }

    /** Expires what is due and sends the reminders due on that day, each MoU in its own transaction. */
    public void runOn(LocalDate today) {
        for (var id : run.due(today)) {
            try {
                run.expireOrRemind(id, today);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Expiry of the MoU " + id + " failed; tried again on the next run.");
            }
        }
    }
}
