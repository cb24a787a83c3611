package network.twincities.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import network.twincities.partner.control.PartnerClients;
import network.twincities.partner.control.PartnerUsage;
import network.twincities.partner.entity.PartnerSystem;
import network.twincities.platform.ResourceName;
import network.twincities.platform.json.Input;
import network.twincities.platform.persistence.Ids;
import network.twincities.platform.security.Action;
import network.twincities.platform.write.Act;
import network.twincities.platform.write.Writable;
import network.twincities.territory.control.TerritoryRepository;
import network.twincities.territory.entity.Territory;

/**
 * Partner systems on the one write path: issuing makes the Keycloak client, DELETE revokes (the client is
 * deleted in Keycloak and the registry keeps the partner system, revoked, so that its tokens are refused),
 * {@link #rotateSecret()} issues a new secret. A revoked one is not found any more.
 */
@ApplicationScoped
public class PartnerSystems implements Writable<PartnerSystem, PartnerSystems.Fields, PartnerSystemRepresentation> {

    static final int NAME_MAX = 200;

    @PersistenceContext(unitName = "twincities")
    EntityManager em;

    @Inject
    TerritoryRepository territories;

    @Inject
    PartnerClients clients;

    @Inject
    PartnerUsage usage;

    @Inject
    IssuedCredentials issued;

    /** The fields a forum administrator sets. */
    public record Fields(String name, Territory territory) {}

    @Override
    public ResourceName resource() {
        return ResourceName.PARTNER_SYSTEMS;
    }

    @Override
    public Action writeAction() {
        return Action.MANAGE_PARTNER_SYSTEMS;
    }

    /** The partner system with this id, unless revoked; empty for anything but a UUID. */
    @Override
    public Optional<PartnerSystem> find(String id) {
        return Ids.uuid(id)
                .flatMap(uuid -> em.createQuery(
                                "SELECT p FROM PartnerSystem p WHERE p.uuid = :uuid AND p.revokedAt IS NULL",
                                PartnerSystem.class)
                        .setParameter("uuid", uuid)
                        .getResultStream()
                        .findFirst());
    }

    @Override
    public PartnerSystemRepresentation represent(PartnerSystem system) {
        return PartnerSystemRepresentation.of(system);
    }

    @Override
    public Fields read(Input in, PartnerSystem current) {
        in.readOnly("id", null);
        in.readOnly("clientId", null);
        in.readOnly("clientSecret", null);
        in.readOnly("lastUsedAt", null);
        String name = in.string("name", true, NAME_MAX);
        String slug = in.slug("territory", true);
        Territory territory = slug == null ? null : territories.findBySlug(slug).orElse(null);
        if (slug != null && territory == null) {
            in.reject("territory", "no territory '" + slug + "'");
        }
        return new Fields(name, territory);
    }

    /** Makes the partner system's client in Keycloak; its first secret is shown in this answer only. */
    @Override
    public PartnerSystem create(String id, Fields fields, String actor) {
        UUID uuid = UUID.randomUUID();
        String clientId = PartnerSystem.clientIdFor(uuid);
        var made = clients.create(clientId, fields.name(), fields.territory().slug());
        issued.issue(made.secret());
        return new PartnerSystem(uuid, fields.name(), fields.territory(), clientId, made.keycloakId(), actor);
    }

    /** Never called: there is no PUT of a partner system (a new name or territory is a new partner system). */
    @Override
    public void update(PartnerSystem system, Fields fields) {
        throw new IllegalStateException("A partner system is not edited; issue a new one and revoke the old.");
    }

    /** Revokes: Keycloak issues its client no more tokens, and those it issued are refused from now on. */
    @Override
    public boolean markRemoved(PartnerSystem system, String actor) {
        system.revoke(actor);
        clients.delete(system.keycloakId());
        usage.revoked(system.clientId());
        return true;
    }

    /** A new client secret, shown in this answer only; the old one stops working. */
    Act<PartnerSystem, Void> rotateSecret() {
        return new Act<>() {
            @Override
            public Action action() {
                return Action.MANAGE_PARTNER_SYSTEMS;
            }

            @Override
            public Set<String> territories(PartnerSystem system, Void input) {
                return Set.of();
            }

            @Override
            public void apply(PartnerSystem system, Void input, String actor) {
                system.secretRotated();
                issued.issue(clients.rotate(system.keycloakId()));
            }
        };
    }
}
