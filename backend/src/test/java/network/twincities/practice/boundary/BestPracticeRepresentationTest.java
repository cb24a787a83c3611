package network.twincities.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import network.twincities.practice.boundary.BestPracticeRepresentation.OutcomeRepresentation;
import org.junit.jupiter.api.Test;

class BestPracticeRepresentationTest {

    @Test
    void outcomeValuesAreWrittenWithoutExponent() {
        assertThat(OutcomeRepresentation.plain(1.0e7).toString()).isEqualTo("10000000");
        assertThat(OutcomeRepresentation.plain(1200.5).toString()).isEqualTo("1200.5");
        assertThat(OutcomeRepresentation.plain(0.25).toString()).isEqualTo("0.25");
        assertThat(OutcomeRepresentation.plain(-3).toString()).isEqualTo("-3");
        assertThat(OutcomeRepresentation.plain(0).toString()).isEqualTo("0");
    }
}
