package network.twincities.export.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.text.LocalizedText;
import network.twincities.project.entity.Project;
import network.twincities.project.entity.ProjectStatus;

/**
 * What an export says about one project, read from it while its batch's transaction is open, so that
 * the entities can go once the batch is written.
 *
 * @param key the project's row id, the position of the export's walk
 * @param id the project's public id (a UUID)
 */
public record ExportedProject(
        long key,
        String id,
        String externalId,
        LocalizedText title,
        LocalizedText description,
        Party lead,
        List<Party> partners,
        List<Theme> axes,
        String mou,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal budgetAmount,
        String budgetCurrency,
        Long beneficiaries,
        List<Measure> indicators,
        Instant createdAt,
        Instant updatedAt) {

    /** A territory (no organization kind) or an organization taking part. */
    public record Party(String slug, LocalizedText name, OrganizationKind organizationKind) {}

    /** A cooperation axis and the UN SDGs it serves. */
    public record Theme(String slug, LocalizedText name, List<Integer> sdgs) {}

    /** An indicator with its progress in whole percent. */
    public record Measure(String name, String unit, double baseline, double target, Double current, int progress) {}

    public static ExportedProject of(Project p) {
        var partners = new java.util.ArrayList<Party>();
        p.partnerTerritories().forEach(t -> partners.add(new Party(t.slug(), t.name(), null)));
        p.partnerOrganizations().forEach(o -> partners.add(new Party(o.slug(), o.name(), o.kind())));
        var lead = p.leadTerritory();
        return new ExportedProject(
                p.id(),
                p.uuid().toString(),
                p.externalId(),
                p.title(),
                p.description(),
                new Party(lead.slug(), lead.name(), null),
                List.copyOf(partners),
                p.axes().stream()
                        .map(a -> new Theme(a.slug(), a.name(), List.copyOf(a.sdgs())))
                        .toList(),
                p.memorandum() == null ? null : p.memorandum().reference(),
                p.status(),
                p.startDate(),
                p.endDate(),
                p.budget() == null ? null : p.budget().amount(),
                p.budget() == null ? null : p.budget().currency(),
                p.beneficiaries(),
                p.indicators().stream()
                        .map(i -> new Measure(i.name(), i.unit(), i.baseline(), i.target(), i.current(), i.progress()))
                        .toList(),
                p.createdAt(),
                p.updatedAt());
    }

    /** The mean progress of its indicators in whole percent (rounded down); null without indicators. */
    public Integer progress() {
        if (indicators.isEmpty()) {
            return null;
        }
        int sum = 0;
        for (var i : indicators) {
            sum += i.progress();
        }
        return sum / indicators.size();
    }
}
