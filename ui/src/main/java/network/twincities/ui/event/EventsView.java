package network.twincities.ui.event;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

/** The network's events, most recent first; administrators add them. */
@Route(value = "events", layout = MainLayout.class)
public class EventsView extends VerticalLayout implements LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final EventsClient events;
    private final H2 heading = new H2();
    private final Button create = new Button();
    private final TextField search = new TextField();
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
        heading.getStyle().set("margin", "0");
        create.setId("event-create");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.profile().isForumAdmin());
        HorizontalLayout top = new HorizontalLayout(heading, create);
        top.setWidthFull();
        top.expand(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        search.setId("event-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        grid.setId("events-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        nameColumn = grid.addColumn(event -> Registry.name(event.name(), event.slug(), getLocale()))
                .setFlexGrow(3);
        cityColumn = grid.addColumn(Event::city).setFlexGrow(2);
        datesColumn = grid.addColumn(event -> EventDates.format(event.from(), event.to(), getLocale()))
                .setFlexGrow(2);
        grid.setItems(this::fetch, this::count);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(
                EventView.class, new RouteParameters("slug", event.getItem().slug()))));

        editor = new EditorDialog<>(
                "event-editor",
                form,
                new EditorDialog.Operations<>(
                        value -> events.create(value.forWrite(true)),
                        (original, value) -> events.update(
                                original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                        original -> events.get(original.slug())),
                value -> getTranslation("event.create"));
        editor.add(form);
        form.addSaveListener(event -> editor.save(event.event()));
        form.addCancelListener(event -> editor.close());
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

        add(top, search, grid);
        setFlexGrow(1, grid);
    }

    private String q() {
        String text = search.getValue() == null ? "" : search.getValue().trim();
        return text.isEmpty() ? null : text;
    }

    private Stream<Event> fetch(Query<Event, Void> query) {
        try {
            return Paging.window(
                    query.getOffset(), query.getLimit(), (page, size) -> events.list(page, size, "name,asc", q(), null))
                    .stream();
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return Stream.empty();
        }
    }

    private int count(Query<Event, Void> query) {
        query.getOffset();
        query.getLimit();
        try {
            return Paging.count(events.list(0, 1, "name,asc", q(), null));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
            return 0;
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("events.title"));
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
