package network.twincities.ui.platform.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void sortsByNameAscendingUnlessTheGridIsSorted() {
        assertEquals("name,asc", ListQuery.of(null, List.of()).sort());
        assertEquals("name,asc", ListQuery.of(null, null).sort());
        assertEquals(
                "population,desc",
                ListQuery.of(null, List.of(new QuerySortOrder("population", SortDirection.DESCENDING)))
                        .sort());
        assertEquals(
                "kind,asc",
                ListQuery.of(null, List.of(new QuerySortOrder("kind", SortDirection.ASCENDING)))
                        .sort());
    }

    @Test
    void theFirstSortedColumnDecides() {
        assertEquals(
                "country,desc",
                ListQuery.of(
                                null,
                                List.of(
                                        new QuerySortOrder("", SortDirection.ASCENDING),
                                        new QuerySortOrder("country", SortDirection.DESCENDING),
                                        new QuerySortOrder("name", SortDirection.ASCENDING)))
                        .sort());
    }

    @Test
    void searchesForTheTrimmedTextAndForNothingWhenBlank() {
        assertEquals("rabat", ListQuery.of("  rabat ", List.of()).q());
        assertNull(ListQuery.of("   ", List.of()).q());
        assertNull(ListQuery.of(null, List.of()).q());
    }
}
