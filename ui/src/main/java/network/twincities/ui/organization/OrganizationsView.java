package network.twincities.ui.organization;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.ResourceNames;

/** The network's partner organizations: search, filter by kind; administrators add them. */
@Route(value = "organizations", layout = MainLayout.class)
public class OrganizationsView extends ListRoute<Organization> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("organization", "organizations");

    @Inject
    public OrganizationsView(@Backend OrganizationsClient organizations, CurrentUser currentUser) {
        Select<String> kind = ListPage.selectFilter(NAMES.id("filter-kind"), Organization.KINDS);
        kind.setItemLabelGenerator(this::kindLabel);
        show(ListPage.<Organization>builder(NAMES, OrganizationView.class)
                .admin(currentUser.profile().isForumAdmin())
                .filter(kind, "field.kind", "kind")
                .column(
                        "territories.column.name",
                        organization -> organization.nameIn(getLocale()),
                        column -> column.setFlexGrow(3))
                .column("field.kind", organization -> kindLabel(organization.kind()))
                .column(
                        "territories.column.country",
                        organization -> Registry.country(organization.country(), getLocale()),
                        column -> column.setFlexGrow(2))
                .componentColumn("organization.website", OrganizationsView::website, column -> column.setFlexGrow(2))
                .items((query, number, size) ->
                        organizations.list(number, size, query.sort(), query.q(), kind.getValue(), null))
                .editor(
                        new OrganizationForm(),
                        EditorDialog.Operations.of(organizations::create, organizations::update, organizations::get))
                .build());
    }

    /** A link to the website, named by its address; nothing when there is none. */
    private static Component website(Organization organization) {
        String url = organization.website();
        if (url == null || url.isBlank()) {
            return new Span();
        }
        Anchor link = new Anchor(url, url);
        link.setTarget("_blank");
        return link;
    }

    private String kindLabel(String kind) {
        return kind == null
                ? ""
                : Organization.KINDS.contains(kind) ? getTranslation("organization.kind." + kind) : kind;
    }
}
