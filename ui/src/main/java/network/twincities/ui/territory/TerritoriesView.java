package network.twincities.ui.territory;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import network.twincities.ui.MainLayout;
import network.twincities.ui.Names;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListQuery;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.ResourceNames;

/**
 * The territory directory: search and filters over the backend's territories, shown as a list
 * (read page by page), as the hierarchy of parents and children, or on a map. Forum
 * administrators create territories here.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "territories", layout = MainLayout.class)
public class TerritoriesView extends ListRoute<Territory> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("territory", "territories");

    /** The tree and the map load the whole (filtered) network, which is small; this caps it. */
    static final int MAX_ALL = 2000;

    /** The list's columns that the API sorts by, by column key. */
    static final List<String> SORTABLE = List.of("name", "kind", "country", "population", "membership");

    private final TerritoriesClient territories;
    private final Select<String> kindFilter = ListPage.selectFilter(NAMES.id("filter-kind"), Territory.KINDS);
    private final ComboBox<String> countryFilter = new ComboBox<>();
    private final Select<String> membershipFilter =
            ListPage.selectFilter(NAMES.id("filter-membership"), Territory.MEMBERSHIPS);
    private final Tab listTab = new Tab();
    private final Tab treeTab = new Tab();
    private final Tab mapTab = new Tab();
    private final Tabs tabs = new Tabs(listTab, treeTab, mapTab);
    private final TreeGrid<Territory> tree = new TreeGrid<>();
    private final TerritoryMap map = new TerritoryMap();
    private final Grid.Column<Territory> treeNameColumn;
    private final Grid.Column<Territory> treeKindColumn;
    private final Grid.Column<Territory> treeMembershipColumn;

    private List<Territory> all;

    @Inject
    public TerritoriesView(@Backend TerritoriesClient territories, Names names, CurrentUser currentUser) {
        this.territories = territories;

        kindFilter.setItemLabelGenerator(this::kindLabel);
        countryFilter.setId(NAMES.id("filter-country"));
        countryFilter.setItems(Arrays.stream(Locale.getISOCountries()).sorted().toList());
        countryFilter.setItemLabelGenerator(code -> Registry.country(code, getLocale()));
        countryFilter.setClearButtonVisible(true);
        membershipFilter.setItemLabelGenerator(this::membershipLabel);

        listTab.setId("territory-tab-list");
        treeTab.setId("territory-tab-tree");
        mapTab.setId("territory-tab-map");
        tabs.setId("territory-tabs");
        tabs.addSelectedChangeListener(event -> {
            showTab();
            if (event.isFromClient()) {
                page().remember();
            }
        });

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

        TerritoryForm form = new TerritoryForm();
        show(ListPage.<Territory>builder(NAMES, TerritoryView.class)
                .admin(currentUser.profile().isForumAdmin())
                .searchPlaceholder("territories.search.placeholder")
                .filter(kindFilter, "territories.column.kind", "kind")
                .filter(countryFilter, "territories.column.country", "country")
                .filter(membershipFilter, "territories.column.membership", "membership")
                .column("territories.column.name", this::name, column -> keyed(column, "name", 3))
                .column(
                        "territories.column.kind",
                        territory -> kindLabel(territory.kind()),
                        column -> keyed(column, "kind", 1))
                .column(
                        "territories.column.country",
                        territory -> Registry.country(territory.country(), getLocale()),
                        column -> keyed(column, "country", 2))
                .componentColumn(
                        "territories.column.parent",
                        territory -> names.territories().link(territory.parent(), getLocale()),
                        column -> keyed(column, "parent", 2))
                .column(
                        "territories.column.population",
                        territory -> TerritoryLabels.population(
                                territory.population(), territory.populationYear(), getLocale()),
                        column -> keyed(column, "population", 2).setTextAlign(ColumnTextAlign.END))
                .column(
                        "territories.column.membership",
                        territory -> membershipLabel(territory.membership()),
                        column -> keyed(column, "membership", 1))
                .items((query, number, size) -> list(query, number, size))
                .editor(form, EditorDialog.Operations.of(territories::create, territories::update, territories::get))
                .beforeCreate(() -> form.setParentOptions(allUnfiltered(), null))
                .onChange(() -> {
                    all = null;
                    names.territories().forget();
                    showTab();
                })
                .onLocaleChange(this::localize)
                .above(tabs)
                .below(tree, map)
                .build());
        page().setFlexGrow(1, tree);
        tree.addItemDoubleClickListener(event -> page().open(event.getItem()));
        page().state("tab", this::tabParameter, this::selectTab);
        showTab();
    }

    /** A resizable column of the list with its key; the API sorts by the {@link #SORTABLE} ones. */
    private static Grid.Column<Territory> keyed(Grid.Column<Territory> column, String key, int flexGrow) {
        column.setKey(key).setFlexGrow(flexGrow).setResizable(true);
        if (SORTABLE.contains(key)) {
            column.setSortProperty(key);
        }
        return column;
    }

    private network.twincities.ui.platform.api.Page<Territory> list(ListQuery query, int number, int size) {
        return territories.list(
                number,
                size,
                query.sort(),
                query.q(),
                kindFilter.getValue(),
                countryFilter.getValue(),
                membershipFilter.getValue(),
                null);
    }

    /** The tab in the address: {@code tab=tree} or {@code tab=map}; the list is the default. */
    private String tabParameter() {
        Tab selected = tabs.getSelectedTab();
        return selected == treeTab ? "tree" : selected == mapTab ? "map" : null;
    }

    private void selectTab(String parameter) {
        tabs.setSelectedTab("tree".equals(parameter) ? treeTab : "map".equals(parameter) ? mapTab : listTab);
    }

    private void showTab() {
        Tab selected = tabs.getSelectedTab();
        page().grid().setVisible(selected == listTab);
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

    /** The whole filtered network, for the tree and the map; read once per change of the filters. */
    private List<Territory> loadAll() {
        if (all == null) {
            ListQuery query = page().query();
            try {
                all = Paging.all((number, size) -> list(query, number, size), MAX_ALL);
            } catch (RuntimeException failure) {
                Notifications.error(BackendErrors.message(failure, this::getTranslation));
                return List.of();
            }
        }
        return all;
    }

    private List<Territory> allUnfiltered() {
        try {
            return Paging.all((number, size) -> territories.list(number, size, "name,asc", null), MAX_ALL);
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return List.of();
        }
    }

    private String name(Territory territory) {
        return territory.nameIn(getLocale());
    }

    private String kindLabel(String kind) {
        return TerritoryLabels.enumLabel("territory.kind.", kind, Territory.KINDS, this::getTranslation);
    }

    private String membershipLabel(String membership) {
        return TerritoryLabels.enumLabel(
                "territory.membership.", membership, Territory.MEMBERSHIPS, this::getTranslation);
    }

    private void localize() {
        listTab.setLabel(getTranslation("territories.tab.list"));
        treeTab.setLabel(getTranslation("territories.tab.tree"));
        mapTab.setLabel(getTranslation("territories.tab.map"));
        treeNameColumn.setHeader(getTranslation("territories.column.name"));
        treeKindColumn.setHeader(getTranslation("territories.column.kind"));
        treeMembershipColumn.setHeader(getTranslation("territories.column.membership"));
        showTab();
    }
}
