package network.twincities.ui.organization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;

/** The network's partner organizations: search, filter by kind; administrators add them. */
@Route(value = "organizations", layout = MainLayout.class)
public class OrganizationsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final OrganizationsClient organizations;
    private final H2 heading = new H2();
    private final Button create = new Button();
    private final TextField search = new TextField();
    private final Select<String> kindFilter = new Select<>();
    private final Grid<Organization> grid = new Grid<>();
    private final Grid.Column<Organization> nameColumn;
    private final Grid.Column<Organization> kindColumn;
    private final Grid.Column<Organization> countryColumn;
    private final Grid.Column<Organization> websiteColumn;
    private final OrganizationForm form = new OrganizationForm();
    private final EditorDialog<Organization> editor;

    @Inject
    public OrganizationsView(@Backend OrganizationsClient organizations, CurrentUser currentUser) {
        this.organizations = organizations;
        setId("organizations-view");
        setSizeFull();
        heading.getStyle().set("margin", "0");
        create.setId("organization-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.profile().isForumAdmin());
        HorizontalLayout top = new HorizontalLayout(heading, create);
        top.setWidthFull();
        top.expand(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        search.setId("organization-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        kindFilter.setId("organization-filter-kind");
        kindFilter.setItems(Organization.KINDS);
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setItemLabelGenerator(this::kindLabel);
        kindFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(search, kindFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("organizations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nameColumn = grid.addColumn(
                        organization -> Registry.name(organization.name(), organization.slug(), getLocale()))
                .setFlexGrow(3);
        kindColumn = grid.addColumn(organization -> kindLabel(organization.kind()));
        countryColumn = grid.addColumn(organization -> Registry.country(organization.country(), getLocale()))
                .setFlexGrow(2);
        websiteColumn = grid.addComponentColumn(organization -> {
                    Anchor link = new Anchor(
                            organization.website() == null ? "" : organization.website(),
                            organization.website() == null ? "" : organization.website());
                    link.setTarget("_blank");
                    return link;
                })
                .setFlexGrow(2);
        grid.setItems(this::fetch, this::count);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                OrganizationView.class,
                new RouteParameters("slug", event.getItem().slug()))));

        editor = new EditorDialog<>(
                "organization-editor",
                form,
                new EditorDialog.Operations<>(
                        value -> organizations.create(value.forWrite(true)),
                        (original, value) -> organizations.update(
                                original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                        original -> organizations.get(original.slug())),
                value -> getTranslation("organization.create"));
        editor.add(form);
        form.addSaveListener(event -> editor.save(event.organization()));
        form.addCancelListener(event -> editor.close());
        editor.onSaved(saved -> grid.getDataProvider().refreshAll());
        create.addClickListener(event -> editor.open(null));

        add(top, filters, grid);
        setFlexGrow(1, grid);
    }

    private String q() {
        String text = search.getValue() == null ? "" : search.getValue().trim();
        return text.isEmpty() ? null : text;
    }

    private Stream<Organization> fetch(Query<Organization, Void> query) {
        try {
            return Paging.window(
                    query.getOffset(),
                    query.getLimit(),
                    (page, size) -> organizations.list(page, size, "name,asc", q(), kindFilter.getValue(), null))
                    .stream();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return Stream.empty();
        }
    }

    private int count(Query<Organization, Void> query) {
        query.getOffset();
        query.getLimit();
        try {
            return Paging.count(organizations.list(0, 1, "name,asc", q(), kindFilter.getValue(), null));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return 0;
        }
    }

    private String kindLabel(String kind) {
        return kind == null
                ? ""
                : Organization.KINDS.contains(kind) ? getTranslation("organization.kind." + kind) : kind;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("organizations.title"));
        create.setText(getTranslation("organization.create"));
        search.setLabel(getTranslation("territories.search"));
        kindFilter.setLabel(getTranslation("field.kind"));
        kindFilter.setEmptySelectionCaption(getTranslation("filter.any"));
        nameColumn.setHeader(getTranslation("territories.column.name"));
        kindColumn.setHeader(getTranslation("field.kind"));
        countryColumn.setHeader(getTranslation("territories.column.country"));
        websiteColumn.setHeader(getTranslation("organization.website"));
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title") + " · " + getTranslation("app.title");
    }
}
