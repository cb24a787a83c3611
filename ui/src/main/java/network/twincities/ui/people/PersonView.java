package network.twincities.ui.people;

import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.DetailPage;
import network.twincities.ui.platform.ui.DetailRoute;
import network.twincities.ui.platform.ui.EditorDialog;

/**
 * A person, for forum administrators: name, e-mail, roles, territory, language, whether they may sign in
 * and when they last did. The edit dialog changes the territory, grants or withdraws forum-admin and
 * disables or enables the account (disabling also ends their sessions).
 */
@Route(value = "people/:slug", layout = MainLayout.class)
public class PersonView extends DetailRoute<Person> {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> territoryNames = new LinkedHashMap<>();

    @Inject
    public PersonView(@Backend PeopleClient people, MemorandumChoices choices, CurrentUser currentUser) {
        PersonForm form = new PersonForm();
        show(DetailPage.builder(PeopleView.NAMES, PeopleView.class, people::get)
                .admin(currentUser.profile().isForumAdmin())
                .rows(this::rows)
                .editor(form, EditorDialog.Operations.of(p -> p, people::update, people::get))
                .beforeEdit(person -> {
                    if (territoryNames.isEmpty()) {
                        territoryNames.putAll(choices.territories(getLocale()));
                    }
                    form.setTerritories(territoryNames);
                })
                .build());
    }

    private void rows(Person person, DetailList details) {
        details.add("email", getTranslation("person.email"), person.email());
        details.add("roles", getTranslation("person.roles"), ProfileView.roles(person, this::getTranslation));
        details.add(
                "territory",
                getTranslation("person.territory"),
                person.territory() == null ? "—" : territoryNames.getOrDefault(person.territory(), person.territory()));
        details.add(
                "language",
                getTranslation("person.language"),
                person.language() == null ? "—" : getTranslation("language." + person.language()));
        details.add(
                "enabled",
                getTranslation("person.enabled"),
                getTranslation(person.isEnabled() ? "person.enabled.yes" : "person.enabled.no"));
        details.add(
                "lastSignIn",
                getTranslation("person.lastSignIn"),
                person.lastSignIn() == null
                        ? getTranslation("person.lastSignIn.never")
                        : Formats.dateTime(person.lastSignIn(), getLocale()));
    }
}
