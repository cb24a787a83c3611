package network.twincities.ui.axis;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.api.Problem.FieldError;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.FieldErrorDisplay;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;

/** Creates or edits a cooperation axis and its SDGs; fires {@link SaveEvent} or {@link CancelEvent}. */
public class AxisForm extends FormLayout implements EditorDialog.FormView<Axis>, LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    final TextField slug = new TextField();
    final LocalizedTextFields<TextField> name = LocalizedTextFields.textFields("axis-name");
    final LocalizedTextFields<TextArea> description = LocalizedTextFields.textAreas("axis-description");
    final MultiSelectComboBox<Integer> sdgs = new MultiSelectComboBox<>();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Binder<Draft> binder = new Binder<>();
    private final FieldErrorDisplay errors = new FieldErrorDisplay();

    /** What the form edits. */
    static final class Draft {
        String slug = "";
        LocalizedText name;
        LocalizedText description;
        Set<Integer> sdgs = new LinkedHashSet<>();

        static Draft of(Axis axis) {
            Draft draft = new Draft();
            if (axis != null) {
                draft.slug = axis.slug() == null ? "" : axis.slug();
                draft.name = axis.name();
                draft.description = axis.description();
                draft.sdgs = new LinkedHashSet<>(axis.sdgs());
            }
            return draft;
        }

        Axis toAxis() {
            return new Axis(Registry.blankToNull(slug), name, description, Sdg.sorted(sdgs), null);
        }
    }

    public AxisForm() {
        setId("axis-form");
        slug.setId("axis-slug");
        sdgs.setId("axis-sdgs");
        save.setId("axis-save");
        cancel.setId("axis-cancel");
        slug.setManualValidation(true);
        sdgs.setManualValidation(true);
        sdgs.setItems(Sdg.NUMBERS);
        sdgs.setItemLabelGenerator(number -> Sdg.label(number, this::getTranslation));

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
        description.bind(
                binder,
                draft -> draft.description,
                (draft, value) -> draft.description = value,
                false,
                2000,
                ctx -> "");
        binder.forField(sdgs).bind(draft -> draft.sdgs, (draft, value) -> draft.sdgs = new LinkedHashSet<>(value));

        errors.field("slug", slug)
                .field("name.en", name.en)
                .field("name.fr", name.fr)
                .field("name.ar", name.ar)
                .alias("name", "name.en")
                .field("description.en", description.en)
                .field("description.fr", description.fr)
                .field("description.ar", description.ar)
                .alias("description", "description.en")
                .field("sdgs", sdgs);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            Draft draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft.toAxis()));
            }
        });
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(slug, sdgs, name.en, name.fr, name.ar);
        add(description.en, 2);
        add(description.fr, 2);
        add(description.ar, 2);
        add(new HorizontalLayout(save, cancel), 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    @Override
    public void edit(Axis axis) {
        binder.readBean(Draft.of(axis));
        slug.setReadOnly(axis != null);
    }

    @Override
    public List<FieldError> showErrors(List<FieldError> problems) {
        return errors.show(problems);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        slug.setLabel(getTranslation("field.slug"));
        name.setLabels(this::getTranslation, "field.name");
        description.setLabels(this::getTranslation, "field.description");
        sdgs.setLabel(getTranslation("axis.sdgs"));
        save.setText(getTranslation("action.save"));
        cancel.setText(getTranslation("action.cancel"));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user saved: the axis as entered. */
    public static class SaveEvent extends ComponentEvent<AxisForm> {
        private static final long serialVersionUID = 1L;
        private final Axis axis;

        SaveEvent(AxisForm source, Axis axis) {
            super(source, false);
            this.axis = axis;
        }

        public Axis axis() {
            return axis;
        }
    }

    /** The user closed the form without saving. */
    public static class CancelEvent extends ComponentEvent<AxisForm> {
        private static final long serialVersionUID = 1L;

        CancelEvent(AxisForm source) {
            super(source, false);
        }
    }
}
