package network.twincities.ui.organization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.PagedItems;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.SearchField;

/** The network's partner organizations: search, filter by kind; administrators add them. */
@Route(value = "organizations", layout = MainLayout.class)
public class OrganizationsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final OrganizationsClient organizations;
    private final Button create;
    private final RegistryHeader header;
    private final SearchField search;
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
        create = RegistryHeader.createButton(
                "organization-create", currentUser.profile().isForumAdmin());
        header = new RegistryHeader(create);
        search = new SearchField(
                "organization-search", () -> grid.getDataProvider().refreshAll());

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
        PagedItems.bind(
                grid,
                this,
                query -> (page, size) ->
                        organizations.list(page, size, "name,asc", search.query(), kindFilter.getValue(), null));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                OrganizationView.class,
                new RouteParameters("slug", event.getItem().slug()))));

        editor = EditorDialog.of(
                "organization-editor", form, operations(organizations), value -> getTranslation("organization.create"));
        editor.onSaved(saved -> grid.getDataProvider().refreshAll());
        create.addClickListener(event -> editor.open(null));

        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private String kindLabel(String kind) {
        return kind == null
                ? ""
                : Organization.KINDS.contains(kind) ? getTranslation("organization.kind." + kind) : kind;
    }

    /** The backend calls of the editor, here and on the detail page. */
    static EditorDialog.Operations<Organization> operations(OrganizationsClient organizations) {
        return new EditorDialog.Operations<>(
                value -> organizations.create(value.forWrite(true)),
                (original, value) -> organizations.update(
                        original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                original -> organizations.get(original.slug()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        header.setTitle(getTranslation("organizations.title"));
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
