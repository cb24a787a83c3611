package network.twincities.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorization table of docs/api.md, row by row: every caller × every action, on something that
 * concerns the caller's own territory and on something that concerns another.
 */
class PolicyTest {

    /** A kind of caller: roles and the territory it is bound to. */
    enum Who {
        ANONYMOUS(Set.of(), null),
        OFFICIAL(Set.of("official"), "rehamna"),
        OFFICIAL_WITHOUT_TERRITORY(Set.of("official"), null),
        API_CLIENT(Set.of("api-client"), "rehamna"),
        FORUM_ADMIN(Set.of("forum-admin"), null);

        final Set<String> roles;
        final String territory;

        Who(Set<String> roles, String territory) {
            this.roles = roles;
            this.territory = territory;
        }
    }

    static final Set<String> OWN = Set.of("casablanca-settat", "rehamna");
    static final Set<String> OTHER = Set.of("casablanca-settat", "new-york-city");

    /** Who may, per action: on something of its own territory, on something of another. */
    record Row(Action action, Who who, boolean own, boolean other) {}

    static final Row[] TABLE = {
        new Row(Action.READ, Who.ANONYMOUS, false, false),
        new Row(Action.READ, Who.OFFICIAL, true, true),
        new Row(Action.READ, Who.OFFICIAL_WITHOUT_TERRITORY, true, true),
        new Row(Action.READ, Who.API_CLIENT, true, true),
        new Row(Action.READ, Who.FORUM_ADMIN, true, true),
        new Row(Action.MANAGE_REGISTRY, Who.ANONYMOUS, false, false),
        new Row(Action.MANAGE_REGISTRY, Who.OFFICIAL, false, false),
        new Row(Action.MANAGE_REGISTRY, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.MANAGE_REGISTRY, Who.API_CLIENT, false, false),
        new Row(Action.MANAGE_REGISTRY, Who.FORUM_ADMIN, true, true),
        new Row(Action.READ_AUDIT, Who.ANONYMOUS, false, false),
        new Row(Action.READ_AUDIT, Who.OFFICIAL, false, false),
        new Row(Action.READ_AUDIT, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.READ_AUDIT, Who.API_CLIENT, false, false),
        new Row(Action.READ_AUDIT, Who.FORUM_ADMIN, true, true),
        new Row(Action.DRAFT_MOU, Who.ANONYMOUS, false, false),
        new Row(Action.DRAFT_MOU, Who.OFFICIAL, true, false),
        new Row(Action.DRAFT_MOU, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.DRAFT_MOU, Who.API_CLIENT, false, false),
        new Row(Action.DRAFT_MOU, Who.FORUM_ADMIN, true, true),
        new Row(Action.REVIEW_MOU, Who.ANONYMOUS, false, false),
        new Row(Action.REVIEW_MOU, Who.OFFICIAL, false, false),
        new Row(Action.REVIEW_MOU, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.REVIEW_MOU, Who.API_CLIENT, false, false),
        new Row(Action.REVIEW_MOU, Who.FORUM_ADMIN, true, true),
        new Row(Action.SIGN_MOU, Who.ANONYMOUS, false, false),
        new Row(Action.SIGN_MOU, Who.OFFICIAL, true, false),
        new Row(Action.SIGN_MOU, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.SIGN_MOU, Who.API_CLIENT, false, false),
        new Row(Action.SIGN_MOU, Who.FORUM_ADMIN, true, true),
        new Row(Action.ATTACH_MOU_DOCUMENT, Who.ANONYMOUS, false, false),
        new Row(Action.ATTACH_MOU_DOCUMENT, Who.OFFICIAL, true, false),
        new Row(Action.ATTACH_MOU_DOCUMENT, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.ATTACH_MOU_DOCUMENT, Who.API_CLIENT, false, false),
        new Row(Action.ATTACH_MOU_DOCUMENT, Who.FORUM_ADMIN, true, true),
        new Row(Action.MANAGE_WEBHOOKS, Who.ANONYMOUS, false, false),
        new Row(Action.MANAGE_WEBHOOKS, Who.OFFICIAL, false, false),
        new Row(Action.MANAGE_WEBHOOKS, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.MANAGE_WEBHOOKS, Who.API_CLIENT, true, true),
        new Row(Action.MANAGE_WEBHOOKS, Who.FORUM_ADMIN, true, true),
        new Row(Action.SHARE_PRACTICE, Who.ANONYMOUS, false, false),
        new Row(Action.SHARE_PRACTICE, Who.OFFICIAL, true, false),
        new Row(Action.SHARE_PRACTICE, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.SHARE_PRACTICE, Who.API_CLIENT, false, false),
        new Row(Action.SHARE_PRACTICE, Who.FORUM_ADMIN, true, true),
        new Row(Action.ADOPT_PRACTICE, Who.ANONYMOUS, false, false),
        new Row(Action.ADOPT_PRACTICE, Who.OFFICIAL, true, false),
        new Row(Action.ADOPT_PRACTICE, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.ADOPT_PRACTICE, Who.API_CLIENT, false, false),
        new Row(Action.ADOPT_PRACTICE, Who.FORUM_ADMIN, true, true),
        new Row(Action.EDIT_PROJECT, Who.ANONYMOUS, false, false),
        new Row(Action.EDIT_PROJECT, Who.OFFICIAL, true, false),
        new Row(Action.EDIT_PROJECT, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.EDIT_PROJECT, Who.API_CLIENT, false, false),
        new Row(Action.EDIT_PROJECT, Who.FORUM_ADMIN, true, true),
        new Row(Action.REPORT_PROGRESS, Who.ANONYMOUS, false, false),
        new Row(Action.REPORT_PROGRESS, Who.OFFICIAL, true, false),
        new Row(Action.REPORT_PROGRESS, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.REPORT_PROGRESS, Who.API_CLIENT, false, false),
        new Row(Action.REPORT_PROGRESS, Who.FORUM_ADMIN, true, true),
        new Row(Action.SYNC_PROJECTS, Who.ANONYMOUS, false, false),
        new Row(Action.SYNC_PROJECTS, Who.OFFICIAL, true, false),
        new Row(Action.SYNC_PROJECTS, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.SYNC_PROJECTS, Who.API_CLIENT, true, false),
        new Row(Action.SYNC_PROJECTS, Who.FORUM_ADMIN, false, false),
        new Row(Action.MANAGE_PARTNER_SYSTEMS, Who.ANONYMOUS, false, false),
        new Row(Action.MANAGE_PARTNER_SYSTEMS, Who.OFFICIAL, false, false),
        new Row(Action.MANAGE_PARTNER_SYSTEMS, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.MANAGE_PARTNER_SYSTEMS, Who.API_CLIENT, false, false),
        new Row(Action.MANAGE_PARTNER_SYSTEMS, Who.FORUM_ADMIN, true, true),
        new Row(Action.MANAGE_PEOPLE, Who.ANONYMOUS, false, false),
        new Row(Action.MANAGE_PEOPLE, Who.OFFICIAL, false, false),
        new Row(Action.MANAGE_PEOPLE, Who.OFFICIAL_WITHOUT_TERRITORY, false, false),
        new Row(Action.MANAGE_PEOPLE, Who.API_CLIENT, false, false),
        new Row(Action.MANAGE_PEOPLE, Who.FORUM_ADMIN, true, true),
        new Row(Action.READ_OWN_PROFILE, Who.ANONYMOUS, false, false),
        new Row(Action.READ_OWN_PROFILE, Who.OFFICIAL, true, true),
        new Row(Action.READ_OWN_PROFILE, Who.OFFICIAL_WITHOUT_TERRITORY, true, true),
        new Row(Action.READ_OWN_PROFILE, Who.API_CLIENT, false, false),
        new Row(Action.READ_OWN_PROFILE, Who.FORUM_ADMIN, true, true),
        new Row(Action.EDIT_OWN_PROFILE, Who.ANONYMOUS, false, false),
        new Row(Action.EDIT_OWN_PROFILE, Who.OFFICIAL, true, true),
        new Row(Action.EDIT_OWN_PROFILE, Who.OFFICIAL_WITHOUT_TERRITORY, true, true),
        new Row(Action.EDIT_OWN_PROFILE, Who.API_CLIENT, false, false),
        new Row(Action.EDIT_OWN_PROFILE, Who.FORUM_ADMIN, true, true),
    };

    static Stream<Arguments> table() {
        var cases = new ArrayList<Arguments>();
        for (var row : TABLE) {
            cases.add(Arguments.of(row.who(), row.action(), "own territory", OWN, row.own()));
            cases.add(Arguments.of(row.who(), row.action(), "other territory", OTHER, row.other()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {4}")
    @MethodSource("table")
    void decides(Who who, Action action, String what, Set<String> concerned, boolean allowed) {
        assertThat(Policy.allows(who.roles, who.territory, action, concerned)).isEqualTo(allowed);
    }

    /** Before what an action concerns is known, a role passes when it may do it to something. */
    @ParameterizedTest(name = "{0} {1} on {2}: {4}")
    @MethodSource("table")
    void theRoleAloneAllowsWhatItMayDoToSomething(
            Who who, Action action, String what, Set<String> concerned, boolean allowed) {
        var row = java.util.Arrays.stream(TABLE)
                .filter(r -> r.who() == who && r.action() == action)
                .findFirst()
                .orElseThrow();
        boolean mayAttempt = row.own() || row.other() || (who == Who.OFFICIAL_WITHOUT_TERRITORY && officialMay(action));
        assertThat(Policy.allows(who.roles, action)).isEqualTo(mayAttempt);
    }

    private static boolean officialMay(Action action) {
        return java.util.Arrays.stream(TABLE)
                .anyMatch(r -> r.who() == Who.OFFICIAL && r.action() == action && (r.own() || r.other()));
    }

    @Test
    void everyActionAndCallerIsInTheTable() {
        assertThat(TABLE).hasSize(Action.values().length * Who.values().length);
        for (var each : Action.values()) {
            for (var caller : Who.values()) {
                assertThat(TABLE).anyMatch(r -> r.action() == each && r.who() == caller);
            }
        }
    }
}
