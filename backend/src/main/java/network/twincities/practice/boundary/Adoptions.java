package network.twincities.practice.boundary;

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
    private final Caller caller;

    /** @param practiceId the id of a practice that exists (found again in each write's transaction) */
    Adoptions(String practiceId, PracticeRepository practices, TerritoryRepository territories, Caller caller) {
        this.practiceId = practiceId;
        this.practices = practices;
        this.territories = territories;
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
     */
    public record Fields(String territorySlug, Territory territory, AdoptionStatus status, String notes) {}

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
        return new Fields(territorySlug, territory, status, notes);
    }

    @Override
    public Adoption create(String id, Fields fields, String actor) {
        return practice().adopt(fields.territory(), fields.status(), fields.notes(), actor);
    }

    @Override
    public void update(Adoption adoption, Fields fields) {
        adoption.change(fields.status(), fields.notes());
    }

    @Override
    public void removing(Adoption adoption) {
        adoption.practice().withdraw(adoption);
    }
}
