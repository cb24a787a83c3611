package network.twincities.platform.observability;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's connection pool (the datasource {@code java:app/jdbc/twincities} of {@code
 * SchemaMigration}), as Payara's pool manager sees it: connections in use, free, and the maximum. Payara
 * has no public API for a pool defined by {@code @DataSourceDefinition} (its monitoring needs the admin
 * console's monitoring levels), so this reads its pool manager reflectively; where that is not possible
 * (another server), the pool's metrics are absent.
 */
final class DatabasePool {

    /** A view of the pool at one moment. */
    record Status(int used, int free, int max) {}

    private static final Logger LOG = Logger.getLogger(DatabasePool.class.getName());
    private static final String NAME = "jdbc/twincities";

    private final Object manager;
    private final Field table;

    private DatabasePool(Object manager, Field table) {
        this.manager = manager;
        this.table = table;
    }

    /** Payara's pool manager, if this runs on Payara. */
    static Optional<DatabasePool> find() {
        try {
            var globals = Class.forName("org.glassfish.internal.api.Globals");
            var loader = globals.getClassLoader();
            Object locator = globals.getMethod("getDefaultBaseServiceLocator").invoke(null);
            var contract = Class.forName("com.sun.enterprise.resource.pool.PoolManager", true, loader);
            Object manager = locator.getClass()
                    .getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, contract, new Annotation[0]);
            if (manager == null) {
                return Optional.empty();
            }
            Field table = manager.getClass().getDeclaredField("poolTable");
            table.setAccessible(true);
            return Optional.of(new DatabasePool(manager, table));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "The connection pool's metrics are not available here: " + e);
            return Optional.empty();
        }
    }

    /** The pool now; empty before its first use (Payara makes it lazily). */
    Optional<Status> status() {
        try {
            for (var entry : ((Map<?, ?>) table.get(manager)).entrySet()) {
                if (!String.valueOf(entry.getKey()).contains(NAME)) {
                    continue;
                }
                Object pool = entry.getValue();
                Object status = pool.getClass().getMethod("getPoolStatus").invoke(pool);
                int used =
                        (Integer) status.getClass().getMethod("getNumConnUsed").invoke(status);
                int free =
                        (Integer) status.getClass().getMethod("getNumConnFree").invoke(status);
                int max = (Integer) pool.getClass().getMethod("getMaxPoolSize").invoke(pool);
                return Optional.of(new Status(used, free, max));
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
