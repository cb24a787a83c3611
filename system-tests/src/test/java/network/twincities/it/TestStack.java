package network.twincities.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Logger;
import network.twincities.stack.EmbeddedDatabase;
import network.twincities.stack.KeycloakServer;
import network.twincities.stack.TwinCitiesStack;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the deployment needs before any test runs, once per test run, with the same classes as
 * the local run: a fresh embedded PostgreSQL and Keycloak with the realm and themes of {@code keycloak/}; and
 * GreenMail, the SMTP server that receives the e-mails of the backend and of Keycloak. Payara
 * Micro is Arquillian's, started by the suite deployment ({@link SystemTestDeployment}).
 *
 * <p>Tests of outages stop and start the database again ({@link #stopDatabase}, {@link #startDatabase}),
 * on the same port and data.
 */
public class TestStack implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestStack.class.getName());

    private static GreenMail mail;

    private static volatile EmbeddedDatabase database;
    private KeycloakServer keycloak;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        long start = System.nanoTime();
        // before Payara starts: arquillian.xml passes the port on to the backend
        System.setProperty("twincities.it.mail.port", Integer.toString(Ports.mail()));
        mail = new GreenMail(new ServerSetup(Ports.mail(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        LOG.info(() -> "GreenMail SMTP ready at port " + Ports.mail());
        deleteRecursively(work().resolve("postgres"));
        database = EmbeddedDatabase.forTests(work().resolve("postgres"), Ports.db());
        LOG.info(() -> "PostgreSQL ready at " + database.jdbcUrl());
        keycloak = KeycloakServer.start(
                TwinCitiesStack.findOne(parts(), "keycloak-", ".zip"),
                work(),
                Path.of(System.getProperty("twincities.it.realm")),
                Path.of(System.getProperty("twincities.it.themes")),
                // the realm's e-mails (forgotten password) go to GreenMail too
                new KeycloakServer.Mail("localhost", Ports.mail(), "noreply@twincities.test"),
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
        stopDatabase();
        if (mail != null) {
            mail.stop();
        }
    }

    /** Stops PostgreSQL as an operator would for a restart (open connections are ended); its data stays. */
    public static synchronized void stopDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Starts PostgreSQL again on the same port and data, after {@link #stopDatabase}. */
    public static synchronized void startDatabase() {
        if (database == null) {
            database = EmbeddedDatabase.forTests(work().resolve("postgres"), Ports.db());
        }
    }

    /** Ends every client connection to PostgreSQL, as a restart looks from the clients' side. */
    public static synchronized int terminateDatabaseConnections() {
        if (database == null) {
            throw new IllegalStateException("PostgreSQL is stopped");
        }
        return database.terminateClientConnections();
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder, e);
        }
    }

    /** The SMTP server the backend sends its e-mails to, with what it received. */
    public static GreenMail mail() {
        return mail;
    }

    static Path parts() {
        return Path.of(System.getProperty("twincities.it.parts"));
    }

    static Path work() {
        return Path.of(System.getProperty("twincities.it.work"));
    }
}
