package network.twincities.memorandum.entity;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.Objects;
import network.twincities.organization.entity.Organization;
import network.twincities.territory.entity.Territory;

/** A territory or an organization in an MoU, with its role and, once it signed, its signature. */
@Entity
@Table(name = "memorandum_party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "memorandum_id", nullable = false)
    private Memorandum memorandum;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartyRole role;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected Party() {}

    Party(Memorandum memorandum, int position, Member member) {
        this.memorandum = memorandum;
        this.position = position;
        this.territory = member.territory();
        this.organization = member.organization();
        this.role = member.role();
    }

    /**
     * A party as an MoU is drafted: exactly one of a territory or an organization, and its role.
     */
    public record Member(Territory territory, Organization organization, PartyRole role) {
        public Member {
            if ((territory == null) == (organization == null)) {
                throw new IllegalArgumentException("a party is a territory or an organization");
            }
            Objects.requireNonNull(role);
        }

        public static Member territory(Territory territory, PartyRole role) {
            return new Member(territory, null, role);
        }

        public static Member organization(Organization organization, PartyRole role) {
            return new Member(null, organization, role);
        }

        String slug() {
            return territory != null ? territory.slug() : organization.slug();
        }
    }

    /** Keeps the party, at a new place in the list and with a new role. */
    Party reposition(int position, PartyRole role) {
        this.position = position;
        this.role = role;
        return this;
    }

    int position() {
        return position;
    }

    void sign(String signedBy, LocalDate signedOn, String recordedBy) {
        this.signedBy = signedBy;
        this.signedOn = signedOn;
        this.recordedBy = recordedBy;
    }

    /** The slug of the territory or organization. */
    public String slug() {
        return territory != null ? territory.slug() : organization.slug();
    }

    public boolean signed() {
        return signedBy != null;
    }

    public Territory territory() {
        return territory;
    }

    public Organization organization() {
        return organization;
    }

    public PartyRole role() {
        return role;
    }

    /** Who signed for the party: "name, title". */
    public String signedBy() {
        return signedBy;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    /** The user who recorded the signature. */
    public String recordedBy() {
        return recordedBy;
    }
}
