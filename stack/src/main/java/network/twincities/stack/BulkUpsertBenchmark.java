package network.twincities.stack;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Rows per second of the bulk upsert of projects ({@code POST /sync/projects}: 10 requests of 1 000
 * projects, created, then sent again unchanged), next to PostgreSQL's {@code COPY … FROM STDIN} of the same
 * rows, twice: into {@code project} itself, in a transaction rolled back (its indexes, its full-text column,
 * its checks and foreign keys, written to the log), which is what storing these rows costs the database, and
 * into a bare scratch table (temporary, no index), which is only reading them. The upserted projects stay
 * (externalId {@code BULKBENCH-…}, led by Rehamna, the demo sync client's territory; and the 2 000 of the
 * warm-up before, {@code BULKWARM-…}); the copies leave nothing. Localhost only.
 */
public final class BulkUpsertBenchmark {

    static final int REQUESTS = 10;
    static final int ITEMS = 1_000;
    static final int WARM_UP_REQUESTS = 2;

    private BulkUpsertBenchmark() {}

    public static void main(String[] args) throws Exception {
        var settings = Settings.fromSystem();
        var target = LocalTarget.fromSettings(settings);
        String api = target.api();
        String issuer = target.issuer();
        String run = Long.toString(System.currentTimeMillis(), 36);
        var bodies = new ArrayList<String>();
        var rows = new StringBuilder();
        for (int r = 0; r < REQUESTS; r++) {
            var items = new StringBuilder("{\"items\": [");
            for (int i = 0; i < ITEMS; i++) {
                int n = r * ITEMS + i;
                String externalId = "BULKBENCH-" + run + "-" + n;
                String title = "Benchmark project " + n;
                items.append(i == 0 ? "" : ",")
                        .append("{\"externalId\": \"")
                        .append(externalId)
                        .append("\", \"title\": {\"en\": \"")
                        .append(title)
                        .append("\", \"fr\": \"Projet ")
                        .append(n)
                        .append("\"}, \"status\": \"ACTIVE\", \"startDate\": \"2026-01-01\", \"endDate\":"
                                + " \"2026-12-31\", \"budget\": {\"amount\": 1000.00, \"currency\": \"MAD\"},"
                                + " \"beneficiaries\": ")
                        .append(n)
                        .append('}');
                rows.append(UUID.randomUUID())
                        .append('\t')
                        .append(externalId)
                        .append('\t')
                        .append(title)
                        .append("\tProjet ")
                        .append(n)
                        .append("\tACTIVE\t2026-01-01\t2026-12-31\t1000.00\tMAD\t")
                        .append(n)
                        .append('\n');
            }
            bodies.add(items.append("]}").toString());
        }
        String token = ApiBenchmark.syncToken(issuer);
        System.out.printf("Bulk upsert benchmark: %s, %d requests of %d projects%n%n", api, REQUESTS, ITEMS);
        // a warm-up (not measured): two requests of new projects of their own, so that the measured ones are
        // not also the JIT's first
        var warmUp = new ArrayList<String>();
        for (int r = 0; r < WARM_UP_REQUESTS; r++) {
            var items = new StringBuilder("{\"items\": [");
            for (int i = 0; i < ITEMS; i++) {
                items.append(i == 0 ? "" : ",")
                        .append("{\"externalId\": \"BULKWARM-")
                        .append(run)
                        .append('-')
                        .append(r * ITEMS + i)
                        .append("\", \"title\": {\"en\": \"Warm-up\"}, \"status\": \"PROPOSED\"}");
            }
            warmUp.add(items.append("]}").toString());
        }
        upsertAll(api, token, warmUp, "created");
        double created = upsertAll(api, token, bodies, "created");
        double unchanged = upsertAll(api, token, bodies, "unchanged");
        double copy;
        double stored;
        try (Connection db = target.database()) {
            long lead;
            try (var statement = db.createStatement();
                    var found = statement.executeQuery("SELECT id FROM territory WHERE slug = 'rehamna'")) {
                found.next();
                lead = found.getLong(1);
            }
            // the same rows under externalIds of their own (the upserted ones hold theirs), into project itself, in
            // a transaction rolled back: its indexes, its full-text column, its checks and foreign keys, its rows,
            // written to the log like the upsert's, and nothing left behind
            String project = rows.toString()
                    .replace("\tBULKBENCH-", "\tBULKCOPY-")
                    .replace("\n", "\tbulk-benchmark\tbulk-benchmark\t" + lead + "\n");
            db.setAutoCommit(false);
            try {
                long start = System.nanoTime();
                long copied = db.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "COPY project (uuid, external_id, title_en, title_fr, status, start_date, end_date,"
                                        + " budget_amount, budget_currency, beneficiaries, created_by, updated_by,"
                                        + " lead_territory_id) FROM STDIN",
                                new StringReader(project));
                stored = rate(copied, start);
            } finally {
                db.rollback();
                db.setAutoCommit(true);
            }
            db.createStatement()
                    .execute("CREATE TEMP TABLE bench_bulk_copy (uuid UUID, external_id TEXT, title_en TEXT,"
                            + " title_fr TEXT, status TEXT, start_date DATE, end_date DATE, budget_amount NUMERIC,"
                            + " budget_currency TEXT, beneficiaries BIGINT)");
            long start = System.nanoTime();
            long copied = db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY bench_bulk_copy FROM STDIN", new StringReader(rows.toString()));
            copy = rate(copied, start);
        }
        System.out.printf("POST /sync/projects, created          %,10.0f rows/s%n", created);
        System.out.printf("POST /sync/projects, unchanged        %,10.0f rows/s%n", unchanged);
        System.out.printf("COPY FROM STDIN into project (rolled back) %,10.0f rows/s%n", stored);
        System.out.printf("COPY FROM STDIN, bare scratch table        %,10.0f rows/s%n", copy);
        System.out.printf("bulk upsert (created) / COPY into project = %.3f (target 0.1)%n", created / stored);
        System.out.printf("bulk upsert (created) / COPY scratch      = %.4f%n", created / copy);
    }

    /** Sends every body in turn; rows per second, each item's result checked. */
    static double upsertAll(String api, String token, List<String> bodies, String expected) {
        long start = System.nanoTime();
        for (String body : bodies) {
            var response = ApiBenchmark.send(HttpRequest.newBuilder(URI.create(api + "/sync/projects"))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "The upsert answered " + response.statusCode() + ": " + response.body());
            }
            var results = Pattern.compile("\"result\":\"" + expected + "\"").matcher(response.body());
            long count = results.results().count();
            if (count != ITEMS) {
                throw new IllegalStateException(count + " of " + ITEMS + " items were " + expected);
            }
        }
        return rate((long) bodies.size() * ITEMS, start);
    }

    static double rate(long rows, long startNanos) {
        return rows / ((System.nanoTime() - startNanos) / 1e9);
    }
}
