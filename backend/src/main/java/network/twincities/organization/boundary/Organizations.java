package network.twincities.organization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import network.twincities.organization.control.OrganizationRepository;
import network.twincities.organization.entity.Organization;
import network.twincities.organization.entity.OrganizationKind;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.security.Action;
import network.twincities.platform.text.LocalizedText;
import network.twincities.platform.write.Writable;

/** What is the organizations' own in a write: their fields and their representation. */
@ApplicationScoped
public class Organizations implements Writable<Organization, Organizations.Fields, OrganizationRepresentation> {

    @Inject
    OrganizationRepository organizations;

    /** The editable fields of an organization. */
    public record Fields(OrganizationKind kind, LocalizedText name, String country, String website) {}

    @Override
    public ResourceName resource() {
        return ResourceName.ORGANIZATIONS;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_REGISTRY;
    }

    @Override
    public Optional<Organization> find(String slug) {
        return organizations.findBySlug(slug);
    }

    @Override
    public OrganizationRepresentation represent(Organization organization) {
        return OrganizationRepresentation.of(organization);
    }

    @Override
    public Fields read(Input in, Organization current) {
        return new Fields(
                in.enumValue("kind", OrganizationKind.class, true),
                in.text("name", true, true, Input.NAME_MAX),
                in.country("country"),
                in.url("website"));
    }

    @Override
    public Organization create(String slug, Fields fields, String actor) {
        var organization = new Organization(slug, fields.kind(), fields.name(), actor);
        update(organization, fields);
        return organization;
    }

    @Override
    public void update(Organization organization, Fields fields) {
        organization.edit(fields.kind(), fields.name(), fields.country(), fields.website());
    }
}
