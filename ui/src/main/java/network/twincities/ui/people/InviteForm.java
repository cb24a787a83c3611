package network.twincities.ui.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.ui.RegistryForm;

/** Invites an official: name, e-mail, territory and the language of the invitation and of the UI. */
public class InviteForm extends RegistryForm<Person> {

    private static final long serialVersionUID = 1L;

    static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<String> territory = new ComboBox<>();
    final Select<String> language = new Select<>();
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private final Binder<Draft> binder = new Binder<>();

    static final class Draft {
        String name = "";
        String email = "";
        String territory;
        String language = "en";
    }

    public InviteForm() {
        super("person-invite");
        name.setId("person-invite-name");
        email.setId("person-invite-email");
        territory.setId("person-invite-territory");
        language.setId("person-invite-language");
        name.setManualValidation(true);
        email.setManualValidation(true);
        territory.setManualValidation(true);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        binder.forField(name)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.name, (draft, value) -> draft.name = value);
        binder.forField(email)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.email, (draft, value) -> draft.email = value);
        binder.forField(territory)
                .asRequired(ctx -> getTranslation("validation.required"))
                .bind(draft -> draft.territory, (draft, value) -> draft.territory = value);
        binder.forField(language).bind(draft -> draft.language, (draft, value) -> draft.language = value);
        errors.field("name", name)
                .field("email", email)
                .field("territory", territory)
                .field("language", language);
        add(name, email, territory, language);
        add(buttons(), 2);
    }

    /** The territories to choose from, slug → name in the user's language. */
    public void setTerritories(Map<String, String> names) {
        territoryNames.clear();
        territoryNames.putAll(names);
        territory.setItems(List.copyOf(names.keySet()));
    }

    @Override
    public void edit(Person person) {
        binder.readBean(new Draft());
    }

    @Override
    protected Optional<Person> valid() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft)
                ? Optional.of(Person.invitation(draft.name.trim(), draft.email.trim(), draft.territory, draft.language))
                : Optional.empty();
    }

    @Override
    protected void localizeFields() {
        name.setLabel(getTranslation("person.name"));
        email.setLabel(getTranslation("person.email"));
        territory.setLabel(getTranslation("person.territory"));
        language.setLabel(getTranslation("person.language"));
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
    }
}
