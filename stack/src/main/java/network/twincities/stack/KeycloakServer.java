package network.twincities.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * Keycloak from its official distribution zip, unpacked once into a folder of its own and started in
 * development mode. With a {@link Database} (the local run: its own database in the embedded PostgreSQL)
 * what is made while it runs (clients of partner systems, invited users) survives a restart, and the
 * realm JSON of {@code keycloak/} is imported only when the realm is not there yet. Without one (the
 * tests) it keeps everything in memory and imports the realm afresh on every start.
 *
 * <p>The network's themes ({@code keycloak/themes}: the sign-in pages and e-mails) are copied into the
 * distribution's {@code themes} folder at every start, and the realm's SMTP server is given to the
 * realm import through the environment ({@code TWINCITIES_MAIL_SMTP_HOST}, {@code _PORT},
 * {@code TWINCITIES_MAIL_FROM}: placeholders of the realm file).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "twincities";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final Process process;
    private final int port;
    private final Path log;

    /** A PostgreSQL database for Keycloak's own data. */
    public record Database(String jdbcUrl, String user, String password) {}

    /** The SMTP server the realm sends its e-mails through (forgotten password), without login. */
    public record Mail(String host, int port, String from) {}

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** {@link #launch} and {@link #awaitReady}; stops Keycloak again if it does not get ready. */
    public static KeycloakServer start(
            Path distribution,
            Path installRoot,
            Path realm,
            Path themes,
            Mail mail,
            int port,
            String uiUrl,
            Path log,
            Duration timeout) {
        var server = launch(distribution, installRoot, realm, themes, mail, port, uiUrl, log, null);
        try {
            server.awaitReady(timeout);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Unpacks the distribution if needed, puts the realm where Keycloak imports it from and starts
     * Keycloak, without waiting for it.
     *
     * @param distribution the {@code keycloak-quarkus-dist} zip
     * @param installRoot where the distribution is unpacked (reused by later starts)
     * @param realm the realm JSON
     * @param themes the folder of the network's themes, each in a folder of its own
     * @param mail the realm's SMTP server
     * @param port the HTTP port; the management port is {@code port + 1}
     * @param uiUrl the web UI's public base URL, for the redirect URIs of client {@code twincities-ui}
     * @param log where Keycloak's output goes
     * @param database where Keycloak keeps its data; null: in memory, for this start only
     */
    public static KeycloakServer launch(
            Path distribution,
            Path installRoot,
            Path realm,
            Path themes,
            Mail mail,
            int port,
            String uiUrl,
            Path log,
            Database database) {
        Path home = unpack(distribution, installRoot);
        try {
            installThemes(themes, home.resolve("themes"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            try (var old = Files.list(imports)) {
                for (var file : old.toList()) {
                    Files.delete(file);
                }
            }
            Files.copy(realm, imports.resolve("twincities-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.getParent());

            var builder = processBuilder(home, port, uiUrl, database)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            var env = builder.environment();
            env.put("TWINCITIES_MAIL_SMTP_HOST", mail.host());
            env.put("TWINCITIES_MAIL_SMTP_PORT", Integer.toString(mail.port()));
            env.put("TWINCITIES_MAIL_FROM", mail.from());
            env.putIfAbsent("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -XX:InitialRAMPercentage=1");
            return new KeycloakServer(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    /**
     * Copies each theme of {@code themes} into Keycloak's {@code themes} folder, in place of an older
     * copy, so that what the repository holds is what Keycloak shows.
     */
    static void installThemes(Path themes, Path target) throws IOException {
        try (var each = Files.list(themes)) {
            for (Path theme : each.filter(Files::isDirectory).toList()) {
                Path copy = target.resolve(theme.getFileName().toString());
                deleteRecursively(copy);
                try (var files = Files.walk(theme)) {
                    for (Path file : files.toList()) {
                        Path to = copy.resolve(theme.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * The command and environment of Keycloak in development mode. Secrets (the admin's password, the
     * database's credentials) go into the environment, never onto the command line, where any user of
     * the machine could read them ({@code ps}).
     */
    static ProcessBuilder processBuilder(Path home, int port, String uiUrl, Database database) {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + (port + 1),
                "--import-realm", // a realm that is there already is left as it is
                "--hostname-strict=false"));
        if (database == null) {
            command.add("--db=dev-mem");
        } else {
            command.add("--db=postgres");
            command.add("--db-url=" + database.jdbcUrl());
        }
        var builder = new ProcessBuilder(command).directory(home.toFile());
        var env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("TWINCITIES_UI_URL", uiUrl);
        if (database != null) {
            env.put("KC_DB_USERNAME", database.user());
            env.put("KC_DB_PASSWORD", database.password());
        }
        return builder;
    }

    /** Whether an earlier start unpacked this distribution into {@code installRoot} already. */
    public static boolean isUnpacked(Path distribution, Path installRoot) {
        return Files.isExecutable(home(distribution, installRoot).resolve("bin/kc.sh"));
    }

    private static Path home(Path distribution, Path installRoot) {
        return installRoot.resolve(distribution.getFileName().toString().replaceFirst("\\.zip$", ""));
    }

    /** Unpacks {@code keycloak-<version>.zip} into {@code installRoot} unless done before; returns its home. */
    static Path unpack(Path distribution, Path installRoot) {
        String name = distribution.getFileName().toString().replaceFirst("\\.zip$", "");
        Path home = home(distribution, installRoot);
        if (isUnpacked(distribution, installRoot)) {
            return home;
        }
        try {
            Files.createDirectories(installRoot);
            Path staging = Files.createTempDirectory(installRoot, name + ".unpacking");
            try (var zip = new ZipFile(distribution.toFile())) {
                for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                    var entry = entries.nextElement();
                    Path target = staging.resolve(entry.getName()).normalize();
                    if (!target.startsWith(staging)) {
                        throw new IOException("Zip entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (var in = zip.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        if (target.toString().endsWith(".sh")) {
                            target.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
            try (var top = Files.list(staging)) {
                Path unpacked =
                        top.findFirst().orElseThrow(() -> new IOException("Empty distribution " + distribution));
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + distribution, e);
        }
    }

    /** Returns once the realm answers; throws if Keycloak exits or the time runs out. */
    public void awaitReady(Duration timeout) {
        Processes.awaitHttp(
                URI.create(issuer() + "/.well-known/openid-configuration"),
                status -> status == 200,
                process,
                timeout,
                "Keycloak (log: " + log + ")");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
