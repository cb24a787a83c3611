package network.twincities.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import network.twincities.organization.entity.Organization;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.paging.Page;
import network.twincities.platform.paging.PageRequest;
import network.twincities.platform.persistence.Lookups;
import network.twincities.platform.persistence.Search;

/** Finds organizations, and adds, edits and removes them. */
@ApplicationScoped
public class OrganizationRepository {

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    Lookups lookups;

    public record Filter(OrganizationKind kind, String country, String text) {}

    public Optional<Organization> findBySlug(String slug) {
        return lookups.find(Organization.class, slug, () -> Search.bySlug(em, Organization.class, slug));
    }

    public Page<Organization> search(Filter filter, PageRequest request) {
        return Search.of(em, Organization.class, "o")
                .where("o.kind = :kind", "kind", filter.kind())
                .where("o.country = :country", "country", filter.country())
                .text(filter.text(), "o.slug", "o.name.en", "o.name.fr", "o.name.ar")
                .page(request);
    }
}
