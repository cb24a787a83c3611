package network.twincities.project.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import network.twincities.axis.entity.Axis;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.json.ReadOnly;
import network.twincities.platform.text.Text;
import network.twincities.project.entity.Budget;
import network.twincities.project.entity.Indicator;
import network.twincities.project.entity.Milestone;
import network.twincities.project.entity.ProgressUpdate;
import network.twincities.project.entity.Project;
import network.twincities.project.entity.ProjectStatus;
import network.twincities.territory.entity.Territory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as the API shows it. */
@Schema(name = "Project", description = "A collaborative project led by a territory of the network")
public record ProjectRepresentation(
        @Schema(description = "Made by the server", readOnly = true, example = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f")
        String id,

        @Schema(description = "At least one language; at most 200 characters each")
        Text title,

        @Schema(description = "At most 20 000 characters per language")
        Text description,

        @Schema(
                description = "Id of the MoU it carries out; the lead territory must be a party to it",
                example = "0b5c7f1e-8f7a-4a59-9d63-3c1f2b7e1a40")
        String mou,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Slugs of cooperation axes",
                example = "[\"digital-inclusion\"]")
        List<String> axes,

        @Schema(
                description = "Slug of the territory that leads it; an official only sets its own",
                example = "casablanca-settat")
        String leadTerritory,

        @Schema(
                type = SchemaType.ARRAY,
                implementation = String.class,
                description = "Slugs of partner territories and organizations (territories first)",
                example = "[\"new-york-city\", \"world-smart-cities-forum\"]")
        List<String> partners,

        @Schema(description = "Set by its editors; PROPOSED when not given")
        ProjectStatus status,

        @Schema(type = SchemaType.STRING, format = "date", example = "2025-01-01")
        LocalDate startDate,

        @Schema(type = SchemaType.STRING, format = "date", description = "Not before startDate", example = "2026-12-31")
        LocalDate endDate,

        BudgetRepresentation budget,

        @Schema(description = "How many people it serves, 0 or more", example = "12000")
        Long beneficiaries,

        @Schema(type = SchemaType.ARRAY, implementation = MilestoneRepresentation.class)
        List<MilestoneRepresentation> milestones,

        @Schema(type = SchemaType.ARRAY, implementation = IndicatorRepresentation.class)
        List<IndicatorRepresentation> indicators,

        @Schema(
                description = "A partner system's id of the project; unique per lead territory",
                maxLength = 100,
                example = "CS-2025-0042")
        String externalId,

        int version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy)
        implements ReadOnly {

    /** An amount in an ISO 4217 currency. */
    @Schema(name = "ProjectBudget")
    public record BudgetRepresentation(
            @Schema(description = "0 or more, with at most the currency's decimals", example = "1200000.00")
            BigDecimal amount,

            @Schema(description = "ISO 4217 code", example = "MAD")
            String currency) {

        static BudgetRepresentation of(Budget b) {
            return b == null ? null : new BudgetRepresentation(b.amount(), b.currency());
        }
    }

    @Schema(name = "ProjectMilestone")
    public record MilestoneRepresentation(
            @Schema(description = "At most 200 characters", example = "First digital centre opens")
            String title,

            @Schema(type = SchemaType.STRING, format = "date", example = "2025-06-30")
            LocalDate dueDate,

            @Schema(description = "false when not given") boolean done) {

        static MilestoneRepresentation of(Milestone m) {
            return new MilestoneRepresentation(m.title(), m.dueDate(), m.done());
        }
    }

    @Schema(name = "ProjectIndicator")
    public record IndicatorRepresentation(
            @Schema(description = "At most 200 characters", example = "People trained")
            String name,

            @Schema(description = "At most 50 characters", example = "people")
            String unit,

            @Schema(example = "0") Double baseline,

            @Schema(description = "Must differ from baseline; below it for a decrease", example = "5000")
            Double target,

            @Schema(example = "1250") Double current,

            @Schema(
                    description = "Computed: how far current has come from baseline to target, 0 to 100",
                    readOnly = true,
                    example = "25")
            int progress) {

        static IndicatorRepresentation of(Indicator i) {
            return new IndicatorRepresentation(i.name(), i.unit(), i.baseline(), i.target(), i.current(), i.progress());
        }
    }

    /** A progress update: what happened, how far the project is; author and time from the server. */
    @Schema(name = "ProgressUpdate")
    public record UpdateRepresentation(
            @Schema(description = "Made by the server", readOnly = true)
            String id,

            @Schema(description = "At most 5 000 characters", example = "The first digital centre opened in Settat.")
            String text,

            @Schema(description = "How far the project is, 0 to 100", example = "40")
            int progress,

            @Schema(description = "Set by the server", readOnly = true)
            Instant at,

            @Schema(description = "The login of who posted it; set by the server", readOnly = true)
            String author) {

        public static UpdateRepresentation of(ProgressUpdate u) {
            return new UpdateRepresentation(u.uuid().toString(), u.text(), u.progress(), u.at(), u.author());
        }
    }

    public static ProjectRepresentation of(Project p) {
        var partners = new ArrayList<String>();
        p.partnerTerritories().stream().map(Territory::slug).forEach(partners::add);
        p.partnerOrganizations().stream().map(Organization::slug).forEach(partners::add);
        return new ProjectRepresentation(
                p.uuid().toString(),
                Text.of(p.title()),
                Text.of(p.description()),
                p.memorandum() == null ? null : p.memorandum().uuid().toString(),
                p.axes().stream().map(Axis::slug).toList(),
                p.leadTerritory().slug(),
                List.copyOf(partners),
                p.status(),
                p.startDate(),
                p.endDate(),
                BudgetRepresentation.of(p.budget()),
                p.beneficiaries(),
                p.milestones().stream().map(MilestoneRepresentation::of).toList(),
                p.indicators().stream().map(IndicatorRepresentation::of).toList(),
                p.externalId(),
                p.version(),
                p.createdAt(),
                p.createdBy(),
                p.updatedAt(),
                p.updatedBy());
    }
}
