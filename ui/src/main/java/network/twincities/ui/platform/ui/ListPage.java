package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Page;

/**
 * The list page of a registry resource: a header with the title and, for administrators, the create
 * button; a search field and the resource's filters; a grid read page by page from the API, whose
 * rows open the resource's page; a text when nothing is found; the editor dialog that creates.
 * Built with {@link #builder}; the view that holds it gives only what is its own: columns, filters,
 * the API call and the form.
 *
 * @param <T> the resource, as the backend represents it
 */
public class ListPage<T extends RegistryItem<T>> extends VerticalLayout implements LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    /** One page of the API for the query, the filters' current values and the page asked for. */
    @FunctionalInterface
    public interface Items<T> extends Serializable {
        Page<T> load(ListQuery query, int page, int size);
    }

    private final ResourceNames names;
    private final Class<? extends Component> detail;
    private final Button create;
    private final RegistryHeader header;
    private final SearchField search;
    private final String searchPlaceholderKey;
    private final Map<HasLabel, String> filterLabels;
    private final Map<String, HasValue<?, ?>> filterParams;
    private final Map<String, UrlState> states = new LinkedHashMap<>();
    private final SerializableRunnable onChange;
    private boolean restoring;
    private String path;
    private String remembered;
    private final Grid<T> grid = new Grid<>();
    private final Map<Grid.Column<T>, String> columnHeaders = new LinkedHashMap<>();
    private final SerializableRunnable onLocaleChange;

    private ListPage(Builder<T> builder) {
        this.names = builder.names;
        this.detail = builder.detail;
        this.searchPlaceholderKey = builder.searchPlaceholderKey;
        this.filterLabels = new LinkedHashMap<>(builder.filterLabels);
        this.filterParams = new LinkedHashMap<>(builder.filterParams);
        this.onLocaleChange = builder.onLocaleChange;
        setId(names.listId("view"));
        setSizeFull();

        create = RegistryHeader.createButton(names.id("create"), builder.admin && builder.form != null);
        header = new RegistryHeader(create);
        header.title().addClassName("view-title");

        this.onChange = builder.onChange;
        SerializableRunnable changed = () -> {
            if (!restoring) {
                onChange.run();
                refresh();
            }
        };
        search = new SearchField(names.id("search"), () -> {
            changed.run();
            remember(false);
        });
        HorizontalLayout filterBar = new HorizontalLayout(search);
        builder.filterParams.values().forEach(filter -> {
            filter.addValueChangeListener(event -> {
                changed.run();
                remember(true);
            });
            filterBar.add((Component) filter);
        });
        filterBar.setWidthFull();
        filterBar.getStyle().set("flex-wrap", "wrap");
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(names.listId("grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setMultiSort(false);
        builder.columns.forEach(column -> columnHeaders.put(column.addTo(grid), column.headerKey()));
        Items<T> items = builder.items;
        PagedItems.bind(grid, this, query -> {
            ListQuery listQuery = ListQuery.of(search.getValue(), query.getSortOrders());
            return (page, size) -> items.load(listQuery, page, size);
        });
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.addSortListener(event -> {
            if (event.isFromClient()) {
                remember(true);
            }
        });

        if (builder.form != null) {
            EditorDialog<T> editor = EditorDialog.of(
                    names.id("editor"), builder.form, builder.operations, value -> getTranslation(names.key("create")));
            boolean openCreated = builder.openCreated;
            editor.onSaved(saved -> {
                changed.run();
                if (openCreated) {
                    open(saved);
                }
            });
            SerializableRunnable prepare = builder.beforeCreate;
            create.addClickListener(event -> {
                try {
                    prepare.run();
                } catch (RuntimeException failure) {
                    Notifications.error(BackendErrors.message(failure, this::getTranslation));
                    return;
                }
                editor.open(null);
            });
        }

        add(header, filterBar);
        add(builder.above.toArray(Component[]::new));
        add(grid);
        add(builder.below.toArray(Component[]::new));
        setFlexGrow(1, grid);
    }

    /**
     * A list page of the resource named {@code names}, whose rows open the page {@code detail} (a
     * route with the parameter {@code slug}).
     */
    public static <T extends RegistryItem<T>> Builder<T> builder(
            ResourceNames names, Class<? extends Component> detail) {
        return new Builder<>(names, detail);
    }

    /** A filter that offers {@code items} and "any" (no value). */
    public static <V> Select<V> selectFilter(String id, Collection<V> items) {
        Select<V> select = new Select<>();
        select.setId(id);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        return select;
    }

    public Grid<T> grid() {
        return grid;
    }

    /** What the user searches for now, in the default sort (for views of all rows, such as a map). */
    public ListQuery query() {
        return ListQuery.of(search.getValue(), List.of());
    }

    /** Reads the rows again, as the search and filters are now. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /**
     * Keeps a state of the view's own in the address as the query parameter {@code name} (such as the
     * tab shown): {@code get} reads it (null: the default, left out), {@code set} shows it again
     * (null: the default). The view calls {@link #remember()} when the user changes it.
     */
    public void state(String name, SerializableSupplier<String> get, SerializableConsumer<String> set) {
        states.put(name, new UrlState(get, set));
    }

    /** Puts the search, filters, sort and states into the address, as a new entry of the history. */
    public void remember() {
        remember(true);
    }

    private void remember(boolean newEntry) {
        if (restoring || path == null) {
            return;
        }
        String location = new Location(path, queryParameters()).getPathWithQueryParameters();
        if (location.equals(remembered)) {
            return;
        }
        remembered = location;
        String url = location.isEmpty() ? "." : location;
        getUI().ifPresent(ui -> {
            if (newEntry) {
                ui.getPage().getHistory().pushState(null, url);
            } else {
                ui.getPage().getHistory().replaceState(null, url);
            }
        });
    }

    /** The search, filters, sort and states as the address writes them; defaults are left out. */
    public QueryParameters queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String q = search.query();
        if (q != null) {
            parameters.put("q", List.of(q));
        }
        filterParams.forEach((name, filter) -> {
            Object value = filter.getValue();
            if (value != null && !String.valueOf(value).isEmpty()) {
                parameters.put(name, List.of(String.valueOf(value)));
            }
        });
        String sort = sortParameter();
        if (sort != null) {
            parameters.put("sort", List.of(sort));
        }
        states.forEach((name, state) -> {
            String value = state.get().get();
            if (value != null) {
                parameters.put(name, List.of(value));
            }
        });
        return new QueryParameters(parameters);
    }

    /**
     * Shows the list as the address says ({@code path} and its query): search, filters, sort and states;
     * what the address leaves out goes back to its default. Then reads the rows once.
     */
    public void restore(String path, QueryParameters query) {
        this.path = path;
        Map<String, List<String>> parameters = query.getParameters();
        restoring = true;
        try {
            search.setValue(first(parameters, "q") == null ? "" : first(parameters, "q"));
            filterParams.forEach((name, filter) -> setFilter(filter, first(parameters, name)));
            restoreSort(first(parameters, "sort"));
            states.forEach((name, state) -> state.set().accept(first(parameters, name)));
        } finally {
            restoring = false;
        }
        remembered = new Location(path, queryParameters()).getPathWithQueryParameters();
        onChange.run();
        refresh();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    /** Sets a filter to the item the text names (one of its items), else clears it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setFilter(HasValue filter, String text) {
        Object item = null;
        if (text != null && filter instanceof HasListDataView<?, ?> listed) {
            item = listed.getListDataView()
                    .getItems()
                    .filter(candidate -> text.equals(String.valueOf(candidate)))
                    .findFirst()
                    .orElse(null);
        }
        if (item == null) {
            filter.clear();
        } else if (!item.equals(filter.getValue())) {
            filter.setValue(item);
        }
    }

    /** The grid's sort as the API writes it ("name,desc"); null when the grid is not sorted. */
    private String sortParameter() {
        for (GridSortOrder<T> order : grid.getSortOrder()) {
            String property = sortProperty(order.getSorted());
            if (property != null) {
                return property + (order.getDirection() == SortDirection.DESCENDING ? ",desc" : ",asc");
            }
        }
        return null;
    }

    private void restoreSort(String sort) {
        if (sort == null) {
            if (!grid.getSortOrder().isEmpty()) {
                grid.sort(List.of());
            }
            return;
        }
        String[] parts = sort.split(",", 2);
        SortDirection direction = parts.length > 1 && parts[1].equalsIgnoreCase("desc")
                ? SortDirection.DESCENDING
                : SortDirection.ASCENDING;
        grid.getColumns().stream()
                .filter(column -> parts[0].equals(sortProperty(column)))
                .findFirst()
                .ifPresent(column -> grid.sort(List.of(new GridSortOrder<>(column, direction))));
    }

    private static String sortProperty(Grid.Column<?> column) {
        return column.getSortOrder(SortDirection.ASCENDING)
                .map(QuerySortOrder::getSorted)
                .findFirst()
                .orElse(null);
    }

    /** A state of the view kept in the address. */
    private record UrlState(SerializableSupplier<String> get, SerializableConsumer<String> set)
            implements Serializable {}

    /** Goes to the resource's page. */
    public void open(T item) {
        getUI().ifPresent(ui -> ui.navigate(detail, new RouteParameters("slug", item.slug())));
    }

    /** The browser's title for the list: "Organizations · TwinCities Network". */
    public String pageTitle() {
        return getTranslation(names.titleKey()) + " · " + getTranslation("app.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        header.setTitle(getTranslation(names.titleKey()));
        create.setText(getTranslation(names.key("create")));
        search.setLabel(getTranslation("territories.search"));
        if (searchPlaceholderKey != null) {
            search.setPlaceholder(getTranslation(searchPlaceholderKey));
        }
        filterLabels.forEach((filter, key) -> {
            filter.setLabel(getTranslation(key));
            if (filter instanceof Select<?> select && select.isEmptySelectionAllowed()) {
                select.setEmptySelectionCaption(getTranslation("filter.any"));
            }
        });
        columnHeaders.forEach((column, key) -> column.setHeader(getTranslation(key)));
        grid.setEmptyStateText(getTranslation("list.empty"));
        refresh();
        onLocaleChange.run();
        getUI().ifPresent(ui -> ui.getPage().setTitle(pageTitle()));
    }

    /** A column and the translation key of its header. */
    private record ColumnSpec<T>(String headerKey, ColumnFactory<T> factory, SerializableConsumer<Grid.Column<T>> setup)
            implements Serializable {
        Grid.Column<T> addTo(Grid<T> grid) {
            Grid.Column<T> column = factory.add(grid);
            setup.accept(column);
            return column;
        }
    }

    @FunctionalInterface
    private interface ColumnFactory<T> extends Serializable {
        Grid.Column<T> add(Grid<T> grid);
    }

    /** Collects what is a list's own; {@link #build()} makes the page. */
    public static final class Builder<T extends RegistryItem<T>> {
        private final ResourceNames names;
        private final Class<? extends Component> detail;
        private boolean admin;
        private String searchPlaceholderKey;
        private final Map<String, HasValue<?, ?>> filterParams = new LinkedHashMap<>();
        private final Map<HasLabel, String> filterLabels = new LinkedHashMap<>();
        private final List<ColumnSpec<T>> columns = new ArrayList<>();
        private Items<T> items;
        private RegistryForm<T> form;
        private EditorDialog.Operations<T> operations;
        private SerializableRunnable beforeCreate = () -> {};
        private boolean openCreated;
        private SerializableRunnable onChange = () -> {};
        private SerializableRunnable onLocaleChange = () -> {};
        private final List<Component> above = new ArrayList<>();
        private final List<Component> below = new ArrayList<>();

        private Builder(ResourceNames names, Class<? extends Component> detail) {
            this.names = names;
            this.detail = detail;
        }

        /** Whether the user may create (forum administrators): only they see the create button. */
        public Builder<T> admin(boolean admin) {
            this.admin = admin;
            return this;
        }

        public Builder<T> searchPlaceholder(String key) {
            this.searchPlaceholderKey = key;
            return this;
        }

        /**
         * A filter next to the search, labelled by the translation of {@code labelKey}, kept in the
         * address as the query parameter {@code param} (one of its items, written as text); a change
         * reads the rows again.
         */
        public <F extends Component & HasValue<?, ?> & HasLabel & HasListDataView<?, ?>> Builder<T> filter(
                F field, String labelKey, String param) {
            filterParams.put(param, field);
            filterLabels.put(field, labelKey);
            return this;
        }

        /** A text column, headed by the translation of {@code headerKey}. */
        public Builder<T> column(String headerKey, ValueProvider<T, ?> value) {
            return column(headerKey, value, column -> {});
        }

        /** A text column, set up further (flex grow, sort property, alignment...). */
        public Builder<T> column(
                String headerKey, ValueProvider<T, ?> value, SerializableConsumer<Grid.Column<T>> setup) {
            columns.add(new ColumnSpec<>(headerKey, grid -> grid.addColumn(value), setup));
            return this;
        }

        /** A column of components (links, badges). */
        public Builder<T> componentColumn(
                String headerKey,
                ValueProvider<T, ? extends Component> component,
                SerializableConsumer<Grid.Column<T>> setup) {
            columns.add(new ColumnSpec<>(headerKey, grid -> grid.addComponentColumn(component), setup));
            return this;
        }

        /** The API call for one page of rows. */
        public Builder<T> items(Items<T> items) {
            this.items = items;
            return this;
        }

        /** The form and backend calls of the create dialog; without them there is no create button. */
        public Builder<T> editor(RegistryForm<T> form, EditorDialog.Operations<T> operations) {
            this.form = form;
            this.operations = operations;
            return this;
        }

        /** Runs before the create dialog opens (loads the form's choices); a failure is told and keeps it closed. */
        public Builder<T> beforeCreate(SerializableRunnable prepare) {
            this.beforeCreate = prepare;
            return this;
        }

        /** Goes to the page of what the create dialog created (where its next steps are), instead of staying. */
        public Builder<T> openCreated() {
            this.openCreated = true;
            return this;
        }

        /** Runs when the search, a filter or the rows change (a save), before the rows are read again. */
        public Builder<T> onChange(SerializableRunnable onChange) {
            this.onChange = onChange;
            return this;
        }

        /**
         * Runs when the language changes, after the page's own labels: the view labels what it
         * added. (Vaadin tells only one of a route and its page about the change: the page.)
         */
        public Builder<T> onLocaleChange(SerializableRunnable onLocaleChange) {
            this.onLocaleChange = onLocaleChange;
            return this;
        }

        /** Components between the filters and the grid (tabs). */
        public Builder<T> above(Component... components) {
            above.addAll(List.of(components));
            return this;
        }

        /** Components after the grid (other views of the same rows). */
        public Builder<T> below(Component... components) {
            below.addAll(List.of(components));
            return this;
        }

        public ListPage<T> build() {
            if (items == null) {
                throw new IllegalStateException("a list page needs its items: " + names);
            }
            return new ListPage<>(this);
        }
    }
}
