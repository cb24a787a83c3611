package network.twincities.ui.people;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import network.twincities.ui.platform.api.LocalizedText;
import network.twincities.ui.platform.ui.RegistryItem;

/** A person as the backend's {@code /people} and {@code /me} represent them. */
public record Person(
        String id,
        @JsonbProperty("name") String fullName,
        String email,
        List<String> roles,
        String territory,
        String language,
        Boolean enabled,
        Instant lastSignIn,
        Long version)
        implements RegistryItem<Person> {

    public static final String OFFICIAL = "official";
    public static final String FORUM_ADMIN = "forum-admin";
    public static final List<String> ROLES = List.of(OFFICIAL, FORUM_ADMIN);

    public Person {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** An invitation: name, e-mail, territory and language. */
    public static Person invitation(String name, String email, String territory, String language) {
        return new Person(null, name, email, null, territory, language, null, null, null);
    }

    @Override
    public String slug() {
        return id;
    }

    /** A person's name is the same in every language. */
    @Override
    public LocalizedText name() {
        return new LocalizedText(fullName, fullName, fullName);
    }

    @Override
    public String nameIn(java.util.Locale locale) {
        return fullName == null ? "" : fullName;
    }

    public boolean isEnabled() {
        return !Boolean.FALSE.equals(enabled);
    }

    public boolean isForumAdmin() {
        return roles.contains(FORUM_ADMIN);
    }

    /**
     * The body of a write: to invite, what an invitation says; to change, what a forum administrator
     * changes (territory, roles, enabled).
     */
    @Override
    public Person forWrite(boolean invitation) {
        return invitation
                ? Person.invitation(fullName, email, territory, language)
                : new Person(null, null, null, roles, territory, null, enabled, null, null);
    }

    /** The body of {@code PUT /me}: the language only. */
    public Person languageOnly(String chosen) {
        return new Person(null, null, null, null, null, chosen, null, null, null);
    }
}
