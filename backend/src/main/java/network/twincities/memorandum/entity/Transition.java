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
import java.time.Instant;

/** One step of an MoU's workflow: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "memorandum_transition")
public class Transition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "memorandum_id", nullable = false)
    private Memorandum memorandum;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private MemorandumStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private MemorandumStatus to;

    private String reason;

    protected Transition() {}

    Transition(
            Memorandum memorandum, Instant at, String by, MemorandumStatus from, MemorandumStatus to, String reason) {
        this.memorandum = memorandum;
        this.at = at;
        this.by = by;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    /** Null for the creation. */
    public MemorandumStatus from() {
        return from;
    }

    public MemorandumStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
