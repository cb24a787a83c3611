package network.twincities.platform.persistence;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import network.twincities.platform.text.LocalizedText;

/**
 * What every entry of the network's reference data has: a slug the client chooses, a name in three
 * languages, a version for optimistic locking, and who created and last changed it, when.
 */
@MappedSuperclass
public abstract class RegistryEntry extends Tracked {

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

    protected RegistryEntry() {}

    protected RegistryEntry(String slug, LocalizedText name, String createdBy) {
        super(createdBy);
        this.slug = slug;
        this.name = name;
    }

    public void rename(LocalizedText name) {
        this.name = name;
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
}
