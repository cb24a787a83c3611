package network.twincities.ui.territory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandaClient;
import network.twincities.ui.memorandum.Memorandum;
import network.twincities.ui.memorandum.MemorandumView;
import network.twincities.ui.memorandum.StatusBadge;
import network.twincities.ui.people.TerritoryPeople;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Registry;

/**
 * A territory's profile: its names in the three languages, what it is and where, its place in the
 * hierarchy (parent and children as links), and the network's MoUs, projects and best practices
 * about it. Forum administrators edit and delete it here.
 */
@Route(value = "territories/:slug", layout = MainLayout.class)
public class TerritoryView extends DetailRoute<Territory> {

    private static final long serialVersionUID = 1L;

    /** At most this many MoUs are listed on a profile. */
    static final int MAX_MOUS = 500;

    private final TerritoriesClient territories;
    private final transient MemorandaClient mous;
    private final Div sections = new Div();

    /** Its projects, best practices and suggested twins. */
    @Inject
    TerritoryActivity activity;

    /** Its people, for forum administrators. */
    @Inject
    TerritoryPeople people;

    private final boolean admin;

    private List<Territory> children = List.of();
    private Territory parent;
    private List<Memorandum> memoranda = List.of();
    private RuntimeException memorandaFailure;

    @Inject
    public TerritoryView(
            @Backend TerritoriesClient territories, @Backend MemorandaClient mous, CurrentUser currentUser) {
        this.territories = territories;
        this.mous = mous;
        this.admin = currentUser.profile().isForumAdmin();
        sections.setWidthFull();
        TerritoryForm form = new TerritoryForm();
        show(DetailPage.builder(TerritoriesView.NAMES, TerritoriesView.class, this::load)
                .admin(currentUser.profile().isForumAdmin())
                .rows(this::rows)
                .sections(sections)
                .editor(form, EditorDialog.Operations.of(territories::create, territories::update, territories::get))
                .beforeEdit(territory -> form.setParentOptions(
                        Paging.all((number, size) -> territories.list(number, size, "name,asc", null), 2000),
                        territory.slug()))
                .delete(territories::delete)
                .build());
    }

    /** The territory, with its children, its parent (for its name) and the MoUs it is a party to. */
    private Territory load(String slug) {
        children = List.of();
        parent = null;
        memoranda = List.of();
        memorandaFailure = null;
        Territory territory = territories.get(slug);
        children = Paging.all(
                (number, size) -> territories.list(number, size, "name,asc", null, null, null, null, slug), 1000);
        parent = parentOf(territory);
        try {
            memoranda = Paging.all(
                    (number, size) -> mous.list(number, size, "reference,asc", null, slug, null, null), MAX_MOUS);
        } catch (RuntimeException failure) {
            memorandaFailure = failure;
        }
        return territory;
    }

    private void rows(Territory territory, DetailList details) {
        Locale locale = getLocale();
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
        details.add("parent", getTranslation("territories.column.parent"), parentLink(territory));
        details.add("children", getTranslation("territory.children"), childLinks());
        details.add(
                "country", getTranslation("territories.column.country"), Registry.country(territory.country(), locale));
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
                    Formats.dateTime(
                                    territory.updatedAt() != null ? territory.updatedAt() : territory.createdAt(),
                                    locale)
                            + (territory.updatedBy() != null ? " · " + territory.updatedBy() : ""));
        }
        sections.removeAll();
        sections.add(
                memoranda(),
                activity.projects(territory.slug(), this),
                activity.practices(territory.slug(), this),
                activity.twins(territory.slug(), this));
        if (admin) {
            sections.add(people.section(territory.slug(), this));
        }
    }

    /**
     * The MoUs the territory is a party to (those the user may read), each by its reference and
     * title, linked to its page, with its status.
     */
    private Component memoranda() {
        Div section = new Div(new H3(getTranslation("territory.section.mous")));
        section.setId("territory-mous");
        section.getStyle().set("margin-top", "var(--lumo-space-m)");
        if (memorandaFailure != null) {
            Paragraph error = new Paragraph(getTranslation(
                    "territory.mous.unreadable", BackendErrors.message(memorandaFailure, this::getTranslation)));
            error.setId("territory-mous-error");
            section.add(error);
            return section;
        }
        if (memoranda.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("territory.section.mous.none"));
            none.setId("territory-mous-none");
            section.addClassName("empty-section");
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("territory-mous-list");
        list.getStyle().set("padding-inline-start", "var(--lumo-space-l)");
        for (Memorandum mou : memoranda) {
            RouterLink link = new RouterLink(
                    mou.nameIn(getLocale()), MemorandumView.class, new RouteParameters("slug", mou.id()));
            ListItem item = new ListItem(
                    link, new Span(" "), StatusBadge.of(mou.status(), getTranslation("mou.status." + mou.status())));
            item.getElement().setAttribute("data-reference", String.valueOf(mou.reference()));
            item.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
            list.add(item);
        }
        section.add(list);
        return section;
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

    private Component parentLink(Territory territory) {
        if (territory.parent() == null) {
            return new Span("—");
        }
        RouterLink link = new RouterLink(
                parent == null ? territory.parent() : parent.nameIn(getLocale()),
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
            RouterLink link = new RouterLink(
                    child.nameIn(getLocale()), TerritoryView.class, new RouteParameters("slug", child.slug()));
            link.getElement().setAttribute("data-slug", child.slug());
            links.add(link);
        });
        return links;
    }

    static String location(Territory.Location location, Locale locale) {
        if (location == null || location.lat() == null || location.lon() == null) {
            return "";
        }
        return Formats.decimal(location.lat(), 2, 5, locale) + ", " + Formats.decimal(location.lon(), 2, 5, locale);
    }
}
