package network.twincities.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    static final Map<String, String> SORTABLE = Map.of("name", "name.en", "population", "population");

    @Test
    void defaultsToTheFirstPageOfTwentyInTheDefaultOrder() {
        var request = PageRequest.parse(null, null, null, SORTABLE, "name");
        assertThat(request).isEqualTo(new PageRequest(0, 20, "name.en", true));
        assertThat(request.offset()).isZero();
    }

    @Test
    void readsPageSizeAndSort() {
        var request = PageRequest.parse("3", "50", "population,desc", SORTABLE, "name");
        assertThat(request).isEqualTo(new PageRequest(3, 50, "population", false));
        assertThat(request.offset()).isEqualTo(150);
    }

    @Test
    void sortDirectionIsOptionalAndCaseInsensitive() {
        assertThat(PageRequest.parse(null, null, "population", SORTABLE, "name").ascending())
                .isTrue();
        assertThat(PageRequest.parse(null, null, "population,DESC", SORTABLE, "name")
                        .ascending())
                .isFalse();
    }

    @Test
    void acceptsTheLimitsOfSize() {
        assertThat(PageRequest.parse(null, "1", null, SORTABLE, "name").size()).isEqualTo(1);
        assertThat(PageRequest.parse(null, "200", null, SORTABLE, "name").size())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-1 |     |                | page must be 0 or more",
                "one|     |                | page must be an integer",
                "   | 0   |                | size must be between 1 and 200",
                "   | 201 |                | size must be between 1 and 200",
                "   | 2.5 |                | size must be an integer",
                "   |     | secret         | Cannot sort by 'secret'",
                "   |     | name,up        | sort direction must be asc or desc",
                "   |     | name,asc,again | sort must be field,asc or field,desc"
            })
    void refusesBadParametersAsBadRequest(String page, String size, String sort, String message) {
        assertThatThrownBy(() -> PageRequest.parse(page, size, sort, SORTABLE, "name"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.BAD_REQUEST))
                .hasMessageContaining(message);
    }

    @Test
    void neverSortsByARawParameter() {
        assertThatThrownBy(() -> PageRequest.parse(null, null, "name.en; DROP TABLE territory", SORTABLE, "name"))
                .isInstanceOf(ProblemException.class);
    }
}
