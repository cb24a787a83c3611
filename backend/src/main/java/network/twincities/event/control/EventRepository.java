package network.twincities.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import network.twincities.event.entity.Event;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Search;

/** Finds events, and adds, edits and removes them. */
@ApplicationScoped
public class EventRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    public record Filter(String city, String text) {}

    public Optional<Event> findBySlug(String slug) {
        return Search.bySlug(em, Event.class, slug);
    }

    public Page<Event> search(Filter filter, PageRequest request) {
        return Search.of(em, Event.class, "e")
                .fetch("e.city")
                .where("e.city.slug = :city", "city", filter.city())
                .text(filter.text(), "e.slug", "e.name.en", "e.name.fr", "e.name.ar")
                .page(request);
    }
}
