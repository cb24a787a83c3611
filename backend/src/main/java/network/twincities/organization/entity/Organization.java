package network.twincities.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import network.twincities.platform.persistence.RegistryEntry;
import network.twincities.platform.text.LocalizedText;

/** A partner body of the network. */
@Entity
@Table(name = "organization")
public class Organization extends RegistryEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    private String country;

    private String website;

    protected Organization() {}

    public Organization(String slug, OrganizationKind kind, LocalizedText name, String createdBy) {
        super(slug, name, createdBy);
        this.kind = kind;
    }

    public void edit(OrganizationKind kind, LocalizedText name, String country, String website) {
        this.kind = kind;
        rename(name);
        this.country = country;
        this.website = website;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }
}
