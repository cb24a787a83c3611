package network.twincities.memorandum.entity;

import static network.twincities.memorandum.entity.MemorandumStatus.APPROVED;
import static network.twincities.memorandum.entity.MemorandumStatus.CHANGES_REQUESTED;
import static network.twincities.memorandum.entity.MemorandumStatus.DRAFT;
import static network.twincities.memorandum.entity.MemorandumStatus.EXPIRED;
import static network.twincities.memorandum.entity.MemorandumStatus.REJECTED;
import static network.twincities.memorandum.entity.MemorandumStatus.SIGNED;
import static network.twincities.memorandum.entity.MemorandumStatus.SUBMITTED;
import static network.twincities.memorandum.entity.MemorandumStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import network.twincities.axis.entity.Axis;
import network.twincities.organization.entity.Organization;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.text.LocalizedText;
import network.twincities.territory.entity.Territory;
import network.twincities.territory.entity.TerritoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The MoU's rules: every workflow step from every status, allowed or refused, and what it records. */
class MemorandumTest {

    static final Territory CASABLANCA = territory("casablanca-settat");
    static final Territory REHAMNA = territory("rehamna");
    static final Organization FORUM = new Organization(
            "world-smart-cities-forum", OrganizationKind.FORUM, new LocalizedText("Forum", null, null), "t");
    static final Axis DIGITAL = new Axis("digital-inclusion", new LocalizedText("Digital inclusion", null, null), "t");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Territory territory(String slug) {
        return new Territory(slug, TerritoryKind.REGION, new LocalizedText(slug, null, null), "t");
    }

    static List<Party.Member> parties() {
        return List.of(
                Party.Member.territory(CASABLANCA, PartyRole.SIGNATORY),
                Party.Member.territory(REHAMNA, PartyRole.SIGNATORY),
                Party.Member.organization(FORUM, PartyRole.WITNESS));
    }

    static Memorandum draft() {
        var mou = new Memorandum("TCI-2026-001", new LocalizedText("Twin Cities", null, null), "official.casablanca");
        mou.edit(
                "TCI-2026-001",
                mou.title(),
                null,
                parties(),
                List.of(DIGITAL),
                null,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 5, 1));
        return mou;
    }

    static void signAll(Memorandum mou) {
        mou.sign("casablanca-settat", "A. B., President", LocalDate.of(2026, 2, 1), "official.casablanca");
        mou.sign("rehamna", "C. D., Governor", LocalDate.of(2026, 2, 1), "official.rehamna");
    }

    /** An MoU brought, by the workflow itself, to each status. */
    static Memorandum in(MemorandumStatus status) {
        var mou = draft();
        switch (status) {
            case DRAFT -> {}
            case SUBMITTED -> mou.submit("o");
            case CHANGES_REQUESTED -> {
                mou.submit("o");
                mou.requestChanges("a", "name the coordinator");
            }
            case APPROVED -> {
                mou.submit("o");
                mou.approve("a");
            }
            case REJECTED -> {
                mou.submit("o");
                mou.reject("a", "out of scope");
            }
            case SIGNED -> {
                mou.submit("o");
                mou.approve("a");
                signAll(mou);
            }
            case TERMINATED -> {
                mou.submit("o");
                mou.approve("a");
                mou.terminate("a", "superseded");
            }
            case EXPIRED -> {
                mou.submit("o");
                mou.approve("a");
                signAll(mou);
                mou.expire(TODAY, "system");
            }
        }
        assertThat(mou.status()).isEqualTo(status);
        return mou;
    }

    /** Each step, the statuses it is allowed from, and the status it leads to (null: stays). */
    record Step(String name, Consumer<Memorandum> action, Set<MemorandumStatus> from, MemorandumStatus to) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Step> STEPS = List.of(
            new Step("submit", m -> m.submit("o"), EnumSet.of(DRAFT, CHANGES_REQUESTED), SUBMITTED),
            new Step("approve", m -> m.approve("a"), EnumSet.of(SUBMITTED), APPROVED),
            new Step("request changes", m -> m.requestChanges("a", "why"), EnumSet.of(SUBMITTED), CHANGES_REQUESTED),
            new Step("reject", m -> m.reject("a", "why"), EnumSet.of(SUBMITTED), REJECTED),
            new Step("terminate", m -> m.terminate("a", "why"), EnumSet.of(APPROVED, SIGNED), TERMINATED),
            new Step("expire", m -> m.expire(TODAY, "system"), EnumSet.of(SIGNED), EXPIRED),
            new Step(
                    "sign for one signatory",
                    m -> m.sign("rehamna", "C. D., Governor", TODAY, "official.rehamna"),
                    EnumSet.of(APPROVED),
                    null),
            new Step(
                    "edit",
                    m -> m.edit(
                            m.reference(),
                            new LocalizedText("Edited", null, null),
                            null,
                            parties(),
                            List.of(),
                            null,
                            null,
                            null),
                    EnumSet.of(DRAFT, CHANGES_REQUESTED),
                    null),
            new Step("delete", Memorandum::requireDiscardable, EnumSet.of(DRAFT), null));

    static Stream<Arguments> everyStepFromEveryStatus() {
        var cases = new ArrayList<Arguments>();
        for (var step : STEPS) {
            for (var status : MemorandumStatus.values()) {
                cases.add(Arguments.of(step, status, step.from().contains(status)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} from {1}: allowed {2}")
    @MethodSource("everyStepFromEveryStatus")
    void everyStepFromEveryStatus(Step step, MemorandumStatus status, boolean allowed) {
        var mou = in(status);
        int history = mou.history().size();
        if (allowed) {
            step.action().accept(mou);
            var expected = step.to() == null ? status : step.to();
            assertThat(mou.status()).isEqualTo(expected);
            assertThat(mou.history()).hasSize(step.to() == null ? history : history + 1);
            if (step.to() != null) {
                var last = mou.history().get(mou.history().size() - 1);
                assertThat(last.from()).isEqualTo(status);
                assertThat(last.to()).isEqualTo(step.to());
            }
        } else {
            assertThatThrownBy(() -> step.action().accept(mou)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.field()).as("a conflict, not invalid content").isNull();
                assertThat(e.getMessage()).contains("is " + status + ":");
            });
            assertThat(mou.status()).as("nothing changed").isEqualTo(status);
            assertThat(mou.history()).hasSize(history);
        }
    }

    @Test
    void theCreationIsTheFirstEntryOfTheHistory() {
        var mou = new Memorandum("TCI-1", new LocalizedText("T", null, null), "official.casablanca");
        assertThat(mou.status()).isEqualTo(DRAFT);
        assertThat(mou.history()).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(DRAFT);
            assertThat(t.by()).isEqualTo("official.casablanca");
            assertThat(t.at()).isNotNull();
        });
        assertThat(mou.uuid()).isNotNull();
    }

    @Test
    void theHistoryRecordsEveryStepWithWhoAndWhy() {
        var mou = draft();
        mou.submit("official.casablanca");
        mou.requestChanges("admin.forum", "  name the coordinator ");
        mou.submit("official.casablanca");
        mou.approve("admin.forum");
        signAll(mou);
        assertThat(mou.history())
                .extracting(Transition::from, Transition::to, Transition::by, Transition::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, DRAFT, "official.casablanca", null),
                        org.assertj.core.groups.Tuple.tuple(DRAFT, SUBMITTED, "official.casablanca", null),
                        org.assertj.core.groups.Tuple.tuple(
                                SUBMITTED, CHANGES_REQUESTED, "admin.forum", "name the coordinator"),
                        org.assertj.core.groups.Tuple.tuple(CHANGES_REQUESTED, SUBMITTED, "official.casablanca", null),
                        org.assertj.core.groups.Tuple.tuple(SUBMITTED, APPROVED, "admin.forum", null),
                        org.assertj.core.groups.Tuple.tuple(APPROVED, SIGNED, "official.rehamna", null));
    }

    @Test
    void signedOnceEverySignatoryHasSignedWitnessesNeedNot() {
        var mou = in(APPROVED);
        mou.sign("casablanca-settat", "A. B., President", TODAY, "official.casablanca");
        assertThat(mou.status()).isEqualTo(APPROVED);
        mou.sign("rehamna", "C. D., Governor", TODAY, "official.rehamna");
        assertThat(mou.status()).isEqualTo(SIGNED);
        var rehamna = mou.party("rehamna").orElseThrow();
        assertThat(rehamna.signedBy()).isEqualTo("C. D., Governor");
        assertThat(rehamna.signedOn()).isEqualTo(TODAY);
        assertThat(rehamna.recordedBy()).isEqualTo("official.rehamna");
        assertThat(mou.party("world-smart-cities-forum").orElseThrow().signed()).isFalse();
    }

    @Test
    void aPartySignsOnce() {
        var mou = in(APPROVED);
        mou.sign("rehamna", "C. D., Governor", TODAY, "official.rehamna");
        assertThatThrownBy(() -> mou.sign("rehamna", "E. F.", TODAY, "admin.forum"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isNull());
        assertThat(mou.party("rehamna").orElseThrow().signedBy()).isEqualTo("C. D., Governor");
    }

    @Test
    void aSlugThatIsNoPartyIsInvalidContent() {
        var mou = in(APPROVED);
        assertThatThrownBy(() -> mou.sign("new-york-city", "G. H.", TODAY, "admin.forum"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("party"));
    }

    @ParameterizedTest(name = "{0} needs a reason")
    @MethodSource("reasonSteps")
    void aReasonIsRequired(String step, MemorandumStatus from) {
        for (String reason : new String[] {null, "", "   "}) {
            var mou = in(from);
            Consumer<Memorandum> action = switch (step) {
                case "request changes" -> m -> m.requestChanges("a", reason);
                case "reject" -> m -> m.reject("a", reason);
                default -> m -> m.terminate("a", reason);
            };
            assertThatThrownBy(() -> action.accept(mou))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(mou.status()).isEqualTo(from);
        }
    }

    static Stream<Arguments> reasonSteps() {
        return Stream.of(
                Arguments.of("request changes", SUBMITTED),
                Arguments.of("reject", SUBMITTED),
                Arguments.of("terminate", SIGNED));
    }

    @Test
    void expiresOnlyOnceItsExpiryDateHasPassed() {
        var mou = in(SIGNED);
        assertThatThrownBy(() -> mou.expire(LocalDate.of(2026, 5, 1), "system")).isInstanceOf(RuleViolation.class);
        assertThat(mou.status()).isEqualTo(SIGNED);
        mou.expire(LocalDate.of(2026, 5, 2), "system");
        assertThat(mou.status()).isEqualTo(EXPIRED);
    }

    @Test
    void needsASignatory() {
        var mou = draft();
        assertThatThrownBy(() -> mou.edit(
                        "R",
                        mou.title(),
                        null,
                        List.of(Party.Member.organization(FORUM, PartyRole.WITNESS)),
                        List.of(),
                        null,
                        null,
                        null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("parties"));
    }

    @Test
    void namesNoPartyTwice() {
        var mou = draft();
        assertThatThrownBy(() -> mou.edit(
                        "R",
                        mou.title(),
                        null,
                        List.of(
                                Party.Member.territory(REHAMNA, PartyRole.SIGNATORY),
                                Party.Member.territory(REHAMNA, PartyRole.WITNESS)),
                        List.of(),
                        null,
                        null,
                        null))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("parties[1]"));
    }

    @Test
    void cannotExpireBeforeItTakesEffect() {
        var mou = draft();
        assertThatThrownBy(() -> mou.edit(
                        "R",
                        mou.title(),
                        null,
                        parties(),
                        List.of(),
                        null,
                        LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).isEqualTo("expiresOn"));
    }

    @Test
    void anEditKeepsThePartiesThatStayAndTheirOrder() {
        var mou = draft();
        var rehamna = mou.party("rehamna").orElseThrow();
        mou.edit(
                "TCI-2026-001",
                mou.title(),
                null,
                List.of(
                        Party.Member.territory(REHAMNA, PartyRole.COORDINATOR),
                        Party.Member.territory(CASABLANCA, PartyRole.SIGNATORY)),
                List.of(DIGITAL),
                null,
                null,
                null);
        assertThat(mou.parties()).extracting(Party::slug).containsExactly("rehamna", "casablanca-settat");
        assertThat(mou.party("rehamna").orElseThrow()).isSameAs(rehamna);
        assertThat(rehamna.role()).isEqualTo(PartyRole.COORDINATOR);
        assertThat(mou.territories()).containsExactly("rehamna", "casablanca-settat");
    }

    @Test
    void onlyADraftCanBeDiscarded() {
        draft().requireDiscardable();
        assertThatThrownBy(() -> in(SUBMITTED).requireDiscardable()).hasMessageContaining("SUBMITTED");
    }
}
