package network.twincities.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import network.twincities.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void matchesTheCurrentVersionStrongWeakOrAny() {
        assertThatCode(() -> Preconditions.check("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.check("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.check("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.check("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionFails() {
        assertThatThrownBy(() -> Preconditions.check("\"2\"", 3))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("version 3");
        assertThatThrownBy(() -> Preconditions.check("3", 3))
                .as("unquoted is no entity tag")
                .isInstanceOf(ProblemException.class);
    }
}
