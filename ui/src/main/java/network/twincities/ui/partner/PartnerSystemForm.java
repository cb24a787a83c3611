package network.twincities.ui.partner;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.ui.RegistryForm;

/** Issues a partner system's credentials: its name and the territory it acts for. */
public class PartnerSystemForm extends RegistryForm<PartnerSystem> {

    private static final long serialVersionUID = 1L;

    final TextField name = new TextField();
    final ComboBox<String> territory = new ComboBox<>();
    private Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Binder<Draft> binder = new Binder<>();

    /** What the form edits. */
    static final class Draft {
        String name = "";
        String territory;
    }

    public PartnerSystemForm() {
        super("partner-system");
        name.setId("partner-system-name");
        territory.setId("partner-system-territory");
        name.setManualValidation(true);
        territory.setManualValidation(true);
        name.setMaxLength(200);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        binder.forField(name)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.name, (draft, value) -> draft.name = value);
        binder.forField(territory)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.territory, (draft, value) -> draft.territory = value);
        errors.field("name", name).field("territory", territory);
        add(name, territory);
        add(buttons(), 2);
    }

    /** The territories to choose from, by slug, with their names in the reader's language. */
    void setTerritories(Map<String, String> names) {
        territoryNames = new LinkedHashMap<>(names);
        territory.setItems(territoryNames.keySet());
    }

    @Override
    public void edit(PartnerSystem system) {
        binder.readBean(new Draft());
    }

    @Override
    protected Optional<PartnerSystem> valid() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft)
                ? Optional.of(
                        new PartnerSystem(null, draft.name.strip(), draft.territory, null, null, null, null, null))
                : Optional.empty();
    }

    @Override
    protected void localizeFields() {
        name.setLabel(getTranslation("partner-system.name"));
        territory.setLabel(getTranslation("partner-system.territory"));
    }
}
