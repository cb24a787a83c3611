package network.twincities.examples.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The local copy of the projects and the feed's cursor it is up to date with, kept together in one JSON
 * file:
 *
 * <pre>{"cursor": "c1.MTIz", "projects": {"&lt;id&gt;": {"version": 3, "data": {...the project...}}}}</pre>
 *
 * <p>{@link #save} writes a new file beside it, forces it to disk and renames it over the old one, which
 * replaces the file at once: whenever the program stops, even killed half-way, the file holds a cursor
 * and exactly the data of the changes before it. A bigger copy would rather live in a database, the
 * cursor in the same transaction as the rows.
 */
final class ProjectCopy {

    /** A project as the feed last gave it: its version and its JSON as {@code GET /projects/{id}} serves it. */
    record Project(int version, Map<String, Object> data) {}

    /** The file's content. */
    record State(String cursor, Map<String, Project> projects) {}

    private final Path file;
    private final ObjectMapper json;

    private String cursor;
    private final Map<String, Project> projects = new TreeMap<>();

    private ProjectCopy(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    /** The copy kept in this file, or an empty one (no cursor: from the beginning) if there is none yet. */
    static ProjectCopy open(Path file, ObjectMapper json) {
        var copy = new ProjectCopy(file, json);
        if (Files.exists(file)) {
            try {
                State state = json.readValue(file.toFile(), new TypeReference<State>() {});
                copy.cursor = state.cursor();
                if (state.projects() != null) {
                    copy.projects.putAll(state.projects());
                }
            } catch (IOException e) {
                throw new SyncException("Cannot read the copy " + file + ": " + e.getMessage(), e);
            }
        }
        return copy;
    }

    /** The cursor to go on from; null: from the beginning. */
    String cursor() {
        return cursor;
    }

    Map<String, Project> projects() {
        return projects;
    }

    /** Takes an upsert, unless the copy already has this version of the project or a newer one. */
    boolean upsert(String id, int version, Map<String, Object> data) {
        var known = projects.get(id);
        if (known != null && known.version() >= version) {
            return false;
        }
        projects.put(id, new Project(version, data));
        return true;
    }

    /** Takes a deletion (a tombstone): the project is gone. */
    boolean delete(String id) {
        return projects.remove(id) != null;
    }

    /** Forgets everything, cursor included (the cursor was too old: resync from the beginning). */
    void clear() {
        projects.clear();
        cursor = null;
    }

    /** Writes the copy with this cursor, atomically: the old file or the new one, never a mix. */
    void save(String newCursor) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            byte[] bytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new State(newCursor, projects));
            try (var channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                var buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new SyncException("The file system of " + folder + " cannot replace a file atomically", e);
            }
        } catch (IOException e) {
            throw new SyncException("Cannot write the copy " + file + ": " + e.getMessage(), e);
        }
        cursor = newCursor;
    }
}
