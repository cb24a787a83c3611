package network.twincities.people.control;

import static network.twincities.platform.keycloak.KeycloakCalls.call;
import static network.twincities.platform.keycloak.KeycloakCalls.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.people.entity.Person;
import network.twincities.platform.Roles;
import network.twincities.platform.problem.Problem;
import network.twincities.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The network's people as Keycloak keeps them, through its admin API: users with the realm role official
 * or forum-admin (service accounts of API clients are not people). Their territory is the user attribute
 * {@code territory}, their language the attribute {@code locale} (which Keycloak's pages and e-mails use).
 */
@ApplicationScoped
public class Directory {

    private static final Logger LOG = Logger.getLogger(Directory.class.getName());

    /** The most users read to list people: far beyond the network's officials and administrators. */
    static final int MAX_USERS = 10_000;

    static final String TERRITORY = "territory";
    static final String LOCALE = "locale";

    @Inject
    RealmResource realm;

    @Inject
    Activity activity;

    /** The client whose pages the invitation e-mail leads back to. */
    @Inject
    @ConfigProperty(name = "twincities.people.invitation.client-id", defaultValue = "twincities-ui")
    String invitationClient;

    /** How long the invitation's link works, in hours. */
    @Inject
    @ConfigProperty(name = "twincities.people.invitation.hours", defaultValue = "72")
    int invitationHours;

    /** The person with this Keycloak user id; empty for an unknown user and for a service account. */
    public Optional<Person> find(String id) {
        try {
            var user = call("read a user", () -> realm.users().get(id).toRepresentation());
            if (user.getServiceAccountClientId() != null) {
                return Optional.empty();
            }
            return Optional.of(person(user, roles(id), activity.lastSeen(List.of(user.getUsername()))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The person who signs in with this login. */
    public Optional<Person> byUsername(String username) {
        var users = call("find a user", () -> realm.users().searchByUsername(username, true));
        return users.stream()
                .filter(u -> u.getServiceAccountClientId() == null)
                .findFirst()
                .flatMap(u -> find(u.getId()));
    }

    /** Whether some user has this e-mail address (or this login). */
    public boolean taken(String email) {
        return !call("find a user by e-mail", () -> realm.users().searchByEmail(email, true))
                        .isEmpty()
                || !call("find a user", () -> realm.users().searchByUsername(email, true))
                        .isEmpty();
    }

    /** Every person, with roles and last sign-in: read at once (the network has hundreds, not millions). */
    public List<Person> all() {
        var users = call("list users", () -> realm.users().list(0, MAX_USERS));
        Map<String, Set<String>> roles = new HashMap<>();
        for (String role : Person.ROLES) {
            for (var member :
                    call("list a role's users", () -> realm.roles().get(role).getUserMembers(0, MAX_USERS))) {
                roles.computeIfAbsent(member.getId(), k -> new HashSet<>()).add(role);
            }
        }
        var people = users.stream()
                .filter(u -> u.getServiceAccountClientId() == null)
                .toList();
        var seen = activity.lastSeen(
                people.stream().map(UserRepresentation::getUsername).toList());
        var result = new ArrayList<Person>();
        for (var user : people) {
            result.add(person(user, roles.getOrDefault(user.getId(), Set.of()), seen));
        }
        return result;
    }

    /** Whether someone other than {@code id} is an enabled forum administrator. */
    public boolean anotherEnabledAdmin(String id) {
        return call(
                        "list the forum administrators",
                        () -> realm.roles().get(Roles.FORUM_ADMIN).getUserMembers(0, MAX_USERS))
                .stream()
                .anyMatch(u -> !u.getId().equals(id) && Boolean.TRUE.equals(u.isEnabled()));
    }

    /**
     * Makes the invited person's user (enabled, role official) and has Keycloak send the invitation: an
     * e-mail in the person's language whose link sets a password (following it also verifies the address),
     * valid for
     * {@code twincities.people.invitation.hours}. When the e-mail cannot be sent the user is removed again,
     * so that the invitation can be repeated.
     *
     * @throws ProblemException 409 when the e-mail address or login is taken
     */
    public void invite(Person person) {
        var user = new UserRepresentation();
        user.setUsername(person.username());
        user.setEmail(person.email());
        user.setEmailVerified(false);
        user.setEnabled(true);
        String[] names = split(person.name());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setAttributes(Map.of(TERRITORY, List.of(person.territory()), LOCALE, List.of(person.language())));
        String id;
        try (var response =
                call("create the invited person's user", () -> realm.users().create(user))) {
            if (response.getStatus() == 409) {
                throw ProblemException.conflict(
                        "Someone with the e-mail address " + person.email() + " exists already.");
            }
            if (response.getStatus() != 201) {
                String detail = response.readEntity(String.class);
                LOG.warning(() -> "Keycloak refused the invited user: " + response.getStatus() + " " + detail);
                throw ProblemException.invalid(
                        List.of(new Problem.FieldError("name", "Keycloak refused this person: " + detail)));
            }
            String location = response.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        person.created(id);
        try {
            grant(id, Roles.OFFICIAL);
            run(
                    "send the invitation e-mail",
                    () -> realm.users()
                            .get(id)
                            .executeActionsEmail(
                                    invitationClient, null, invitationHours * 3600, List.of("UPDATE_PASSWORD")));
        } catch (RuntimeException e) {
            try {
                realm.users().get(id).remove();
            } catch (RuntimeException cleanup) {
                LOG.log(Level.WARNING, "Could not remove the user of a failed invitation: " + id, cleanup);
            }
            throw e;
        }
    }

    /** Saves what a forum administrator or the person changed: territory, roles, enabled, language. */
    public void save(Person person) {
        String id = person.id();
        var resource = realm.users().get(id);
        var user = call("read a user", resource::toRepresentation);
        Map<String, List<String>> attributes =
                new HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
        if (person.territory() == null) {
            attributes.remove(TERRITORY);
        } else {
            attributes.put(TERRITORY, List.of(person.territory()));
        }
        attributes.put(LOCALE, List.of(person.language()));
        boolean disabling = Boolean.TRUE.equals(user.isEnabled()) && !person.enabled();
        user.setAttributes(attributes);
        user.setEnabled(person.enabled());
        run("save a user", () -> resource.update(user));
        var current = roles(id);
        for (String role : Person.ROLES) {
            if (person.roles().contains(role) && !current.contains(role)) {
                grant(id, role);
            } else if (!person.roles().contains(role) && current.contains(role)) {
                run(
                        "withdraw a role",
                        () -> resource.roles()
                                .realmLevel()
                                .remove(List.of(realm.roles().get(role).toRepresentation())));
            }
        }
        if (disabling) {
            run("end the sessions of a disabled user", resource::logout);
        }
    }

    private void grant(String id, String role) {
        run(
                "grant a role",
                () -> realm.users()
                        .get(id)
                        .roles()
                        .realmLevel()
                        .add(List.of(realm.roles().get(role).toRepresentation())));
    }

    private Set<String> roles(String id) {
        var roles = new HashSet<String>();
        for (var role : call(
                "read a user's roles",
                () -> realm.users().get(id).roles().realmLevel().listAll())) {
            roles.add(role.getName());
        }
        roles.retainAll(Person.ROLES);
        return roles;
    }

    private static Person person(UserRepresentation user, Set<String> roles, Map<String, Instant> seen) {
        return new Person(
                user.getId(),
                user.getUsername(),
                name(user),
                user.getEmail(),
                attribute(user, TERRITORY),
                roles,
                attribute(user, LOCALE),
                Boolean.TRUE.equals(user.isEnabled()),
                user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()),
                seen.get(user.getUsername()));
    }

    private static String attribute(UserRepresentation user, String name) {
        var values = user.getAttributes() == null ? null : user.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** First and last name as one: a one-word name is kept in both, and shown once. */
    static String name(UserRepresentation user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().trim();
        String last = user.getLastName() == null ? "" : user.getLastName().trim();
        if (first.equals(last) || last.isEmpty()) {
            return first.isEmpty() ? user.getUsername() : first;
        }
        return first.isEmpty() ? last : first + " " + last;
    }

    /**
     * A name as Keycloak's first and last name (both required by the realm's user profile, or the person
     * would be asked for them at the first sign-in): split at the last space; a one-word name goes in both.
     */
    static String[] split(String name) {
        String trimmed = name.trim().replaceAll("\\s+", " ");
        int space = trimmed.lastIndexOf(' ');
        return space < 0
                ? new String[] {trimmed, trimmed}
                : new String[] {trimmed.substring(0, space), trimmed.substring(space + 1)};
    }
}
