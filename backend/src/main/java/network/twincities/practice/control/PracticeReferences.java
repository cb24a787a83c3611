package network.twincities.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import network.twincities.axis.entity.Axis;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Referrer;
import network.twincities.practice.entity.BestPractice;
import network.twincities.territory.entity.Territory;

/**
 * Best practices refer to their owner territory and their cooperation axes, adoptions to the adopting
 * territory: none of those can be removed while a practice or an adoption names it.
 */
@ApplicationScoped
public class PracticeReferences implements Referrer {

    /** How many practices a message names at most. */
    static final int NAMED = 5;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Override
    public Optional<String> referencesTo(Object target) {
        if (target instanceof Territory) {
            var found = new ArrayList<String>();
            named("the best practice", "the best practices", titles("WHERE p.territory = :target", target))
                    .ifPresent(found::add);
            named(
                            "the adoption of the best practice",
                            "the adoptions of the best practices",
                            titles("JOIN p.adoptions a WHERE a.territory = :target", target))
                    .ifPresent(found::add);
            return found.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", found));
        }
        if (target instanceof Axis) {
            return named("the best practice", "the best practices", titles("JOIN p.axes x WHERE x = :target", target));
        }
        return Optional.empty();
    }

    private List<String> titles(String condition, Object target) {
        return em.createQuery("SELECT DISTINCT p FROM BestPractice p " + condition, BestPractice.class)
                .setParameter("target", target)
                .getResultStream()
                .map(p -> quoted(p.title()))
                .sorted()
                .toList();
    }

    static String quoted(LocalizedText title) {
        String text = title.en() != null ? title.en() : title.fr() != null ? title.fr() : title.ar();
        return "'" + text + "'";
    }

    /** "the best practice 'X'", "the best practices 'X', 'Y' and 3 more". */
    static Optional<String> named(String one, String many, List<String> titles) {
        if (titles.isEmpty()) {
            return Optional.empty();
        }
        String listed = String.join(", ", titles.subList(0, Math.min(NAMED, titles.size())));
        String more = titles.size() > NAMED ? " and " + (titles.size() - NAMED) + " more" : "";
        return Optional.of((titles.size() == 1 ? one : many) + " " + listed + more);
    }
}
