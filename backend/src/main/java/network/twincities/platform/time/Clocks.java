package network.twincities.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock that scheduled work reads the date from: the system's, in UTC. One injection point, so that a
 * test can run the same code on another day.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock utc() {
        return Clock.systemUTC();
    }
}
