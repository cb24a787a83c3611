package network.twincities.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.Tracked;
import network.twincities.territory.entity.Territory;

/**
 * A partner system's access to the API: its name, the territory it acts for, and its Keycloak client
 * (the client id of its tokens, and Keycloak's own id of the client). Once revoked it stays revoked.
 */
@Entity
@Table(name = "partner_system")
public class PartnerSystem extends Tracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @Column(nullable = false, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "territory_id", nullable = false, updatable = false)
    private Territory territory;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @Column(name = "keycloak_id", nullable = false, updatable = false)
    private String keycloakId;

    /** Written by a bulk update (at most about once a minute), never through the entity. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private Instant lastUsedAt;

    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected PartnerSystem() {}

    /**
     * @param uuid the id, chosen before the client is made in Keycloak (its client id derives from it)
     */
    public PartnerSystem(
            UUID uuid, String name, Territory territory, String clientId, String keycloakId, String createdBy) {
        super(createdBy);
        this.uuid = uuid;
        this.name = name;
        this.territory = territory;
        this.clientId = clientId;
        this.keycloakId = keycloakId;
    }

    /** How the client id of every partner system begins. */
    public static final String CLIENT_PREFIX = "partner-";

    /** The client id of a partner system with this id: readable in Keycloak and in logs. */
    public static String clientIdFor(UUID uuid) {
        return CLIENT_PREFIX + uuid;
    }

    /** A new secret was issued; the old one no longer works. */
    public void secretRotated() {
        requireActive();
        this.secretRotatedAt = now();
    }

    /** Access revoked: its client is gone from Keycloak and its tokens are refused. */
    public void revoke(String actor) {
        requireActive();
        this.revokedAt = now();
        this.revokedBy = actor;
    }

    private void requireActive() {
        if (revokedAt != null) {
            throw RuleViolation.conflict("The partner system '" + uuid + "' was revoked already.");
        }
    }

    public Long id() {
        return id;
    }

    @Override
    public String resourceId() {
        return uuid.toString();
    }

    public String name() {
        return name;
    }

    public Territory territory() {
        return territory;
    }

    public String clientId() {
        return clientId;
    }

    public String keycloakId() {
        return keycloakId;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant secretRotatedAt() {
        return secretRotatedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
