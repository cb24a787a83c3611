package network.twincities.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every entity a client edits records: a version for optimistic locking (its resource's ETag), and
 * who created and last changed it, when.
 */
@MappedSuperclass
public abstract class Tracked implements Versioned {

    @Version
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected Tracked() {}

    protected Tracked(String createdBy) {
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /** The time as the database keeps it (microseconds), so that a value read back compares equal. */
    protected static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public void touch(String actor) {
        this.updatedBy = actor;
        this.updatedAt = now();
    }

    @Override
    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
