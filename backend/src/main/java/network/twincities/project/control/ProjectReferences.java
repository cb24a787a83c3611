package network.twincities.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import network.twincities.axis.entity.Axis;
import network.twincities.memorandum.entity.Memorandum;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.write.Referrer;
import network.twincities.territory.entity.Territory;

/**
 * Projects refer to their lead and partner territories, partner organizations, cooperation axes and MoU:
 * none of those can be removed while a project (not deleted) names it.
 */
@ApplicationScoped
public class ProjectReferences implements Referrer {

    /** How many projects a message names at most. */
    static final int NAMED = 3;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Override
    public Optional<String> referencesTo(Object target) {
        if (target instanceof Territory) {
            return named(titles(
                    "p.leadTerritory = :target OR EXISTS (SELECT t FROM Project x JOIN x.partnerTerritories t"
                            + " WHERE x = p AND t = :target)",
                    target));
        }
        if (target instanceof Organization) {
            return named(titles(
                    "EXISTS (SELECT o FROM Project x JOIN x.partnerOrganizations o WHERE x = p AND o = :target)",
                    target));
        }
        if (target instanceof Axis) {
            return named(titles("EXISTS (SELECT a FROM Project x JOIN x.axes a WHERE x = p AND a = :target)", target));
        }
        if (target instanceof Memorandum) {
            return named(titles("p.memorandum = :target", target));
        }
        return Optional.empty();
    }

    /** The titles (in the first language they have) and ids of the projects, at most NAMED + 1, and how many. */
    private Named titles(String condition, Object target) {
        String where = " FROM Project p WHERE p.deletedAt IS NULL AND (" + condition + ")";
        long count = em.createQuery("SELECT COUNT(p)" + where, Long.class)
                .setParameter("target", target)
                .getSingleResult();
        List<Object[]> rows = em.createQuery(
                        "SELECT p.uuid, p.title.en, p.title.fr, p.title.ar" + where + " ORDER BY p.id", Object[].class)
                .setParameter("target", target)
                .setMaxResults(NAMED)
                .getResultList();
        var names = rows.stream()
                .map(r -> "'" + (r[1] != null ? r[1] : r[2] != null ? r[2] : r[3]) + "' (" + r[0] + ")")
                .toList();
        return new Named(names, count);
    }

    record Named(List<String> names, long count) {}

    /** "the project 'Sample: …' (id)", "the projects 'A' (id), 'B' (id) and 4 more". */
    static Optional<String> named(Named projects) {
        if (projects.count() == 0) {
            return Optional.empty();
        }
        String listed = String.join(", ", projects.names());
        long more = projects.count() - projects.names().size();
        return Optional.of((projects.count() == 1 ? "the project " : "the projects ")
                + listed
                + (more > 0 ? " and " + more + " more" : ""));
    }
}
