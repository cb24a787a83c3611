package network.twincities.ui.platform.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows {@code [offset, offset + limit)} that a lazy Vaadin component asks for from an API
 * that pages with {@code page} and {@code size} (at most {@link #MAX_PAGE_SIZE}).
 */
public final class Paging {

    /** The API refuses larger pages with 400. */
    public static final int MAX_PAGE_SIZE = 200;

    /** Loads one page of the API. */
    @FunctionalInterface
    public interface PageLoader<T> {
        Page<T> load(int page, int size);
    }

    private Paging() {}

    public static <T> List<T> window(int offset, int limit, PageLoader<T> loader) {
        return window(offset, limit, MAX_PAGE_SIZE, loader);
    }

    public static <T> List<T> window(int offset, int limit, int maxPageSize, PageLoader<T> loader) {
        if (offset < 0 || limit <= 0) {
            return List.of();
        }
        int size = Math.min(limit, maxPageSize);
        int firstPage = offset / size;
        int lastPage = (int) (((long) offset + limit - 1) / size);
        List<T> rows = new ArrayList<>();
        for (int page = firstPage; page <= lastPage; page++) {
            List<T> items = loader.load(page, size).items();
            rows.addAll(items);
            if (items.size() < size) {
                break;
            }
        }
        int from = Math.min(offset - firstPage * size, rows.size());
        int to = Math.min(from + limit, rows.size());
        return List.copyOf(rows.subList(from, to));
    }

    /** The {@code total} of a page as a row count for Vaadin. */
    public static int count(Page<?> page) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, page.total()));
    }

    /**
     * Every item of a list, page by page of {@link #MAX_PAGE_SIZE}, up to {@code maxItems} (the
     * directory's tree and map show the whole network, which is small).
     */
    public static <T> List<T> all(PageLoader<T> loader, int maxItems) {
        List<T> rows = new ArrayList<>();
        for (int page = 0; rows.size() < maxItems; page++) {
            Page<T> loaded = loader.load(page, MAX_PAGE_SIZE);
            rows.addAll(loaded.items());
            if (loaded.items().size() < MAX_PAGE_SIZE || rows.size() >= loaded.total()) {
                break;
            }
        }
        return List.copyOf(rows.size() > maxItems ? rows.subList(0, maxItems) : rows);
    }

    /** The {@code If-Match} header for a resource's {@code version}: {@code "3"}, quoted as an ETag. */
    public static String ifMatch(Long version) {
        return version == null ? null : "\"" + version + "\"";
    }
}
