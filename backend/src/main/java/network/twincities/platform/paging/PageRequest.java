package network.twincities.platform.paging;

import java.util.Map;
import java.util.Objects;
import network.twincities.platform.problem.ProblemException;

/**
 * The paging and sorting query parameters of a list resource, read and checked once for all of them:
 * {@code ?page=0&size=20&sort=field,asc|desc}. Invalid values are the client's error (400).
 *
 * @param page the zero-based page number
 * @param size the page size, 1 to {@value #MAX_SIZE}
 * @param sortColumn the persistent attribute to sort on (never the raw parameter: only known fields)
 * @param ascending the sort direction
 */
public record PageRequest(int page, int size, String sortColumn, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** How far into a list a page may start: far beyond any list of the network, well within an int. */
    public static final int MAX_OFFSET = 100_000_000;

    public PageRequest {
        Objects.requireNonNull(sortColumn);
    }

    /**
     * Parses the query parameters.
     *
     * @param sortable the API field names a client may sort on, each with the attribute it sorts by
     * @param defaultSort the API field name used when the client names none
     */
    public static PageRequest parse(
            String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        int pageNumber = parseInt("page", page, 0);
        if (pageNumber < 0) {
            throw ProblemException.badRequest("page must be 0 or more, was " + pageNumber + ".");
        }
        int pageSize = parseInt("size", size, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.badRequest("size must be between 1 and " + MAX_SIZE + ", was " + pageSize + ".");
        }
        if ((long) pageNumber * pageSize > MAX_OFFSET) {
            throw ProblemException.badRequest(
                    "page × size must be at most " + MAX_OFFSET + ", was " + pageNumber + " × " + pageSize + ".");
        }
        String field = defaultSort;
        boolean ascending = true;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (parts.length > 2) {
                throw ProblemException.badRequest("sort must be field,asc or field,desc.");
            }
            if (parts.length == 2) {
                String direction = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw ProblemException.badRequest("sort direction must be asc or desc, was '" + parts[1] + "'.");
                }
                ascending = direction.equals("asc");
            }
        }
        String column = sortable.get(field);
        if (column == null) {
            throw ProblemException.badRequest("Cannot sort by '" + field + "'; sortable fields: "
                    + String.join(", ", new java.util.TreeSet<>(sortable.keySet())) + ".");
        }
        return new PageRequest(pageNumber, pageSize, column, ascending);
    }

    public int offset() {
        return page * size;
    }

    private static int parseInt(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer, was '" + value + "'.");
        }
    }
}
