package network.twincities.practice.entity;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.Tracked;
import network.twincities.project.entity.Project;
import network.twincities.territory.entity.Territory;

/**
 * A territory's adoption of another territory's best practice: planned, in progress, adopted or dropped,
 * with notes. One per territory and practice; made by {@link BestPractice#adopt}.
 */
@Entity
@Table(name = "adoption")
public class Adoption extends Tracked {

    public static final int NOTES_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "best_practice_id", nullable = false, updatable = false)
    private BestPractice practice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "territory_id", nullable = false, updatable = false)
    private Territory territory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdoptionStatus status;

    private String notes;

    @ManyToMany
    @JoinTable(
            name = "adoption_project",
            joinColumns = @JoinColumn(name = "adoption_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    private Set<Project> projects = new LinkedHashSet<>();

    protected Adoption() {}

    Adoption(BestPractice practice, Territory territory, AdoptionStatus status, String notes, String createdBy) {
        super(createdBy);
        this.practice = Objects.requireNonNull(practice);
        this.territory = Objects.requireNonNull(territory);
        this.status = Objects.requireNonNull(status);
        this.notes = notes;
    }

    /** Changes where the territory stands with the practice, and why. */
    public void change(AdoptionStatus status, String notes) {
        this.status = Objects.requireNonNull(status);
        this.notes = notes;
    }

    /**
     * Names the projects that carry the adoption out: each must be one the adopting territory leads or is
     * a partner of.
     */
    public void carriedOutBy(List<Project> projects) {
        for (int i = 0; i < projects.size(); i++) {
            var project = projects.get(i);
            if (!project.territories().contains(territory.slug())) {
                throw RuleViolation.invalid(
                        "projects[" + i + "]",
                        "project " + project.resourceId() + " is not a project of '" + territory.slug()
                                + "' (neither its lead nor a partner)");
            }
        }
        this.projects = new LinkedHashSet<>(projects);
    }

    /** The projects that carry it out, those deleted since left out. */
    public List<Project> projects() {
        return projects.stream().filter(p -> !p.deleted()).toList();
    }

    /** Its path below the API root's best practices: {@code <practice id>/adoptions/<territory slug>}. */
    @Override
    public String resourceId() {
        return practice.resourceId() + "/adoptions/" + territory.slug();
    }

    public BestPractice practice() {
        return practice;
    }

    public Territory territory() {
        return territory;
    }

    public AdoptionStatus status() {
        return status;
    }

    public String notes() {
        return notes;
    }
}
