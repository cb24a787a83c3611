package network.twincities.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;
import network.twincities.stack.EmbeddedDatabase;
import network.twincities.stack.KeycloakServer;
import network.twincities.stack.TwinCitiesStack;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the deployment needs before any test runs, once per test run, with the same classes as
 * the local run: a fresh embedded PostgreSQL and Keycloak with the realm of {@code keycloak/}. Payara
 * Micro is Arquillian's, started by the suite deployment ({@link SystemTestDeployment}).
 */
public class TestStack implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestStack.class.getName());

    private EmbeddedDatabase database;
    private KeycloakServer keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        long start = System.nanoTime();
        database = EmbeddedDatabase.start(work().resolve("postgres"), Ports.db(), true);
        LOG.info(() -> "PostgreSQL ready at " + database.jdbcUrl());
        keycloak = KeycloakServer.start(
                TwinCitiesStack.findOne(parts(), "keycloak-", ".zip"),
                work(),
                Path.of(System.getProperty("twincities.it.realm")),
                Ports.keycloak(),
                Urls.server(),
                work().resolve("logs/keycloak.log"),
                Duration.ofMinutes(5));
        LOG.info(() ->
                "Keycloak ready at " + keycloak.issuer() + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    static Path parts() {
        return Path.of(System.getProperty("twincities.it.parts"));
    }

    static Path work() {
        return Path.of(System.getProperty("twincities.it.work"));
    }
}
