package network.twincities.ui.territory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.Writes;

/**
 * A territory's profile: its names in the three languages, what it is and where, its place in the
 * hierarchy (parent and children as links), and the network's MoUs, projects and best practices
 * about it. Forum administrators edit and delete it here.
 */
@Route(value = "territories/:slug", layout = MainLayout.class)
public class TerritoryView extends VerticalLayout
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final TerritoriesClient territories;
    private final boolean admin;

    private final Button edit = RegistryHeader.editButton("territory-edit");
    private final Button delete = RegistryHeader.deleteButton("territory-delete");
    private final RegistryHeader header = new RegistryHeader(edit, delete);
    private final RouterLink back = new RouterLink("", TerritoriesView.class);
    private final DetailList details = new DetailList();
    private final Div sections = new Div();
    private final TerritoryForm form = new TerritoryForm();
    private final EditorDialog<Territory> editor;

    private String slug;
    private Territory territory;
    private List<Territory> children = List.of();
    private Territory parent;

    @Inject
    public TerritoryView(@Backend TerritoriesClient territories, CurrentUser currentUser) {
        this.territories = territories;
        this.admin = currentUser.profile().isForumAdmin();
        setId("territory-view");

        header.title().setId("territory-title");
        edit.setVisible(admin);
        edit.addClickListener(event -> openEditor());
        delete.setVisible(admin);
        delete.addClickListener(event -> confirmDelete());
        back.setId("territory-back");
        details.setId("territory-details");
        sections.setWidthFull();

        editor = EditorDialog.of(
                "territory-editor",
                form,
                TerritoriesView.operations(territories),
                value -> getTranslation("territory.edit", value == null ? "" : name(value)));
        editor.onSaved(saved -> load());

        add(back, header, details, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        load();
    }

    private void load() {
        try {
            territory = territories.get(slug);
            children = Paging.all(
                    (page, size) -> territories.list(page, size, "name,asc", null, null, null, null, slug), 1000);
            parent = parentOf(territory);
        } catch (RuntimeException failure) {
            territory = null;
            parent = null;
            children = List.of();
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    private void render() {
        details.clear();
        sections.removeAll();
        edit.setVisible(admin && territory != null);
        delete.setVisible(admin && territory != null);
        back.setText("← " + getTranslation("territories.title"));
        if (territory == null) {
            header.setTitle(slug);
            return;
        }
        Locale locale = getLocale();
        header.setTitle(name(territory));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (territory.name() != null) {
            details.add(
                    "field.name.en",
                    getTranslation("field.name.en"),
                    territory.name().en());
            details.add(
                    "field.name.fr",
                    getTranslation("field.name.fr"),
                    territory.name().fr());
            Span arabic = new Span(
                    territory.name().ar() == null ? "" : territory.name().ar());
            arabic.getElement().setAttribute("dir", "rtl");
            arabic.getElement().setAttribute("lang", "ar");
            details.add("field.name.ar", getTranslation("field.name.ar"), arabic);
        }
        details.add("slug", getTranslation("field.slug"), territory.slug());
        details.add(
                "kind",
                getTranslation("territories.column.kind"),
                TerritoryLabels.enumLabel("territory.kind.", territory.kind(), Territory.KINDS, this::getTranslation));
        details.add("parent", getTranslation("territories.column.parent"), parentLink());
        details.add("children", getTranslation("territory.children"), childLinks());
        details.add(
                "country",
                getTranslation("territories.column.country"),
                TerritoryLabels.country(territory.country(), locale));
        details.add("isoCode", getTranslation("territory.isoCode"), territory.isoCode());
        details.add(
                "population",
                getTranslation("territories.column.population"),
                TerritoryLabels.population(territory.population(), territory.populationYear(), locale));
        details.add("location", getTranslation("territory.location"), location(territory.location(), locale));
        details.add(
                "membership",
                getTranslation("territories.column.membership"),
                territory.membership() == null
                        ? getTranslation("territory.membership.none")
                        : TerritoryLabels.enumLabel(
                                "territory.membership.",
                                territory.membership(),
                                Territory.MEMBERSHIPS,
                                this::getTranslation));
        if (territory.updatedAt() != null || territory.createdAt() != null) {
            details.add(
                    "updated",
                    getTranslation("field.updated"),
                    (territory.updatedAt() != null ? territory.updatedAt() : territory.createdAt())
                            + (territory.updatedBy() != null ? " · " + territory.updatedBy() : ""));
        }
        sections.add(
                section(
                        "territory-mous",
                        getTranslation("territory.section.mous"),
                        getTranslation("territory.section.mous.none")),
                section(
                        "territory-projects",
                        getTranslation("territory.section.projects"),
                        getTranslation("territory.section.projects.none")),
                section(
                        "territory-best-practices",
                        getTranslation("territory.section.bestPractices"),
                        getTranslation("territory.section.bestPractices.none")));
    }

    /** The parent, for its name; a parent that cannot be read is shown by its slug. */
    private Territory parentOf(Territory child) {
        if (child.parent() == null) {
            return null;
        }
        try {
            return territories.get(child.parent());
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private Component parentLink() {
        if (territory.parent() == null) {
            return new Span("—");
        }
        RouterLink link = new RouterLink(
                parent == null ? territory.parent() : name(parent),
                TerritoryView.class,
                new RouteParameters("slug", territory.parent()));
        link.getElement().setAttribute("data-slug", territory.parent());
        link.setId("territory-parent-link");
        return link;
    }

    private Component childLinks() {
        if (children.isEmpty()) {
            return new Span("—");
        }
        Div links = new Div();
        links.setId("territory-children");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        children.forEach(child -> {
            RouterLink link =
                    new RouterLink(name(child), TerritoryView.class, new RouteParameters("slug", child.slug()));
            link.getElement().setAttribute("data-slug", child.slug());
            links.add(link);
        });
        return links;
    }

    static String location(Territory.Location location, Locale locale) {
        if (location == null || location.lat() == null || location.lon() == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(5);
        format.setMinimumFractionDigits(2);
        return format.format(location.lat()) + ", " + format.format(location.lon());
    }

    private static Component section(String id, String title, String empty) {
        Div section = new Div(new H3(title), new Paragraph(empty));
        section.setId(id);
        section.addClassName("empty-section");
        section.getStyle().set("margin-top", "var(--lumo-space-m)");
        return section;
    }

    private void openEditor() {
        try {
            territory = territories.get(slug);
            form.setParentOptions(
                    Paging.all((page, size) -> territories.list(page, size, "name,asc", null), 2000), slug);
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return;
        }
        editor.open(territory);
    }

    private void confirmDelete() {
        Territory current = territory;
        Writes.confirmAndDelete(
                this,
                name(current),
                () -> territories.delete(current.slug(), Paging.ifMatch(current.version())),
                TerritoriesView.class);
    }

    private String name(Territory value) {
        return value.name() == null || value.name().in(getLocale()).isBlank()
                ? value.slug()
                : value.name().in(getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        edit.setText(getTranslation("action.edit"));
        delete.setText(getTranslation("action.delete"));
        if (slug != null) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        String title = territory == null ? getTranslation("territories.title") : name(territory);
        return title + " · " + getTranslation("app.title");
    }
}
