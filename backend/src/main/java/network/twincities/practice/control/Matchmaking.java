package network.twincities.practice.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who might adopt a best practice, and which territories might twin: scores from 0 to 1 with the reasons
 * for each, from plain facts (no database). Best fit first; equal scores by slug.
 *
 * <p>For a practice, a territory that has not adopted it fits by the practice's cooperation axes it works
 * on ({@value #ADOPTER_AXES} in proportion), the same kind as the owner ({@value #SAME_KIND_WEIGHT}), a
 * population within a factor of two of the owner's ({@value #SIMILAR_SIZE_WEIGHT}) and an MoU with the
 * owner ({@value #MOU_WEIGHT}). For a territory, another fits by the share of its axes they both work on
 * ({@value #TWIN_AXES}), a practice they share (one owns or adopted what the other owns or adopted:
 * {@value #SHARED_PRACTICE_WEIGHT}), a practice with outcomes on an axis the territory works on without a
 * practice of its own there ({@value #COMPLEMENTARY_WEIGHT}) and an MoU together ({@value #MOU_WEIGHT}).
 */
public final class Matchmaking {

    static final double ADOPTER_AXES = 0.5;
    static final double SAME_KIND_WEIGHT = 0.15;
    static final double SIMILAR_SIZE_WEIGHT = 0.15;
    static final double MOU_WEIGHT = 0.2;
    static final double TWIN_AXES = 0.4;
    static final double SHARED_PRACTICE_WEIGHT = 0.2;
    static final double COMPLEMENTARY_WEIGHT = 0.2;

    /** Populations within this ratio (smaller / larger) are similar. */
    static final double SIMILAR_RATIO = 0.5;

    private Matchmaking() {}

    /** Why a territory is suggested. */
    public enum ReasonKind {
        SHARED_AXIS,
        SAME_KIND,
        SIMILAR_SIZE,
        EXISTING_MOU,
        SHARED_PRACTICE,
        COMPLEMENTARY_OUTCOME
    }

    public record Reason(ReasonKind kind, String detail) {}

    public record Suggestion(String territory, double score, List<Reason> reasons) {}

    /**
     * What matchmaking knows of a territory.
     *
     * @param kind its kind (COUNTRY, REGION...)
     * @param population null when unknown
     * @param axes the cooperation axes it works on: those of its MoUs, its practices and its adoptions
     * @param practiceAxes the axes of its own practices
     * @param practices the ids of the practices it owns or adopted (not dropped)
     * @param outcomePractices the ids of its own practices that report outcomes, by axis
     * @param mous the references of its MoUs, by the other territory party to them
     */
    public record Profile(
            String slug,
            String kind,
            Long population,
            Set<String> axes,
            Set<String> practiceAxes,
            Set<String> practices,
            Map<String, SortedSet<String>> outcomePractices,
            Map<String, SortedSet<String>> mous) {}

    /** A best practice: its id, owner and cooperation axes. */
    public record Practice(String id, String owner, Set<String> axes) {}

    /**
     * The territories that might adopt {@code practice}: neither its owner nor one in {@code adopters}, with
     * a score above zero; at most {@code limit}.
     */
    public static List<Suggestion> adopters(
            Practice practice, Profile owner, List<Profile> territories, Set<String> adopters, int limit) {
        var suggestions = new ArrayList<Suggestion>();
        for (var candidate : territories) {
            if (candidate.slug().equals(practice.owner()) || adopters.contains(candidate.slug())) {
                continue;
            }
            var reasons = new ArrayList<Reason>();
            double score = 0;
            var shared = new TreeSet<>(practice.axes());
            shared.retainAll(candidate.axes());
            if (!shared.isEmpty()) {
                score += ADOPTER_AXES * shared.size() / practice.axes().size();
                shared.forEach(axis -> reasons.add(new Reason(ReasonKind.SHARED_AXIS, axis)));
            }
            if (owner.kind().equals(candidate.kind())) {
                score += SAME_KIND_WEIGHT;
                reasons.add(new Reason(ReasonKind.SAME_KIND, candidate.kind()));
            }
            if (similarSize(owner.population(), candidate.population())) {
                score += SIMILAR_SIZE_WEIGHT;
                reasons.add(new Reason(
                        ReasonKind.SIMILAR_SIZE,
                        "population " + candidate.population() + " (owner: " + owner.population() + ")"));
            }
            var mous = candidate.mous().getOrDefault(owner.slug(), new TreeSet<>());
            if (!mous.isEmpty()) {
                score += MOU_WEIGHT;
                mous.forEach(reference -> reasons.add(new Reason(ReasonKind.EXISTING_MOU, reference)));
            }
            add(suggestions, candidate, score, reasons);
        }
        return ranked(suggestions, limit);
    }

    /** The territories that might twin with {@code territory}, with a score above zero; at most {@code limit}. */
    public static List<Suggestion> twins(Profile territory, List<Profile> territories, int limit) {
        var suggestions = new ArrayList<Suggestion>();
        for (var other : territories) {
            if (other.slug().equals(territory.slug())) {
                continue;
            }
            var reasons = new ArrayList<Reason>();
            double score = 0;
            var shared = new TreeSet<>(territory.axes());
            shared.retainAll(other.axes());
            if (!shared.isEmpty()) {
                score += TWIN_AXES * shared.size() / territory.axes().size();
                shared.forEach(axis -> reasons.add(new Reason(ReasonKind.SHARED_AXIS, axis)));
            }
            var practices = new TreeSet<>(territory.practices());
            practices.retainAll(other.practices());
            if (!practices.isEmpty()) {
                score += SHARED_PRACTICE_WEIGHT;
                practices.forEach(id -> reasons.add(new Reason(ReasonKind.SHARED_PRACTICE, id)));
            }
            var complementary = new TreeSet<String>();
            other.outcomePractices().forEach((axis, ids) -> {
                if (territory.axes().contains(axis) && !territory.practiceAxes().contains(axis)) {
                    complementary.addAll(ids);
                }
            });
            complementary.removeAll(territory.practices());
            if (!complementary.isEmpty()) {
                score += COMPLEMENTARY_WEIGHT;
                complementary.forEach(id -> reasons.add(new Reason(ReasonKind.COMPLEMENTARY_OUTCOME, id)));
            }
            var mous = territory.mous().getOrDefault(other.slug(), new TreeSet<>());
            if (!mous.isEmpty()) {
                score += MOU_WEIGHT;
                mous.forEach(reference -> reasons.add(new Reason(ReasonKind.EXISTING_MOU, reference)));
            }
            add(suggestions, other, score, reasons);
        }
        return ranked(suggestions, limit);
    }

    static boolean similarSize(Long a, Long b) {
        if (a == null || b == null || a <= 0 || b <= 0) {
            return false;
        }
        return (double) Math.min(a, b) / Math.max(a, b) >= SIMILAR_RATIO;
    }

    private static void add(List<Suggestion> suggestions, Profile territory, double score, List<Reason> reasons) {
        if (score > 0) {
            double rounded = Math.min(1.0, Math.round(score * 1000) / 1000.0);
            suggestions.add(new Suggestion(territory.slug(), rounded, List.copyOf(reasons)));
        }
    }

    private static List<Suggestion> ranked(List<Suggestion> suggestions, int limit) {
        return suggestions.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::territory))
                .limit(limit)
                .toList();
    }
}
