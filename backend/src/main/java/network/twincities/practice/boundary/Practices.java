package network.twincities.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import network.twincities.audit.control.AuditLog;
import network.twincities.audit.entity.AuditAction;
import network.twincities.axis.control.AxisRepository;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.security.Action;
import network.twincities.platform.security.Caller;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Writable;
import network.twincities.practice.control.PracticeRepository;
import network.twincities.practice.entity.BestPractice;
import network.twincities.practice.entity.Outcome;
import network.twincities.project.control.ProjectRepository;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Territory;

/**
 * What is the best practices' own in a write: their fields (owner territory and axes resolved), who may
 * write them (an official only its own territory's; forum administrators all, to moderate), and that
 * deleting one withdraws its adoptions, each recorded in the audit log. Their adoptions are written
 * through {@link #adoptionsOf}.
 */
@ApplicationScoped
public class Practices implements Writable<BestPractice, Practices.Fields, BestPracticeRepresentation> {

    /** The largest outcome value taken (in absolute value). */
    static final double VALUE_MAX = 1e15;

    @Inject
    PracticeRepository practices;

    @Inject
    TerritoryRepository territories;

    @Inject
    ProjectRepository projects;

    @Inject
    AxisRepository axes;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /**
     * The editable fields of a practice, references resolved.
     *
     * @param territorySlug the owner territory as given, for the authorization (null when not given)
     */
    public record Fields(
            String territorySlug,
            Territory territory,
            LocalizedText title,
            LocalizedText summary,
            LocalizedText description,
            List<Axis> axes,
            List<Outcome> outcomes,
            List<String> tags) {}

    @Override
    public ResourceName resource() {
        return ResourceName.BEST_PRACTICES;
    }

    @Override
    public Action writeAction() {
        return Action.SHARE_PRACTICE;
    }

    @Override
    public Set<String> territories(BestPractice practice) {
        return Set.of(practice.territory().slug());
    }

    /**
     * The owner territory given; when none is given (a 422 to come), the caller's own, so that an official
     * is told what is missing rather than refused.
     */
    @Override
    public Set<String> territoriesOf(Fields fields) {
        return ownOrCallers(fields.territorySlug(), caller);
    }

    static Set<String> ownOrCallers(String slug, Caller caller) {
        if (slug != null) {
            return Set.of(slug);
        }
        return caller.territory() == null ? Set.of() : Set.of(caller.territory());
    }

    @Override
    public Optional<BestPractice> find(String id) {
        return practices.find(id);
    }

    @Override
    public BestPracticeRepresentation represent(BestPractice practice) {
        return BestPracticeRepresentation.of(practice);
    }

    @Override
    public Fields read(Input in, BestPractice current) {
        String territorySlug = in.slug("territory", true);
        Territory territory = territorySlug == null
                ? null
                : territories.findBySlug(territorySlug).orElse(null);
        if (territorySlug != null && territory == null) {
            in.reject("territory", "no territory '" + territorySlug + "'");
        }
        var title = in.text("title", true, false, Input.NAME_MAX);
        var summary = in.text("summary", false, false, Input.SUMMARY_MAX);
        var description = in.text("description", false, false, Input.DESCRIPTION_MAX);
        var axisList = new ArrayList<Axis>();
        var axisSlugs = in.slugs("axes", false);
        if (axisSlugs != null) {
            for (String slug : axisSlugs) {
                axes.findBySlug(slug)
                        .ifPresentOrElse(axisList::add, () -> in.reject("axes", "no cooperation axis '" + slug + "'"));
            }
        }
        var outcomes = outcomes(in);
        var tags = in.strings("tags", BestPractice.TAG_MAX, false);
        if (tags != null && tags.size() > BestPractice.TAGS_MAX) {
            in.reject("tags", "must have at most " + BestPractice.TAGS_MAX + " tags");
        }
        return new Fields(
                territorySlug,
                territory,
                title,
                summary,
                description,
                axisList,
                outcomes,
                tags == null ? List.of() : tags);
    }

    private static List<Outcome> outcomes(Input in) {
        var items = in.objects("outcomes", false);
        if (items == null) {
            return List.of();
        }
        if (items.size() > BestPractice.OUTCOMES_MAX) {
            in.reject("outcomes", "must have at most " + BestPractice.OUTCOMES_MAX + " outcomes");
            return List.of();
        }
        var outcomes = new ArrayList<Outcome>();
        for (var item : items) {
            String indicator = item.string("indicator", true, Outcome.INDICATOR_MAX);
            Double value = item.decimal("value", -VALUE_MAX, VALUE_MAX, true);
            String unit = item.string("unit", true, Outcome.UNIT_MAX);
            var asOf = item.date("asOf", false);
            if (indicator != null && value != null && unit != null) {
                outcomes.add(new Outcome(indicator, value, unit, asOf));
            }
        }
        return outcomes;
    }

    @Override
    public BestPractice create(String id, Fields fields, String actor) {
        var practice = new BestPractice(fields.territory(), fields.title(), actor);
        update(practice, fields);
        return practice;
    }

    @Override
    public void update(BestPractice practice, Fields fields) {
        practice.edit(
                fields.territory(),
                fields.title(),
                fields.summary(),
                fields.description(),
                fields.axes(),
                fields.outcomes(),
                fields.tags());
    }

    /** Its adoptions go with it: each is recorded as deleted, by whoever deletes the practice. */
    @Override
    public void removing(BestPractice practice) {
        for (var adoption : practice.adoptions()) {
            audit.record(
                    ResourceName.ADOPTIONS,
                    adoption.resourceId(),
                    AuditAction.DELETE,
                    AdoptionRepresentation.of(adoption),
                    null,
                    adoption.version());
        }
    }

    /** The adoptions of one practice, as the write path takes them. */
    public Adoptions adoptionsOf(BestPractice practice) {
        return new Adoptions(practice.resourceId(), practices, territories, projects, caller);
    }
}
