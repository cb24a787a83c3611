package network.twincities.ui.axis;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.LocalizedTextFields;
import network.twincities.ui.platform.ui.Registry;
import network.twincities.ui.platform.ui.RegistryForm;

/** Creates or edits a cooperation axis and its SDGs; fires {@link RegistryForm.SaveEvent} or {@link RegistryForm.CancelEvent}. */
public class AxisForm extends RegistryForm<Axis> {

    private static final long serialVersionUID = 1L;

    final TextField slug = new TextField();
    final LocalizedTextFields<TextField> name = LocalizedTextFields.textFields("axis-name");
    final LocalizedTextFields<TextArea> description = LocalizedTextFields.textAreas("axis-description");
    final MultiSelectComboBox<Integer> sdgs = new MultiSelectComboBox<>();
    private final Binder<Draft> binder = new Binder<>();

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
        super("axis");
        slug.setId("axis-slug");
        sdgs.setId("axis-sdgs");
        slug.setManualValidation(true);
        sdgs.setManualValidation(true);
        sdgs.setItems(Sdg.NUMBERS);
        sdgs.setItemLabelGenerator(number -> Sdg.label(number, this::getTranslation, getLocale()));

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
                .localized("name", name)
                .localized("description", description)
                .field("sdgs", sdgs);

        add(slug, sdgs, name.en, name.fr, name.ar);
        add(description.en, 2);
        add(description.fr, 2);
        add(description.ar, 2);
        add(buttons(), 2);
    }

    @Override
    public void edit(Axis axis) {
        binder.readBean(Draft.of(axis));
        slug.setReadOnly(axis != null);
    }

    @Override
    protected Optional<Axis> valid() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft.toAxis()) : Optional.empty();
    }

    @Override
    protected void localizeFields() {
        slug.setLabel(getTranslation("field.slug"));
        name.setLabels(this::getTranslation, "field.name");
        description.setLabels(this::getTranslation, "field.description");
        sdgs.setLabel(getTranslation("axis.sdgs"));
    }
}
