/**
 * The backend's connection to Keycloak's admin API, for what the realm keeps on the application's
 * behalf (partner systems' clients, later people): {@link network.twincities.platform.keycloak.KeycloakAdmin}
 * produces the realm's {@code RealmResource}, signed in as the backend's own service account, and
 * {@link network.twincities.platform.keycloak.KeycloakCalls} turns an unreachable Keycloak into a 503.
 */
package network.twincities.platform.keycloak;
