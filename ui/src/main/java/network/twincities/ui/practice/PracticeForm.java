package network.twincities.ui.practice;

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
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/**
 * Shares or edits a best practice: title, summary and description in three languages, the owner
 * territory (an official's own), axes, tags, and its outcomes edited in place (rows added and
 * removed). Fires {@link RegistryForm.SaveEvent} or {@link RegistryForm.CancelEvent}.
 */
public class PracticeForm extends RegistryForm<BestPractice> {

    private static final long serialVersionUID = 1L;

    final LocalizedTextFields<TextField> title = LocalizedTextFields.textFields("practice-title");
    final LocalizedTextFields<TextArea> summary = LocalizedTextFields.textAreas("practice-summary");
    final LocalizedTextFields<TextArea> description = LocalizedTextFields.textAreas("practice-description");
    final ComboBox<String> territory = new ComboBox<>();
    final MultiSelectComboBox<String> axes = new MultiSelectComboBox<>();
    final TextField tags = new TextField();
    final VerticalLayout outcomes = new VerticalLayout();
    final Span outcomesLabel = new Span();
    final Button addOutcome = new Button();
    private final List<OutcomeRow> rows = new ArrayList<>();
    private final Binder<Draft> binder = new Binder<>();
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Map<String, String> axisNames = new LinkedHashMap<>();
    private String ownTerritory;
    private int nextRow;

    static final class Draft {
        LocalizedText title;
        LocalizedText summary;
        LocalizedText description;
        String territory;
        Set<String> axes = new LinkedHashSet<>();
        String tags = "";

        static Draft of(BestPractice practice, String ownTerritory) {
            Draft draft = new Draft();
            if (practice == null) {
                draft.territory = ownTerritory;
                return draft;
            }
            draft.title = practice.title();
            draft.summary = practice.summary();
            draft.description = practice.description();
            draft.territory = practice.territory();
            draft.axes = new LinkedHashSet<>(practice.axes());
            draft.tags = String.join(", ", practice.tags());
            return draft;
        }
    }

    /** The tags as typed: separated by commas, trimmed, none blank, none twice. */
    static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(tag -> !tag.isEmpty())
                .toList()));
    }

    /** One outcome: indicator, value, unit, as of. */
    final class OutcomeRow extends HorizontalLayout {
        private static final long serialVersionUID = 1L;
        final TextField indicator = new TextField();
        final NumberField value = new NumberField();
        final TextField unit = new TextField();
        final DatePicker asOf = new DatePicker();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        OutcomeRow(int index, BestPractice.Outcome outcome) {
            indicator.setId("practice-outcome-indicator-" + index);
            value.setId("practice-outcome-value-" + index);
            unit.setId("practice-outcome-unit-" + index);
            asOf.setId("practice-outcome-as-of-" + index);
            remove.setId("practice-outcome-remove-" + index);
            indicator.setLabel(getTranslation("practice.outcome.indicator"));
            value.setLabel(getTranslation("practice.outcome.value"));
            unit.setLabel(getTranslation("practice.outcome.unit"));
            asOf.setLabel(getTranslation("practice.outcome.asOf"));
            remove.setAriaLabel(getTranslation("practice.outcome.remove"));
            remove.setTooltipText(getTranslation("practice.outcome.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(click -> {
                rows.remove(this);
                outcomes.remove(this);
            });
            if (outcome != null) {
                indicator.setValue(outcome.indicator() == null ? "" : outcome.indicator());
                value.setValue(outcome.value());
                unit.setValue(outcome.unit() == null ? "" : outcome.unit());
                asOf.setValue(outcome.asOf());
            }
            indicator.setWidth("16em");
            value.setWidth("8em");
            unit.setWidth("8em");
            add(indicator, value, unit, asOf, remove);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            setPadding(false);
        }

        Optional<BestPractice.Outcome> outcome() {
            boolean named = !indicator.getValue().isBlank();
            indicator.setInvalid(!named);
            indicator.setErrorMessage(named ? null : getTranslation("validation.required"));
            boolean valued = value.getValue() != null;
            value.setInvalid(!valued);
            value.setErrorMessage(valued ? null : getTranslation("validation.required"));
            if (!named || !valued) {
                return Optional.empty();
            }
            return Optional.of(new BestPractice.Outcome(
                    indicator.getValue().trim(),
                    value.getValue(),
                    Registry.blankToNull(unit.getValue()),
                    asOf.getValue()));
        }
    }

    public PracticeForm() {
        super("practice");
        territory.setId("practice-territory");
        axes.setId("practice-axes");
        tags.setId("practice-tags");
        outcomes.setId("practice-outcomes");
        addOutcome.setId("practice-outcome-add");
        territory.setManualValidation(true);
        tags.setManualValidation(true);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        axes.setItemLabelGenerator(slug -> axisNames.getOrDefault(slug, slug));
        addOutcome.setIcon(VaadinIcon.PLUS.create());
        addOutcome.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addOutcome.addClickListener(click -> addRow(null));
        outcomes.setPadding(false);
        outcomes.setSpacing(false);

        title.bind(
                binder, d -> d.title, (d, v) -> d.title = v, true, 200, ctx -> getTranslation("validation.required"));
        summary.bind(binder, d -> d.summary, (d, v) -> d.summary = v, false, 2000, ctx -> "");
        description.bind(binder, d -> d.description, (d, v) -> d.description = v, false, 20000, ctx -> "");
        binder.forField(territory)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(d -> d.territory, (d, v) -> d.territory = v);
        binder.forField(axes).bind(d -> d.axes, (d, v) -> d.axes = new LinkedHashSet<>(v));
        binder.forField(tags)
                .withValidator(
                        v -> tags(v).size() <= 20 && tags(v).stream().allMatch(tag -> tag.length() <= 40),
                        ctx -> getTranslation("practice.tags.help"))
                .bind(d -> d.tags, (d, v) -> d.tags = v);

        errors.localized("title", title)
                .localized("summary", summary)
                .localized("description", description)
                .field("territory", territory)
                .field("axes", axes)
                .field("tags", tags);

        outcomesLabel.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout outcomesBlock = new VerticalLayout(outcomesLabel, outcomes, addOutcome);
        outcomesBlock.setPadding(false);
        outcomesBlock.setSpacing(false);

        add(title.en, title.fr, title.ar, territory);
        add(summary.en, 2);
        add(summary.fr, summary.ar);
        add(description.en, 2);
        add(description.fr, description.ar);
        add(axes, tags);
        add(outcomesBlock, 2);
        add(buttons(), 2);
    }

    /** The choices; a new practice of an official is its territory's, which it cannot change. */
    public void setChoices(Map<String, String> territories, Map<String, String> axisChoices, String ownTerritory) {
        this.ownTerritory = ownTerritory;
        territoryNames.clear();
        territoryNames.putAll(territories);
        axisNames.clear();
        axisNames.putAll(axisChoices);
        territory.setItems(List.copyOf(territoryNames.keySet()));
        axes.setItems(List.copyOf(axisNames.keySet()));
    }

    @Override
    public void edit(BestPractice practice) {
        if (practice != null) {
            if (practice.territory() != null && !territoryNames.containsKey(practice.territory())) {
                territoryNames.put(practice.territory(), practice.territory());
                territory.setItems(List.copyOf(territoryNames.keySet()));
            }
            boolean added = false;
            for (String slug : practice.axes()) {
                added |= axisNames.putIfAbsent(slug, slug) == null;
            }
            if (added) {
                axes.setItems(List.copyOf(axisNames.keySet()));
            }
        }
        binder.readBean(Draft.of(practice, ownTerritory));
        territory.setReadOnly(practice != null || ownTerritory != null);
        rows.clear();
        outcomes.removeAll();
        nextRow = 0;
        if (practice != null) {
            practice.outcomes().forEach(this::addRow);
        }
    }

    private void addRow(BestPractice.Outcome outcome) {
        OutcomeRow row = new OutcomeRow(nextRow++, outcome);
        rows.add(row);
        outcomes.add(row);
    }

    @Override
    protected Optional<BestPractice> valid() {
        Draft draft = new Draft();
        boolean fields = binder.writeBeanIfValid(draft);
        List<BestPractice.Outcome> values = new ArrayList<>();
        boolean ok = true;
        for (OutcomeRow row : rows) {
            Optional<BestPractice.Outcome> value = row.outcome();
            ok &= value.isPresent();
            value.ifPresent(values::add);
        }
        if (!fields || !ok) {
            return Optional.empty();
        }
        return Optional.of(new BestPractice(
                null,
                draft.title,
                draft.summary,
                draft.description,
                draft.territory,
                List.copyOf(draft.axes),
                values,
                tags(draft.tags),
                null,
                null,
                null));
    }

    @Override
    protected void localizeFields() {
        title.setLabels(this::getTranslation, "practice.title");
        summary.setLabels(this::getTranslation, "practice.summary");
        description.setLabels(this::getTranslation, "practice.description");
        territory.setLabel(getTranslation("practice.territory"));
        axes.setLabel(getTranslation("practice.axes"));
        tags.setLabel(getTranslation("practice.tags"));
        tags.setHelperText(getTranslation("practice.tags.help"));
        outcomesLabel.setText(getTranslation("practice.outcomes"));
        addOutcome.setText(getTranslation("practice.outcome.add"));
    }
}
