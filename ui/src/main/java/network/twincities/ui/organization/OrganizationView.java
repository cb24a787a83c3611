package network.twincities.ui.organization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.Writes;

/** An organization's page; administrators edit and delete it here. */
@Route(value = "organizations/:slug", layout = MainLayout.class)
public class OrganizationView extends VerticalLayout
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final OrganizationsClient organizations;
    private final boolean admin;
    private final Button edit = RegistryHeader.editButton("organization-edit");
    private final Button delete = RegistryHeader.deleteButton("organization-delete");
    private final RegistryHeader header = new RegistryHeader(edit, delete);
    private final RouterLink back = new RouterLink("", OrganizationsView.class);
    private final DetailList details = new DetailList();
    private final OrganizationForm form = new OrganizationForm();
    private final EditorDialog<Organization> editor;
    private String slug;
    private Organization organization;

    @Inject
    public OrganizationView(@Backend OrganizationsClient organizations, CurrentUser currentUser) {
        this.organizations = organizations;
        this.admin = currentUser.profile().isForumAdmin();
        setId("organization-view");
        header.title().setId("organization-title");
        edit.setVisible(false);
        delete.setVisible(false);

        editor = EditorDialog.of(
                "organization-editor",
                form,
                OrganizationsView.operations(organizations),
                value -> getTranslation("organization.edit", value == null ? "" : name(value)));
        editor.onSaved(saved -> load());
        edit.addClickListener(event -> {
            load();
            if (organization != null) {
                editor.open(organization);
            }
        });
        delete.addClickListener(event -> {
            Organization current = organization;
            Writes.confirmAndDelete(
                    this,
                    name(current),
                    () -> organizations.delete(current.slug(), Paging.ifMatch(current.version())),
                    OrganizationsView.class);
        });
        add(back, header, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        load();
    }

    private void load() {
        try {
            organization = organizations.get(slug);
        } catch (RuntimeException failure) {
            organization = null;
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    private void render() {
        details.clear();
        back.setText("← " + getTranslation("organizations.title"));
        edit.setVisible(admin && organization != null);
        delete.setVisible(admin && organization != null);
        if (organization == null) {
            header.setTitle(slug);
            return;
        }
        header.setTitle(name(organization));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
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

    private String name(Organization value) {
        return Registry.name(value.name(), value.slug(), getLocale());
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
        return (organization == null ? getTranslation("organizations.title") : name(organization)) + " · "
                + getTranslation("app.title");
    }
}
