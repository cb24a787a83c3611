package network.twincities.project.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import network.twincities.platform.SchemaMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bulk upsert's lookup of stored projects by externalId, planned by PostgreSQL on the migrated schema:
 * one probe of the (lead, externalId) index per externalId, however many projects the lead has, also on a
 * table that has never been analyzed (a new network's first bulk loads), where PostgreSQL's default guesses
 * once made it read a partial index whole for each item.
 */
class ProjectLookupPlanTest {

    static final int PROJECTS = 5_000;

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = EmbeddedPostgres.builder()
                // no ANALYZE behind the test's back: the table stays as a new network's is at first
                .setServerConfig("autovacuum", "off")
                .start();
        var database = postgres.getPostgresDatabase();
        SchemaMigration.flyway(ProjectLookupPlanTest.class.getClassLoader(), database, "postgres")
                .migrate();
        try (var c = database.getConnection();
                var s = c.createStatement()) {
            s.execute("INSERT INTO territory (slug, kind, name_en, created_by, updated_by) VALUES"
                    + " ('rehamna', 'PROVINCE', 'Rehamna', 'test', 'test'),"
                    + " ('settat', 'PROVINCE', 'Settat', 'test', 'test')");
            s.execute("INSERT INTO project (uuid, external_id, title_en, status, created_by, updated_by,"
                    + " lead_territory_id)"
                    + " SELECT gen_random_uuid(), CASE WHEN g % 10 = 0 THEN NULL ELSE 'EXT-' || g END,"
                    + " 'Project ' || g, 'ACTIVE', 'test', 'test', (SELECT id FROM territory WHERE slug ="
                    + " CASE WHEN g % 2 = 0 THEN 'rehamna' ELSE 'settat' END)"
                    + " FROM generate_series(1, " + PROJECTS + ") g");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theLookupProbesTheLeadAndExternalIdIndexOnATableNeverAnalyzed() throws SQLException {
        try (var c = postgres.getPostgresDatabase().getConnection()) {
            assertThat(reltuples(c)).as("project has never been analyzed").isLessThan(0);
            var plan = plan(c);
            assertThat(plan)
                    .as(String.join("\n", plan))
                    .anyMatch(line -> line.contains("Index Scan using project_lead_external_id_idx"));
            assertThat(plan)
                    .as(String.join("\n", plan))
                    .noneMatch(line -> line.contains("Seq Scan on project"))
                    .noneMatch(line -> line.matches(".*Index (Only )?Scan using project_(?!lead_external_id_idx).*"));
        }
    }

    @Test
    void theLookupFindsTheStoredProjectsAndLeavesTheDeletedOnesOut() throws SQLException {
        try (var c = postgres.getPostgresDatabase().getConnection();
                var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("UPDATE project SET deleted_at = now(), deleted_by = 'test' WHERE external_id = 'EXT-4'");
            var found = new ArrayList<String>();
            try (var rows = s.executeQuery("SELECT external_id FROM project WHERE id IN ("
                    + statement(c, "['EXT-2', 'EXT-4', 'EXT-6', 'EXT-3', 'NONE', 'EXT-2']") + ") ORDER BY 1")) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            c.rollback();
            // EXT-3 is Settat's, EXT-4 deleted, NONE nobody's; EXT-2 asked twice, found once
            assertThat(found).containsExactly("EXT-2", "EXT-6");
        }
    }

    /** The lookup for Rehamna with a hundred externalIds, as the bulk upsert sends it, planned as it runs. */
    private static List<String> plan(Connection c) throws SQLException {
        var ids = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            ids.append(i == 0 ? "" : ", ").append("\"EXT-").append(2 * i + 2).append('"');
        }
        ids.append(']');
        var lines = new ArrayList<String>();
        try (var s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_custom_plan");
            s.execute("PREPARE lookup (bigint, varchar) AS " + ProjectRepository.BY_EXTERNAL_IDS.replace("?", "$"));
            try (var rows = s.executeQuery("EXPLAIN EXECUTE lookup (" + rehamna(c) + ", '" + ids + "')")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            s.execute("DEALLOCATE lookup");
        }
        return lines;
    }

    /** The lookup for Rehamna with these externalIds (a JSON array in single quotes), as an SQL subquery. */
    private static String statement(Connection c, String ids) throws SQLException {
        return ProjectRepository.BY_EXTERNAL_IDS
                .replace("?1", Long.toString(rehamna(c)))
                .replace("?2", "'" + ids.replace('\'', '"') + "'");
    }

    private static long rehamna(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var rows = s.executeQuery("SELECT id FROM territory WHERE slug = 'rehamna'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double reltuples(Connection c) throws SQLException {
        try (var s = c.createStatement();
                var rows = s.executeQuery("SELECT reltuples FROM pg_class WHERE relname = 'project'")) {
            rows.next();
            return rows.getDouble(1);
        }
    }
}
