package network.twincities.ui.platform.ui;

import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;

/**
 * What a list page asks the API for, besides the page: the search text ({@code q}, null when
 * blank) and the sort order ({@code sort}, such as {@code name,asc}).
 */
public record ListQuery(String q, String sort) {

    /** The sort of a list whose grid the user has not sorted. */
    public static final String DEFAULT_SORT = "name,asc";

    /**
     * The query for what the user typed and the grid's sort order: the first column sorted by a
     * property, else {@link #DEFAULT_SORT}.
     */
    public static ListQuery of(String search, List<QuerySortOrder> sortOrders) {
        String text = search == null ? "" : search.trim();
        return new ListQuery(text.isEmpty() ? null : text, sort(sortOrders));
    }

    static String sort(List<QuerySortOrder> sortOrders) {
        if (sortOrders != null) {
            for (QuerySortOrder order : sortOrders) {
                if (order.getSorted() != null && !order.getSorted().isBlank()) {
                    return order.getSorted() + (order.getDirection() == SortDirection.DESCENDING ? ",desc" : ",asc");
                }
            }
        }
        return DEFAULT_SORT;
    }
}
