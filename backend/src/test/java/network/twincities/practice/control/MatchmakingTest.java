package network.twincities.practice.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import network.twincities.practice.control.Matchmaking.Practice;
import network.twincities.practice.control.Matchmaking.Profile;
import network.twincities.practice.control.Matchmaking.Reason;
import network.twincities.practice.control.Matchmaking.ReasonKind;
import network.twincities.practice.control.Matchmaking.Suggestion;
import org.junit.jupiter.api.Test;

/** The scores and reasons of matchmaking, from plain facts. */
class MatchmakingTest {

    static SortedSet<String> set(String... values) {
        return new TreeSet<>(List.of(values));
    }

    static Profile profile(
            String slug,
            String kind,
            Long population,
            Set<String> axes,
            Set<String> practiceAxes,
            Set<String> practices,
            Map<String, SortedSet<String>> outcomes,
            Map<String, SortedSet<String>> mous) {
        return new Profile(slug, kind, population, axes, practiceAxes, practices, outcomes, mous);
    }

    static Profile plain(String slug, String kind, Long population, Set<String> axes) {
        return profile(slug, kind, population, axes, Set.of(), Set.of(), Map.of(), Map.of());
    }

    static final Profile OWNER = profile(
            "casablanca-settat",
            "REGION",
            6_861_739L,
            set("digital-inclusion", "social-protection"),
            set("digital-inclusion", "social-protection"),
            set("p1"),
            Map.of("digital-inclusion", set("p1")),
            Map.of("rehamna", set("TCI-2024-001")));
    static final Practice PRACTICE =
            new Practice("p1", "casablanca-settat", set("digital-inclusion", "social-protection"));

    @Test
    void aFullFitScoresOneWithEveryReason() {
        var twin = profile(
                "marrakech-safi",
                "REGION",
                4_500_000L,
                set("digital-inclusion", "social-protection"),
                Set.of(),
                Set.of(),
                Map.of(),
                Map.of("casablanca-settat", set("TCI-2024-007")));
        var suggestions = Matchmaking.adopters(PRACTICE, OWNER, List.of(OWNER, twin), Set.of(), 10);
        assertThat(suggestions).hasSize(1);
        var best = suggestions.get(0);
        assertThat(best.territory()).isEqualTo("marrakech-safi");
        assertThat(best.score()).isEqualTo(1.0);
        assertThat(best.reasons())
                .containsExactly(
                        new Reason(ReasonKind.SHARED_AXIS, "digital-inclusion"),
                        new Reason(ReasonKind.SHARED_AXIS, "social-protection"),
                        new Reason(ReasonKind.SAME_KIND, "REGION"),
                        new Reason(ReasonKind.SIMILAR_SIZE, "population 4500000 (owner: 6861739)"),
                        new Reason(ReasonKind.EXISTING_MOU, "TCI-2024-007"));
    }

    @Test
    void eachReasonWeighsItsShare() {
        var oneAxis = plain("a-one-axis", "CITY", null, set("digital-inclusion"));
        var sameKind = plain("b-same-kind", "REGION", null, set());
        var similar = plain("c-similar", "CITY", 5_000_000L, set());
        var nothing = plain("d-nothing", "CITY", 100L, set("women-empowerment"));
        var suggestions =
                Matchmaking.adopters(PRACTICE, OWNER, List.of(nothing, similar, sameKind, oneAxis), Set.of(), 10);
        assertThat(suggestions)
                .extracting(Suggestion::territory)
                .containsExactly("a-one-axis", "b-same-kind", "c-similar");
        assertThat(suggestions).extracting(Suggestion::score).containsExactly(0.25, 0.15, 0.15);
        assertThat(suggestions.get(0).reasons())
                .containsExactly(new Reason(ReasonKind.SHARED_AXIS, "digital-inclusion"));
    }

    @Test
    void neitherTheOwnerNorAnAdopterIsSuggestedAndTheLimitHolds() {
        var rehamna = plain("rehamna", "PROVINCE", 315_077L, set("digital-inclusion"));
        var nyc = plain("new-york-city", "CITY", 8_804_190L, set("digital-inclusion"));
        var other = plain("other", "CITY", null, set("social-protection"));
        assertThat(Matchmaking.adopters(PRACTICE, OWNER, List.of(OWNER, rehamna, nyc, other), Set.of("rehamna"), 10))
                .extracting(Suggestion::territory)
                .containsExactly("new-york-city", "other");
        assertThat(Matchmaking.adopters(PRACTICE, OWNER, List.of(OWNER, rehamna, nyc, other), Set.of(), 1))
                .extracting(Suggestion::territory)
                .containsExactly("new-york-city");
    }

    @Test
    void equalScoresAreOrderedBySlug() {
        var b = plain("b", "CITY", null, set("digital-inclusion"));
        var a = plain("a", "CITY", null, set("social-protection"));
        assertThat(Matchmaking.adopters(PRACTICE, OWNER, List.of(b, a), Set.of(), 10))
                .extracting(Suggestion::territory)
                .containsExactly("a", "b");
    }

    @Test
    void similarSizeIsWithinAFactorOfTwo() {
        assertThat(Matchmaking.similarSize(100L, 200L)).isTrue();
        assertThat(Matchmaking.similarSize(100L, 201L)).isFalse();
        assertThat(Matchmaking.similarSize(null, 100L)).isFalse();
        assertThat(Matchmaking.similarSize(0L, 0L)).isFalse();
    }

    @Test
    void twinsShareAxesPracticesComplementaryOutcomesAndMous() {
        var rehamna = profile(
                "rehamna",
                "PROVINCE",
                315_077L,
                set("digital-inclusion", "social-protection", "women-empowerment", "smart-sustainable-territories"),
                set("women-empowerment"),
                set("p1", "p9"),
                Map.of("women-empowerment", set("p9")),
                Map.of("casablanca-settat", set("TCI-2024-001")));
        var loner = plain("loner", "CITY", null, set("urban-mobility"));
        var twins = Matchmaking.twins(OWNER, List.of(OWNER, rehamna, loner), 10);
        assertThat(twins).hasSize(1);
        var twin = twins.get(0);
        assertThat(twin.territory()).isEqualTo("rehamna");
        // both axes of casablanca-settat (0.4), p1 (0.2), an MoU (0.2); p9 is on an axis casablanca-settat
        // does not work on, so nothing complementary
        assertThat(twin.score()).isEqualTo(0.8);
        assertThat(twin.reasons())
                .containsExactly(
                        new Reason(ReasonKind.SHARED_AXIS, "digital-inclusion"),
                        new Reason(ReasonKind.SHARED_AXIS, "social-protection"),
                        new Reason(ReasonKind.SHARED_PRACTICE, "p1"),
                        new Reason(ReasonKind.EXISTING_MOU, "TCI-2024-001"));

        // seen from rehamna: casablanca-settat has outcomes on digital-inclusion, where rehamna has no practice
        var fromRehamna =
                Matchmaking.twins(rehamna, List.of(OWNER, rehamna), 10).get(0);
        assertThat(fromRehamna.reasons())
                .contains(new Reason(ReasonKind.EXISTING_MOU, "TCI-2024-001"))
                .doesNotContain(new Reason(ReasonKind.COMPLEMENTARY_OUTCOME, "p1")); // p1 is shared already
        var outsider = profile(
                "outsider",
                "CITY",
                null,
                set("smart-sustainable-territories"),
                set("smart-sustainable-territories"),
                set("p5"),
                Map.of("smart-sustainable-territories", set("p5")),
                Map.of());
        var withOutsider = Matchmaking.twins(rehamna, List.of(outsider), 10).get(0);
        assertThat(withOutsider.reasons())
                .containsExactly(
                        new Reason(ReasonKind.SHARED_AXIS, "smart-sustainable-territories"),
                        new Reason(ReasonKind.COMPLEMENTARY_OUTCOME, "p5"));
        assertThat(withOutsider.score()).isEqualTo(0.3); // 0.4 × 1/4 + 0.2
    }
}
