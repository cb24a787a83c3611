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
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Start-up of a backend instance next to an empty Payara Micro, side by side in one run, on this
 * machine: the empty one until it answers HTTP; a minimal JAX-RS service (a WAR of the two classes of
 * {@code baseline}) until its resource answers, which is what any JAX-RS service costs on Payara Micro;
 * the backend (Payara Micro with the backend WAR only, as each scaled-out instance runs, demo data off)
 * until {@code /health/ready} is UP and the API root answers, against an embedded PostgreSQL of its own
 * whose schema is migrated by a first start. Several rounds, alternating; prints each, the medians and
 * their ratios.
 */
public final class StartupBenchmark {

    static final Duration TIMEOUT = Duration.ofMinutes(4);

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
        Path baselineWar = baselineWar(work.resolve("baseline.war"));
        var empty = new ArrayList<Long>();
        var baseline = new ArrayList<Long>();
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
            long first = start(
                    micro, List.of(war), port, properties, work.resolve("migrate.log"), StartupBenchmark::apiReady);
            System.out.printf(Locale.ROOT, "first backend start (schema migrated): %,d ms%n", first);
            for (int round = 1; round <= rounds; round++) {
                long e = start(
                        micro,
                        List.of(),
                        port,
                        Map.of(),
                        work.resolve("empty-" + round + ".log"),
                        answers("/", s -> s > 0));
                long h = start(
                        micro,
                        List.of(baselineWar),
                        port,
                        Map.of(),
                        work.resolve("baseline-" + round + ".log"),
                        answers("/baseline/api/hello", s -> s == 200));
                Path log = work.resolve("backend-" + round + ".log");
                long b = start(micro, List.of(war), port, properties, log, StartupBenchmark::apiReady);
                empty.add(e);
                baseline.add(h);
                backend.add(b);
                deployedIn(log).ifPresent(deployed::add);
                System.out.printf(
                        Locale.ROOT,
                        "round %d: empty Payara Micro %,d ms, minimal JAX-RS WAR %,d ms, backend %,d ms%n",
                        round,
                        e,
                        h,
                        b);
            }
        } finally {
            deleteRecursively(work);
        }
        long e = median(empty);
        long h = median(baseline);
        long b = median(backend);
        System.out.printf(Locale.ROOT, "%nmedian of %d rounds%n", rounds);
        System.out.printf(Locale.ROOT, "  empty Payara Micro, until it answers HTTP:        %,6d ms%n", e);
        System.out.printf(
                Locale.ROOT,
                "  minimal JAX-RS WAR (one CDI resource), until it answers: %,6d ms (ratio %.2f)%n",
                h,
                (double) h / e);
        System.out.printf(Locale.ROOT, "  backend, until /health/ready is UP and /api/v1 answers: %,6d ms%n", b);
        if (!deployed.isEmpty()) {
            System.out.printf(
                    Locale.ROOT, "  of which the WAR's deployment (Payara's log):     %,6d ms%n", median(deployed));
        }
        System.out.printf(Locale.ROOT, "  ratio backend / empty: %.2f (target ≤ 2.00)%n", (double) b / e);
        System.out.printf(
                Locale.ROOT,
                "  ratio backend / minimal JAX-RS WAR: %.2f (the backend's own share of its start-up)%n",
                (double) b / h);
    }

    /**
     * Launches Payara Micro and returns the milliseconds until {@code ready} returns; then stops it.
     *
     * @param ready waits until the server is ready, or throws
     */
    static long start(
            Path micro,
            List<Path> wars,
            int port,
            Map<String, String> properties,
            Path log,
            Consumer<PayaraServer> ready) {
        long begin = System.nanoTime();
        var server = PayaraServer.launch(micro, wars, port, properties, log);
        try {
            ready.accept(server);
            return (System.nanoTime() - begin) / 1_000_000;
        } finally {
            server.close();
        }
    }

    /** The backend is ready: its readiness check is UP and its API root answers. */
    static void apiReady(PayaraServer server) {
        server.awaitApiReady(TIMEOUT);
    }

    /** Waits until {@code path} answers with a status that {@code status} accepts. */
    static Consumer<PayaraServer> answers(String path, IntPredicate status) {
        return server -> Processes.awaitHttp(
                URI.create(server.baseUrl() + path),
                status,
                server.process(),
                TIMEOUT,
                "Payara Micro on port " + server.port());
    }

    /**
     * The baseline: a WAR of the two classes of {@code network.twincities.stack.baseline} (a JAX-RS
     * application and one CDI resource), taken from this benchmark's own class path.
     */
    static Path baselineWar(Path war) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(war))) {
            for (var type : List.of("BaselineApplication", "BaselineResource")) {
                String name = "network/twincities/stack/baseline/" + type + ".class";
                try (var in = StartupBenchmark.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("No " + name + " on the class path");
                    }
                    zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + name));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return war;
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
