package network.twincities.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The authorization table of docs/api.md, row by row: every role × every action. */
class PolicyTest {

    static final Set<String> ANONYMOUS = Set.of();
    static final Set<String> OFFICIAL = Set.of("official");
    static final Set<String> FORUM_ADMIN = Set.of("forum-admin");
    static final Set<String> API_CLIENT = Set.of("api-client");

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("anonymous", ANONYMOUS, Action.READ, false),
                Arguments.of("anonymous", ANONYMOUS, Action.MANAGE_REGISTRY, false),
                Arguments.of("anonymous", ANONYMOUS, Action.READ_AUDIT, false),
                Arguments.of("official", OFFICIAL, Action.READ, true),
                Arguments.of("official", OFFICIAL, Action.MANAGE_REGISTRY, false),
                Arguments.of("official", OFFICIAL, Action.READ_AUDIT, false),
                Arguments.of("api-client", API_CLIENT, Action.READ, true),
                Arguments.of("api-client", API_CLIENT, Action.MANAGE_REGISTRY, false),
                Arguments.of("api-client", API_CLIENT, Action.READ_AUDIT, false),
                Arguments.of("forum-admin", FORUM_ADMIN, Action.READ, true),
                Arguments.of("forum-admin", FORUM_ADMIN, Action.MANAGE_REGISTRY, true),
                Arguments.of("forum-admin", FORUM_ADMIN, Action.READ_AUDIT, true));
    }

    @ParameterizedTest(name = "{0} {2}: {3}")
    @MethodSource("table")
    void decides(String who, Set<String> roles, Action action, boolean allowed) {
        assertThat(Policy.allows(roles, action)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyActionIsInTheTable(String who, Set<String> roles, Action action, boolean allowed) {
        assertThat(table().filter(a -> a.get()[2] == action).count()).isEqualTo(4);
        assertThat(table().count()).isEqualTo(4L * Action.values().length);
    }
}
