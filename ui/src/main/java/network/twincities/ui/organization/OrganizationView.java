package network.twincities.ui.organization;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Registry;

/** An organization's page; administrators edit and delete it here. */
@Route(value = "organizations/:slug", layout = MainLayout.class)
public class OrganizationView extends DetailRoute<Organization> {

    private static final long serialVersionUID = 1L;

    @Inject
    public OrganizationView(@Backend OrganizationsClient organizations, CurrentUser currentUser) {
        show(DetailPage.builder(OrganizationsView.NAMES, OrganizationsView.class, organizations::get)
                .admin(currentUser.profile().isForumAdmin())
                .rows(this::rows)
                .editor(
                        new OrganizationForm(),
                        EditorDialog.Operations.of(organizations::create, organizations::update, organizations::get))
                .delete(organizations::delete)
                .build());
    }

    private void rows(Organization organization, DetailList details) {
        details.addNames(organization.name(), this::getTranslation);
        details.add("slug", getTranslation("field.slug"), organization.slug());
        details.add(
                "kind",
                getTranslation("field.kind"),
                organization.kind() == null ? "" : getTranslation("organization.kind." + organization.kind()));
        details.add(
                "country",
                getTranslation("territories.column.country"),
                Registry.country(organization.country(), getLocale()));
        if (organization.website() != null) {
            Anchor website = new Anchor(organization.website(), organization.website());
            website.setTarget("_blank");
            details.add("website", getTranslation("organization.website"), website);
        } else {
            details.add("website", getTranslation("organization.website"), "");
        }
    }
}
