package network.twincities.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import network.twincities.memorandum.entity.MemorandumStatus;
import network.twincities.practice.control.Matchmaking.Profile;
import network.twincities.practice.control.Matchmaking.Suggestion;
import network.twincities.practice.entity.AdoptionStatus;
import network.twincities.practice.entity.BestPractice;
import network.twincities.territory.entity.Territory;

/**
 * Gathers what {@link Matchmaking} scores, in a few queries over the whole network: territories, the
 * axes and parties of their MoUs (all but rejected and terminated ones), practices and adoptions.
 */
@ApplicationScoped
public class Matchmaker {

    /** MoUs that no longer join their parties. */
    static final Set<MemorandumStatus> ENDED = Set.of(MemorandumStatus.REJECTED, MemorandumStatus.TERMINATED);

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    public List<Suggestion> adopters(BestPractice practice, int limit) {
        var profiles = profiles();
        var adopters = new HashSet<String>();
        practice.adoptions().forEach(a -> adopters.add(a.territory().slug()));
        var axes = new TreeSet<String>();
        practice.axes().forEach(a -> axes.add(a.slug()));
        String owner = practice.territory().slug();
        return Matchmaking.adopters(
                new Matchmaking.Practice(practice.resourceId(), owner, axes),
                profiles.get(owner),
                List.copyOf(profiles.values()),
                adopters,
                limit);
    }

    public List<Suggestion> twins(Territory territory, int limit) {
        var profiles = profiles();
        return Matchmaking.twins(profiles.get(territory.slug()), List.copyOf(profiles.values()), limit);
    }

    /** Every territory's profile, by slug. */
    Map<String, Profile> profiles() {
        var builders = new TreeMap<String, Builder>();
        for (Object[] row : rows("SELECT t.slug, t.kind, t.population FROM Territory t")) {
            builders.put((String) row[0], new Builder((String) row[0], row[1].toString(), (Long) row[2]));
        }
        for (Object[] row : rows("SELECT p.territory.slug, a.slug FROM Memorandum m JOIN m.parties p JOIN m.axes a"
                + " WHERE p.territory IS NOT NULL AND m.status NOT IN :ended")) {
            builders.get((String) row[0]).axes.add((String) row[1]);
        }
        for (Object[] row : rows("SELECT p.territory.slug, q.territory.slug, m.reference FROM Memorandum m"
                + " JOIN m.parties p JOIN m.parties q WHERE p.territory IS NOT NULL AND q.territory IS NOT NULL"
                + " AND p <> q AND m.status NOT IN :ended")) {
            builders.get((String) row[0])
                    .mous
                    .computeIfAbsent((String) row[1], k -> new TreeSet<>())
                    .add((String) row[2]);
        }
        var withOutcomes = new HashSet<String>();
        em.createQuery("SELECT DISTINCT p.uuid FROM BestPractice p JOIN p.outcomes o", Object.class)
                .getResultStream()
                .forEach(id -> withOutcomes.add(id.toString()));
        var practiceAxes = new HashMap<String, Set<String>>();
        for (Object[] row : rows("SELECT p.uuid, p.territory.slug, a.slug FROM BestPractice p JOIN p.axes a")) {
            String id = row[0].toString();
            String axis = (String) row[2];
            var owner = builders.get((String) row[1]);
            owner.axes.add(axis);
            owner.practiceAxes.add(axis);
            practiceAxes.computeIfAbsent(id, k -> new HashSet<>()).add(axis);
            if (withOutcomes.contains(id)) {
                owner.outcomePractices
                        .computeIfAbsent(axis, k -> new TreeSet<>())
                        .add(id);
            }
        }
        for (Object[] row : rows("SELECT p.uuid, p.territory.slug FROM BestPractice p")) {
            builders.get((String) row[1]).practices.add(row[0].toString());
        }
        for (Object[] row :
                rows("SELECT a.practice.uuid, a.territory.slug FROM Adoption a WHERE a.status <> :dropped")) {
            String id = row[0].toString();
            var adopter = builders.get((String) row[1]);
            adopter.practices.add(id);
            adopter.axes.addAll(practiceAxes.getOrDefault(id, Set.of()));
        }
        var profiles = new TreeMap<String, Profile>();
        builders.forEach((slug, b) -> profiles.put(slug, b.build()));
        return profiles;
    }

    private List<Object[]> rows(String jpql) {
        var query = em.createQuery(jpql, Object[].class);
        if (jpql.contains(":ended")) {
            query.setParameter("ended", ENDED);
        }
        if (jpql.contains(":dropped")) {
            query.setParameter("dropped", AdoptionStatus.DROPPED);
        }
        return query.getResultList();
    }

    private static final class Builder {
        final String slug;
        final String kind;
        final Long population;
        final Set<String> axes = new TreeSet<>();
        final Set<String> practiceAxes = new TreeSet<>();
        final Set<String> practices = new TreeSet<>();
        final Map<String, SortedSet<String>> outcomePractices = new TreeMap<>();
        final Map<String, SortedSet<String>> mous = new TreeMap<>();

        Builder(String slug, String kind, Long population) {
            this.slug = slug;
            this.kind = kind;
            this.population = population;
        }

        Profile build() {
            return new Profile(slug, kind, population, axes, practiceAxes, practices, outcomePractices, mous);
        }
    }
}
