package network.twincities.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;

/**
 * A filtered, sorted page of one entity: the JPQL of every list resource, built from the filters the
 * client gave (absent ones are left out) and the sort column of a {@link PageRequest}, which only
 * ever comes from an allow-list.
 */
public final class Search<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final List<String> joins = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String tieBreaker = "slug";
    private String rank;

    private Search(EntityManager em, Class<T> type, String alias) {
        this.em = em;
        this.type = type;
        this.alias = alias;
    }

    /** The entry of the network's reference data with this slug, if any. */
    public static <T extends RegistryEntry> java.util.Optional<T> bySlug(EntityManager em, Class<T> type, String slug) {
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.slug = :slug", type)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public static <T> Search<T> of(EntityManager em, Class<T> type, String alias) {
        return new Search<>(em, type, alias);
    }

    /** Adds a condition that always applies (e.g. that a row is not deleted). */
    public Search<T> where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} (naming {@code :parameter}) when {@code value} is not null. */
    public Search<T> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** The attribute that orders rows the sort column ties on (default: the slug). */
    public Search<T> thenBy(String attribute) {
        this.tieBreaker = attribute;
        return this;
    }

    /** Fetches an association with the rows (e.g. the parent), for the representation. */
    public Search<T> fetch(String path) {
        joins.add(" LEFT JOIN FETCH " + path);
        return this;
    }

    /** Case-insensitive text anywhere in one of the fields (e.g. the name in every language). */
    public Search<T> text(String text, String... fields) {
        if (text != null) {
            var any = new ArrayList<String>();
            for (String field : fields) {
                any.add("LOWER(" + field + ") LIKE :text");
            }
            conditions.add("(" + String.join(" OR ", any) + ")");
            parameters.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        }
        return this;
    }

    /**
     * Words in the entity's full-text {@code search} column (see the migration {@code V5__full_text_search}),
     * in any of the network's languages, read as a web search (never a syntax error); the page is then
     * ordered by relevance first, and by its sort column among equally relevant rows.
     */
    public Search<T> matching(String words) {
        if (words != null && !words.isBlank()) {
            String vector = "COLUMN('search', " + alias + ")";
            conditions.add("SQL('(? @@ search_query(?))', " + vector + ", :words) = TRUE");
            rank = "SQL('ts_rank(?, search_query(?))', " + vector + ", :words) DESC, ";
            parameters.put("words", words);
        }
        return this;
    }

    public Page<T> page(PageRequest request) {
        String from = " FROM " + type.getSimpleName() + " " + alias;
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = " ORDER BY " + (rank == null ? "" : rank) + alias + "." + request.sortColumn()
                + (request.ascending() ? " ASC" : " DESC") + " NULLS LAST, " + alias + "." + tieBreaker;
        TypedQuery<T> query = em.createQuery("SELECT " + alias + from + String.join("", joins) + where + order, type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = query.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    /**
     * A page read in two steps, for lists that grow large: first only the ids of the page, in the sort
     * order, ties broken by {@code id} in the same direction (so that an index on the sort column and the
     * id serves it by an index-only scan, however deep the page); then only the rows of those ids, by
     * {@code load}, in that order.
     *
     * @param load the entities with these ids, in any order (it may fetch what their representation needs)
     * @param idOf the id of an entity that {@code load} returned
     */
    public Page<T> pageByIds(PageRequest request, Function<List<Long>, List<T>> load, Function<T, Long> idOf) {
        String from = " FROM " + type.getSimpleName() + " " + alias;
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String direction = request.ascending() ? " ASC" : " DESC";
        String order = " ORDER BY " + (rank == null ? "" : rank) + alias + "." + request.sortColumn() + direction
                + " NULLS LAST, " + alias + ".id" + direction;
        TypedQuery<Long> ids = em.createQuery("SELECT " + alias + ".id" + from + where + order, Long.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from + where, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Long> page = ids.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        var byId = new java.util.HashMap<Long, T>();
        if (!page.isEmpty()) {
            for (T item : load.apply(page)) {
                byId.put(idOf.apply(item), item);
            }
        }
        List<T> items =
                page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
