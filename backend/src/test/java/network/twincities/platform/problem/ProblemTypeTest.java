package network.twincities.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void namesEveryStatusTheContractUses() {
        for (int status : new int[] {400, 401, 403, 404, 409, 410, 412, 413, 415, 422, 428, 500}) {
            assertThat(ProblemType.forStatus(status).status()).isEqualTo(status);
        }
    }

    @Test
    void unknownStatusesFallBackByClass() {
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.BAD_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void typesAreDistinctUris() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri))
                .doesNotHaveDuplicates()
                .allSatisfy(uri -> assertThat(uri).startsWith(ProblemType.BASE));
    }
}
