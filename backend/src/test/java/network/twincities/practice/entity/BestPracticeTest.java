package network.twincities.practice.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;

/** The best practice's rules: its outcomes and tags, and who adopts it how often. */
class BestPracticeTest {

    static final Territory MOROCCO = territory("morocco");
    static final Territory REHAMNA = territory("rehamna");
    static final Axis SOCIAL = new Axis("social-protection", text("Social protection"), "t");
    static final Outcome COVERED = new Outcome("people covered", 10_000_000, "people", LocalDate.of(2024, 5, 23));

    static Territory territory(String slug) {
        return new Territory(slug, TerritoryKind.REGION, text(slug), "t");
    }

    static LocalizedText text(String en) {
        return new LocalizedText(en, null, null);
    }

    static BestPractice practice() {
        var practice = new BestPractice(MOROCCO, text("AMO Tadamon"), "t");
        practice.edit(MOROCCO, text("AMO Tadamon"), null, null, List.of(SOCIAL), List.of(COVERED), List.of("health"));
        return practice;
    }

    @Test
    void keepsWhatItSays() {
        var practice = practice();
        practice.edit(
                MOROCCO,
                text("AMO Tadamon"),
                text("Health insurance"),
                text("For vulnerable groups"),
                List.of(SOCIAL, SOCIAL),
                List.of(COVERED),
                List.of("zeta", "alpha"));
        assertThat(practice.axes()).containsExactly(SOCIAL);
        assertThat(practice.outcomes()).containsExactly(COVERED);
        assertThat(practice.tags()).containsExactly("alpha", "zeta");
        assertThat(practice.summary().en()).isEqualTo("Health insurance");
        assertThat(practice.resourceId()).isEqualTo(practice.uuid().toString());
    }

    @Test
    void refusesTooManyOutcomesOrTagsAndATagTwice() {
        var practice = practice();
        var outcomes = Collections.nCopies(BestPractice.OUTCOMES_MAX + 1, COVERED);
        assertThatThrownBy(() -> practice.edit(MOROCCO, text("x"), null, null, List.of(), outcomes, List.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("at most 50 outcomes");
        var tags = java.util.stream.IntStream.rangeClosed(0, BestPractice.TAGS_MAX)
                .mapToObj(i -> "t" + i)
                .toList();
        assertThatThrownBy(() -> practice.edit(MOROCCO, text("x"), null, null, List.of(), List.of(), tags))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("at most 20 tags");
        assertThatThrownBy(() -> practice.edit(MOROCCO, text("x"), null, null, List.of(), List.of(), List.of("a", "a")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("twice");
        assertThat(practice.title().en()).as("nothing applied").isEqualTo("AMO Tadamon");
    }

    @Test
    void anotherTerritoryAdoptsItOnce() {
        var practice = practice();
        var adoption = practice.adopt(REHAMNA, AdoptionStatus.PLANNED, "pilot", "official.rehamna");
        assertThat(adoption.territory()).isSameAs(REHAMNA);
        assertThat(adoption.status()).isEqualTo(AdoptionStatus.PLANNED);
        assertThat(adoption.resourceId()).isEqualTo(practice.resourceId() + "/adoptions/rehamna");
        assertThat(practice.adoption("rehamna")).contains(adoption);

        assertThatThrownBy(() -> practice.adopt(REHAMNA, AdoptionStatus.ADOPTED, null, "x"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        e -> assertThat(e.getMessage())
                                .contains("'rehamna'")
                                .contains("PLANNED")
                                .contains("PUT /best-practices/" + practice.resourceId() + "/adoptions/rehamna"));

        adoption.change(AdoptionStatus.ADOPTED, "done");
        assertThat(adoption.status()).isEqualTo(AdoptionStatus.ADOPTED);
        assertThat(adoption.notes()).isEqualTo("done");

        practice.withdraw(adoption);
        assertThat(practice.adoptions()).isEmpty();
        assertThat(practice.adopt(REHAMNA, AdoptionStatus.IN_PROGRESS, null, "x")
                        .status())
                .isEqualTo(AdoptionStatus.IN_PROGRESS);
    }

    @Test
    void theOwnerCannotAdoptItsOwnPracticeNorAnAdopterOwnIt() {
        var practice = practice();
        assertThatThrownBy(() -> practice.adopt(MOROCCO, AdoptionStatus.PLANNED, null, "x"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("its own practice");
        practice.adopt(REHAMNA, AdoptionStatus.ADOPTED, null, "x");
        assertThatThrownBy(() -> practice.edit(REHAMNA, text("x"), null, null, List.of(), List.of(), List.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("has adopted this practice");
        assertThat(practice.territory()).isSameAs(MOROCCO);
    }
}
