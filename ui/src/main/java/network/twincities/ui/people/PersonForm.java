package network.twincities.ui.people;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.twincities.ui.platform.ui.RegistryForm;

/**
 * What a forum administrator changes of a person: the territory, the roles (grant or withdraw forum-admin)
 * and whether they may sign in. The server refuses taking the role or the account of the last enabled
 * forum administrator.
 */
public class PersonForm extends RegistryForm<Person> {

    private static final long serialVersionUID = 1L;

    final ComboBox<String> territory = new ComboBox<>();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    private final Map<String, String> territoryNames = new LinkedHashMap<>();
    private Person original;

    public PersonForm() {
        super("person");
        territory.setId("person-territory");
        roles.setId("person-roles");
        enabled.setId("person-enabled");
        territory.setClearButtonVisible(true);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        roles.setItems(Person.ROLES);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        errors.field("territory", territory).field("roles", roles).field("enabled", enabled);
        add(territory, roles, enabled);
        add(buttons(), 2);
    }

    public void setTerritories(Map<String, String> names) {
        territoryNames.clear();
        territoryNames.putAll(names);
        territory.setItems(List.copyOf(names.keySet()));
    }

    @Override
    public void edit(Person person) {
        original = person;
        territory.setValue(person == null ? null : person.territory());
        roles.setValue(person == null ? java.util.Set.of() : new LinkedHashSet<>(person.roles()));
        enabled.setValue(person == null || person.isEnabled());
    }

    @Override
    protected Optional<Person> valid() {
        List<String> chosen =
                Person.ROLES.stream().filter(roles.getValue()::contains).toList();
        return Optional.of(new Person(
                original == null ? null : original.id(),
                original == null ? null : original.fullName(),
                original == null ? null : original.email(),
                chosen,
                territory.getValue(),
                original == null ? null : original.language(),
                enabled.getValue(),
                null,
                original == null ? null : original.version()));
    }

    @Override
    protected void localizeFields() {
        territory.setLabel(getTranslation("person.territory"));
        roles.setLabel(getTranslation("person.roles"));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        enabled.setLabel(getTranslation("person.enabled"));
    }
}
