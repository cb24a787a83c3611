package network.twincities.stack;

import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Rows per second of following the change feed ({@code GET /sync/changes?resource=projects&limit=1000}) from
 * the beginning to its end as the demo sync client, next to PostgreSQL's {@code COPY … TO STDOUT} of the same
 * rows (the median of three copies), and the backend's used heap before and after (its metrics' used heap,
 * each after a full collection by {@code jcmd GC.run} when the backend runs on this machine; sampled during
 * the run for its peak). The export is measured three times (the median counts) after a whole export as a
 * warm-up. First, once, it fills the feed up to 100 000 project changes straight in the database (SQL {@code
 * generate_series}, positions taken under the feed's lock as the backend does; resource_id {@code BENCH-…},
 * about 1 KB of project JSON each). Targets: feed ≥ 0.25 × COPY; heap growth under 64 MiB. Loopback only.
 * Run with {@code ./bench-feed.sh}.
 */
public final class FeedBenchmark {

    static final int CHANGES = 100_000;
    static final int LIMIT = 1_000;
    static final int COPIES = 3;
    static final int EXPORTS = 3;
    static final long LOCK = 4_242_002L;
    static final long MIB = 1024 * 1024;

    private static final Pattern USED_HEAP = Pattern.compile(
            "(?m)^(?:(?:base_)?memory_usedHeap_bytes|jvm_memory_heap_used_bytes)(?:\\{[^}]*\\})?\\s+(\\S+)");
    private static final Pattern NEXT = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MORE = Pattern.compile("\"hasMore\"\\s*:\\s*(true|false)");
    /** Each change has one op; the feed writes its JSON without spaces. */
    private static final byte[] OP_BYTES = "\"op\":\"".getBytes(StandardCharsets.US_ASCII);

    private FeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        var settings = Settings.fromSystem();
        var target = LocalTarget.fromSettings(settings);
        String server = target.server();
        // the backend's metrics are on its admin port (twincities.metrics.port)
        String metrics = "http://127.0.0.1:" + settings.port("twincities.metrics.port", 9090) + "/metrics";
        String api = target.api();
        String issuer = target.issuer();
        try (Connection db = target.database()) {
            generate(db);
        }
        System.out.printf("Change feed benchmark: %s/sync/changes?resource=projects&limit=%d%n%n", api, LIMIT);

        // a warm-up (not measured): one whole export, so that the measured ones are not also the JIT's first
        follow(api, issuer, Integer.MAX_VALUE);
        var backend = backendProcess(server);
        collectGarbage(backend);
        OptionalLong before = usedHeap(metrics);
        if (before.isEmpty()) {
            System.out.println("The backend's /metrics has no memory_usedHeap_bytes: heap not measured.");
        }
        var peak = new AtomicLong(before.orElse(0));
        var sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    usedHeap(metrics).ifPresent(used -> peak.accumulateAndGet(used, Math::max));
                } catch (IllegalStateException e) {
                    // a missed sample only
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        if (before.isPresent()) {
            sampler.start();
        }
        // three exports, their median, as for COPY below
        long feedRows = 0;
        var exports = new ArrayList<Double>();
        for (int round = 0; round < EXPORTS; round++) {
            long start = System.nanoTime();
            feedRows = follow(api, issuer, Integer.MAX_VALUE);
            exports.add(BulkUpsertBenchmark.rate(feedRows, start));
        }
        Collections.sort(exports);
        double feed = exports.get(exports.size() / 2);
        sampler.interrupt();
        sampler.join();
        collectGarbage(backend);
        OptionalLong after = usedHeap(metrics);

        // COPY three times, its median: a single copy of under a second varies by a third from run to run
        long copyRows = 0;
        var copies = new ArrayList<Double>();
        try (Connection db = target.database()) {
            for (int round = 0; round < COPIES; round++) {
                long start = System.nanoTime();
                copyRows = db.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyOut(
                                "COPY (SELECT position, resource, resource_id, op, version, data FROM change"
                                        + " WHERE resource = 'projects' ORDER BY position) TO STDOUT",
                                OutputStream.nullOutputStream());
                copies.add(BulkUpsertBenchmark.rate(copyRows, start));
            }
            System.out.printf("COPY TO STDOUT: %,d rows%n%n", copyRows);
        }
        Collections.sort(copies);
        double copy = copies.get(copies.size() / 2);

        System.out.printf(
                "GET /sync/changes (limit %d) %,10.0f rows/s (%,d rows; median of %,.0f / %,.0f / %,.0f)%n",
                LIMIT, feed, feedRows, exports.get(0), exports.get(1), exports.get(2));
        System.out.printf(
                "COPY TO STDOUT              %,10.0f rows/s (%,d rows; median of %,.0f / %,.0f / %,.0f)%n",
                copy, copyRows, copies.get(0), copies.get(1), copies.get(2));
        System.out.printf(
                "feed / COPY = %.3f (target ≥ 0.25): %s%n", feed / copy, feed >= 0.25 * copy ? "met" : "NOT met");
        if (before.isPresent() && after.isPresent()) {
            long growth = after.getAsLong() - before.getAsLong();
            System.out.printf(
                    "heap used (after a full collection): before %,d MiB, after %,d MiB, growth %,d MiB (target < 64): %s;"
                            + " peak sampled every 250 ms %,d MiB%n",
                    before.getAsLong() / MIB,
                    after.getAsLong() / MIB,
                    growth / MIB,
                    growth < 64 * MIB ? "met" : "NOT met",
                    peak.get() / MIB);
        }
    }

    /** Fills the feed up to {@link #CHANGES} project changes, unless it holds that many already. */
    static void generate(Connection db) throws SQLException {
        long present;
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM change WHERE resource = 'projects'")) {
            rows.next();
            present = rows.getLong(1);
        }
        if (present >= CHANGES) {
            System.out.printf("The feed holds %,d project changes: enough%n", present);
            return;
        }
        long missing = CHANGES - present;
        long bench;
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(
                        "SELECT count(*) FROM change WHERE resource = 'projects' AND resource_id LIKE 'BENCH-%'")) {
            rows.next();
            bench = rows.getLong(1);
        }
        System.out.printf("Generating %,d project changes in the feed (resource_id BENCH-…)...%n", missing);
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            statement.executeQuery("SELECT pg_advisory_xact_lock(" + LOCK + ")").close();
            // a project as the API serves it (ProjectRepresentation), about 1 KB of JSON
            statement.executeUpdate("""
                    INSERT INTO change (position, resource, resource_id, op, version, data)
                    SELECT nextval('change_position_seq'), 'projects', id, 'upsert', 1, json_build_object(
                        'id', id,
                        'title', json_build_object('en', 'Bench project ' || g || ' ' || topic_en,
                            'fr', 'Projet ' || g || ' ' || topic_fr, 'ar', 'مشروع ' || g),
                        'description', json_build_object(
                            'en', 'A benchmark project of district' || (g %% 100) || ': it brings services to the'
                                || ' people of its town and shares what works with the partner territories.',
                            'fr', 'Un projet de test du district' || (g %% 100) || ' qui apporte des services aux'
                                || ' habitants et partage ce qui marche avec les territoires partenaires.',
                            'ar', 'مشروع تجريبي يقدم الخدمات للسكان ويتقاسم التجارب مع الشركاء'),
                        'mou', NULL,
                        'axes', json_build_array('digital-inclusion', 'sustainable-development'),
                        'leadTerritory', 'bench-t-' || lpad((1 + g %% 1000)::text, 4, '0'),
                        'partners', json_build_array('bench-t-' || lpad((1 + (g * 7) %% 1000)::text, 4, '0'),
                            'world-smart-cities-forum'),
                        'status', (ARRAY['PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'])[1 + g %% 5],
                        'startDate', DATE '2024-01-01' + (g %% 365),
                        'endDate', DATE '2025-06-01' + (g %% 365),
                        'budget', json_build_object('amount', (g %% 1000) * 1000.00, 'currency', 'MAD'),
                        'beneficiaries', g %% 5000,
                        'milestones', json_build_array(json_build_object('title', 'First results',
                            'dueDate', DATE '2024-04-01' + (g %% 365), 'done', g %% 2 = 0)),
                        'indicators', json_build_array(json_build_object('name', 'People served',
                            'unit', 'people', 'baseline', 0.0, 'target', 1000.0, 'current', (g %% 1000)::float8,
                            'progress', (g %% 1000) / 10)),
                        'externalId', id,
                        'version', 1,
                        'createdAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                        'createdBy', 'system:benchmark',
                        'updatedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                        'updatedBy', 'system:benchmark')::text
                    FROM (SELECT g, 'BENCH-' || lpad(g::text, 6, '0') AS id,
                                 (ARRAY['water', 'schools', 'solar', 'transport'])[1 + g %% 4] AS topic_en,
                                 (ARRAY['eau', 'écoles', 'solaire', 'transport'])[1 + g %% 4] AS topic_fr
                          FROM generate_series(%d, %d) g) s
                    ORDER BY g""".formatted(bench + 1, bench + missing));
        }
        db.commit();
        db.setAutoCommit(true);
        try (var statement = db.createStatement()) {
            statement.execute("VACUUM ANALYZE change");
        }
        System.out.printf("Generated %,d changes in %.0f s%n", missing, (System.nanoTime() - start) / 1e9);
    }

    /** Follows the projects' feed from the beginning to its end; how many changes it got. */
    /** Follows the feed from its beginning, at most {@code pages} pages; the changes read. */
    static long follow(String api, String issuer, int pages) {
        String token = ApiBenchmark.syncToken(issuer);
        String cursor = null;
        long rows = 0;
        boolean more = true;
        for (int page = 0; more && page < pages; page++) {
            String url = api + "/sync/changes?resource=projects&limit=" + LIMIT
                    + (cursor == null ? "" : "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            var response = get(url, token);
            if (response.statusCode() == 401) {
                token = ApiBenchmark.syncToken(issuer);
                response = get(url, token);
            }
            byte[] body = response.body();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "The feed answered " + response.statusCode() + ": " + new String(body, StandardCharsets.UTF_8));
            }
            // cheap on the client's side, which shares the machine: a plain scan of the bytes for each change's
            // op, then the cursor at the end, the only part read as text
            rows += count(body, OP_BYTES);
            String tail = new String(
                    body, Math.max(0, body.length - 1024), Math.min(1024, body.length), StandardCharsets.UTF_8);
            var next = NEXT.matcher(tail.substring(Math.max(0, tail.lastIndexOf("\"nextCursor\""))));
            var hasMore = MORE.matcher(tail.substring(Math.max(0, tail.lastIndexOf("\"nextCursor\""))));
            if (!next.find() || !hasMore.find()) {
                throw new IllegalStateException("No nextCursor/hasMore in the feed's answer");
            }
            cursor = next.group(1);
            more = Boolean.parseBoolean(hasMore.group(1));
        }
        return rows;
    }

    /**
     * How often {@code pattern} (ASCII) occurs in {@code bytes}: searched in the bytes seen as Latin-1 text,
     * whose {@code indexOf} the JVM runs as one vector instruction over many bytes at a time.
     */
    static long count(byte[] bytes, byte[] pattern) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String wanted = new String(pattern, StandardCharsets.ISO_8859_1);
        long found = 0;
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length())) {
            found++;
        }
        return found;
    }

    /** A status and a body. */
    record Answer(int statusCode, byte[] body) {}

    /**
     * A GET on a kept-alive connection ({@code HttpURLConnection}'s pool), the body read in one go: the JDK's
     * {@code HttpClient} spends more time per page of the feed than the server does, and the client's time
     * counts in the figure.
     */
    private static Answer get(String url, String token) {
        try {
            var connection =
                    (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(120_000);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            int status = connection.getResponseCode();
            long length = connection.getContentLengthLong();
            try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (in == null) {
                    return new Answer(status, new byte[0]);
                }
                // a known length is read straight into its array, not gathered in pieces and copied
                return new Answer(
                        status,
                        length >= 0 && length < Integer.MAX_VALUE ? in.readNBytes((int) length) : in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot reach " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The backend's process on this machine (Payara Micro listening on the API's port), if there is exactly
     * one: its heap is measured after a full collection, so that "after" tells what the export left behind,
     * not when the collector last ran.
     */
    static java.util.Optional<ProcessHandle> backendProcess(String server) {
        String port = "--port " + URI.create(server).getPort();
        var found = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .filter(p -> p.info().commandLine().orElse("").contains(port))
                .toList();
        if (found.size() != 1) {
            System.out.println("The backend's process is not found on this machine: its heap is measured as it is,"
                    + " without a full collection first.");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(found.get(0));
    }

    /** A full collection in the backend ({@code jcmd <pid> GC.run}), when its process is known. */
    static void collectGarbage(java.util.Optional<ProcessHandle> backend) throws InterruptedException {
        if (backend.isEmpty()) {
            return;
        }
        try {
            var jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd")
                    .toString();
            new ProcessBuilder(jcmd, Long.toString(backend.get().pid()), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (java.io.IOException e) {
            System.out.println("No full collection (jcmd: " + e.getMessage() + ")");
        }
    }

    /** The backend's used heap in bytes, from MicroProfile Metrics; empty if it does not say. */
    static OptionalLong usedHeap(String metrics) {
        var response = ApiBenchmark.send(HttpRequest.newBuilder(URI.create(metrics))
                .header("Accept", "text/plain")
                .build());
        var matcher = USED_HEAP.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) Double.parseDouble(matcher.group(1)));
    }
}
