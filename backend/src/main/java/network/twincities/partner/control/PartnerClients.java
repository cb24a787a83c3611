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
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * The Keycloak clients of partner systems: confidential, client credentials only, like the demo realm's
 * {@code twincities-sync-demo}, and with the same claims in their tokens: {@code groups} = [{@code
 * api-client}], {@code territory} and the audience {@code twincities-api}. Unlike the demo client, the role
 * and the territory are hardcoded claims of the client, not a role mapping and an attribute of its
 * service-account user: so the backend's account needs no more than to manage clients (mapping a realm
 * role would also need to view the realm), and no scope is needed ({@code fullScopeAllowed=false}: no
 * other role ever gets into its tokens). Keycloak unreachable: 503.
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
            String secret = KeycloakCalls.call("read the partner system's secret", () -> setUp(id));
            deleteOnRollback(id);
            return new Issued(id, secret);
        } catch (RuntimeException e) {
            deleteQuietly(id);
            throw e;
        }
    }

    /** Its first secret (Keycloak made one with the client). */
    private String setUp(String id) {
        return realm.clients().get(id).getSecret().getValue();
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
                        "api-client role as groups",
                        "oidc-hardcoded-claim-mapper",
                        Map.of(
                                "claim.name", "groups",
                                "claim.value", "[\"" + Roles.API_CLIENT + "\"]",
                                "jsonType.label", "JSON")),
                mapper(
                        TERRITORY,
                        "oidc-hardcoded-claim-mapper",
                        Map.of("claim.name", TERRITORY, "claim.value", territory, "jsonType.label", "String")),
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
