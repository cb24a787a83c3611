package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;

/** References shown by the referenced thing's name in the reader's language, linked to its page. */
public final class Links {

    private Links() {}

    /** The separator of a list in the reader's language: the Arabic comma in Arabic. */
    static String separator() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui != null && "ar".equals(ui.getLocale().getLanguage()) ? "، " : ", ";
    }

    /** A link to the page {@code view} of {@code slug}, named {@code name} (the slug only if no name is known). */
    public static RouterLink to(String slug, String name, Class<? extends Component> view) {
        RouterLink link =
                new RouterLink(name == null || name.isBlank() ? slug : name, view, new RouteParameters("slug", slug));
        link.getElement().setAttribute("data-slug", slug);
        return link;
    }

    /** Links to each slug's page, named from {@code names}, separated by commas; "—" for none. */
    public static Component list(List<String> slugs, Map<String, String> names, Class<? extends Component> view) {
        return list(slugs, slug -> to(slug, names.get(slug), view));
    }

    /** A component per slug, separated by commas; "—" for none. */
    public static Component list(List<String> slugs, SerializableFunction<String, Component> link) {
        if (slugs == null || slugs.isEmpty()) {
            return new Span("—");
        }
        Span links = new Span();
        for (int i = 0; i < slugs.size(); i++) {
            if (i > 0) {
                links.add(new Span(separator()));
            }
            links.add(link.apply(slugs.get(i)));
        }
        return links;
    }
}
