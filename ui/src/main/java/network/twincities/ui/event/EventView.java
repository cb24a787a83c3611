package network.twincities.ui.event;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import network.twincities.ui.MainLayout;
import network.twincities.ui.organization.OrganizationView;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.Writes;
import network.twincities.ui.territory.TerritoryView;

/** An event: where and when, its theme and organizer; administrators edit and delete it here. */
@Route(value = "events/:slug", layout = MainLayout.class)
public class EventView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final EventsClient events;
    private final EventChoices choices;
    private final boolean admin;
    private final H2 heading = new H2();
    private final Button edit = new Button();
    private final Button delete = new Button();
    private final RouterLink back = new RouterLink("", EventsView.class);
    private final DetailList details = new DetailList();
    private final EventForm form = new EventForm();
    private final EditorDialog<Event> editor;
    private String slug;
    private Event event;

    @Inject
    public EventView(@Backend EventsClient events, EventChoices choices, CurrentUser currentUser) {
        this.events = events;
        this.choices = choices;
        this.admin = currentUser.profile().isForumAdmin();
        setId("event-view");
        heading.setId("event-title");
        heading.getStyle().set("margin", "0");
        edit.setId("event-edit");
        edit.setIcon(VaadinIcon.EDIT.create());
        delete.setId("event-delete");
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.setVisible(false);
        delete.setVisible(false);
        HorizontalLayout top = new HorizontalLayout(heading, edit, delete);
        top.setWidthFull();
        top.expand(heading);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        editor = new EditorDialog<>(
                "event-editor",
                form,
                new EditorDialog.Operations<>(
                        value -> events.create(value.forWrite(true)),
                        (original, value) -> events.update(
                                original.slug(), Paging.ifMatch(original.version()), value.forWrite(false)),
                        original -> events.get(original.slug())),
                value -> getTranslation("event.edit", value == null ? "" : name(value)));
        editor.add(form);
        form.addSaveListener(saved -> editor.save(saved.event()));
        form.addCancelListener(cancelled -> editor.close());
        editor.onSaved(saved -> load());
        edit.addClickListener(click -> {
            load();
            if (event == null) {
                return;
            }
            try {
                form.setChoices(choices.cities(getLocale()), choices.organizers(getLocale()));
            } catch (RuntimeException failure) {
                Notifications.error(BackendErrors.message(failure, this::getTranslation));
                return;
            }
            editor.open(event);
        });
        delete.addClickListener(click -> {
            Event current = event;
            Writes.confirmDelete(this, name(current), () -> {
                if (Writes.delete(this, () -> events.delete(current.slug(), Paging.ifMatch(current.version())))) {
                    Notifications.success(getTranslation("deleted"));
                    getUI().ifPresent(ui -> ui.navigate(EventsView.class));
                }
            });
        });
        add(back, top, details);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent beforeEnter) {
        slug = beforeEnter.getRouteParameters().get("slug").orElse("");
        load();
    }

    private void load() {
        try {
            event = events.get(slug);
        } catch (RuntimeException failure) {
            event = null;
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        render();
    }

    private void render() {
        details.clear();
        back.setText("← " + getTranslation("events.title"));
        edit.setVisible(admin && event != null);
        delete.setVisible(admin && event != null);
        if (event == null) {
            heading.setText(slug);
            return;
        }
        heading.setText(name(event));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        if (event.name() != null) {
            details.add("name.en", getTranslation("field.name.en"), event.name().en());
            details.add("name.fr", getTranslation("field.name.fr"), event.name().fr());
            details.add("name.ar", getTranslation("field.name.ar"), event.name().ar());
        }
        details.add("slug", getTranslation("field.slug"), event.slug());
        details.add("city", getTranslation("event.city"), link(event.city(), TerritoryView.class));
        details.add("dates", getTranslation("event.dates"), EventDates.format(event.from(), event.to(), getLocale()));
        details.add(
                "theme",
                getTranslation("event.theme"),
                event.theme() == null ? "" : event.theme().in(getLocale()));
        details.add("organizer", getTranslation("event.organizer"), link(event.organizer(), OrganizationView.class));
    }

    private static Component link(String slug, Class<? extends Component> view) {
        if (slug == null) {
            return new Span("—");
        }
        return new RouterLink(slug, view, new RouteParameters("slug", slug));
    }

    private String name(Event value) {
        return Registry.name(value.name(), value.slug(), getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent localeChange) {
        edit.setText(getTranslation("action.edit"));
        delete.setText(getTranslation("action.delete"));
        if (slug != null) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return (event == null ? getTranslation("events.title") : name(event)) + " · " + getTranslation("app.title");
    }
}
