package network.twincities.memorandum.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import network.twincities.axis.entity.Axis;
import network.twincities.event.entity.Event;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.Tracked;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;

/**
 * A memorandum of understanding between territories and organizations of the network. It keeps the
 * rules of its workflow ({@code DRAFT → SUBMITTED → APPROVED → SIGNED}, with changes requested,
 * rejection, termination and expiry): each step is a method that refuses to run from any other status
 * than its own (a conflict naming the current status) and adds an entry to the MoU's history.
 */
@Entity
@Table(name = "memorandum")
public class Memorandum extends Tracked {

    /** The longest reason for a transition. */
    public static final int REASON_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @Column(nullable = false, length = 64)
    private String reference;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "summary_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "summary_ar"))
    })
    private LocalizedText summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemorandumStatus status;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @OneToMany(mappedBy = "memorandum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Party> parties = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "memorandum_axis",
            joinColumns = @JoinColumn(name = "memorandum_id"),
            inverseJoinColumns = @JoinColumn(name = "axis_id"))
    @OrderBy("slug")
    private List<Axis> axes = new ArrayList<>();

    @OneToMany(mappedBy = "memorandum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Transition> history = new ArrayList<>();

    @Column(name = "document_size")
    private Integer documentSize;

    @Column(name = "document_uploaded_at")
    private Instant documentUploadedAt;

    @Column(name = "document_uploaded_by")
    private String documentUploadedBy;

    protected Memorandum() {}

    /** A new draft, its creation the first entry of its history. */
    public Memorandum(String reference, LocalizedText title, String createdBy) {
        super(createdBy);
        this.uuid = UUID.randomUUID();
        this.reference = Objects.requireNonNull(reference);
        this.title = Objects.requireNonNull(title);
        this.status = MemorandumStatus.DRAFT;
        history.add(new Transition(this, createdAt(), createdBy, null, MemorandumStatus.DRAFT, null));
    }

    // --- editing ---

    /**
     * Sets what the MoU says and who its parties are. Only drafts and MoUs sent back for changes can be
     * edited; there is at least one signatory, no party twice, and it expires no earlier than it takes
     * effect.
     */
    public void edit(
            String reference,
            LocalizedText title,
            LocalizedText summary,
            List<Party.Member> members,
            List<Axis> axes,
            Event event,
            LocalDate effectiveFrom,
            LocalDate expiresOn) {
        if (members.stream().noneMatch(m -> m.role() == PartyRole.SIGNATORY)) {
            throw RuleViolation.invalid("parties", "needs at least one SIGNATORY party");
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            String key = (member.territory() != null ? "territory " : "organization ") + member.slug();
            if (!seen.add(key)) {
                throw RuleViolation.invalid("parties[" + i + "]", "names " + key + " twice");
            }
        }
        if (effectiveFrom != null && expiresOn != null && expiresOn.isBefore(effectiveFrom)) {
            throw RuleViolation.invalid("expiresOn", "must not be before effectiveFrom");
        }
        if (!status.editable()) {
            throw refused("edited", MemorandumStatus.DRAFT, MemorandumStatus.CHANGES_REQUESTED);
        }
        this.reference = Objects.requireNonNull(reference);
        this.title = Objects.requireNonNull(title);
        this.summary = summary;
        this.event = event;
        this.effectiveFrom = effectiveFrom;
        this.expiresOn = expiresOn;
        replaceParties(members);
        this.axes.retainAll(axes);
        for (var axis : new LinkedHashSet<>(axes)) {
            if (!this.axes.contains(axis)) {
                this.axes.add(axis);
            }
        }
    }

    /** Keeps the rows of parties that stay (a party appears once per MoU), adds the new ones. */
    private void replaceParties(List<Party.Member> members) {
        var kept = new ArrayList<Party>();
        for (int i = 0; i < members.size(); i++) {
            var member = members.get(i);
            int position = i;
            var existing = parties.stream()
                    .filter(p -> p.territory() == member.territory() && p.organization() == member.organization())
                    .findFirst();
            kept.add(existing.map(p -> p.reposition(position, member.role()))
                    .orElseGet(() -> new Party(this, position, member)));
        }
        parties.retainAll(kept);
        for (var party : kept) {
            if (!parties.contains(party)) {
                parties.add(party);
            }
        }
        parties.sort((a, b) -> Integer.compare(a.position(), b.position()));
    }

    /** The MoU may be deleted only while it is a draft. */
    public void requireDiscardable() {
        if (status != MemorandumStatus.DRAFT) {
            throw refused("deleted", MemorandumStatus.DRAFT);
        }
    }

    // --- the workflow ---

    public void submit(String by) {
        move(
                by,
                null,
                MemorandumStatus.SUBMITTED,
                "submitted",
                MemorandumStatus.DRAFT,
                MemorandumStatus.CHANGES_REQUESTED);
    }

    public void approve(String by) {
        move(by, null, MemorandumStatus.APPROVED, "approved", MemorandumStatus.SUBMITTED);
    }

    public void requestChanges(String by, String reason) {
        requireReason(reason);
        move(by, reason, MemorandumStatus.CHANGES_REQUESTED, "sent back for changes", MemorandumStatus.SUBMITTED);
    }

    public void reject(String by, String reason) {
        requireReason(reason);
        move(by, reason, MemorandumStatus.REJECTED, "rejected", MemorandumStatus.SUBMITTED);
    }

    public void terminate(String by, String reason) {
        requireReason(reason);
        move(by, reason, MemorandumStatus.TERMINATED, "terminated", MemorandumStatus.APPROVED, MemorandumStatus.SIGNED);
    }

    /** A signed MoU expires once {@code today} is past its {@code expiresOn}. */
    public void expire(LocalDate today, String by) {
        if (status != MemorandumStatus.SIGNED) {
            throw refused("expired", MemorandumStatus.SIGNED);
        }
        if (expiresOn == null || !today.isAfter(expiresOn)) {
            throw RuleViolation.conflict("The MoU " + reference + " "
                    + (expiresOn == null ? "has no expiry date" : "runs until " + expiresOn)
                    + ": it cannot expire yet.");
        }
        move(by, null, MemorandumStatus.EXPIRED, "expired", MemorandumStatus.SIGNED);
    }

    /**
     * Records the signature of one party (by its slug) of an approved MoU; once every signatory has
     * signed, the MoU is {@code SIGNED}.
     */
    public void sign(String partySlug, String signedBy, LocalDate signedOn, String recordedBy) {
        var party = party(partySlug)
                .orElseThrow(() -> RuleViolation.invalid("party", "'" + partySlug + "' is no party of this MoU"));
        if (signedBy == null || signedBy.isBlank()) {
            throw RuleViolation.invalid("signedBy", "must say who signed for the party");
        }
        if (signedOn == null) {
            throw RuleViolation.invalid("signedOn", "is required");
        }
        if (status != MemorandumStatus.APPROVED) {
            throw refused("signed", MemorandumStatus.APPROVED);
        }
        if (party.signed()) {
            throw RuleViolation.conflict("'" + partySlug + "' has signed the MoU " + reference + " already.");
        }
        party.sign(signedBy.strip(), signedOn, recordedBy);
        if (parties.stream().filter(p -> p.role() == PartyRole.SIGNATORY).allMatch(Party::signed)) {
            move(recordedBy, null, MemorandumStatus.SIGNED, "signed", MemorandumStatus.APPROVED);
        }
    }

    /** Records that a signed document of {@code size} bytes was attached. */
    public void attachDocument(int size, String by) {
        if (size <= 0) {
            throw RuleViolation.invalid("document", "must not be empty");
        }
        this.documentSize = size;
        this.documentUploadedAt = now();
        this.documentUploadedBy = by;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("reason", "is required: say why");
        }
        if (reason.length() > REASON_MAX) {
            throw RuleViolation.invalid("reason", "must have at most " + REASON_MAX + " characters");
        }
    }

    private void move(String by, String reason, MemorandumStatus to, String verb, MemorandumStatus... from) {
        if (!Arrays.asList(from).contains(status)) {
            throw refused(verb, from);
        }
        history.add(new Transition(this, now(), by, status, to, reason == null ? null : reason.strip()));
        this.status = to;
    }

    private RuleViolation refused(String verb, MemorandumStatus... allowed) {
        String which = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or "));
        return RuleViolation.conflict(
                "The MoU " + reference + " is " + status + ": only a " + which + " MoU can be " + verb + ".");
    }

    // --- what it is ---

    /** The party with that territory's or organization's slug. */
    public Optional<Party> party(String slug) {
        return parties.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The slugs of the territories that are party to it. */
    public Set<String> territories() {
        return parties.stream()
                .map(Party::territory)
                .filter(Objects::nonNull)
                .map(Territory::slug)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public String reference() {
        return reference;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public MemorandumStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Event event() {
        return event;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public List<Axis> axes() {
        return List.copyOf(axes);
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    /** The size in bytes of the signed document; null when none was attached. */
    public Integer documentSize() {
        return documentSize;
    }

    public Instant documentUploadedAt() {
        return documentUploadedAt;
    }

    public String documentUploadedBy() {
        return documentUploadedBy;
    }

    @Override
    public String resourceId() {
        return uuid().toString();
    }
}
