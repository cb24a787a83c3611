package network.twincities.stack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Measures the projects API of a running system (the local run: {@code ./run.sh}) on a large network:
 * first, once, it generates straight in the system's database (SQL {@code generate_series}, not through
 * the API) 1 000 territories, 100 000 projects and 1 000 000 progress updates, all marked as benchmark
 * data ({@code bench-t-…}, externalId {@code BENCH-…}); then it prints p50/p95 latency of the project list
 * (page 1 and page 1000), a search, a single project read, next to the same server's {@code /health}.
 * Targets: page 1000 p95 ≤ 1.5 × page 1 p95; single read p95 ≤ 3 × /health p95. Loopback only. Run with
 * {@code ./bench-projects.sh}.
 */
public final class ProjectBenchmark {

    static final int TERRITORIES = 1_000;
    static final int PROJECTS = 100_000;
    static final int UPDATES_PER_PROJECT = 10;
    static final String BY = "system:benchmark";

    private ProjectBenchmark() {}

    public static void main(String[] args) throws Exception {
        var settings = Settings.fromSystem();
        var target = LocalTarget.fromSettings(settings);
        String server = target.server();
        String api = target.api();
        String keycloak = target.issuer();
        int clients = Integer.parseInt(settings.get("twincities.bench.clients", "4"));
        int requests = Integer.parseInt(settings.get("twincities.bench.requests", "1000"));

        try (Connection db = target.database()) {
            generate(db);
        }
        String token = ApiBenchmark.token(keycloak);
        var ids = sampleIds(api, token);
        String list = api + "/projects?size=20";
        System.out.printf("Projects benchmark: %s, %d concurrent clients%n%n", api, clients);
        for (String url : List.of(server + "/health", list, list + "&page=1000", api + "/projects?q=district42")) {
            ApiBenchmark.run("warm-up (not counted)", clients, 300, i -> ApiBenchmark.get(url, token));
        }
        var results = ApiBenchmark.interleaved(
                clients,
                requests * ApiBenchmark.ROUNDS,
                new ApiBenchmark.Scenario("GET /health", i -> ApiBenchmark.get(server + "/health", null)),
                new ApiBenchmark.Scenario("GET /health/live", i -> ApiBenchmark.get(server + "/health/live", null)),
                new ApiBenchmark.Scenario("GET /projects page 1", i -> ApiBenchmark.get(list, token)),
                new ApiBenchmark.Scenario("GET /projects page 1000", i -> ApiBenchmark.get(list + "&page=1000", token)),
                new ApiBenchmark.Scenario(
                        "GET /projects?q=district42", i -> ApiBenchmark.get(api + "/projects?q=district42", token)),
                new ApiBenchmark.Scenario(
                        "GET /projects/{id}",
                        i -> ApiBenchmark.get(api + "/projects/" + ids.get(i % ids.size()), token)));
        System.out.println();
        results.forEach(r -> System.out.println(r.line()));
        var health = results.get(0);
        var page1 = results.get(2);
        var page1000 = results.get(3);
        var read = results.get(5);
        System.out.println();
        System.out.printf(
                "page 1000 p95 / page 1 p95 = %.2f (target ≤ 1.5): %s%n",
                page1000.percentile(95) / page1.percentile(95),
                page1000.percentile(95) <= 1.5 * page1.percentile(95) ? "met" : "NOT met");
        System.out.printf(
                "single read p95 / health p95 = %.2f (target ≤ 3): %s%n",
                read.percentile(95) / health.percentile(95),
                read.percentile(95) <= 3 * health.percentile(95) ? "met" : "NOT met");
        if (results.stream().anyMatch(r -> r.errors() > 0)) {
            System.out.println("Some requests failed: see the err column.");
        }
    }

    /** Generates the benchmark network unless it is there already; one transaction, then VACUUM ANALYZE. */
    static void generate(Connection db) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM project WHERE external_id LIKE 'BENCH-%'")) {
            rows.next();
            if (rows.getLong(1) >= PROJECTS) {
                System.out.printf("Benchmark data: present (%d projects)%n", rows.getLong(1));
                return;
            }
        }
        System.out.println("Generating the benchmark data in the database (once; a few minutes)...");
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            statement.execute("DELETE FROM project WHERE external_id LIKE 'BENCH-%'");
            statement.execute("""
                    INSERT INTO territory (slug, kind, parent_id, name_en, name_fr, name_ar, country, created_by, updated_by)
                    SELECT 'bench-t-' || lpad(g::text, 4, '0'), 'CITY', (SELECT id FROM territory WHERE slug = 'morocco'),
                           'Bench town ' || g, 'Ville ' || g, 'مدينة ' || g, 'MA', '%1$s', '%1$s'
                    FROM generate_series(1, %2$d) g
                    ON CONFLICT (slug) DO NOTHING""".formatted(BY, TERRITORIES));
            statement.execute("""
                    INSERT INTO project (uuid, title_en, title_fr, title_ar, description_en, description_fr,
                                         description_ar, lead_territory_id, status, start_date, end_date,
                                         budget_amount, budget_currency, beneficiaries, external_id,
                                         created_at, created_by, updated_at, updated_by)
                    SELECT gen_random_uuid(),
                           'Bench project ' || g || ' ' || (ARRAY['water', 'schools', 'solar', 'transport',
                               'health', 'markets', 'housing', 'training'])[1 + g %% 8],
                           'Projet ' || g || ' ' || (ARRAY['eau', 'écoles', 'solaire', 'transport', 'santé',
                               'marchés', 'logement', 'formation'])[1 + g %% 8],
                           'مشروع ' || g || ' ' || (ARRAY['الماء', 'المدارس', 'الطاقة الشمسية', 'النقل', 'الصحة',
                               'الأسواق', 'السكن', 'التكوين'])[1 + g %% 8],
                           'A benchmark project of district' || (g %% 100) || ': it brings services to the people'
                               || ' of its town and shares what works with the partner territories.',
                           'Un projet de test du district' || (g %% 100) || ' qui apporte des services aux habitants.',
                           'مشروع تجريبي يقدم الخدمات للسكان ويتقاسم التجارب مع الشركاء',
                           t.id,
                           (ARRAY['PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED'])[1 + g %% 5],
                           DATE '2024-01-01' + (g %% 365), DATE '2025-06-01' + (g %% 365),
                           (g %% 1000) * 1000.00, 'MAD', g %% 5000, 'BENCH-' || g,
                           now() - g * INTERVAL '1 minute', '%1$s', now() - g * INTERVAL '1 minute', '%1$s'
                    FROM generate_series(1, %2$d) g
                    JOIN territory t ON t.slug = 'bench-t-' || lpad((1 + g %% %3$d)::text, 4, '0')""".formatted(BY, PROJECTS, TERRITORIES));
            statement.execute("""
                    INSERT INTO project_partner_territory (project_id, territory_id)
                    SELECT p.id, t.id FROM project p
                    JOIN territory t ON t.slug = 'bench-t-' || lpad((1 + (p.id * 7) %% %1$d)::text, 4, '0')
                    WHERE p.external_id LIKE 'BENCH-%%' AND t.id <> p.lead_territory_id""".formatted(TERRITORIES));
            statement.execute("""
                    INSERT INTO project_axis (project_id, axis_id)
                    SELECT p.id, a.id FROM project p
                    JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM axis) a
                      ON a.n = p.id % a.total
                    WHERE p.external_id LIKE 'BENCH-%'""");
            statement.execute("""
                    INSERT INTO project_milestone (project_id, position, title, due_date, done)
                    SELECT p.id, 0, 'First results', p.start_date + 90, p.id % 2 = 0 FROM project p
                    WHERE p.external_id LIKE 'BENCH-%'""");
            statement.execute("""
                    INSERT INTO project_indicator (project_id, position, name, unit, baseline, target, current)
                    SELECT p.id, 0, 'People served', 'people', 0, 1000, p.id % 1000 FROM project p
                    WHERE p.external_id LIKE 'BENCH-%'""");
            statement.execute("""
                    INSERT INTO project_update (uuid, project_id, text, progress, at, author)
                    SELECT gen_random_uuid(), p.id, 'Benchmark update ' || s || ' of the project.', s * 10,
                           p.created_at + s * INTERVAL '1 day', '%1$s'
                    FROM project p CROSS JOIN generate_series(1, %2$d) s
                    WHERE p.external_id LIKE 'BENCH-%%'""".formatted(BY, UPDATES_PER_PROJECT));
        }
        db.commit();
        db.setAutoCommit(true);
        try (var statement = db.createStatement()) {
            for (String table : List.of(
                    "territory",
                    "project",
                    "project_partner_territory",
                    "project_axis",
                    "project_milestone",
                    "project_indicator",
                    "project_update")) {
                statement.execute("VACUUM ANALYZE " + table);
            }
        }
        System.out.printf(
                "Generated %d territories, %d projects, %d progress updates in %.0f s%n",
                TERRITORIES, PROJECTS, PROJECTS * UPDATES_PER_PROJECT, (System.nanoTime() - start) / 1e9);
    }

    /** Ids of benchmark projects spread over the list, to read one at a time. */
    static List<String> sampleIds(String api, String token) {
        var ids = new ArrayList<String>();
        var id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
        for (int i = 0; i < 20; i++) {
            int page = ThreadLocalRandom.current().nextInt(0, 4_000);
            var response = ApiBenchmark.send(HttpRequest.newBuilder(URI.create(api + "/projects?size=25&page=" + page))
                    .header("Authorization", "Bearer " + token)
                    .build());
            var matcher = id.matcher(response.body());
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No projects listed at " + api + "/projects");
        }
        return ids;
    }
}
