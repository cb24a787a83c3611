package network.twincities.people.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import network.twincities.platform.Roles;
import network.twincities.platform.domain.RuleViolation;
import network.twincities.platform.persistence.Versioned;

/**
 * A person of the network: a Keycloak user with the role official or forum-admin. Kept in Keycloak, not
 * in the application's database, so its version is not a counter but derived: a hash of everything a
 * client sees and may change (name, e-mail, territory, roles, language, enabled). A change made anywhere,
 * also in Keycloak's own console, gives another version, so a client editing what it read is caught
 * (412); the last sign-in is not part of it, as it moves on its own.
 */
public class Person implements Versioned {

    /** The roles a person may have here, in the order the API lists them. */
    public static final List<String> ROLES = List.of(Roles.OFFICIAL, Roles.FORUM_ADMIN);

    /** The languages of the UI, Keycloak's pages and e-mails. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    public static final String DEFAULT_LANGUAGE = "en";

    private String id;
    private final String username;
    private final String name;
    private final String email;
    private String territory;
    private Set<String> roles;
    private String language;
    private boolean enabled;
    private final Instant createdAt;
    private final Instant lastSignIn;

    public Person(
            String id,
            String username,
            String name,
            String email,
            String territory,
            Set<String> roles,
            String language,
            boolean enabled,
            Instant createdAt,
            Instant lastSignIn) {
        this.id = id;
        this.username = username;
        this.name = name;
        this.email = email;
        this.territory = territory;
        this.roles = Set.copyOf(roles);
        this.language = language == null || !LANGUAGES.contains(language) ? DEFAULT_LANGUAGE : language;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.lastSignIn = lastSignIn;
    }

    /** An official invited to the network: enabled, not yet in Keycloak (no id). */
    public static Person invited(String name, String email, String territory, String language) {
        return new Person(
                null, email, name, email, territory, Set.of(Roles.OFFICIAL), language, true, Instant.now(), null);
    }

    /**
     * What a forum administrator changes: the territory, the roles, whether the account is enabled.
     *
     * @param anotherEnabledAdmin whether someone else is an enabled forum administrator
     * @throws RuleViolation when no role is left, an official has no territory, or the network would be left
     *     without an enabled forum administrator
     */
    public void change(String territory, Set<String> roles, boolean enabled, boolean anotherEnabledAdmin) {
        if (roles.isEmpty()) {
            throw RuleViolation.invalid("roles", "a person needs at least one role: official or forum-admin");
        }
        if (roles.contains(Roles.OFFICIAL) && territory == null) {
            throw RuleViolation.invalid("territory", "an official needs a territory");
        }
        boolean adminAfter = enabled && roles.contains(Roles.FORUM_ADMIN);
        if (enabledAdmin() && !adminAfter && !anotherEnabledAdmin) {
            throw RuleViolation.conflict(username + " is the last enabled forum administrator: grant the role to"
                    + " someone else first, then withdraw it or disable this account.");
        }
        this.territory = territory;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
    }

    /** The person's preferred language (en, fr, ar). */
    public void prefer(String language) {
        if (!LANGUAGES.contains(language)) {
            throw RuleViolation.invalid("language", "must be one of " + String.join(", ", LANGUAGES));
        }
        this.language = language;
    }

    /** Keycloak made the user: its id. */
    public void created(String id) {
        if (this.id != null) {
            throw new IllegalStateException("Person " + this.id + " exists already");
        }
        this.id = id;
    }

    public boolean enabledAdmin() {
        return enabled && roles.contains(Roles.FORUM_ADMIN);
    }

    @Override
    public int version() {
        String state = String.join(
                "\u0000",
                String.valueOf(name),
                String.valueOf(email),
                String.valueOf(territory),
                String.join(",", new TreeSet<>(roles)),
                language,
                String.valueOf(enabled));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            int value =
                    ((hash[0] & 0x7f) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String resourceId() {
        return id;
    }

    /** Keycloak keeps who changed a user in its own admin events; the audit log keeps ours. */
    @Override
    public void touch(String actor) {}

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String territory() {
        return territory;
    }

    /** The roles, in the order of {@link #ROLES}. */
    public List<String> roles() {
        return ROLES.stream().filter(roles::contains).toList();
    }

    public String language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignIn() {
        return lastSignIn;
    }
}
