package network.twincities.audit.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The difference of two snapshots of a resource: {@code {"field": {"before": …, "after": …}}}. */
public final class Changes {

    /** Bookkeeping that changes with every write and tells nothing of its own. */
    static final Set<String> IGNORED = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");

    private static final JsonProvider JSON = JsonProvider.provider();

    private Changes() {}

    /**
     * @param before the resource before the change, null when created
     * @param after the resource after the change, null when deleted
     */
    public static JsonObject between(JsonObject before, JsonObject after) {
        var fields = new TreeSet<String>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        var changes = JSON.createObjectBuilder();
        for (String field : fields) {
            if (IGNORED.contains(field)) {
                continue;
            }
            JsonValue old = before == null ? null : before.get(field);
            JsonValue now = after == null ? null : after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(
                        field,
                        JSON.createObjectBuilder()
                                .add("before", old == null ? JsonValue.NULL : old)
                                .add("after", now == null ? JsonValue.NULL : now));
            }
        }
        return changes.build();
    }
}
