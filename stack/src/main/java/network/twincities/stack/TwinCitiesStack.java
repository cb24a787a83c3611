package network.twincities.stack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one-command local run: a mail catcher, PostgreSQL, Keycloak, then Payara Micro with the backend
 * and the UI, one after the other (in parallel each takes twice as long on two cores). Prints where to
 * go, how to log in and where to read the e-mails sent; Ctrl-C stops everything it started.
 *
 * <p>Configuration (system property or environment variable, see the README): ports, an external
 * PostgreSQL ({@code TWINCITIES_DB_URL}, {@code _USER}, {@code _PASSWORD}), an external Keycloak
 * ({@code TWINCITIES_OIDC_ISSUER}), an SMTP server instead of the mail catcher
 * ({@code TWINCITIES_MAIL_SMTP_HOST}, {@code _PORT}), the data folder.
 */
public final class TwinCitiesStack {

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration PAYARA_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration MAIL_TIMEOUT = Duration.ofMinutes(1);

    /** How long stopping waits for a part that is being launched (unpacking Keycloak, initdb). */
    private static final Duration LAUNCH_TIMEOUT = Duration.ofMinutes(2);

    /** What to stop, in the order it was started; written by main, read by the shutdown hook. */
    private final List<AutoCloseable> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Held while a part is being launched, so that stopping waits for it and stops it too. */
    private final ReentrantLock launching = new ReentrantLock();

    private volatile boolean stopping;

    private final Map<String, Process> processes = new java.util.concurrent.ConcurrentSkipListMap<>();

    public static void main(String[] args) throws Exception {
        quietLibraries();
        var stack = new TwinCitiesStack();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stack.stop();
                            stopped.countDown();
                        },
                        "twincities-stop"));
        try {
            stack.start(Settings.fromSystem());
        } catch (RuntimeException e) {
            if (stack.stopping()) {
                stopped.await(); // stopped while starting: the shutdown hook stops what did start
                return;
            }
            System.err.println();
            System.err.println("Could not start TwinCities Network: " + e.getMessage());
            System.exit(1); // the shutdown hook stops what did start
        }
        stopped.await();
    }

    void start(Settings settings) throws URISyntaxException {
        long begin = System.nanoTime();
        Path parts = partsFolder(settings);
        Path data = Path.of(settings.get("twincities.data-dir", ".data")).toAbsolutePath();
        Path logs = data.resolve("logs");
        int httpPort = settings.port("twincities.http.port", 8080);
        int keycloakPort = settings.port("twincities.keycloak.port", 8180);
        String uiUrl = settings.get("twincities.ui.url", "http://localhost:" + httpPort);

        // e-mail: to the SMTP server configured, or else to a mail catcher on this machine
        String mailFrom = settings.get("twincities.mail.from", "noreply@twincities.network");
        KeycloakServer.Mail mail;
        String mailReader = null;
        var smtpHost = settings.get("twincities.mail.smtp.host");
        if (smtpHost.isPresent()) {
            mail = new KeycloakServer.Mail(smtpHost.get(), settings.port("twincities.mail.smtp.port", 25), mailFrom);
            step("Mail", "SMTP server " + mail.host() + ":" + mail.port());
            System.out.println("configured");
        } else {
            int smtpPort = settings.port("twincities.mail.smtp.port", 3025);
            int webPort = settings.port("twincities.mail.web.port", 8083);
            step("Mail", "catcher (GreenMail), SMTP port " + smtpPort + ", web port " + webPort);
            long t = System.nanoTime();
            var catcher = launch(() -> MailCatcher.launch(
                    findOne(parts, "greenmail-standalone", ".jar"), smtpPort, webPort, logs.resolve("mail.log")));
            processes.put("Mail catcher", catcher.process());
            catcher.awaitReady(MAIL_TIMEOUT);
            mail = new KeycloakServer.Mail("localhost", smtpPort, mailFrom);
            mailReader = catcher.webUrl();
            done(t);
        }

        String dbUrl;
        String dbUser;
        String dbPassword;
        // Keycloak's own data: a database of its own in the embedded PostgreSQL, so that clients and users
        // made while it runs survive a restart; with an external database, in memory (see the README)
        KeycloakServer.Database keycloakDb = null;
        var externalDb = settings.get("twincities.db.url");
        if (externalDb.isPresent()) {
            dbUrl = externalDb.get();
            dbUser = settings.get("twincities.db.user", "twincities");
            dbPassword = settings.get("twincities.db.password", "");
            step("PostgreSQL", "external, " + dbUrl);
        } else {
            int dbPort = settings.port("twincities.db.port", 5433);
            step("PostgreSQL", "embedded, port " + dbPort + ", data in " + data.resolve("postgres"));
            var database = launch(() -> EmbeddedDatabase.durable(data.resolve("postgres"), dbPort));
            dbUrl = database.jdbcUrl();
            dbUser = EmbeddedDatabase.USER;
            dbPassword = EmbeddedDatabase.PASSWORD;
            keycloakDb = new KeycloakServer.Database(
                    database.database("keycloak"), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
            done(begin);
        }

        String issuer;
        var externalIssuer = settings.get("twincities.oidc.issuer");
        if (externalIssuer.isPresent()) {
            issuer = externalIssuer.get();
            step("Keycloak", "external, " + issuer);
        } else {
            Path distribution = findOne(parts, "keycloak-", ".zip");
            var keycloakDatabase = keycloakDb;
            boolean firstStart = !KeycloakServer.isUnpacked(distribution, data);
            step(
                    "Keycloak",
                    "port " + keycloakPort
                            + (keycloakDb == null
                                    ? ", in memory, realm imported from keycloak/"
                                    : ", data in the embedded PostgreSQL (database keycloak), realm imported from"
                                            + " keycloak/ when not there yet")
                            + (firstStart ? " (first start unpacks and builds Keycloak: about a minute)" : ""));
            long t = System.nanoTime();
            var keycloak = launch(() -> KeycloakServer.launch(
                    distribution,
                    data,
                    parts.resolve("twincities-realm.json"),
                    parts.resolve("themes"),
                    mail,
                    keycloakPort,
                    uiUrl,
                    logs.resolve("keycloak.log"),
                    keycloakDatabase));
            processes.put("Keycloak", keycloak.process());
            keycloak.awaitReady(KEYCLOAK_TIMEOUT);
            issuer = keycloak.issuer();
            done(t);
        }

        step("Payara Micro", "port " + httpPort + ": UI at /, API at /api/v1");
        long t = System.nanoTime();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("twincities.db.url", dbUrl);
        properties.put("twincities.db.user", dbUser);
        properties.put("twincities.db.password", dbPassword);
        // the local run is the demo: its secrets are the published ones and the demo network is loaded
        properties.put("twincities.demo", settings.get("twincities.demo", "true"));
        settings.get("twincities.demo-data.enabled").ifPresent(v -> properties.put("twincities.demo-data.enabled", v));
        // the demo run delivers webhooks to receivers on this machine too (never to private networks)
        properties.put(
                "twincities.webhooks.allowed-targets", settings.get("twincities.webhooks.allowed-targets", "loopback"));
        properties.put("mp.jwt.verify.issuer", issuer);
        properties.put("mp.jwt.verify.publickey.location", issuer + "/protocol/openid-connect/certs");
        properties.put("twincities.oidc.issuer", issuer);
        properties.put(
                "twincities.oidc.client-secret", settings.get("twincities.oidc.client-secret", "demo-ui-secret"));
        properties.put("twincities.ui.url", uiUrl);
        properties.put(
                "twincities.api.url", settings.get("twincities.api.url", "http://localhost:" + httpPort + "/api/v1"));
        properties.put("twincities.api.public-url", settings.get("twincities.api.public-url", uiUrl + "/api/v1"));
        properties.putAll(mailProperties(mail, mailReader != null));
        String metricsPort = settings.get("twincities.metrics.port", "9090");
        properties.put("twincities.metrics.port", metricsPort);
        var payara = launch(() -> PayaraServer.launch(
                parts.resolve("payara-micro.jar"),
                List.of(parts.resolve("ROOT.war"), parts.resolve("api.war")),
                httpPort,
                properties,
                logs.resolve("payara.log")));
        processes.put("Payara Micro", payara.process());
        payara.awaitReady(PAYARA_TIMEOUT);
        done(t);

        System.out.println(Banner.ready(
                uiUrl,
                "http://localhost:" + httpPort,
                "http://127.0.0.1:" + metricsPort + "/metrics",
                issuer,
                mailReader,
                logs,
                Duration.ofNanos(System.nanoTime() - begin),
                memory()));
    }

    /**
     * The backend's e-mail settings: its SMTP server and sender; with the mail catcher, the demo logins'
     * addresses too, so that the notifications of the demo network are sent (and caught) as well.
     */
    static Map<String, String> mailProperties(KeycloakServer.Mail mail, boolean catcher) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("twincities.mail.smtp.host", mail.host());
        properties.put("twincities.mail.smtp.port", Integer.toString(mail.port()));
        properties.put("twincities.mail.from", mail.from());
        if (catcher) {
            for (var login : Banner.DEMO_LOGINS) {
                String address = login[0] + "@twincities.example";
                String audience = "-".equals(login[3]) ? login[2] : "territory." + login[3];
                properties.merge("twincities.mail.to." + audience, address, (a, b) -> a + "," + b);
                properties.put("twincities.mail.to.user." + login[0], address);
            }
        }
        return properties;
    }

    private Map<String, Long> memory() {
        var memory = new LinkedHashMap<String, Long>();
        memory.put("launcher", Processes.residentKiB(ProcessHandle.current().pid()) / 1024);
        for (var part : started) {
            if (part instanceof EmbeddedDatabase database) {
                memory.put("PostgreSQL", database.residentMiB());
            }
        }
        processes.forEach((name, process) -> memory.put(name, Processes.residentMiB(process)));
        return memory;
    }

    /**
     * Launches one part and remembers it for {@link #stop}, unless stopping has begun. Stopping waits
     * until a launch in progress is over, so a part cannot slip out between being started and being
     * remembered (PostgreSQL, once {@code pg_ctl} started it, is not even this JVM's child).
     *
     * @throws StoppedWhileStarting when the stack is stopping
     */
    <T extends AutoCloseable> T launch(Supplier<T> part) {
        launching.lock();
        try {
            if (stopping) {
                throw new StoppedWhileStarting();
            }
            T launched = part.get();
            started.add(launched);
            return launched;
        } finally {
            launching.unlock();
        }
    }

    boolean stopping() {
        return stopping;
    }

    /** Stops everything started so far, the last first; launching anything after is refused. */
    synchronized void stop() {
        stopping = true;
        boolean waited = false;
        try {
            waited = launching.tryLock(LAUNCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            stopStarted();
        } finally {
            if (waited) {
                launching.unlock();
            }
        }
    }

    private void stopStarted() {
        if (started.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Stopping TwinCities Network...");
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("  while stopping: " + e.getMessage());
            }
        }
        started.clear();
        System.out.println("Stopped.");
    }

    /** Where the build put the parts to run: beside this launcher's jar, in {@code stack/}. */
    private static Path partsFolder(Settings settings) throws URISyntaxException {
        var configured = settings.get("twincities.parts-dir");
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        Path jar = Path.of(TwinCitiesStack.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path parts = (Files.isDirectory(jar) ? jar.getParent() : jar.getParent()).resolve("stack");
        if (!Files.isDirectory(parts)) {
            throw new IllegalStateException("No " + parts + ": build first (mvn package)");
        }
        return parts;
    }

    public static Path findOne(Path folder, String prefix, String suffix) {
        try (var files = Files.list(folder)) {
            return files.filter(p -> {
                        String name = p.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(suffix);
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + prefix + "*" + suffix + " in " + folder));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Thrown by {@link #launch} once stopping has begun. */
    static final class StoppedWhileStarting extends RuntimeException {
        StoppedWhileStarting() {
            super("stopped while starting");
        }
    }

    private static void step(String what, String detail) {
        System.out.print(String.format("%-14s %s ... ", what, detail));
        System.out.flush();
    }

    private static void done(long since) {
        System.out.println(String.format("ready in %.1f s", (System.nanoTime() - since) / 1e9));
    }

    private static void quietLibraries() {
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        Logger.getLogger("").setLevel(Level.WARNING);
    }
}
