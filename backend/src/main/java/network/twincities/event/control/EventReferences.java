package network.twincities.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import network.twincities.organization.entity.Organization;
import network.twincities.platform.write.References;
import network.twincities.platform.write.Referrer;
import network.twincities.territory.entity.Territory;

/** Events refer to the territory where they take place and to the organization that organizes them. */
@ApplicationScoped
public class EventReferences implements Referrer {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Override
    public Optional<String> referencesTo(Object target) {
        if (target instanceof Territory city) {
            return References.count(count("e.city = :target", city), "event", "events");
        }
        if (target instanceof Organization organizer) {
            return References.count(
                    count("e.organizer = :target", organizer), "event it organizes", "events it organizes");
        }
        return Optional.empty();
    }

    private long count(String condition, Object target) {
        return em.createQuery("SELECT COUNT(e) FROM Event e WHERE " + condition, Long.class)
                .setParameter("target", target)
                .getSingleResult();
    }
}
