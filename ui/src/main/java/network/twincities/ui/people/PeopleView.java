package network.twincities.ui.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.i18n.Formats;
import network.twincities.ui.platform.security.CurrentUser;
import network.twincities.ui.platform.ui.EditorDialog;
import network.twincities.ui.platform.ui.ListPage;
import network.twincities.ui.platform.ui.ListRoute;
import network.twincities.ui.platform.ui.Notifications;
import network.twincities.ui.platform.ui.ResourceNames;

/**
 * The network's people, for forum administrators: filtered by territory and role and searched by name or
 * e-mail; who, role, territory, e-mail, last sign-in and whether the account is enabled. The invitation
 * dialog makes an official's account and Keycloak e-mails them. Others are told the backend's 403.
 */
@Route(value = "people", layout = MainLayout.class)
public class PeopleView extends ListRoute<Person> {

    private static final long serialVersionUID = 1L;

    static final ResourceNames NAMES = new ResourceNames("person", "people");

    private final ComboBox<String> territory = new ComboBox<>();
    private final Select<String> role = ListPage.selectFilter("people-role", Person.ROLES);
    private final Map<String, String> territoryNames = new LinkedHashMap<>();

    @Inject
    public PeopleView(@Backend PeopleClient people, MemorandumChoices choices, CurrentUser currentUser) {
        territory.setId("people-territory");
        territory.setClearButtonVisible(true);
        territory.setItemLabelGenerator(slug -> territoryNames.getOrDefault(slug, slug));
        role.setItemLabelGenerator(
                value -> value == null ? getTranslation("filter.any") : getTranslation("role." + value));
        loadTerritories(choices);
        InviteForm invite = new InviteForm();
        show(ListPage.<Person>builder(NAMES, PersonView.class)
                .admin(currentUser.profile().isForumAdmin())
                .searchPlaceholder("people.search.placeholder")
                .filter(territory, "person.territory", "territory")
                .filter(role, "person.roles", "role")
                .column(
                        "person.name",
                        Person::fullName,
                        column -> column.setSortProperty("name").setFlexGrow(2))
                .column("person.roles", this::roles, column -> column.setFlexGrow(2))
                .column(
                        "person.territory",
                        person -> person.territory() == null
                                ? "—"
                                : territoryNames.getOrDefault(person.territory(), person.territory()),
                        column -> column.setSortProperty("territory").setFlexGrow(2))
                .column(
                        "person.email",
                        Person::email,
                        column -> column.setSortProperty("email").setFlexGrow(3))
                .column(
                        "person.lastSignIn",
                        person -> person.lastSignIn() == null
                                ? getTranslation("person.lastSignIn.never")
                                : Formats.dateTime(person.lastSignIn(), getLocale()),
                        column -> column.setSortProperty("lastSignIn").setFlexGrow(2))
                .column(
                        "person.enabled",
                        person -> getTranslation(person.isEnabled() ? "person.enabled.yes" : "person.enabled.no"),
                        column -> column.setFlexGrow(1))
                .items((query, number, size) ->
                        people.list(number, size, query.sort(), query.q(), territory.getValue(), role.getValue()))
                .editor(invite, new EditorDialog.Operations<>(people::invite, (original, value) -> value, p -> p))
                .beforeCreate(() -> invite.setTerritories(territoryNames))
                .build());
    }

    private String roles(Person person) {
        return person.roles().isEmpty()
                ? getTranslation("user.noRole")
                : String.join(
                        ", ",
                        person.roles().stream()
                                .map(r -> getTranslation("role." + r))
                                .toList());
    }

    private void loadTerritories(MemorandumChoices choices) {
        try {
            territoryNames.putAll(choices.territories(getLocale()));
        } catch (RuntimeException failure) {
            Notifications.error(BackendErrors.message(failure, this::getTranslation));
        }
        territory.setItems(List.copyOf(territoryNames.keySet()));
    }
}
