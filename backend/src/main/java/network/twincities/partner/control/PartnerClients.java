package network.twincities.partner.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.twincities.platform.Roles;
import network.twincities.platform.keycloak.KeycloakCalls;
import network.twincities.platform.problem.ProblemException;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The Keycloak clients of partner systems, made like the demo realm's {@code twincities-sync-demo}:
 * confidential, client credentials only, the realm roles as {@code groups}, the {@code territory}
 * attribute of its service-account user, the audience {@code twincities-api}, scoped to the role
 * {@code api-client}, which its service-account user has. Keycloak unreachable: 503.
 */
@ApplicationScoped
public class PartnerClients {

    private static final Logger LOG = Logger.getLogger(PartnerClients.class.getName());
    static final String AUDIENCE = "twincities-api";
    static final String TERRITORY = "territory";

    @Inject
    RealmResource realm;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A new client's ids and its first secret. */
    public record Issued(String keycloakId, String secret) {}

    /**
     * Makes the client of a partner system acting for {@code territory}. In a transaction that then fails,
     * the client is deleted again, so that Keycloak holds no credentials the registry does not know.
     */
    public Issued create(String clientId, String name, String territory) {
        String id = KeycloakCalls.call("create the partner system's client", () -> {
            try (var response = realm.clients().create(representation(clientId, name, territory))) {
                if (response.getStatus() == 409) {
                    throw ProblemException.conflict("Keycloak has a client '" + clientId + "' already.");
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            String secret = KeycloakCalls.call("set up the partner system's client", () -> setUp(id, territory));
            deleteOnRollback(id);
            return new Issued(id, secret);
        } catch (RuntimeException e) {
            deleteQuietly(id);
            throw e;
        }
    }

    private String setUp(String id, String territory) {
        ClientResource client = realm.clients().get(id);
        RoleRepresentation apiClient = client.getScopeMappings().realmLevel().listAvailable().stream()
                .filter(role -> Roles.API_CLIENT.equals(role.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The realm has no role " + Roles.API_CLIENT));
        client.getScopeMappings().realmLevel().add(List.of(apiClient));
        var account = realm.users().get(client.getServiceAccountUser().getId());
        var user = account.toRepresentation();
        user.singleAttribute(TERRITORY, territory);
        account.update(user);
        account.roles().realmLevel().add(List.of(apiClient));
        return client.getSecret().getValue();
    }

    /** A new secret for the client; the old one stops working at once. */
    public String rotate(String keycloakId) {
        return KeycloakCalls.call(
                "rotate the partner system's secret",
                () -> realm.clients().get(keycloakId).generateNewSecret().getValue());
    }

    /** Deletes the client: Keycloak issues it no more tokens. One already gone is fine. */
    public void delete(String keycloakId) {
        KeycloakCalls.run("delete the partner system's client", () -> {
            try {
                realm.clients().get(keycloakId).remove();
            } catch (WebApplicationException e) {
                if (KeycloakCalls.status(e) != 404) {
                    throw e;
                }
            }
        });
    }

    private void deleteOnRollback(String id) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    deleteQuietly(id);
                }
            }
        });
    }

    private void deleteQuietly(String id) {
        try {
            delete(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the Keycloak client " + id + " of a partner system not made", e);
        }
    }

    private static ClientRepresentation representation(String clientId, String name, String territory) {
        var client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setDescription("Partner system acting for the territory '" + territory + "' (made by the TwinCities"
                + " backend; manage it there)");
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setFullScopeAllowed(false);
        client.setProtocolMappers(List.of(
                mapper(
                        "realm roles as groups",
                        "oidc-usermodel-realm-role-mapper",
                        Map.of(
                                "claim.name", "groups",
                                "multivalued", "true",
                                "jsonType.label", "String",
                                "usermodel.realmRoleMapping.rolePrefix", "")),
                mapper(
                        TERRITORY,
                        "oidc-usermodel-attribute-mapper",
                        Map.of(
                                "user.attribute", TERRITORY,
                                "claim.name", TERRITORY,
                                "jsonType.label", "String",
                                "multivalued", "false",
                                "aggregate.attrs", "false")),
                mapper(
                        "audience " + AUDIENCE,
                        "oidc-audience-mapper",
                        Map.of("included.custom.audience", AUDIENCE, "id.token.claim", "false"))));
        return client;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        var mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        var all = new java.util.HashMap<String, String>();
        all.put("access.token.claim", "true");
        all.put("id.token.claim", "true");
        all.put("userinfo.token.claim", "true");
        all.put("introspection.token.claim", "true");
        all.putAll(config);
        mapper.setConfig(all);
        return mapper;
    }
}
