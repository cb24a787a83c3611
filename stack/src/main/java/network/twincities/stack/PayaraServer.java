package network.twincities.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Payara Micro serving the UI at {@code /} ({@code ROOT.war}) and the REST API at {@code /api}
 * ({@code api.war}), configured through MicroProfile Config: plain settings as system properties,
 * secrets (passwords, client secrets) as environment variables, so that no secret shows on the
 * process's command line, where any user of the machine can read it ({@code ps}); a process's
 * environment only its own user can read.
 */
public final class PayaraServer implements AutoCloseable {

    private static final Pattern SECRET = Pattern.compile("(?i)(password|secret|token|private-key|api-key)");

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Payara Micro with the WARs, without waiting for it. */
    public static PayaraServer launch(
            Path microJar, List<Path> wars, int port, Map<String, String> properties, Path log) {
        try {
            Files.createDirectories(log.getParent());
            var process = processBuilder(microJar, wars, port, properties, log)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new PayaraServer(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
    }

    /** The command and environment of Payara Micro: secrets in the environment, the rest as {@code -D}. */
    static ProcessBuilder processBuilder(
            Path microJar, List<Path> wars, int port, Map<String, String> properties, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss1m");
        command.add("-XX:MaxRAMPercentage=25");
        Map<String, String> secrets = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (isSecret(key)) {
                // MicroProfile Config finds twincities.db.password as TWINCITIES_DB_PASSWORD
                secrets.put(environmentName(key), value);
            } else {
                command.add("-D" + key + "=" + value);
            }
        });
        command.addAll(List.of("-jar", microJar.toString(), "--nohazelcast", "--port", String.valueOf(port)));
        command.add("--prebootcommandfile");
        command.add(preboot(log).toString());
        for (var war : wars) {
            command.add("--deploy");
            command.add(war.toString());
        }
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(secrets);
        return builder;
    }

    /** Whether a setting holds a secret: a password, a client secret, a key or a token. */
    static boolean isSecret(String key) {
        return SECRET.matcher(key).find();
    }

    /** The environment variable MicroProfile Config reads for a key: {@code a.b-c} → {@code A_B_C}. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * Payara's own commands before it boots: its MicroProfile Metrics endpoint on the public port ({@code
     * /metrics}) asks for a role no one has, so it is closed; the backend serves the metrics on an admin
     * port of its own ({@code twincities.metrics.port}).
     */
    static Path preboot(Path log) {
        Path file = log.resolveSibling("payara-preboot.txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, PREBOOT);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    static final String PREBOOT =
            "set configs.config.server-config.microprofile-metrics-configuration.security-enabled=true\n";

    /**
     * Returns once the backend is ready (its database answers), the API root answers and the UI is
     * deployed: Payara prints "ready" even when a deployment failed, so only real endpoints count.
     */
    public void awaitReady(Duration timeout) {
        String what = "Payara Micro (log: " + log + ")";
        long deadline = System.nanoTime() + timeout.toNanos();
        Processes.awaitHttp(URI.create(baseUrl() + "/health/ready"), s -> s == 200, process, timeout, what);
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        Processes.awaitHttp(URI.create(baseUrl() + "/api/v1"), s -> s == 200, process, left, what);
        Processes.awaitHttp(URI.create(baseUrl() + "/"), s -> s < 400, process, left, what);
    }

    /**
     * Returns once a backend-only instance (no UI deployed) is ready: its database answers and the API
     * root answers.
     */
    public void awaitApiReady(Duration timeout) {
        String what = "Payara Micro (log: " + log + ")";
        long deadline = System.nanoTime() + timeout.toNanos();
        Processes.awaitHttp(URI.create(baseUrl() + "/health/ready"), s -> s == 200, process, timeout, what);
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        Processes.awaitHttp(URI.create(baseUrl() + "/api/v1"), s -> s == 200, process, left, what);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }
}
