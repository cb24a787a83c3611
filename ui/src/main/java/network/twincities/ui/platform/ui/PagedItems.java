package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.io.Serializable;
import java.util.stream.Stream;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;

/**
 * A grid's rows read lazily from an API list: the window the grid asks for, page by page, and the
 * count from the list's {@code total}. A failure is told to the user and shows no rows.
 */
public final class PagedItems {

    /** The API list for a grid's query (its filters and sort order). */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        Paging.PageLoader<T> of(Query<T, Void> query);
    }

    private PagedItems() {}

    public static <T> void bind(Grid<T> grid, Component context, Pages<T> pages) {
        grid.setItems(query -> fetch(context, pages, query), query -> count(context, pages, query));
    }

    private static <T> Stream<T> fetch(Component context, Pages<T> pages, Query<T, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        Paging.PageLoader<T> loader = pages.of(query);
        try {
            return Paging.window(offset, limit, loader).stream();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, context::getTranslation));
            return Stream.empty();
        }
    }

    private static <T> int count(Component context, Pages<T> pages, Query<T, Void> query) {
        query.getOffset();
        query.getLimit();
        Paging.PageLoader<T> loader = pages.of(query);
        try {
            return Paging.count(loader.load(0, 1));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, context::getTranslation));
            return 0;
        }
    }
}
