package network.twincities.project.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
import network.twincities.memorandum.control.MemorandumRepository;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.ResourceName;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.json.Input;
import network.twincities.platform.json.JsonBodies;
import network.twincities.platform.security.Action;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Act;
import network.twincities.platform.write.Writable;
import network.twincities.project.boundary.ProjectRepresentation.UpdateRepresentation;
import network.twincities.project.control.ProjectRepository;
import network.twincities.project.entity.Budget;
import network.twincities.project.entity.Indicator;
import network.twincities.project.entity.Milestone;
import network.twincities.project.entity.ProgressUpdate;
import network.twincities.project.entity.Project;
import network.twincities.project.entity.ProjectStatus;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Territory;

/**
 * What is the projects' own in a write: their fields (territories, organizations, axes and MoU
 * resolved), who may write them (an official only projects its territory leads), that deleting keeps a
 * record, and posting a progress update (officials of the lead and partner territories).
 */
@ApplicationScoped
public class Projects implements Writable<Project, Projects.Fields, ProjectRepresentation> {

    public static final int EXTERNAL_ID_MAX = 100;
    static final double INDICATOR_MAX = 1e15;

    @Inject
    ProjectRepository projects;

    @Inject
    TerritoryRepository territories;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AxisRepository axes;

    @Inject
    MemorandumRepository memoranda;

    /** An indicator as read, made into the entity's (which keeps its rules) when applied. */
    record IndicatorInput(String name, String unit, double baseline, double target, Double current) {}

    /**
     * The editable fields of a project, references resolved.
     *
     * @param lead the slug of the lead territory as given, for the authorization
     * @param budgetAmount with {@code budgetCurrency}, checked by the {@link Budget} it makes
     */
    public record Fields(
            String lead,
            LocalizedText title,
            LocalizedText description,
            Territory leadTerritory,
            Memorandum memorandum,
            ProjectStatus status,
            LocalDate startDate,
            LocalDate endDate,
            boolean hasBudget,
            BigDecimal budgetAmount,
            String budgetCurrency,
            Long beneficiaries,
            String externalId,
            List<Axis> axes,
            List<Territory> partnerTerritories,
            List<Organization> partnerOrganizations,
            List<Milestone> milestones,
            List<IndicatorInput> indicators) {}

    @Override
    public ResourceName resource() {
        return ResourceName.PROJECTS;
    }

    @Override
    public Action writeAction() {
        return Action.EDIT_PROJECT;
    }

    /** An official edits and deletes what its territory leads. */
    @Override
    public Set<String> territories(Project project) {
        return project.leadTerritories();
    }

    /** ... and leads only its own territory's projects: no other lead is ever applied for it. */
    @Override
    public Set<String> territoriesOf(Fields fields) {
        return fields.lead() == null ? Set.of() : Set.of(fields.lead());
    }

    @Override
    public Optional<Project> find(String id) {
        return projects.find(id);
    }

    @Override
    public ProjectRepresentation represent(Project project) {
        return ProjectRepresentation.of(project);
    }

    @Override
    public Fields read(Input in, Project current) {
        var title = in.text("title", true, false, Input.NAME_MAX);
        var description = in.text("description", false, false, Input.DESCRIPTION_MAX);
        String lead = in.slug("leadTerritory", true);
        Territory leadTerritory =
                lead == null ? null : territories.findBySlug(lead).orElse(null);
        if (lead != null && leadTerritory == null) {
            in.reject("leadTerritory", "no territory '" + lead + "'");
        }
        String mouId = in.string("mou", false, 64);
        Memorandum memorandum = null;
        if (mouId != null) {
            memorandum = memoranda.find(mouId).orElse(null);
            if (memorandum == null) {
                in.reject("mou", "no MoU '" + mouId + "'");
            } else if (leadTerritory != null && !memorandum.territories().contains(lead)) {
                in.reject("mou", "the lead territory '" + lead + "' is no party to the MoU " + memorandum.reference());
            }
        }
        var axisList = new ArrayList<Axis>();
        var axisSlugs = in.slugs("axes", false);
        if (axisSlugs != null) {
            for (int i = 0; i < axisSlugs.size(); i++) {
                String slug = axisSlugs.get(i);
                String field = "axes[" + i + "]";
                axes.findBySlug(slug)
                        .ifPresentOrElse(axisList::add, () -> in.reject(field, "no cooperation axis '" + slug + "'"));
            }
        }
        var partnerTerritories = new ArrayList<Territory>();
        var partnerOrganizations = new ArrayList<Organization>();
        var partnerSlugs = in.slugs("partners", false);
        if (partnerSlugs != null) {
            for (int i = 0; i < partnerSlugs.size(); i++) {
                String slug = partnerSlugs.get(i);
                var territory = territories.findBySlug(slug);
                if (territory.isPresent()) {
                    partnerTerritories.add(territory.get());
                    continue;
                }
                var organization = organizations.findBySlug(slug);
                if (organization.isPresent()) {
                    partnerOrganizations.add(organization.get());
                } else {
                    in.reject("partners[" + i + "]", "no territory or organization '" + slug + "'");
                }
            }
        }
        var budget = in.object("budget", false);
        BigDecimal amount = budget == null ? null : budget.number("amount", true);
        String currency = budget == null ? null : budget.string("currency", true, 3);
        String externalId = in.string("externalId", false, EXTERNAL_ID_MAX);
        if (externalId != null && externalId.isBlank()) {
            in.reject("externalId", "must not be blank");
        }
        // that it ends no earlier than it starts, the budget's currency and the indicators' targets are the
        // entities' own rules (Project, Budget, Indicator)
        return new Fields(
                lead,
                title,
                description,
                leadTerritory,
                memorandum,
                in.enumValue("status", ProjectStatus.class, false),
                in.date("startDate", false),
                in.date("endDate", false),
                budget != null,
                amount,
                currency,
                in.integer("beneficiaries", 0, Long.MAX_VALUE / 2, false),
                externalId,
                axisList,
                partnerTerritories,
                partnerOrganizations,
                milestones(in),
                indicators(in));
    }

    private static List<Milestone> milestones(Input in) {
        var items = in.objects("milestones", false);
        var milestones = new ArrayList<Milestone>();
        if (items != null) {
            for (var item : items) {
                String title = item.string("title", true, Milestone.TITLE_MAX);
                LocalDate due = item.date("dueDate", false);
                Boolean done = item.bool("done", false);
                if (title != null) {
                    milestones.add(new Milestone(title, due, Boolean.TRUE.equals(done)));
                }
            }
        }
        return milestones;
    }

    private static List<IndicatorInput> indicators(Input in) {
        var items = in.objects("indicators", false);
        var indicators = new ArrayList<IndicatorInput>();
        if (items != null) {
            for (var item : items) {
                String name = item.string("name", true, Indicator.NAME_MAX);
                String unit = item.string("unit", false, Indicator.UNIT_MAX);
                Double baseline = item.decimal("baseline", -INDICATOR_MAX, INDICATOR_MAX, true);
                Double target = item.decimal("target", -INDICATOR_MAX, INDICATOR_MAX, true);
                Double current = item.decimal("current", -INDICATOR_MAX, INDICATOR_MAX, false);
                if (baseline != null && target != null) {
                    // computed: it may come back (GET → PUT) only as these values make it
                    item.readOnly("progress", Indicator.progress(baseline, target, current));
                }
                if (name != null && baseline != null && target != null) {
                    indicators.add(new IndicatorInput(name, unit, baseline, target, current));
                }
            }
        }
        return indicators;
    }

    @Override
    public Project create(String id, Fields fields, String actor) {
        var project = new Project(fields.title(), fields.leadTerritory(), actor);
        update(project, fields);
        return project;
    }

    @Override
    public void update(Project project, Fields fields) {
        boolean keyed = fields.externalId() != null
                && !(project.id() != null
                        && fields.externalId().equals(project.externalId())
                        && fields.leadTerritory() == project.leadTerritory());
        var indicators = new ArrayList<Indicator>();
        for (int i = 0; i < fields.indicators().size(); i++) {
            var each = fields.indicators().get(i);
            indicators.add(new Indicator(
                    "indicators[" + i + "]", each.name(), each.unit(), each.baseline(), each.target(), each.current()));
        }
        project.edit(new Project.Content(
                fields.title(),
                fields.description(),
                fields.leadTerritory(),
                fields.memorandum(),
                fields.status(),
                fields.startDate(),
                fields.endDate(),
                fields.hasBudget() ? new Budget(fields.budgetAmount(), fields.budgetCurrency()) : null,
                fields.beneficiaries(),
                fields.externalId(),
                fields.axes(),
                fields.partnerTerritories(),
                fields.partnerOrganizations(),
                fields.milestones(),
                indicators));
        if (keyed) { // a stored project that keeps its key and lead keeps them unique
            projects.findByExternalId(fields.leadTerritory(), fields.externalId())
                    .filter(other -> other != project)
                    .ifPresent(other -> {
                        throw RuleViolation.conflict("The project " + other.resourceId() + " of '" + fields.lead()
                                + "' has the externalId '" + fields.externalId() + "' already.");
                    });
            projects.keyed(fields.leadTerritory(), fields.externalId());
        }
    }

    /** Deleted projects stay, marked: gone for the API, still there for the change feed. */
    @Override
    public boolean markRemoved(Project project, String actor) {
        project.delete(actor);
        return true;
    }

    // --- progress updates ---

    /** A progress update as posted. */
    public record Report(String text, Integer progress) {}

    /** Posting a progress update: what {@link #report} makes, and then the update it made. */
    public interface Reporting extends Act<Project, Report> {
        ProgressUpdate posted();
    }

    /** Posts a progress update: officials of the lead or a partner territory, forum administrators. */
    public Reporting report(InputStream body) {
        return new Reporting() {
            private ProgressUpdate posted;

            @Override
            public Action action() {
                return Action.REPORT_PROGRESS;
            }

            @Override
            public Input body() {
                return Input.of(JsonBodies.readObject(body));
            }

            @Override
            public Report read(Input in, Project project) {
                for (String field : List.of("id", "at", "author")) {
                    if (in.has(field)) {
                        in.reject(field, "is set by the server");
                    }
                }
                return new Report(
                        in.string("text", true, ProgressUpdate.TEXT_MAX),
                        intValue(in.integer("progress", 0, 100, true)));
            }

            @Override
            public Set<String> territories(Project project, Report report) {
                return project.territories();
            }

            @Override
            public void apply(Project project, Report report, String actor) {
                posted = project.report(report.text(), report.progress(), actor);
                projects.add(posted);
            }

            @Override
            public ProgressUpdate posted() {
                return posted;
            }
        };
    }

    private static Integer intValue(Long value) {
        return value == null ? null : value.intValue();
    }

    /** The progress updates of a project, newest first. */
    public List<UpdateRepresentation> updates(Project project) {
        return projects.updates(project).stream().map(UpdateRepresentation::of).toList();
    }
}
