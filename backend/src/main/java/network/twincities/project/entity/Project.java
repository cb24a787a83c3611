package network.twincities.project.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import network.twincities.axis.entity.Axis;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.Tracked;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;

/**
 * A collaborative project, led by one territory, with partner territories and organizations. It keeps
 * its rules: it ends no earlier than it starts, the MoU it carries out has its lead territory as a party,
 * a territory does not partner in what it leads; and a deleted project stays as a record of its deletion.
 */
@Entity
@Table(name = "project")
public class Project extends Tracked {

    /**
     * From the sequence of the identity column, 50 at a time (V14): new projects are written in batches, not
     * one insert and one "which id?" round trip each.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_id")
    @SequenceGenerator(name = "project_id", sequenceName = "project_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "title_ar"))
    })
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "description_en")),
        @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
        @AttributeOverride(name = "ar", column = @Column(name = "description_ar"))
    })
    private LocalizedText description;

    /** Null only once the project is deleted and then its lead territory too. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_territory_id")
    private Territory leadTerritory;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "memorandum_id")
    private Memorandum memorandum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Embedded
    private Budget budget;

    @Column(name = "beneficiaries")
    private Long beneficiaries;

    @Column(name = "external_id")
    private String externalId;

    @ManyToMany
    @JoinTable(
            name = "project_axis",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "axis_id"))
    @OrderBy("slug")
    private List<Axis> axes = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "project_partner_territory",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    @OrderBy("slug")
    private List<Territory> partnerTerritories = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "project_partner_organization",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    @OrderBy("slug")
    private List<Organization> partnerOrganizations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_milestone", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    protected Project() {}

    /** A new project, PROPOSED until its editors say otherwise. */
    public Project(LocalizedText title, Territory leadTerritory, String createdBy) {
        super(createdBy);
        this.uuid = UUID.randomUUID();
        this.title = Objects.requireNonNull(title);
        this.leadTerritory = Objects.requireNonNull(leadTerritory);
        this.status = ProjectStatus.PROPOSED;
    }

    /** Everything its editors set, checked as a whole. */
    public record Content(
            LocalizedText title,
            LocalizedText description,
            Territory leadTerritory,
            Memorandum memorandum,
            ProjectStatus status,
            LocalDate startDate,
            LocalDate endDate,
            Budget budget,
            Long beneficiaries,
            String externalId,
            List<Axis> axes,
            List<Territory> partnerTerritories,
            List<Organization> partnerOrganizations,
            List<Milestone> milestones,
            List<Indicator> indicators) {}

    /**
     * Sets what the project is. It ends no earlier than it starts; its MoU (if any) has the lead territory
     * as a party; the lead territory is no partner of its own project; it has at least 0 beneficiaries.
     */
    public void edit(Content content) {
        requireDates(content.startDate(), content.endDate());
        if (content.memorandum() != null
                && !content.memorandum()
                        .territories()
                        .contains(content.leadTerritory().slug())) {
            throw RuleViolation.invalid(
                    "mou",
                    "the lead territory '" + content.leadTerritory().slug() + "' is no party to the MoU "
                            + content.memorandum().reference());
        }
        if (content.partnerTerritories().contains(content.leadTerritory())) {
            throw RuleViolation.invalid(
                    "partners",
                    "names the lead territory '" + content.leadTerritory().slug() + "'");
        }
        if (content.beneficiaries() != null && content.beneficiaries() < 0) {
            throw RuleViolation.invalid("beneficiaries", "must be 0 or more");
        }
        if (deletedAt != null) {
            throw RuleViolation.conflict("The project was deleted.");
        }
        this.title = Objects.requireNonNull(content.title());
        this.description = content.description();
        this.leadTerritory = content.leadTerritory();
        this.memorandum = content.memorandum();
        this.status = content.status() == null ? status : content.status();
        this.startDate = content.startDate();
        this.endDate = content.endDate();
        this.budget = content.budget();
        this.beneficiaries = content.beneficiaries();
        this.externalId = content.externalId();
        replace(axes, content.axes());
        replace(partnerTerritories, content.partnerTerritories());
        replace(partnerOrganizations, content.partnerOrganizations());
        this.milestones.clear();
        this.milestones.addAll(content.milestones());
        this.indicators.clear();
        this.indicators.addAll(content.indicators());
    }

    /** A project ends no earlier than it starts. */
    public static void requireDates(LocalDate startDate, LocalDate endDate) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw RuleViolation.invalid("endDate", "must not be before startDate");
        }
    }

    /** Keeps what stays (no needless row changes), adds what is new, in the given order. */
    private static <T> void replace(List<T> current, List<T> wanted) {
        current.retainAll(wanted);
        for (var each : new LinkedHashSet<>(wanted)) {
            if (!current.contains(each)) {
                current.add(each);
            }
        }
    }

    /** An editor reports on the project's progress (0 to 100 percent). */
    public ProgressUpdate report(String text, int progress, String author) {
        if (deletedAt != null) {
            throw RuleViolation.conflict("The project was deleted.");
        }
        return new ProgressUpdate(this, text, progress, now(), author);
    }

    /**
     * Deletes the project, keeping the record of who did it and when; it lets go of its partners, axes and
     * MoU, so that a deleted project keeps nothing else from being deleted.
     */
    public void delete(String by) {
        if (deletedAt != null) {
            throw RuleViolation.conflict("The project was deleted already.");
        }
        this.deletedAt = now();
        this.deletedBy = Objects.requireNonNull(by);
        this.memorandum = null;
        this.axes.clear();
        this.partnerTerritories.clear();
        this.partnerOrganizations.clear();
    }

    // --- what it is ---

    /** The territory that leads it, for the rule "an official edits what its territory leads". */
    public Set<String> leadTerritories() {
        return Set.of(leadTerritory.slug());
    }

    /** The lead and partner territories: their officials report on its progress. */
    public Set<String> territories() {
        var all = new LinkedHashSet<String>();
        all.add(leadTerritory.slug());
        partnerTerritories.forEach(t -> all.add(t.slug()));
        return all;
    }

    public Long id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText description() {
        return description;
    }

    public Territory leadTerritory() {
        return leadTerritory;
    }

    public Memorandum memorandum() {
        return memorandum;
    }

    public ProjectStatus status() {
        return status;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Budget budget() {
        return budget;
    }

    public Long beneficiaries() {
        return beneficiaries;
    }

    public String externalId() {
        return externalId;
    }

    /**
     * By slug, as loaded ({@code @OrderBy}), also right after a write, whose lists are in the request's
     * order until reloaded: the change feed records the project then, and must show what a GET shows.
     */
    public List<Axis> axes() {
        return axes.stream().sorted(Comparator.comparing(Axis::slug)).toList();
    }

    /** By slug, as {@link #axes()}. */
    public List<Territory> partnerTerritories() {
        return partnerTerritories.stream()
                .sorted(Comparator.comparing(Territory::slug))
                .toList();
    }

    /** By slug, as {@link #axes()}. */
    public List<Organization> partnerOrganizations() {
        return partnerOrganizations.stream()
                .sorted(Comparator.comparing(Organization::slug))
                .toList();
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }

    @Override
    public String resourceId() {
        return uuid.toString();
    }
}
