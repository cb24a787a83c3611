package network.twincities.platform.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class KeycloakCallsTest {

    @Test
    void anAnswerIsPassedOn() {
        assertThat(KeycloakCalls.call("read", () -> "answer")).isEqualTo("answer");
    }

    @Test
    void unreachableIs503() {
        assertThatThrownBy(() -> KeycloakCalls.call("read", () -> {
                    throw new ProcessingException(new ConnectException("Connection refused"));
                }))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE))
                .hasMessageContaining("could not read");
    }

    @Test
    void failingOrRefusingTheServiceAccountIs503() {
        for (int status : new int[] {500, 502, 401, 403}) {
            assertThatThrownBy(() -> KeycloakCalls.run("rotate", () -> {
                        throw new WebApplicationException(status);
                    }))
                    .as("status %d", status)
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE));
        }
    }

    @Test
    void otherAnswersAreTheCallersToHandle() {
        assertThatThrownBy(() -> KeycloakCalls.run("delete", () -> {
                    throw new NotFoundException();
                }))
                .isInstanceOf(NotFoundException.class);
    }
}
