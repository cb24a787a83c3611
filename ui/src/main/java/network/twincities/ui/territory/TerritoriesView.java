package network.twincities.ui.territory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.PagedItems;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.SearchField;

/**
 * The territory directory: search and filters over the backend's territories, shown as a list
 * (read page by page), as the hierarchy of parents and children, or on a map. Forum
 * administrators create territories here.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "territories", layout = MainLayout.class)
public class TerritoriesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String SORT_PROPERTY = "name";

    /** The tree and the map load the whole (filtered) network, which is small; this caps it. */
    static final int MAX_ALL = 2000;

    /** The list's columns that the API sorts by, by column key. */
    static final List<String> SORTABLE = List.of("name", "kind", "country", "population", "membership");

    private final TerritoriesClient territories;
    private final boolean admin;

    private final Button create;
    private final RegistryHeader header;
    private final SearchField search;
    private final Select<String> kindFilter = new Select<>();
    private final ComboBox<String> countryFilter = new ComboBox<>();
    private final Select<String> membershipFilter = new Select<>();
    private final Tab listTab = new Tab();
    private final Tab treeTab = new Tab();
    private final Tab mapTab = new Tab();
    private final Tabs tabs = new Tabs(listTab, treeTab, mapTab);
    private final Grid<Territory> grid = new Grid<>();
    private final TreeGrid<Territory> tree = new TreeGrid<>();
    private final TerritoryMap map = new TerritoryMap();
    private final Grid.Column<Territory> nameColumn;
    private final Grid.Column<Territory> kindColumn;
    private final Grid.Column<Territory> countryColumn;
    private final Grid.Column<Territory> parentColumn;
    private final Grid.Column<Territory> populationColumn;
    private final Grid.Column<Territory> membershipColumn;
    private final Grid.Column<Territory> treeNameColumn;
    private final Grid.Column<Territory> treeKindColumn;
    private final Grid.Column<Territory> treeMembershipColumn;
    private final TerritoryForm form = new TerritoryForm();
    private final EditorDialog<Territory> editor;

    private Filters filters = Filters.NONE;
    private List<Territory> all;

    /** What the user filters by; null for "any". */
    record Filters(String q, String kind, String country, String membership) {
        static final Filters NONE = new Filters(null, null, null, null);
    }

    @Inject
    public TerritoriesView(@Backend TerritoriesClient territories, CurrentUser currentUser) {
        this.territories = territories;
        this.admin = currentUser.profile().isForumAdmin();
        setId("territories-view");
        setSizeFull();

        create = RegistryHeader.createButton("territory-create", admin);
        create.addClickListener(event -> openCreate());
        header = new RegistryHeader(create);
        header.title().addClassName("view-title");

        search = new SearchField("territory-search", this::filter);
        kindFilter.setId("territory-filter-kind");
        kindFilter.setItems(Territory.KINDS);
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setItemLabelGenerator(this::kindLabel);
        kindFilter.addValueChangeListener(event -> filter());
        countryFilter.setId("territory-filter-country");
        countryFilter.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        countryFilter.setItemLabelGenerator(code -> TerritoryLabels.country(code, getLocale()));
        countryFilter.setClearButtonVisible(true);
        countryFilter.addValueChangeListener(event -> filter());
        membershipFilter.setId("territory-filter-membership");
        membershipFilter.setItems(Territory.MEMBERSHIPS);
        membershipFilter.setEmptySelectionAllowed(true);
        membershipFilter.setItemLabelGenerator(this::membershipLabel);
        membershipFilter.addValueChangeListener(event -> filter());
        HorizontalLayout filterBar = new HorizontalLayout(search, kindFilter, countryFilter, membershipFilter);
        filterBar.setWidthFull();
        filterBar.getStyle().set("flex-wrap", "wrap");
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        listTab.setId("territory-tab-list");
        treeTab.setId("territory-tab-tree");
        mapTab.setId("territory-tab-map");
        tabs.setId("territory-tabs");
        tabs.addSelectedChangeListener(event -> showTab());

        grid.setId("territories-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nameColumn = grid.addColumn(this::name).setKey("name").setFlexGrow(3);
        kindColumn = grid.addColumn(territory -> kindLabel(territory.kind())).setKey("kind");
        countryColumn = grid.addColumn(territory -> TerritoryLabels.country(territory.country(), getLocale()))
                .setKey("country")
                .setFlexGrow(2);
        parentColumn = grid.addColumn(Territory::parent).setKey("parent").setFlexGrow(2);
        populationColumn = grid.addColumn(territory ->
                        TerritoryLabels.population(territory.population(), territory.populationYear(), getLocale()))
                .setKey("population")
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(2);
        membershipColumn = grid.addColumn(territory -> membershipLabel(territory.membership()))
                .setKey("membership");
        grid.getColumns().forEach(column -> {
            column.setResizable(true);
            if (SORTABLE.contains(column.getKey())) {
                column.setSortProperty(column.getKey());
            }
        });
        grid.setMultiSort(false);
        PagedItems.bind(grid, this, query -> {
            String sort = sortParameter(query.getSortOrders());
            Filters current = filters;
            return (page, size) -> territories.list(
                    page, size, sort, current.q(), current.kind(), current.country(), current.membership(), null);
        });
        grid.addItemClickListener(event -> openProfile(event.getItem()));

        tree.setId("territories-tree");
        tree.setSizeFull();
        treeNameColumn = tree.addHierarchyColumn(this::name)
                .setKey("name")
                .setSortable(false)
                .setFlexGrow(3);
        treeKindColumn =
                tree.addColumn(territory -> kindLabel(territory.kind())).setKey("kind");
        treeMembershipColumn = tree.addColumn(territory -> membershipLabel(territory.membership()))
                .setKey("membership");
        tree.addItemDoubleClickListener(event -> openProfile(event.getItem()));

        editor = EditorDialog.of(
                "territory-editor",
                form,
                operations(territories),
                territory -> territory == null
                        ? getTranslation("territory.create")
                        : getTranslation("territory.edit", name(territory)));
        editor.onSaved(saved -> {
            all = null;
            grid.getDataProvider().refreshAll();
            showTab();
        });

        add(header, filterBar, tabs, grid, tree, map);
        setFlexGrow(1, grid, tree);
        showTab();
    }

    private void showTab() {
        Tab selected = tabs.getSelectedTab();
        grid.setVisible(selected == listTab);
        tree.setVisible(selected == treeTab);
        map.setVisible(selected == mapTab);
        if (selected == treeTab) {
            List<Territory> loaded = loadAll();
            TerritoryTree hierarchy = TerritoryTree.of(loaded, Comparator.comparing(this::name, String::compareTo));
            tree.setItems(hierarchy.roots(), hierarchy::children);
            tree.expandRecursively(hierarchy.roots(), 3);
        } else if (selected == mapTab) {
            map.show(loadAll(), getLocale());
        }
    }

    private List<Territory> loadAll() {
        if (all == null) {
            Filters current = filters;
            try {
                all = Paging.all(
                        (page, size) -> territories.list(
                                page,
                                size,
                                "name,asc",
                                current.q(),
                                current.kind(),
                                current.country(),
                                current.membership(),
                                null),
                        MAX_ALL);
            } catch (RuntimeException failure) {
                Notifications.error(BackendErrors.message(failure, this::getTranslation));
                return List.of();
            }
        }
        return all;
    }

    private void filter() {
        filters = new Filters(
                search.query(), kindFilter.getValue(), countryFilter.getValue(), membershipFilter.getValue());
        all = null;
        grid.getDataProvider().refreshAll();
        showTab();
    }

    private void openCreate() {
        form.setParentOptions(allUnfiltered(), null);
        editor.open(null);
    }

    private List<Territory> allUnfiltered() {
        try {
            return Paging.all((page, size) -> territories.list(page, size, "name,asc", null), MAX_ALL);
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return List.of();
        }
    }

    private void openProfile(Territory territory) {
        getUI().ifPresent(ui -> ui.navigate(TerritoryView.class, new RouteParameters("slug", territory.slug())));
    }

    /** The backend calls of the editor, here and on the profile. */
    static EditorDialog.Operations<Territory> operations(TerritoriesClient territories) {
        return new EditorDialog.Operations<>(
                territory -> territories.create(territory.forWrite(true)),
                (original, territory) -> territories.update(
                        original.slug(), Paging.ifMatch(original.version()), territory.forWrite(false)),
                original -> territories.get(original.slug()));
    }

    /** The API's {@code sort} parameter for the grid's sort order: by name, ascending unless asked. */
    static String sortParameter(List<QuerySortOrder> sortOrders) {
        if (sortOrders != null) {
            for (QuerySortOrder order : sortOrders) {
                if (SORTABLE.contains(order.getSorted())) {
                    return order.getSorted() + (order.getDirection() == SortDirection.DESCENDING ? ",desc" : ",asc");
                }
            }
        }
        return SORT_PROPERTY + ",asc";
    }

    private String name(Territory territory) {
        return territory.name() == null || territory.name().in(getLocale()).isBlank()
                ? territory.slug()
                : territory.name().in(getLocale());
    }

    private String kindLabel(String kind) {
        return TerritoryLabels.enumLabel("territory.kind.", kind, Territory.KINDS, this::getTranslation);
    }

    private String membershipLabel(String membership) {
        return TerritoryLabels.enumLabel(
                "territory.membership.", membership, Territory.MEMBERSHIPS, this::getTranslation);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        header.setTitle(getTranslation("territories.title"));
        create.setText(getTranslation("territory.create"));
        search.setLabel(getTranslation("territories.search"));
        search.setPlaceholder(getTranslation("territories.search.placeholder"));
        kindFilter.setLabel(getTranslation("territories.column.kind"));
        kindFilter.setEmptySelectionCaption(getTranslation("filter.any"));
        countryFilter.setLabel(getTranslation("territories.column.country"));
        membershipFilter.setLabel(getTranslation("territories.column.membership"));
        membershipFilter.setEmptySelectionCaption(getTranslation("filter.any"));
        listTab.setLabel(getTranslation("territories.tab.list"));
        treeTab.setLabel(getTranslation("territories.tab.tree"));
        mapTab.setLabel(getTranslation("territories.tab.map"));
        nameColumn.setHeader(getTranslation("territories.column.name"));
        kindColumn.setHeader(getTranslation("territories.column.kind"));
        countryColumn.setHeader(getTranslation("territories.column.country"));
        parentColumn.setHeader(getTranslation("territories.column.parent"));
        populationColumn.setHeader(getTranslation("territories.column.population"));
        membershipColumn.setHeader(getTranslation("territories.column.membership"));
        treeNameColumn.setHeader(getTranslation("territories.column.name"));
        treeKindColumn.setHeader(getTranslation("territories.column.kind"));
        treeMembershipColumn.setHeader(getTranslation("territories.column.membership"));
        grid.getDataProvider().refreshAll();
        showTab();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territories.title") + " · " + getTranslation("app.title");
    }
}
