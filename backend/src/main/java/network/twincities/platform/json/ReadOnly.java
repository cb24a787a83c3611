package network.twincities.platform.json;

import java.time.Instant;

/**
 * The read-only fields every mutable resource shows. A body may carry them back (GET → edit → PUT)
 * only with their current values: {@link #check}.
 */
public interface ReadOnly {

    int version();

    Instant createdAt();

    String createdBy();

    Instant updatedAt();

    String updatedBy();

    /** Rejects, in {@code in}, any read-only field of the body whose value is not {@code current}'s. */
    static void check(Input in, ReadOnly current) {
        in.readOnly("version", current.version());
        in.readOnly("createdAt", current.createdAt());
        in.readOnly("createdBy", current.createdBy());
        in.readOnly("updatedAt", current.updatedAt());
        in.readOnly("updatedBy", current.updatedBy());
    }
}
