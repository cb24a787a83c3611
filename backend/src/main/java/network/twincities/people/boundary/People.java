package network.twincities.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import network.twincities.people.control.Directory;
import network.twincities.people.entity.Person;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.problem.ProblemType;
import network.twincities.platform.security.Action;
import network.twincities.platform.write.Writable;
import network.twincities.territory.control.TerritoryRepository;

/**
 * People on the one write path, for forum administrators: POST invites an official, PUT changes a person's
 * territory, roles and whether the account is enabled. Kept in Keycloak ({@link Directory}); the audit log
 * records each invitation and change. People's writes take one lock in PostgreSQL, held until the write's
 * transaction ends, and read the person again under it: two administrators saving at once cannot both pass
 * the same If-Match, nor both withdraw the role of the other of the last two administrators.
 */
@ApplicationScoped
public class People implements Writable<Person, People.Fields, PersonRepresentation> {

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;

    /** The key of the advisory lock that orders people's writes. */
    static final long LOCK = 4_242_007L;

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What Keycloak's user profile refuses in a name (its person-name-prohibited-characters). */
    static final Pattern NAME_PROHIBITED = Pattern.compile("[<>&\"$%!#?§;*~/\\\\,^(){}\\[\\]|@:=]");

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    TerritoryRepository territories;

    /** What a body says: everything on invitation, territory, roles and enabled on a change. */
    public record Fields(
            String name, String email, String territory, Set<String> roles, String language, Boolean enabled) {}

    @Override
    public ResourceName resource() {
        return ResourceName.PEOPLE;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_PEOPLE;
    }

    /** The person with this id; empty for anything but a UUID and for an API client's service account. */
    @Override
    public Optional<Person> find(String id) {
        return Ids.uuid(id).flatMap(uuid -> directory.find(uuid.toString()));
    }

    @Override
    public PersonRepresentation represent(Person person) {
        return PersonRepresentation.of(person);
    }

    /** lastSignIn moves on its own (it is not part of the version): a body may carry any value back, ignored. */
    @Override
    public Fields read(Input in, Person current) {
        if (current == null) {
            in.readOnly("id", null);
            String name = name(in);
            String email = email(in);
            String territory = territory(in, true);
            String language = language(in);
            return new Fields(
                    name, email, territory, Set.of(), language == null ? Person.DEFAULT_LANGUAGE : language, true);
        }
        in.readOnly("name", current.name());
        in.readOnly("email", current.email());
        in.readOnly("language", current.language());
        String territory = territory(in, false);
        Set<String> roles = roles(in);
        Boolean enabled = in.bool("enabled", true);
        return new Fields(null, null, territory, roles, null, enabled);
    }

    /** An official invited, in memory; {@link #saveElsewhere} makes the user and sends the e-mail. */
    @Override
    public Person create(String id, Fields fields, String actor) {
        if (directory.taken(fields.email())) {
            throw ProblemException.conflict("Someone with the e-mail address " + fields.email() + " exists already.");
        }
        return Person.invited(fields.name(), fields.email(), fields.territory(), fields.language());
    }

    @Override
    public void update(Person person, Fields fields) {
        lockAndRecheck(person);
        person.change(fields.territory(), fields.roles(), fields.enabled(), directory.anotherEnabledAdmin(person.id()));
    }

    @Override
    public boolean saveElsewhere(Person person, boolean created) {
        if (created) {
            directory.invite(person);
        } else {
            directory.save(person);
        }
        return true;
    }

    /**
     * Takes people's lock, then reads the person again: if someone changed them since this request read
     * them (and checked If-Match), the write is refused as stale.
     */
    void lockAndRecheck(Person person) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK + ")").getSingleResult();
        var now = directory
                .find(person.id())
                .orElseThrow(() -> ProblemException.notFound(ResourceName.PEOPLE.notFound(person.id())));
        if (now.version() != person.version()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The person changed meanwhile (current version: \"" + now.version() + "\"); read it again.");
        }
    }

    static String name(Input in) {
        String name = in.string("name", true, NAME_MAX);
        if (name != null && NAME_PROHIBITED.matcher(name).find()) {
            in.reject("name", "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ , ^ ( ) { } [ ] | @ : =");
            return null;
        }
        return name == null ? null : name.trim();
    }

    static String email(Input in) {
        String email = in.string("email", true, EMAIL_MAX);
        if (email != null && !EMAIL.matcher(email.trim()).matches()) {
            in.reject("email", "must be an e-mail address");
            return null;
        }
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    String territory(Input in, boolean required) {
        String slug = in.slug("territory", required);
        if (slug != null && territories.findBySlug(slug).isEmpty()) {
            in.reject("territory", "no territory '" + slug + "'");
            return null;
        }
        return slug;
    }

    static String language(Input in) {
        String language = in.string("language", false, 2);
        if (language != null && !Person.LANGUAGES.contains(language)) {
            in.reject("language", "must be one of " + String.join(", ", Person.LANGUAGES));
            return null;
        }
        return language;
    }

    static Set<String> roles(Input in) {
        var roles = in.strings("roles", 64, true);
        if (roles == null) {
            return null;
        }
        for (int i = 0; i < roles.size(); i++) {
            if (!Person.ROLES.contains(roles.get(i))) {
                in.reject("roles[" + i + "]", "must be one of " + String.join(", ", Person.ROLES));
                return null;
            }
        }
        return new LinkedHashSet<>(roles);
    }

    /** A list of roles in a body is read-only: it may only name the current roles, in any order. */
    static void rolesReadOnly(Input in, Person current) {
        if (!in.has("roles")) {
            return;
        }
        var given = in.strings("roles", 64, false);
        if (given != null && !Set.copyOf(given).equals(Set.copyOf(current.roles()))) {
            in.reject("roles", "is read-only (current value: " + String.join(", ", current.roles()) + ")");
        }
    }
}
