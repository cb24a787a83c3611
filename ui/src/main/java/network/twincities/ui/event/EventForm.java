package network.twincities.ui.event;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/**
 * Creates or edits an event: name, host city (a territory), dates, theme, organizer (an
 * organization). Fires {@link RegistryForm.SaveEvent} or {@link RegistryForm.CancelEvent}; the view supplies the choices.
 */
public class EventForm extends RegistryForm<Event> {

    private static final long serialVersionUID = 1L;

    final TextField slug = new TextField();
    final LocalizedTextFields<TextField> name = LocalizedTextFields.textFields("event-name");
    final ComboBox<String> city = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final LocalizedTextFields<TextField> theme = LocalizedTextFields.textFields("event-theme");
    final ComboBox<String> organizer = new ComboBox<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, String> cityNames = new LinkedHashMap<>();
    private final Map<String, String> organizerNames = new LinkedHashMap<>();

    /** What the form edits. */
    static final class Draft {
        String slug = "";
        LocalizedText name;
        String city;
        LocalDate from;
        LocalDate to;
        LocalizedText theme;
        String organizer;

        static Draft of(Event event) {
            Draft draft = new Draft();
            if (event != null) {
                draft.slug = event.slug() == null ? "" : event.slug();
                draft.name = event.name();
                draft.city = event.city();
                draft.from = event.from();
                draft.to = event.to();
                draft.theme = event.theme();
                draft.organizer = event.organizer();
            }
            return draft;
        }

        Event toEvent() {
            return new Event(
                    Registry.blankToNull(slug), name, city, from, to, theme, Registry.blankToNull(organizer), null);
        }
    }

    public EventForm() {
        super("event");
        slug.setId("event-slug");
        city.setId("event-city");
        from.setId("event-from");
        to.setId("event-to");
        organizer.setId("event-organizer");
        slug.setManualValidation(true);
        city.setManualValidation(true);
        from.setManualValidation(true);
        to.setManualValidation(true);
        organizer.setManualValidation(true);
        city.setItemLabelGenerator(value -> cityNames.getOrDefault(value, value));
        organizer.setItemLabelGenerator(value -> organizerNames.getOrDefault(value, value));
        organizer.setClearButtonVisible(true);

        binder.forField(slug)
                .asRequired(ctx -> getTranslation("validation.required"))
                .withValidator(Registry::isSlug, ctx -> getTranslation("validation.slug"))
                .bind(draft -> draft.slug, (draft, value) -> draft.slug = value);
        name.bind(
                binder,
                draft -> draft.name,
                (draft, value) -> draft.name = value,
                true,
                200,
                ctx -> getTranslation("validation.required"));
        binder.forField(city)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.city, (draft, value) -> draft.city = value);
        binder.forField(from)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.from, (draft, value) -> draft.from = value);
        binder.forField(to)
                .asRequired(ctx -> getTranslation("validation.required"))
                .withValidator(
                        value -> value == null || from.getValue() == null || !value.isBefore(from.getValue()),
                        ctx -> getTranslation("validation.dates"))
                .bind(draft -> draft.to, (draft, value) -> draft.to = value);
        theme.bind(binder, draft -> draft.theme, (draft, value) -> draft.theme = value, false, 200, ctx -> "");
        binder.forField(organizer).bind(draft -> draft.organizer, (draft, value) -> draft.organizer = value);

        errors.field("slug", slug)
                .localized("name", name)
                .field("city", city)
                .field("from", from)
                .field("to", to)
                .localized("theme", theme)
                .field("organizer", organizer);

        add(slug, city, name.en, name.fr, name.ar, organizer, from, to, theme.en, theme.fr, theme.ar);
        add(buttons(), 2);
    }

    /** The choices of host city and organizer: slug → name in the user's language. */
    public void setChoices(Map<String, String> cities, Map<String, String> organizers) {
        cityNames.clear();
        cityNames.putAll(cities);
        organizerNames.clear();
        organizerNames.putAll(organizers);
        city.setItems(List.copyOf(cityNames.keySet()));
        organizer.setItems(List.copyOf(organizerNames.keySet()));
    }

    @Override
    public void edit(Event event) {
        if (event != null && event.city() != null && !cityNames.containsKey(event.city())) {
            cityNames.put(event.city(), event.city());
            city.setItems(List.copyOf(cityNames.keySet()));
        }
        if (event != null && event.organizer() != null && !organizerNames.containsKey(event.organizer())) {
            organizerNames.put(event.organizer(), event.organizer());
            organizer.setItems(List.copyOf(organizerNames.keySet()));
        }
        binder.readBean(Draft.of(event));
        slug.setReadOnly(event != null);
    }

    @Override
    protected Optional<Event> valid() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft.toEvent()) : Optional.empty();
    }

    @Override
    protected void localizeFields() {
        slug.setLabel(getTranslation("field.slug"));
        name.setLabels(this::getTranslation, "field.name");
        theme.setLabels(this::getTranslation, "event.theme");
        city.setLabel(getTranslation("event.city"));
        from.setLabel(getTranslation("event.from"));
        to.setLabel(getTranslation("event.to"));
        organizer.setLabel(getTranslation("event.organizer"));
    }
}
