package network.twincities.ui.platform.api;

import java.util.List;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
