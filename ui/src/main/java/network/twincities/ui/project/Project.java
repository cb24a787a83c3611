package network.twincities.ui.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/**
 * A collaborative project as the backend's {@code /projects} resource represents it. Its {@code id}
 * (made by the server) names it in the API and in the page's address; an indicator's {@code
 * progress} is computed by the server.
 */
public record Project(
        String id,
        LocalizedText title,
        LocalizedText description,
        String mou,
        List<String> axes,
        String leadTerritory,
        List<String> partners,
        String status,
        LocalDate startDate,
        LocalDate endDate,
        Budget budget,
        Long beneficiaries,
        List<Milestone> milestones,
        List<Indicator> indicators,
        String externalId,
        Long version,
        Instant updatedAt,
        String updatedBy)
        implements RegistryItem<Project> {

    public static final List<String> STATUSES = List.of("PROPOSED", "ACTIVE", "ON_HOLD", "COMPLETED", "CANCELLED");

    public Project {
        axes = axes == null ? List.of() : List.copyOf(axes);
        partners = partners == null ? List.of() : List.copyOf(partners);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** An amount in an ISO 4217 currency. */
    public record Budget(BigDecimal amount, String currency) {}

    public record Milestone(String title, LocalDate dueDate, boolean done) {}

    /** A measure of the project; {@code progress} (0 to 100) is the server's, from baseline to target. */
    public record Indicator(
            String name, String unit, Double baseline, Double target, Double current, Integer progress) {

        /** The progress to show: 0 to 100, 0 when the server gave none. */
        public int shownProgress() {
            return progress == null ? 0 : Math.max(0, Math.min(100, progress));
        }
    }

    /** One entry of the progress log; {@code author} and {@code at} are the server's. */
    public record Update(String id, String text, int progress, String author, Instant at) {}

    /** The body of a progress update. */
    public record NewUpdate(String text, int progress) {}

    @Override
    public String slug() {
        return id;
    }

    @Override
    public LocalizedText name() {
        return title;
    }

    @Override
    public String nameIn(java.util.Locale locale) {
        String text = title == null ? "" : title.in(locale);
        return text.isBlank() ? String.valueOf(id) : text;
    }

    /** The body of a write: the editable fields, indicators without their computed progress. */
    @Override
    public Project forWrite(boolean withSlug) {
        List<Indicator> bare = indicators.stream()
                .map(i -> new Indicator(i.name(), i.unit(), i.baseline(), i.target(), i.current(), null))
                .toList();
        return new Project(
                null,
                title,
                description,
                mou,
                axes,
                leadTerritory,
                partners,
                status,
                startDate,
                endDate,
                budget,
                beneficiaries,
                milestones,
                bare,
                externalId,
                null,
                null,
                null);
    }
}
