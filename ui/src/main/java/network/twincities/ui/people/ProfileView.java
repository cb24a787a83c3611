package network.twincities.ui.people;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.function.BiFunction;
import network.twincities.ui.MainLayout;
import network.twincities.ui.memorandum.MemorandumChoices;
import network.twincities.ui.platform.api.Backend;
import network.twincities.ui.platform.api.BackendErrors;
import network.twincities.ui.platform.api.Paging;
import network.twincities.ui.platform.i18n.Language;
import network.twincities.ui.platform.i18n.LanguageSelection;
import network.twincities.ui.platform.security.OidcConfig;
import network.twincities.ui.platform.ui.DetailList;
import network.twincities.ui.platform.ui.Notifications;

/**
 * The signed-in person's own profile: name, territory and roles (a forum administrator changes those), the
 * preferred language, which is saved (Keycloak's pages and e-mails use it too) and switches the UI at
 * once, and the link to Keycloak's account console to change the password.
 */
@Route(value = "profile", layout = MainLayout.class)
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final transient PeopleClient people;
    private final transient MemorandumChoices choices;
    private final LanguageSelection languages;
    private final H2 title = new H2();
    private final DetailList details = new DetailList();
    private final Select<Language> language = new Select<>();
    private final Anchor password = new Anchor();
    private final Paragraph failure = new Paragraph();
    private Person me;
    private String territoryName;

    @Inject
    public ProfileView(
            @Backend PeopleClient people, MemorandumChoices choices, LanguageSelection languages, OidcConfig oidc) {
        this.people = people;
        this.choices = choices;
        this.languages = languages;
        setId("profile-view");
        title.setId("profile-title");
        title.addClassName("view-title");
        details.setId("profile-details");
        language.setId("profile-language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                save(event.getValue());
            }
        });
        password.setId("profile-password");
        password.setHref(oidc.getProviderUri() + "/account");
        failure.setId("profile-failure");
        failure.setVisible(false);
        add(title, failure, details, language, password);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        try {
            me = people.me();
            territoryName = me.territory() == null
                    ? null
                    : choices.territories(getLocale()).getOrDefault(me.territory(), me.territory());
            failure.setVisible(false);
        } catch (RuntimeException e) {
            me = null;
            failure.setText(BackendErrors.message(e, this::getTranslation));
            failure.setVisible(true);
        }
        render();
    }

    /** Saves the language in Keycloak (through the backend) and switches the UI to it. */
    private void save(Language chosen) {
        if (me == null) {
            return;
        }
        try {
            me = people.updateMe(Paging.ifMatch(me.version()), me.languageOnly(chosen.code()));
            Notifications.success(getTranslation("profile.language.saved"));
        } catch (RuntimeException e) {
            Notifications.error(BackendErrors.message(e, this::getTranslation));
            load();
            return;
        }
        getUI().ifPresent(ui -> languages.choose(ui, chosen));
    }

    private void render() {
        title.setText(getTranslation("profile.title"));
        language.setLabel(getTranslation("profile.language"));
        password.setText(getTranslation("profile.password"));
        details.clear();
        language.setVisible(me != null);
        password.setVisible(me != null);
        if (me == null) {
            return;
        }
        details.add("name", getTranslation("person.name"), me.fullName());
        details.add("email", getTranslation("person.email"), me.email());
        details.add("territory", getTranslation("person.territory"), territoryName == null ? "—" : territoryName);
        details.add("roles", getTranslation("person.roles"), roles(me, this::getTranslation));
        language.setValue(Language.of(new java.util.Locale(me.language() == null ? "en" : me.language())));
    }

    /** The roles in words: "Territorial official, Forum administrator". */
    static String roles(Person person, BiFunction<String, Object[], String> translate) {
        return person.roles().isEmpty()
                ? translate.apply("user.noRole", new Object[0])
                : String.join(
                        ", ",
                        person.roles().stream()
                                .map(role -> translate.apply("role." + role, new Object[0]))
                                .toList());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (me != null && me.territory() != null) {
            territoryName = choices.territories(event.getLocale()).getOrDefault(me.territory(), me.territory());
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.title");
    }
}
