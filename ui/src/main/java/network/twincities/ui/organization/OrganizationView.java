package network.twincities.ui.organization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import network.twincities.ui.platform.ui.Writes;

/** An organization's page; administrators edit and delete it here. */
@Route(value = "organizations/:slug", layout = MainLayout.class)
public class OrganizationView extends VerticalLayout
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final OrganizationsClient organizations;
    private final boolean admin;
    private final H2 heading = new H2();
    private final Button edit = new Button();
    private final Button delete = new Button();
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
        heading.setId("organization-title");
        heading.getStyle().set("margin", "0");
        edit.setId("organization-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        delete.setId("organization-delete");
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.setVisible(false);
        delete.setVisible(false);
        HorizontalLayout top = new HorizontalLayout(heading, edit, delete);
        top.setWidthFull();
        top.expand(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        editor = new EditorDialog<>(
                "organization-editor",
                form,
                new EditorDialog.Operations<>(
                        value -> organizations.create(value.forWrite(true)),
                        (original, value) -> organizations.update(
                                original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                        original -> organizations.get(original.slug())),
                value -> getTranslation("organization.edit", value == null ? "" : name(value)));
        editor.add(form);
        form.addSaveListener(event -> editor.save(event.organization()));
        form.addCancelListener(event -> editor.close());
        editor.onSaved(saved -> load());
        edit.addClickListener(event -> {
            load();
            if (organization != null) {
                editor.open(organization);
            }
        });
        delete.addClickListener(event -> {
            Organization current = organization;
            Writes.confirmDelete(this, name(current), () -> {
                if (Writes.delete(
                        this, () -> organizations.delete(current.slug(), Paging.ifMatch(current.version())))) {
                    Notifications.success(getTranslation("deleted"));
                    getUI().ifPresent(ui -> ui.navigate(OrganizationsView.class));
                }
            });
        });
        add(back, top, details);
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
            heading.setText(slug);
            return;
        }
        heading.setText(name(organization));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (organization.name() != null) {
            details.add(
                    "name.en",
                    getTranslation("field.name.en"),
                    organization.name().en());
            details.add(
                    "name.fr",
                    getTranslation("field.name.fr"),
                    organization.name().fr());
            details.add(
                    "name.ar",
                    getTranslation("field.name.ar"),
                    organization.name().ar());
        }
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
