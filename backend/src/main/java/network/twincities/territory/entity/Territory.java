package network.twincities.territory.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import network.twincities.platform.text.LocalizedText;

/** A member or candidate city, province, region or country. */
@Entity
@Table(name = "territory")
public class Territory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerritoryKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Territory parent;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "name_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "name_ar"))
    })
    private LocalizedText name;

    private String country;

    @Column(name = "iso_code")
    private String isoCode;

    private Long population;

    @Column(name = "population_year")
    private Integer populationYear;

    private Double latitude;
    private Double longitude;

    @Enumerated(EnumType.STRING)
    private Membership membership;

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

    protected Territory() {}

    public Territory(String slug, TerritoryKind kind, LocalizedText name, String createdBy) {
        this.slug = slug;
        this.kind = kind;
        this.name = name;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Places the territory below {@code newParent}; a territory cannot become its own ancestor. */
    public void moveUnder(Territory newParent) {
        for (var ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this || (id != null && id.equals(ancestor.id))) {
                throw new IllegalArgumentException(
                        "A territory cannot be placed below itself or one of its descendants.");
            }
        }
        this.parent = newParent;
    }

    public void locate(Double latitude, Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void describe(
            String country, String isoCode, Long population, Integer populationYear, Membership membership) {
        this.country = country;
        this.isoCode = isoCode;
        this.population = population;
        this.populationYear = populationYear;
        this.membership = membership;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public TerritoryKind kind() {
        return kind;
    }

    public Territory parent() {
        return parent;
    }

    public LocalizedText name() {
        return name;
    }

    public String country() {
        return country;
    }

    public String isoCode() {
        return isoCode;
    }

    public Long population() {
        return population;
    }

    public Integer populationYear() {
        return populationYear;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public Membership membership() {
        return membership;
    }

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
