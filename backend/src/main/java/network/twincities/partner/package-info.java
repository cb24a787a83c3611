/**
 * Partner systems: the API credentials a forum administrator issues to another organization's system,
 * acting for one territory. The backend is their registry; Keycloak holds the credentials (one
 * confidential client each, made through {@link network.twincities.platform.keycloak}). A revoked one
 * is kept so that the tokens issued to it before are refused.
 */
package network.twincities.partner;
