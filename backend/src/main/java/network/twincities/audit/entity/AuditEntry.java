package network.twincities.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of one resource. Never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String resource;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private String resourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    /** A JSON object: each changed field with its value before and after. */
    @Column(nullable = false, updatable = false)
    private String changes;

    protected AuditEntry() {}

    public AuditEntry(String actor, String resource, String resourceId, AuditAction action, String changes) {
        this.at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.actor = actor;
        this.resource = resource;
        this.resourceId = resourceId;
        this.action = action;
        this.changes = changes;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String resource() {
        return resource;
    }

    public String resourceId() {
        return resourceId;
    }

    public AuditAction action() {
        return action;
    }

    public String changes() {
        return changes;
    }
}
