package network.twincities.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.PagedItems;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryHeader;
import network.twincities.ui.platform.ui.SearchField;

/** The network's events, most recent first; administrators add them. */
@Route(value = "events", layout = MainLayout.class)
public class EventsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final EventsClient events;
    private final Button create;
    private final RegistryHeader header;
    private final SearchField search;
    private final Grid<Event> grid = new Grid<>();
    private final Grid.Column<Event> nameColumn;
    private final Grid.Column<Event> cityColumn;
    private final Grid.Column<Event> datesColumn;
    private final EventForm form = new EventForm();
    private final EditorDialog<Event> editor;

    @Inject
    public EventsView(@Backend EventsClient events, EventChoices choices, CurrentUser currentUser) {
        this.events = events;
        setId("events-view");
        setSizeFull();
        create = RegistryHeader.createButton(
                "event-create", currentUser.profile().isForumAdmin());
        header = new RegistryHeader(create);
        search = new SearchField("event-search", () -> grid.getDataProvider().refreshAll());

        grid.setId("events-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nameColumn = grid.addColumn(event -> Registry.name(event.name(), event.slug(), getLocale()))
                .setFlexGrow(3);
        cityColumn = grid.addColumn(Event::city).setFlexGrow(2);
        datesColumn = grid.addColumn(event -> EventDates.format(event.from(), event.to(), getLocale()))
                .setFlexGrow(2);
        PagedItems.bind(grid, this, query -> (page, size) -> events.list(page, size, "name,asc", search.query(), null));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                EventView.class, new RouteParameters("slug", event.getItem().slug()))));

        editor = EditorDialog.of("event-editor", form, operations(events), value -> getTranslation("event.create"));
        editor.onSaved(saved -> grid.getDataProvider().refreshAll());
        create.addClickListener(event -> {
            try {
                form.setChoices(choices.cities(getLocale()), choices.organizers(getLocale()));
            } catch (RuntimeException failure) {
                Notifications.error(BackendErrors.message(failure, this::getTranslation));
                return;
            }
            editor.open(null);
        });

        add(header, search, grid);
        setFlexGrow(1, grid);
    }

    /** The backend calls of the editor, here and on the detail page. */
    static EditorDialog.Operations<Event> operations(EventsClient events) {
        return new EditorDialog.Operations<>(
                value -> events.create(value.forWrite(true)),
                (original, value) ->
                        events.update(original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                original -> events.get(original.slug()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        header.setTitle(getTranslation("events.title"));
        create.setText(getTranslation("event.create"));
        search.setLabel(getTranslation("territories.search"));
        nameColumn.setHeader(getTranslation("territories.column.name"));
        cityColumn.setHeader(getTranslation("event.city"));
        datesColumn.setHeader(getTranslation("event.dates"));
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title") + " · " + getTranslation("app.title");
    }
}
