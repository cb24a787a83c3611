package network.twincities.practice.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.Tracked;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;

/**
 * A best practice a territory shares with the network: what it did, on which cooperation axes, with
 * which reported outcomes; and the other territories' adoptions of it. Its rules: at most
 * {@value #OUTCOMES_MAX} outcomes and {@value #TAGS_MAX} distinct tags, and a territory adopts it once
 * and never its own.
 */
@Entity
@Table(name = "best_practice")
public class BestPractice extends Tracked {

    public static final int OUTCOMES_MAX = 50;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @ManyToOne(optional = false)
    @JoinColumn(name = "territory_id", nullable = false)
    private Territory territory;

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

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "description_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    })
    private LocalizedText description;

    @ManyToMany
    @JoinTable(
            name = "best_practice_axis",
            joinColumns = @JoinColumn(name = "best_practice_id"),
            inverseJoinColumns = @JoinColumn(name = "axis_id"))
    @OrderBy("slug")
    private List<Axis> axes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "best_practice_outcome", joinColumns = @JoinColumn(name = "best_practice_id"))
    @OrderColumn(name = "position")
    private List<Outcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "best_practice_tag", joinColumns = @JoinColumn(name = "best_practice_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @OneToMany(mappedBy = "practice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Adoption> adoptions = new ArrayList<>();

    protected BestPractice() {}

    public BestPractice(Territory territory, LocalizedText title, String createdBy) {
        super(createdBy);
        this.uuid = UUID.randomUUID();
        this.territory = Objects.requireNonNull(territory);
        this.title = Objects.requireNonNull(title);
    }

    /**
     * Sets what the practice says and whose it is. Refused (422) with more than {@value #OUTCOMES_MAX}
     * outcomes, more than {@value #TAGS_MAX} tags, a tag twice, or a territory that has adopted it.
     */
    public void edit(
            Territory territory,
            LocalizedText title,
            LocalizedText summary,
            LocalizedText description,
            List<Axis> axes,
            List<Outcome> outcomes,
            List<String> tags) {
        if (outcomes.size() > OUTCOMES_MAX) {
            throw RuleViolation.invalid("outcomes", "must have at most " + OUTCOMES_MAX + " outcomes");
        }
        if (tags.size() > TAGS_MAX) {
            throw RuleViolation.invalid("tags", "must have at most " + TAGS_MAX + " tags");
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < tags.size(); i++) {
            if (!seen.add(tags.get(i))) {
                throw RuleViolation.invalid("tags[" + i + "]", "is listed twice");
            }
        }
        if (adoption(territory.slug()).isPresent()) {
            throw RuleViolation.invalid(
                    "territory", "'" + territory.slug() + "' has adopted this practice: it cannot be its owner");
        }
        this.territory = territory;
        this.title = Objects.requireNonNull(title);
        this.summary = summary;
        this.description = description;
        this.axes.retainAll(axes);
        for (var axis : new LinkedHashSet<>(axes)) {
            if (!this.axes.contains(axis)) {
                this.axes.add(axis);
            }
        }
        if (!this.outcomes.equals(outcomes)) {
            this.outcomes.clear();
            this.outcomes.addAll(outcomes);
        }
        this.tags.retainAll(tags);
        this.tags.addAll(tags);
    }

    /**
     * Records that {@code territory} adopts the practice (or plans to, or dropped it). The owner cannot
     * adopt its own practice (422); a territory has one adoption per practice (409: change that one).
     */
    public Adoption adopt(Territory territory, AdoptionStatus status, String notes, String by) {
        if (territory.slug().equals(this.territory.slug())) {
            throw RuleViolation.invalid(
                    "territory", "'" + territory.slug() + "' owns this practice: it cannot adopt its own practice");
        }
        var existing = adoption(territory.slug());
        if (existing.isPresent()) {
            throw RuleViolation.conflict("Territory '" + territory.slug() + "' has an adoption of this practice"
                    + " already (" + existing.get().status() + "): change it with PUT /best-practices/"
                    + existing.get().resourceId() + ".");
        }
        var adoption = new Adoption(this, territory, status, notes, by);
        adoptions.add(adoption);
        return adoption;
    }

    /** Removes a territory's adoption. */
    public void withdraw(Adoption adoption) {
        adoptions.remove(adoption);
    }

    public Optional<Adoption> adoption(String territorySlug) {
        return adoptions.stream()
                .filter(a -> a.territory().slug().equals(territorySlug))
                .findFirst();
    }

    @Override
    public String resourceId() {
        return uuid.toString();
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public Territory territory() {
        return territory;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText summary() {
        return summary;
    }

    public LocalizedText description() {
        return description;
    }

    public List<Axis> axes() {
        return List.copyOf(axes);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public List<String> tags() {
        return tags.stream().sorted().toList();
    }

    public List<Adoption> adoptions() {
        return List.copyOf(adoptions);
    }
}
