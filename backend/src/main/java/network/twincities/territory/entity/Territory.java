package network.twincities.territory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.RegistryEntry;
import network.twincities.platform.text.LocalizedText;

/** A member or candidate city, province, region or country. */
@Entity
@Table(name = "territory")
public class Territory extends RegistryEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TerritoryKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Territory parent;

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

    protected Territory() {}

    public Territory(String slug, TerritoryKind kind, LocalizedText name, String createdBy) {
        super(slug, name, createdBy);
        this.kind = kind;
    }

    /** Places the territory below {@code newParent}; a territory cannot become its own ancestor. */
    public void moveUnder(Territory newParent) {
        for (var ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this || (id() != null && id().equals(ancestor.id()))) {
                throw RuleViolation.invalid(
                        "parent", "a territory cannot be placed below itself or one of its descendants");
            }
        }
        this.parent = newParent;
    }

    /** The kind and the names, as an administrator edits them. */
    public void edit(TerritoryKind kind, LocalizedText name) {
        this.kind = kind;
        rename(name);
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

    public TerritoryKind kind() {
        return kind;
    }

    public Territory parent() {
        return parent;
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
}
