package network.twincities.ui.memorandum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/**
 * Drafts or edits an MoU: reference (made by the server when blank), title and summary in three
 * languages, the parties (a territory or an organization, each with its role), the axes, the event
 * and the dates. Fires {@link RegistryForm.SaveEvent} or {@link RegistryForm.CancelEvent}; the view
 * supplies the choices.
 */
public class MemorandumForm extends RegistryForm<Memorandum> {

    private static final long serialVersionUID = 1L;

    /** What the form offers, slug → name: territories, organizations, axes, events. */
    public record Choices(
            Map<String, String> territories,
            Map<String, String> organizations,
            Map<String, String> axes,
            Map<String, String> events)
            implements Serializable {}

    static final String TERRITORY = "territory:";
    static final String ORGANIZATION = "organization:";

    final TextField reference = new TextField();
    final LocalizedTextFields<TextField> title = LocalizedTextFields.textFields("mou-title");
    final LocalizedTextFields<TextArea> summary = LocalizedTextFields.textAreas("mou-summary");
    final VerticalLayout parties = new VerticalLayout();
    final Span partiesLabel = new Span();
    final Span partiesError = new Span();
    final Button addParty = new Button();
    final MultiSelectComboBox<String> axes = new MultiSelectComboBox<>();
    final ComboBox<String> event = new ComboBox<>();
    final DatePicker effectiveFrom = new DatePicker();
    final DatePicker expiresOn = new DatePicker();
    private final List<PartyRow> rows = new ArrayList<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, String> partyNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();
    private final Map<String, String> eventNames = new LinkedHashMap<>();
    private String ownTerritory;
    private int nextRow;

    /** What the form edits, besides the parties. */
    static final class Draft {
        String reference = "";
        LocalizedText title;
        LocalizedText summary;
        java.util.Set<String> axes = new LinkedHashSet<>();
        String event;
        LocalDate effectiveFrom;
        LocalDate expiresOn;

        static Draft of(Memorandum mou) {
            Draft draft = new Draft();
            if (mou != null) {
                draft.reference = mou.reference() == null ? "" : mou.reference();
                draft.title = mou.title();
                draft.summary = mou.summary();
                draft.axes = new LinkedHashSet<>(mou.axes());
                draft.event = mou.event();
                draft.effectiveFrom = mou.effectiveFrom();
                draft.expiresOn = mou.expiresOn();
            }
            return draft;
        }
    }

    /** One party: who (a territory or an organization) and its role. */
    final class PartyRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final ComboBox<String> party = new ComboBox<>();
        final Select<String> role = new Select<>();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        PartyRow(int index) {
            party.setId("mou-party-" + index);
            role.setId("mou-party-role-" + index);
            remove.setId("mou-party-remove-" + index);
            party.setItems(List.copyOf(partyNames.keySet()));
            party.setItemLabelGenerator(key -> partyNames.getOrDefault(key, key));
            party.setWidth("18em");
            role.setItems(Memorandum.ROLES);
            role.setItemLabelGenerator(value -> getTranslation("mou.role." + value));
            role.setValue("SIGNATORY");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                rows.remove(this);
                parties.remove(this);
            });
            party.setAriaLabel(getTranslation("mou.party"));
            role.setAriaLabel(getTranslation("mou.party.role"));
            remove.setAriaLabel(getTranslation("mou.party.remove"));
            add(party, role, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setPadding(false);
        }
    }

    public MemorandumForm() {
        super("mou");
        reference.setId("mou-reference");
        parties.setId("mou-parties");
        addParty.setId("mou-party-add");
        axes.setId("mou-axes");
        event.setId("mou-event");
        effectiveFrom.setId("mou-effective-from");
        expiresOn.setId("mou-expires-on");
        partiesError.setId("mou-parties-error");
        partiesError.getStyle().set("color", "var(--lumo-error-text-color)");
        partiesError.setVisible(false);
        reference.setManualValidation(true);
        event.setManualValidation(true);
        effectiveFrom.setManualValidation(true);
        expiresOn.setManualValidation(true);
        axes.setItemLabelGenerator(key -> axisNames.getOrDefault(key, key));
        event.setItemLabelGenerator(key -> eventNames.getOrDefault(key, key));
        event.setClearButtonVisible(true);
        addParty.setIcon(VaadinIcon.PLUS.create());
        addParty.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addParty.addClickListener(click -> addRow(null, "SIGNATORY"));
        parties.setPadding(false);
        parties.setSpacing(false);

        binder.forField(reference)
                .withValidator(value -> value == null || value.length() <= 64, ctx -> "≤ 64")
                .bind(draft -> draft.reference, (draft, value) -> draft.reference = value);
        title.bind(
                binder,
                draft -> draft.title,
                (draft, value) -> draft.title = value,
                true,
                300,
                ctx -> getTranslation("validation.required"));
        summary.bind(binder, draft -> draft.summary, (draft, value) -> draft.summary = value, false, 20000, ctx -> "");
        binder.forField(axes).bind(draft -> draft.axes, (draft, value) -> draft.axes = new LinkedHashSet<>(value));
        binder.forField(event).bind(draft -> draft.event, (draft, value) -> draft.event = value);
        binder.forField(effectiveFrom)
                .bind(draft -> draft.effectiveFrom, (draft, value) -> draft.effectiveFrom = value);
        binder.forField(expiresOn)
                .withValidator(
                        value -> value == null
                                || effectiveFrom.getValue() == null
                                || !value.isBefore(effectiveFrom.getValue()),
                        ctx -> getTranslation("validation.dates"))
                .bind(draft -> draft.expiresOn, (draft, value) -> draft.expiresOn = value);

        errors.field("reference", reference)
                .localized("title", title)
                .localized("summary", summary)
                .field("axes", axes)
                .field("event", event)
                .field("effectiveFrom", effectiveFrom)
                .field("expiresOn", expiresOn);

        partiesLabel.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout partiesBlock = new VerticalLayout(partiesLabel, parties, addParty, partiesError);
        partiesBlock.setPadding(false);
        partiesBlock.setSpacing(false);

        add(reference, title.en, title.fr, title.ar);
        add(summary.en, 2);
        add(summary.fr, summary.ar);
        add(partiesBlock, 2);
        add(axes, event, effectiveFrom, expiresOn);
        add(buttons(), 2);
    }

    /** The choices of parties, axes and events; a new MoU of an official starts with its territory. */
    public void setChoices(Choices choices, String ownTerritory) {
        this.ownTerritory = ownTerritory;
        partyNames.clear();
        choices.territories().forEach((slug, name) -> partyNames.put(TERRITORY + slug, name));
        choices.organizations().forEach((slug, name) -> partyNames.put(ORGANIZATION + slug, name));
        axisNames.clear();
        axisNames.putAll(choices.axes());
        eventNames.clear();
        eventNames.putAll(choices.events());
        axes.setItems(List.copyOf(axisNames.keySet()));
        event.setItems(List.copyOf(eventNames.keySet()));
    }

    @Override
    public void edit(Memorandum mou) {
        if (mou != null) {
            mou.axes().stream().filter(slug -> !axisNames.containsKey(slug)).forEach(slug -> axisNames.put(slug, slug));
            axes.setItems(List.copyOf(axisNames.keySet()));
            if (mou.event() != null && !eventNames.containsKey(mou.event())) {
                eventNames.put(mou.event(), mou.event());
                event.setItems(List.copyOf(eventNames.keySet()));
            }
        }
        binder.readBean(Draft.of(mou));
        rows.clear();
        parties.removeAll();
        partiesError.setVisible(false);
        nextRow = 0;
        if (mou != null) {
            mou.parties().forEach(party -> addRow(key(party), party.role()));
        } else if (ownTerritory != null) {
            addRow(TERRITORY + ownTerritory, "SIGNATORY");
        } else {
            addRow(null, "SIGNATORY");
        }
    }

    private void addRow(String key, String role) {
        if (key != null && !partyNames.containsKey(key)) {
            partyNames.put(key, key.substring(key.indexOf(':') + 1));
        }
        PartyRow row = new PartyRow(nextRow++);
        row.party.setValue(key);
        row.role.setValue(role == null ? "SIGNATORY" : role);
        rows.add(row);
        parties.add(row);
    }

    static String key(Memorandum.Party party) {
        return party.territory() != null ? TERRITORY + party.territory() : ORGANIZATION + party.organization();
    }

    static Memorandum.Party party(String key, String role) {
        if (key.startsWith(TERRITORY)) {
            return Memorandum.Party.territory(key.substring(TERRITORY.length()), role);
        }
        return Memorandum.Party.organization(key.substring(ORGANIZATION.length()), role);
    }

    /** The parties as entered: every row chosen, none twice; empty when not so (the rows are marked). */
    private Optional<List<Memorandum.Party>> validParties() {
        List<Memorandum.Party> chosen = new ArrayList<>();
        java.util.Set<String> seen = new LinkedHashSet<>();
        boolean valid = !rows.isEmpty();
        for (PartyRow row : rows) {
            String key = row.party.getValue();
            boolean ok = key != null && seen.add(key);
            row.party.setInvalid(!ok);
            row.party.setErrorMessage(
                    ok ? null : getTranslation(key == null ? "validation.required" : "mou.party.twice"));
            valid &= ok;
            if (ok) {
                chosen.add(party(key, row.role.getValue()));
            }
        }
        partiesError.setText(getTranslation("mou.parties.required"));
        partiesError.setVisible(rows.isEmpty());
        return valid ? Optional.of(chosen) : Optional.empty();
    }

    @Override
    protected Optional<Memorandum> valid() {
        Draft draft = new Draft();
        boolean fields = binder.writeBeanIfValid(draft);
        Optional<List<Memorandum.Party>> chosen = validParties();
        if (!fields || chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Memorandum(
                null,
                Registry.blankToNull(draft.reference),
                draft.title,
                draft.summary,
                chosen.get(),
                List.copyOf(draft.axes),
                Registry.blankToNull(draft.event),
                draft.effectiveFrom,
                draft.expiresOn,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    @Override
    protected void localizeFields() {
        reference.setLabel(getTranslation("mou.reference"));
        reference.setHelperText(getTranslation("mou.reference.help"));
        title.setLabels(this::getTranslation, "mou.title");
        summary.setLabels(this::getTranslation, "mou.summary");
        partiesLabel.setText(getTranslation("mou.parties"));
        addParty.setText(getTranslation("mou.party.add"));
        axes.setLabel(getTranslation("mou.axes"));
        event.setLabel(getTranslation("mou.event"));
        effectiveFrom.setLabel(getTranslation("mou.effectiveFrom"));
        expiresOn.setLabel(getTranslation("mou.expiresOn"));
    }
}
