package network.twincities.practice.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.problem.ProblemException;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Caller;
import network.twincities.platform.write.Writable;
import network.twincities.practice.control.PracticeRepository;
import network.twincities.practice.entity.Adoption;
import network.twincities.practice.entity.AdoptionStatus;
import network.twincities.practice.entity.BestPractice;
import network.twincities.project.control.ProjectRepository;
import network.twincities.project.entity.Project;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Territory;

/**
 * The adoptions of one best practice as the write path takes them: each is identified by its territory
 * (its id is {@code <practice id>/adoptions/<territory>}), written by an official of that territory or a
 * forum administrator. That the owner does not adopt its own practice, and a territory adopts it once,
 * are the practice's rules.
 */
public class Adoptions implements Writable<Adoption, Adoptions.Fields, AdoptionRepresentation> {

    private final String practiceId;
    private final PracticeRepository practices;
    private final TerritoryRepository territories;
    private final ProjectRepository projects;
    private final Caller caller;

    /** @param practiceId the id of a practice that exists (found again in each write's transaction) */
    Adoptions(
            String practiceId,
            PracticeRepository practices,
            TerritoryRepository territories,
            ProjectRepository projects,
            Caller caller) {
        this.practiceId = practiceId;
        this.practices = practices;
        this.territories = territories;
        this.projects = projects;
        this.caller = caller;
    }

    /** The practice, as the current transaction sees it; 404 when it was deleted meanwhile. */
    private BestPractice practice() {
        return practices
                .find(practiceId)
                .orElseThrow(() -> ProblemException.notFound(ResourceName.BEST_PRACTICES.notFound(practiceId)));
    }

    /**
     * The editable fields of an adoption.
     *
     * @param territorySlug the adopting territory as given on creation, for the authorization
     * @param projects the projects that carry it out; null when an edit leaves them as they are
     */
    public record Fields(
            String territorySlug, Territory territory, AdoptionStatus status, String notes, List<Project> projects) {}

    /** The id of the adoption of this practice by {@code territory}. */
    public String id(String territory) {
        return practiceId + "/adoptions/" + territory;
    }

    @Override
    public ResourceName resource() {
        return ResourceName.ADOPTIONS;
    }

    @Override
    public Action writeAction() {
        return Action.ADOPT_PRACTICE;
    }

    @Override
    public Set<String> territories(Adoption adoption) {
        return Set.of(adoption.territory().slug());
    }

    @Override
    public Set<String> territoriesOf(Fields fields) {
        return Practices.ownOrCallers(fields.territorySlug(), caller);
    }

    @Override
    public Optional<Adoption> find(String id) {
        String prefix = id(""); // ends with "/adoptions/"
        return id.startsWith(prefix) ? practice().adoption(id.substring(prefix.length())) : Optional.empty();
    }

    @Override
    public AdoptionRepresentation represent(Adoption adoption) {
        return AdoptionRepresentation.of(adoption);
    }

    @Override
    public Fields read(Input in, Adoption current) {
        String territorySlug = null;
        Territory territory = null;
        if (current == null) {
            territorySlug = in.slug("territory", true);
            territory = territorySlug == null
                    ? null
                    : territories.findBySlug(territorySlug).orElse(null);
            if (territorySlug != null && territory == null) {
                in.reject("territory", "no territory '" + territorySlug + "'");
            }
        } else {
            in.readOnly("territory", current.territory().slug());
        }
        var status = in.enumValue("status", AdoptionStatus.class, true);
        var notes = in.string("notes", false, Adoption.NOTES_MAX);
        return new Fields(territorySlug, territory, status, notes, projects(in, current == null));
    }

    /** The projects named by id, each one that is there (not deleted); absent from an edit: null. */
    private List<Project> projects(Input in, boolean creating) {
        if (!in.has("projects") && !creating) {
            return null;
        }
        var ids = in.strings("projects", 36, false);
        if (ids == null) {
            return List.of();
        }
        var found = new ArrayList<Project>();
        for (int i = 0; i < ids.size(); i++) {
            var project = projects.find(ids.get(i));
            if (project.isPresent()) {
                found.add(project.get());
            } else {
                in.reject("projects[" + i + "]", "no project '" + ids.get(i) + "'");
            }
        }
        return found;
    }

    @Override
    public Adoption create(String id, Fields fields, String actor) {
        var adoption = practice().adopt(fields.territory(), fields.status(), fields.notes(), actor);
        adoption.carriedOutBy(fields.projects());
        return adoption;
    }

    @Override
    public void update(Adoption adoption, Fields fields) {
        adoption.change(fields.status(), fields.notes());
        if (fields.projects() != null) {
            adoption.carriedOutBy(fields.projects());
        }
    }

    @Override
    public void removing(Adoption adoption) {
        adoption.practice().withdraw(adoption);
    }
}
