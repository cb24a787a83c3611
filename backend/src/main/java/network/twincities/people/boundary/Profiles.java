package network.twincities.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import network.twincities.people.control.Directory;
import network.twincities.people.entity.Person;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Caller;
import network.twincities.platform.write.Writable;

/**
 * The caller's own profile ({@code /me}) on the one write path: the person who signs in with the caller's
 * login. Only the language is theirs to change; name, e-mail, territory and roles are read-only (a forum
 * administrator changes territory and roles). Audited as a change of the person.
 */
@ApplicationScoped
public class Profiles implements Writable<Person, String, PersonRepresentation> {

    @Inject
    Directory directory;

    @Inject
    Caller caller;

    @Inject
    People people;

    @Override
    public ResourceName resource() {
        return ResourceName.PEOPLE;
    }

    @Override
    public Action writeAction() {
        return Action.EDIT_OWN_PROFILE;
    }

    /** The caller, whatever the id (the path is {@code /me}). */
    public Optional<Person> mine() {
        return directory.byUsername(caller.name());
    }

    /** The caller when {@code id} is theirs. */
    @Override
    public Optional<Person> find(String id) {
        return mine().filter(person -> person.id().equals(id));
    }

    @Override
    public PersonRepresentation represent(Person person) {
        return PersonRepresentation.of(person);
    }

    /** The language: required, en, fr or ar. */
    @Override
    public String read(Input in, Person current) {
        in.readOnly("name", current.name());
        in.readOnly("email", current.email());
        in.readOnly("territory", current.territory());
        in.readOnly("enabled", current.enabled());
        People.rolesReadOnly(in, current);
        if (!in.has("language")) {
            in.reject("language", "is required: en, fr or ar");
            return null;
        }
        return People.language(in);
    }

    @Override
    public Person create(String id, String language, String actor) {
        throw new IllegalStateException("A profile is not created: forum administrators invite people.");
    }

    @Override
    public void update(Person person, String language) {
        people.lockAndRecheck(person);
        person.prefer(language);
    }

    @Override
    public boolean saveElsewhere(Person person, boolean created) {
        directory.save(person);
        return true;
    }
}
