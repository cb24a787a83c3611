package network.twincities.ui.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/**
 * A best practice as the backend's {@code /best-practices} resource represents it: what a territory
 * (its owner) did that worked, with its outcomes, shared for others to adopt.
 */
public record BestPractice(
        String id,
        LocalizedText title,
        LocalizedText summary,
        LocalizedText description,
        String territory,
        List<String> axes,
        List<Outcome> outcomes,
        List<String> tags,
        Long version,
        Instant updatedAt,
        String updatedBy)
        implements RegistryItem<BestPractice> {

    public BestPractice {
        axes = axes == null ? List.of() : List.copyOf(axes);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A reported outcome: an indicator, its value in a unit, and when it was measured. */
    public record Outcome(String indicator, Double value, String unit, LocalDate asOf) {}

    /** A territory's adoption of the practice. */
    public record Adoption(String territory, String status, String notes, Long version) {

        public static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "ADOPTED", "DROPPED");
    }

    /** A territory suggested by the matchmaking, with its score (0 to 1) and the reasons. */
    public record Suggestion(String territory, double score, List<Reason> reasons) {

        public Suggestion {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    /** One reason of a suggestion: its kind and what it is about (an axis, a kind, an MoU…). */
    public record Reason(String kind, String detail) {

        public static final List<String> KINDS = List.of(
                "SHARED_AXIS", "SAME_KIND", "SIMILAR_SIZE", "EXISTING_MOU", "SHARED_PRACTICE", "COMPLEMENTARY_OUTCOME");
    }

    @Override
    public String slug() {
        return id;
    }

    @Override
    public LocalizedText name() {
        return title;
    }

    @Override
    public String nameIn(Locale locale) {
        String text = title == null ? "" : title.in(locale);
        return text.isBlank() ? String.valueOf(id) : text;
    }

    @Override
    public BestPractice forWrite(boolean withSlug) {
        return new BestPractice(null, title, summary, description, territory, axes, outcomes, tags, null, null, null);
    }
}
