package network.twincities.ui.territory;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;

/** The territories of the network, read page by page from the backend with the user's token. */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "territories", layout = MainLayout.class)
public class TerritoriesView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    static final String SORT_PROPERTY = "name";

    private final TerritoriesClient territories;

    private final H2 heading = new H2();
    private final TextField search = new TextField();
    private final Grid<Territory> grid = new Grid<>();
    private final Grid.Column<Territory> nameColumn;
    private final Grid.Column<Territory> kindColumn;
    private final Grid.Column<Territory> countryColumn;
    private final Grid.Column<Territory> parentColumn;
    private final Grid.Column<Territory> populationColumn;
    private final Grid.Column<Territory> membershipColumn;

    private String searchText;

    @Inject
    public TerritoriesView(@Backend TerritoriesClient territories) {
        this.territories = territories;
        setId("territories-view");
        setSizeFull();

        heading.addClassName("view-title");

        search.setId("territory-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> {
            String text = event.getValue() == null ? "" : event.getValue().trim();
            searchText = text.isEmpty() ? null : text;
            grid.getDataProvider().refreshAll();
        });

        grid.setId("territories-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nameColumn = grid.addColumn(territory -> territory.name() == null
                        ? territory.slug()
                        : territory.name().in(getLocale()))
                .setKey("name")
                .setSortProperty(SORT_PROPERTY)
                .setFlexGrow(3);
        kindColumn = grid.addColumn(territory -> TerritoryLabels.enumLabel(
                        "territory.kind.", territory.kind(), Territory.KINDS, this::getTranslation))
                .setKey("kind");
        countryColumn = grid.addColumn(territory -> TerritoryLabels.country(territory.country(), getLocale()))
                .setKey("country")
                .setFlexGrow(2);
        parentColumn = grid.addColumn(Territory::parent).setKey("parent").setFlexGrow(2);
        populationColumn = grid.addColumn(territory ->
                        TerritoryLabels.population(territory.population(), territory.populationYear(), getLocale()))
                .setKey("population")
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(2);
        membershipColumn = grid.addColumn(territory -> TerritoryLabels.enumLabel(
                        "territory.membership.", territory.membership(), Territory.MEMBERSHIPS, this::getTranslation))
                .setKey("membership");
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setMultiSort(false);
        grid.setItems(this::fetch, this::count);

        add(heading, search, grid);
        setFlexGrow(1, grid);
    }

    private Stream<Territory> fetch(Query<Territory, Void> query) {
        int offset = query.getOffset();
        int limit = query.getLimit();
        String sort = sortParameter(query.getSortOrders());
        try {
            return Paging.window(offset, limit, (page, size) -> territories.list(page, size, sort, searchText))
                    .stream();
        } catch (RuntimeException failure) {
            showError(failure);
            return Stream.empty();
        }
    }

    private int count(Query<Territory, Void> query) {
        query.getOffset();
        query.getLimit();
        try {
            return Paging.count(territories.list(0, 1, sortParameter(query.getSortOrders()), searchText));
        } catch (RuntimeException failure) {
            showError(failure);
            return 0;
        }
    }

    /** The API's {@code sort} parameter for the grid's sort order: by name, ascending unless asked. */
    static String sortParameter(List<QuerySortOrder> sortOrders) {
        boolean descending = sortOrders != null
                && sortOrders.stream()
                        .anyMatch(order -> SORT_PROPERTY.equals(order.getSorted())
                                && order.getDirection() == SortDirection.DESCENDING);
        return SORT_PROPERTY + (descending ? ",desc" : ",asc");
    }

    private void showError(Throwable failure) {
        String message = BackendErrors.message(failure, this::getTranslation);
        Span text = new Span(message);
        text.setId("backend-error-message");
        Notification notification = new Notification(text);
        notification.setId("backend-error");
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(8000);
        notification.open();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("territories.title"));
        search.setLabel(getTranslation("territories.search"));
        search.setPlaceholder(getTranslation("territories.search.placeholder"));
        nameColumn.setHeader(getTranslation("territories.column.name"));
        kindColumn.setHeader(getTranslation("territories.column.kind"));
        countryColumn.setHeader(getTranslation("territories.column.country"));
        parentColumn.setHeader(getTranslation("territories.column.parent"));
        populationColumn.setHeader(getTranslation("territories.column.population"));
        membershipColumn.setHeader(getTranslation("territories.column.membership"));
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territories.title") + " · " + getTranslation("app.title");
    }
}
