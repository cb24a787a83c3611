package network.twincities.platform.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import network.twincities.platform.text.LocalizedText;

/**
 * What every entry of the network's reference data has: a slug the client chooses, a name in three
 * languages, a version for optimistic locking, and who created and last changed it, when.
 */
@MappedSuperclass
public abstract class RegistryEntry implements Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    })
    private LocalizedText name;

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

    protected RegistryEntry() {}

    protected RegistryEntry(String slug, LocalizedText name, String createdBy) {
        this.slug = slug;
        this.name = name;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.updatedAt = createdAt;
    }

    public void rename(LocalizedText name) {
        this.name = name;
    }

    @Override
    public void touch(String actor) {
        this.updatedBy = actor;
        this.updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    @Override
    public String resourceId() {
        return slug;
    }

    public LocalizedText name() {
        return name;
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
