package network.twincities.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run keeps its data durably; only the tests trade that for speed. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theLocalRunWritesEveryCommitToDiskBeforeAcknowledgingIt() throws IOException {
        try (var database = EmbeddedDatabase.durable(folder.resolve("postgres"), freePort())) {
            assertThat(database.setting("fsync")).isEqualTo("on");
            assertThat(database.setting("synchronous_commit")).isEqualTo("on");
            assertThat(database.setting("full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void keycloakGetsADatabaseOfItsOwnMadeOnceAndKeptAcrossARestart() throws IOException, SQLException {
        Path data = folder.resolve("postgres");
        int port = freePort();
        try (var database = EmbeddedDatabase.forTests(data, port)) {
            String url = database.database("keycloak");
            assertThat(url).endsWith(":" + port + "/keycloak");
            try (var connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                connection.createStatement().execute("CREATE TABLE realm_probe (id int)");
            }
        }
        try (var database = EmbeddedDatabase.forTests(data, port);
                var connection = DriverManager.getConnection(
                        database.database("keycloak"), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            connection.createStatement().execute("SELECT * FROM realm_probe");
        }
    }

    @Test
    void theTestsRunWithoutFsyncAndKeepTheirDataAcrossARestart() throws IOException, SQLException {
        Path data = folder.resolve("postgres");
        int port = freePort();
        try (var database = EmbeddedDatabase.forTests(data, port)) {
            assertThat(database.setting("fsync")).isEqualTo("off");
            try (var connection =
                    DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                connection.createStatement().execute("CREATE TABLE kept (id int)");
            }
        }
        try (var database = EmbeddedDatabase.forTests(data, port);
                var connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            assertThat(connection
                            .createStatement()
                            .executeQuery("SELECT count(*) FROM kept")
                            .next())
                    .isTrue();
        }
    }
}
