package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The resources of one kind that a page refers to by slug (a territory's parent, an event's city, an
 * MoU's parties), read with one list call the first time a name is asked for and kept for the view's
 * life; shown by their name in the reader's language and linked to their page, never by their slug.
 *
 * @param <T> the resource referred to
 */
public final class NameIndex<T extends RegistryItem<T>> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** All resources of the kind (one list call, paged only beyond the API's largest page). */
    @FunctionalInterface
    public interface All<T> extends Serializable, Supplier<List<T>> {}

    private final All<T> all;
    private final Class<? extends Component> page;
    private Map<String, T> bySlug;

    /** The index of what {@code all} lists, each linked to its {@code page} (a route with {@code :slug}). */
    public NameIndex(All<T> all, Class<? extends Component> page) {
        this.all = all;
        this.page = page;
    }

    /** The resource of this slug; null when there is none (or the list cannot be read). */
    public T get(String slug) {
        if (slug == null) {
            return null;
        }
        if (bySlug == null) {
            Map<String, T> read = new LinkedHashMap<>();
            try {
                all.get().forEach(item -> read.put(item.slug(), item));
            } catch (RuntimeException unreadable) {
                // the names cannot be read now: the slugs stand in for them on this page
            }
            bySlug = read;
        }
        return bySlug.get(slug);
    }

    /** Every slug known, in the order of the list. */
    public List<String> slugs() {
        get("");
        return List.copyOf(bySlug.keySet());
    }

    /** The name in the language; the slug when the resource is not known. */
    public String name(String slug, Locale locale) {
        if (slug == null) {
            return "";
        }
        T item = get(slug);
        String name = item == null ? null : item.nameIn(locale);
        return name == null || name.isBlank() ? slug : name;
    }

    /** A link to the resource's page, named in the language; "—" for none. */
    public Component link(String slug, Locale locale) {
        if (slug == null || slug.isBlank()) {
            return new Span("—");
        }
        RouterLink link = new RouterLink(name(slug, locale), page, new RouteParameters("slug", slug));
        link.getElement().setAttribute("data-slug", slug);
        return link;
    }

    /** Links to the resources, separated by commas; "—" for none. */
    public Component links(List<String> slugs, Locale locale) {
        if (slugs == null || slugs.isEmpty()) {
            return new Span("—");
        }
        Span links = new Span();
        for (int i = 0; i < slugs.size(); i++) {
            if (i > 0) {
                links.add(new Span(", "));
            }
            links.add(link(slugs.get(i), locale));
        }
        return links;
    }

    /** Reads the list again when next asked (after a write that may rename). */
    public void forget() {
        bySlug = null;
    }
}
