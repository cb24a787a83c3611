package network.twincities.project.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The project's own rules: an indicator's progress, its dates, its budget, its partners, its deletion. */
class ProjectRulesTest {

    static final Territory CASABLANCA = territory("casablanca-settat");
    static final Territory REHAMNA = territory("rehamna");

    static Territory territory(String slug) {
        return new Territory(slug, TerritoryKind.REGION, new LocalizedText(slug, null, null), "t");
    }

    @ParameterizedTest(name = "{0} → {1}, now {2}: {3} %")
    @CsvSource({
        "0, 100, 0, 0",
        "0, 100, 25, 25",
        "0, 100, 100, 100",
        "0, 100, 150, 100",
        "0, 100, -10, 0",
        "0, 1, 0.29, 29",
        "10, 20, 15, 50",
        "100, 40, 70, 50", // a decrease: from 100 down to 40
        "100, 40, 40, 100",
        "100, 40, 120, 0",
        "0, 3, 2, 66", // rounded down: 66.7 % is not yet 67
    })
    void indicatorProgressRunsFromBaselineToTarget(double baseline, double target, double current, int progress) {
        assertThat(new Indicator("indicators[0]", "n", null, baseline, target, current).progress())
                .isEqualTo(progress);
    }

    @Test
    void anIndicatorMeasuredNotYetHasNoProgress() {
        assertThat(new Indicator("indicators[0]", "n", null, 0, 10, null).progress())
                .isZero();
    }

    @Test
    void anIndicatorWhoseTargetIsItsBaselineMeasuresNothing() {
        assertThatThrownBy(() -> new Indicator("indicators[2]", "n", null, 5, 5, 5.0))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("indicators[2].target"));
    }

    @Test
    void aProjectEndsNoEarlierThanItStarts() {
        var project = project();
        assertThatThrownBy(() -> project.edit(content(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1), null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("endDate"));
        project.edit(content(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1), null));
        assertThat(project.endDate()).isEqualTo(LocalDate.of(2025, 5, 1));
        project.edit(content(null, LocalDate.of(2025, 5, 1), null));
        assertThat(project.startDate()).isNull();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "1200000.00, MAD, ",
        "1200000, MAD, ",
        "0, EUR, ",
        "500, JPY, ",
        "1.234, KWD, ",
        "-1, MAD, budget.amount",
        "10.5, JPY, budget.amount",
        "1.001, MAD, budget.amount",
        "1000000000000001, USD, budget.amount",
        "10, XYZ, budget.currency",
        "10, mad, budget.currency",
        "10, DIRHAM, budget.currency",
    })
    void aBudgetIsAnAmountInAnIso4217Currency(String amount, String currency, String badField) {
        if (badField == null) {
            var budget = new Budget(new BigDecimal(amount), currency);
            assertThat(budget.amount()).isEqualByComparingTo(amount);
            assertThat(budget.currency()).isEqualTo(currency);
        } else {
            assertThatThrownBy(() -> new Budget(new BigDecimal(amount), currency))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.field()).isEqualTo(badField));
        }
    }

    @Test
    void aBudgetShowsTheDecimalsOfItsCurrency() {
        assertThat(new Budget(new BigDecimal("1200000"), "MAD").amount()).hasToString("1200000.00");
        assertThat(new Budget(new BigDecimal("500"), "JPY").amount()).hasToString("500");
    }

    @Test
    void aBudgetNeedsAnAmountAndACurrency() {
        assertThatThrownBy(() -> new Budget(null, "MAD"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("budget.amount"));
        assertThatThrownBy(() -> new Budget(BigDecimal.ONE, null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("budget.currency"));
    }

    @Test
    void theLeadTerritoryIsNoPartnerOfItsOwnProject() {
        var project = project();
        var content = content(null, null, List.of(CASABLANCA));
        assertThatThrownBy(() -> project.edit(content))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("partners"));
        project.edit(content(null, null, List.of(REHAMNA)));
        assertThat(project.territories()).containsExactly("casablanca-settat", "rehamna");
        assertThat(project.leadTerritories()).containsExactly("casablanca-settat");
    }

    @Test
    void aDeletedProjectIsKeptAsARecordAndTakesNoMoreChanges() {
        var project = project();
        project.edit(content(null, null, List.of(REHAMNA)));
        project.delete("official.casablanca");
        assertThat(project.partnerTerritories()).as("lets go of its partners").isEmpty();
        assertThat(project.deleted()).isTrue();
        assertThat(project.deletedBy()).isEqualTo("official.casablanca");
        assertThat(project.deletedAt()).isNotNull();
        assertThatThrownBy(() -> project.delete("admin.forum")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> project.edit(content(null, null, null))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> project.report("late", 10, "admin.forum")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aProgressUpdateSaysWhatHappenedAndHowFar() {
        var project = project();
        var update = project.report("  The first centre opened.  ", 40, "official.rehamna");
        assertThat(update.text()).isEqualTo("The first centre opened.");
        assertThat(update.progress()).isEqualTo(40);
        assertThat(update.author()).isEqualTo("official.rehamna");
        assertThat(update.project()).isSameAs(project);
        assertThatThrownBy(() -> project.report("x", 101, "a"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("progress"));
        assertThatThrownBy(() -> project.report(" ", 10, "a"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("text"));
    }

    static Project project() {
        return new Project(new LocalizedText("Sample", null, null), CASABLANCA, "t");
    }

    static Project.Content content(LocalDate start, LocalDate end, List<Territory> partners) {
        return new Project.Content(
                new LocalizedText("Sample", null, null),
                null,
                CASABLANCA,
                null,
                ProjectStatus.ACTIVE,
                start,
                end,
                null,
                null,
                null,
                List.of(),
                partners == null ? List.of() : partners,
                List.of(),
                List.of(),
                List.of());
    }
}
