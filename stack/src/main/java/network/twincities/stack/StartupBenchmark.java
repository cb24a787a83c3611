package network.twincities.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Start-up of a backend instance next to an empty Payara Micro, side by side in one run, on this
 * machine: the empty one until it answers HTTP; the backend (Payara Micro with the backend WAR only, as
 * each scaled-out instance runs, demo data off) until {@code /health/ready} is UP and the API root
 * answers, against an embedded PostgreSQL of its own whose schema is migrated by the first round.
 * Several rounds, alternating; prints each, the medians and their ratio.
 */
public final class StartupBenchmark {

    private static final Pattern DEPLOYED = Pattern.compile("api was successfully deployed in ([0-9,]+) milliseconds");

    /** Kept, so that the level set on it stays (loggers are weakly referenced). */
    private static final java.util.logging.Logger ZONKY = java.util.logging.Logger.getLogger("io.zonky");

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        ZONKY.setLevel(java.util.logging.Level.WARNING);
        int rounds = Integer.parseInt(env("TWINCITIES_BENCH_ROUNDS", "3"));
        int port = Integer.parseInt(env("TWINCITIES_BENCH_PORT", "18280"));
        int dbPort = Integer.parseInt(env("TWINCITIES_BENCH_DB_PORT", "18233"));
        Path parts = Path.of(env("TWINCITIES_PARTS_DIR", "stack/target/stack"));
        Path micro = parts.resolve("payara-micro.jar");
        Path war = parts.resolve("api.war");
        Path work = Files.createTempDirectory("twincities-startup-");
        var empty = new ArrayList<Long>();
        var backend = new ArrayList<Long>();
        var deployed = new ArrayList<Long>();
        try (var database = EmbeddedDatabase.forTests(work.resolve("postgres"), dbPort)) {
            Map<String, String> properties = Map.of(
                    "twincities.db.url",
                    database.jdbcUrl(),
                    "twincities.db.user",
                    EmbeddedDatabase.USER,
                    "twincities.db.password",
                    EmbeddedDatabase.PASSWORD,
                    "twincities.demo",
                    "true", // the embedded database's published password
                    "twincities.demo-data.enabled",
                    "false",
                    "twincities.metrics.port",
                    "0");
            // one start that migrates the schema, not counted: the rounds are restarts, as a scale-out is
            long first = start(micro, List.of(war), port, properties, work.resolve("migrate.log"), true);
            System.out.printf(Locale.ROOT, "first backend start (schema migrated): %,d ms%n", first);
            for (int round = 1; round <= rounds; round++) {
                long e = start(micro, List.of(), port, Map.of(), work.resolve("empty-" + round + ".log"), false);
                Path log = work.resolve("backend-" + round + ".log");
                long b = start(micro, List.of(war), port, properties, log, true);
                empty.add(e);
                backend.add(b);
                deployedIn(log).ifPresent(deployed::add);
                System.out.printf(Locale.ROOT, "round %d: empty Payara Micro %,d ms, backend %,d ms%n", round, e, b);
            }
        } finally {
            deleteRecursively(work);
        }
        long e = median(empty);
        long b = median(backend);
        System.out.printf(Locale.ROOT, "%nmedian of %d rounds%n", rounds);
        System.out.printf(Locale.ROOT, "  empty Payara Micro, until it answers HTTP:        %,6d ms%n", e);
        System.out.printf(Locale.ROOT, "  backend, until /health/ready is UP and /api/v1 answers: %,6d ms%n", b);
        if (!deployed.isEmpty()) {
            System.out.printf(
                    Locale.ROOT, "  of which the WAR's deployment (Payara's log):     %,6d ms%n", median(deployed));
        }
        System.out.printf(Locale.ROOT, "  ratio backend / empty: %.2f (target ≤ 2.00)%n", (double) b / e);
    }

    /** Launches Payara Micro and returns the milliseconds until it is ready; then stops it. */
    static long start(Path micro, List<Path> wars, int port, Map<String, String> properties, Path log, boolean api) {
        long begin = System.nanoTime();
        var server = PayaraServer.launch(micro, wars, port, properties, log);
        try {
            if (api) {
                server.awaitApiReady(Duration.ofMinutes(4));
            } else {
                Processes.awaitHttp(
                        URI.create(server.baseUrl() + "/"),
                        s -> s > 0,
                        server.process(),
                        Duration.ofMinutes(4),
                        log.toString());
            }
            return (System.nanoTime() - begin) / 1_000_000;
        } finally {
            server.close();
        }
    }

    static java.util.Optional<Long> deployedIn(Path log) {
        try {
            var matcher = DEPLOYED.matcher(Files.readString(log));
            return matcher.find()
                    ? java.util.Optional.of(Long.parseLong(matcher.group(1).replace(",", "")))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
